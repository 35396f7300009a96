import { formatNumber } from '../format.js';
import { defineMessages } from './define.js';

/** Texts of the `dvc-elements` command (help, usage errors, the catalog command's progress and errors). */

const vn = (n: number, digits = 0) => formatNumber(n, 'vi', digits);

/** What to do about a request that fails the same way on every try, by the kind of failure. */
const networkFix: Record<string, string | undefined> = {
  certificate:
    'Chứng chỉ HTTPS của API không được tin cậy (tự ký, hết hạn, sai tên miền hay thiếu chứng chỉ trung gian), nên thử lại cũng vô ích: hãy sửa chứng chỉ trên máy chủ; nếu chứng chỉ do một CA nội bộ cấp, hãy cho Node tin CA ấy: NODE_EXTRA_CA_CERTS=<tệp .pem của CA> npx dvc-elements catalog …',
  tls: 'Không thiết lập được kết nối HTTPS, nên thử lại cũng vô ích: hãy kiểm tra rằng --api dùng đúng giao thức và cổng (https:// cho cổng HTTPS), và cấu hình TLS của máy chủ.',
  redirects:
    'Thử lại cũng vô ích: hãy kiểm tra địa chỉ --api (http hay https, dấu / ở cuối, đường dẫn) và các quy tắc chuyển hướng của máy chủ; mở địa chỉ trong trình duyệt để xem nó dẫn đến đâu.',
  decoding: 'Máy chủ (hay cổng) ghi Content-Encoding không khớp với nội dung gửi đi, nên thử lại cũng vô ích: hãy sửa cấu hình nén của nó.',
  dns: 'Hãy kiểm tra tên máy chủ trong --api (và DNS của máy chạy lệnh).',
  other: 'Lỗi này không tự hết khi thử lại: hãy kiểm tra địa chỉ --api và máy chủ.',
};

/**
 * What `--out` held before a run: a run that does not finish leaves it so, and says which. `settings`: only a web
 * server's settings (.htaccess, web.config, _headers).
 */
export type OutBefore = 'none' | 'empty' | 'settings' | 'catalog';

/** What a run that does not finish left in `--out`, by what it held before. */
const left: Record<OutBefore, string> = {
  none: 'Chưa ghi gì.',
  empty: 'Chưa ghi gì; thư mục vẫn trống như trước.',
  settings: 'Chưa ghi gì; thư mục vẫn như trước.',
  catalog: 'Danh mục cũ giữ nguyên.',
};

const vi = {
  help: `dvc-elements — công cụ dòng lệnh cho API dịch vụ công của tỉnh

Cách dùng:
npx dvc-elements <lệnh> [tuỳ chọn]

Lệnh:
check-api <api-base>   kiểm tra một API (hoặc cổng) có dùng được cho các tiện ích không
catalog                tạo thư mục danh mục thủ tục tĩnh từ một API

Tuỳ chọn chung:
--lang vi|en           ngôn ngữ (mặc định: vi)
--help, -h             trợ giúp; "npx dvc-elements <lệnh> --help" cho từng lệnh
--version              phiên bản
Tuỳ chọn chung đặt trước hay sau tên lệnh đều được, ví dụ: npx dvc-elements --lang en check-api <api-base>
`,
  helpCheckApi: `Cách dùng:
npx dvc-elements check-api <api-base> [--origin <origin>] [--dossier <mã> [--verifier <giá trị>]]
                           [--write] [--json] [--lang vi|en] [--timeout <giây>] [--max-time <giây>] [--slow <giây>]

Kiểm tra một API theo hợp đồng của dvc-elements (openapi.json) trước khi trang nào nhúng tiện ích.
Mỗi mục một dòng: ĐẠT, CẢNH BÁO, LỖI hoặc BỎ QUA, và lý do; mục lỗi nói cần gì, nhận được gì và cách sửa.

<api-base>             địa chỉ gốc của API, ví dụ https://dichvucong.example.gov.vn/api/v1
--origin <origin>      nguồn của một trang sẽ nhúng tiện ích (ví dụ https://tinhkhe.quangngai.gov.vn):
                       kiểm tra CORS cho đúng trang đó
--dossier <mã>         mã một hồ sơ thật, để kiểm tra tra cứu hồ sơ
--verifier <giá trị>   thông tin xác minh của hồ sơ đó (X-Dossier-Verifier); không bao giờ được in ra
--write                cho phép gửi một góp ý thử nghiệm (POST /feedback); không có thì không ghi gì
--json                 in một tài liệu JSON lên stdout (cho CI); tiến độ vẫn ở stderr
--lang vi|en           ngôn ngữ của kết quả (mặc định: vi)
--timeout <giây>       thời hạn của mỗi yêu cầu (mặc định: 10)
--max-time <giây>      thời hạn của cả lượt kiểm tra (mặc định: 120)
--slow <giây>          báo chậm khi trung vị thời gian trả lời của một địa chỉ vượt mức này, hoặc một câu trả
                       lời vượt gấp ba (mặc định: 1)

Mã thoát: 0 khi không mục nào LỖI; 1 khi có; 2 khi dùng sai lệnh.
`,
  helpCatalog: `Cách dùng:
npx dvc-elements catalog --api <api-base> --out <thư mục> [--lang vi|en]

Tạo thư mục danh mục thủ tục tĩnh (index.json và procedures/<mã>.json) từ một API theo hợp đồng, để đặt lên
máy chủ web hay CDN bất kỳ. Tối đa 4 yêu cầu cùng lúc; chờ theo Retry-After khi gặp 429 hay 503; thử lại khi
mất kết nối. Ghi vào một thư mục tạm và chỉ thay thư mục cũ khi đã xong: lỗi hay bị ngắt giữa chừng thì danh
mục cũ giữ nguyên.

--api <api-base>   địa chỉ gốc của API, ví dụ https://dichvucong.example.gov.vn/api/v1
--out <thư mục>    thư mục danh mục (tạo mới, hoặc thay một danh mục đã có)
--lang vi|en       ngôn ngữ của thông báo (mặc định: vi)

Mã thoát: 0 khi xong; 1 khi lỗi (danh mục cũ giữ nguyên); 2 khi dùng sai lệnh. Khi bị ngắt bằng Ctrl+C
(SIGINT), bị dừng bằng SIGTERM (như trình quản lý dịch vụ gửi) hay SIGHUP (đóng cửa sổ dòng lệnh, mất kết nối
ssh), lệnh xoá thư mục tạm (danh mục cũ giữ nguyên) rồi kết thúc bằng chính tín hiệu ấy: shell báo 130, 143
hay 129, và vòng lặp trong một script cũng dừng theo.
`,
  usage: {
    unknownCommand: (cmd: string) => `Không có lệnh "${cmd}".`,
    missing: (what: string) => `Thiếu ${what}.`,
    unknownOption: (option: string, near?: string) => `Không có tuỳ chọn ${option}.${near ? ` Ý bạn là ${near}?` : ''}`,
    optionOfCommand: 'Nếu đó là tuỳ chọn của một lệnh, hãy đặt nó sau tên lệnh.',
    missingValue: (option: string) => `Thiếu giá trị cho ${option}.`,
    dashValue: (option: string, next: string) =>
      `Thiếu giá trị cho ${option} (theo sau là "${next}"; nếu giá trị thật sự bắt đầu bằng "-", hãy viết ${option}=${next}).`,
    noValue: (option: string) => `Tuỳ chọn ${option} không nhận giá trị.`,
    unexpectedArgument: (arg: string) => `Đối số thừa: "${arg}".`,
    badArguments: 'Dòng lệnh không hợp lệ.',
    badUrl: (value: string) => `Địa chỉ API không hợp lệ: ${value} (cần http:// hoặc https://).`,
    credentials: (what: string, plain: string) =>
      `Địa chỉ API (${what}) không được chứa tên đăng nhập hay mật khẩu. Các tiện ích gọi API ngay từ trình duyệt của người dân, và trình duyệt cũng không gửi kèm được những thông tin ấy: API dùng cho tiện ích phải là API công khai. Hãy dùng địa chỉ không có chúng: ${plain}`,
    queryOrFragment: (what: string, plain: string) =>
      `Địa chỉ API (${what}) không được có phần truy vấn (?…) hay phân đoạn (#…): các tiện ích (và lệnh này) ghép đường dẫn (/procedures, /domains…) vào sau địa chỉ, nên mọi yêu cầu sẽ sai; một khoá API đặt ở đó cũng sẽ lộ trên mọi trang nhúng tiện ích. Hãy dùng địa chỉ gốc: ${plain}`,
    badOrigin: (value: string) => `Nguồn (origin) không hợp lệ: ${value} (dạng https://ten-mien[:cổng], không có đường dẫn).`,
    badLang: (value: string) => `Ngôn ngữ không hỗ trợ: ${value} (vi hoặc en).`,
    badNumber: (name: string, value: string) => `--${name} cần một số giây dương, không phải "${value}".`,
    tooManySeconds: (name: string, value: string, max: number) => `--${name} quá lớn ("${value}"): tối đa ${max} giây.`,
    verifierWithoutDossier: '--verifier chỉ dùng cùng --dossier.',
    verifierNotAscii: '--verifier chỉ gồm chữ cái, chữ số và ký hiệu ASCII: header HTTP không mang được chữ có dấu.',
    seeHelp: (cmd: string) => `Xem: npx dvc-elements${cmd ? ` ${cmd}` : ''} --help`,
  },
  catalog: {
    start: (api: string, out: string) => `Tạo danh mục từ ${api} vào ${out}`,
    lists: (domains: number, agencies: number, total: number, pages: number) =>
      `${vn(domains)} lĩnh vực, ${vn(agencies)} cơ quan, ${vn(total)} thủ tục (${vn(pages)} trang).`,
    pages: (done: number, n: number) => `Danh sách thủ tục: trang ${vn(done)}/${vn(n)}`,
    details: (done: number, n: number) => `Chi tiết thủ tục: ${vn(done)}/${vn(n)}`,
    waiting: (s: number, status: number, path: string) => `API yêu cầu chờ ${vn(s, 1)} giây (HTTP ${status}, ${path})…`,
    retrying: (path: string, reason: string, s: number, attempt: number, max: number) =>
      `${path}: ${reason}; thử lại sau ${vn(s, 1)} giây (lần ${attempt}/${max})…`,
    done: (n: number, out: string, s: number) => `Xong: ${vn(n)} thủ tục trong ${out} (${vn(s, 1)} giây).`,
    failed: (reason: string, before: OutBefore) => `dvc-elements catalog: ${reason} ${left[before]}`,
    interrupted: (before: OutBefore) => `dvc-elements catalog: đã dừng theo yêu cầu. ${left[before]}`,
    httpStatus: (path: string, status: number) => `${path} trả lời HTTP ${status}.`,
    notJson: (path: string) => `${path} không trả lời JSON.`,
    notUtf8: (path: string, charset: string | undefined) =>
      `Câu trả lời của ${path} không phải UTF-8${charset ? ` (Content-Type ghi charset=${charset})` : ''}: chữ có dấu được gửi theo một bảng mã cũ (như Latin-1 hay Windows-1252) và sẽ thành ký tự hỏng trong danh mục. JSON của API phải mã hoá UTF-8: hãy sửa ở API hoặc ở trình điều khiển cơ sở dữ liệu của nó.`,
    badShape: (path: string, detail: string) => `${path} trả lời sai hợp đồng API (${detail}).`,
    gaveUp: (path: string, reason: string, attempts: number) => `${path}: ${reason} sau ${attempts} lần thử.`,
    timeout: (s: number) => `không trả lời trong ${vn(s)} giây`,
    cannotSucceed: (path: string, reason: string, kind: string) => `${path}: ${reason}. ${networkFix[kind] ?? networkFix.other}`,
    waitTooLong: (path: string, s: number) => `${path}: API yêu cầu chờ ${vn(s)} giây; hãy chạy lại sau.`,
    tooLarge: (path: string, mb: number, what: string, fix: string) =>
      `${path}: câu trả lời dài quá ${vn(mb)} MB, lệnh dừng đọc ở đó (${what}), nên thử lại cũng vô ích. ${fix}`,
    badIndex: (detail: string) =>
      `Danh mục tạo từ API này sẽ sai lược đồ Catalog (${detail}): các tiện ích sẽ từ chối nó. Sửa dữ liệu trên API; kiểm tra bằng npx dvc-elements check-api.`,
    shortFirstPage: (path: string, got: number, pageSize: number, total: number) =>
      `${path} trả về ${vn(got)} thủ tục, ít hơn chính câu trả lời ghi (pageSize ${vn(pageSize)}, total ${vn(total)}: trang 1 phải có ${vn(Math.min(pageSize, total))}). API có lẽ giới hạn số thủ tục mỗi trang thấp hơn pageSize được hỏi mà vẫn ghi lại pageSize ấy (hoặc total đếm cả những thủ tục không được liệt kê), nên không đọc hết được danh sách: hãy để API ghi đúng pageSize nó dùng và total đúng số thủ tục nó liệt kê; kiểm tra bằng npx dvc-elements check-api.`,
    countMismatch: (got: number, total: number) =>
      `Danh sách thủ tục không nhất quán: nhận ${vn(got)} thủ tục, total ghi ${vn(total)} (dữ liệu thay đổi trong lúc tạo? hãy chạy lại).`,
    totalNotListed: (got: number, total: number) =>
      `/procedures ghi total ${vn(total)} trên mọi trang nhưng liệt kê ${vn(got)} thủ tục: total của API không đếm đúng những thủ tục nó liệt kê (có thể đếm cả thủ tục đã ẩn hay đã bãi bỏ), nên chạy lại cũng vậy, và không biết được danh sách đã đủ hay chưa. Hãy để API ghi total bằng đúng số thủ tục /procedures liệt kê.`,
    badPageSize: (pageSize: number) => `/procedures ghi pageSize ${pageSize}; không phân trang được.`,
    noProcedures:
      '/procedures không có thủ tục nào: danh mục trống thì tìm kiếm không có kết quả (kiểm tra API bằng npx dvc-elements check-api).',
    duplicateCode: (code: string) => `Mã thủ tục ${code} xuất hiện hai lần trong danh sách.`,
    duplicateListCode: (path: string, code: string) =>
      `Mã ${code} xuất hiện hai lần trong ${path}: bộ lọc của tìm kiếm sẽ có hai lựa chọn cùng một mã. Mỗi mã chỉ được có một lần trong danh sách; hãy sửa dữ liệu trên API, kiểm tra bằng npx dvc-elements check-api.`,
    pagesOverlap: (code: string, a: number, b: number) =>
      `Mã thủ tục ${code} có ở cả trang ${vn(a)} và trang ${vn(b)} của /procedures: các trang chồng lên nhau (nên có thể sót thủ tục khác), thường vì API sắp xếp danh sách theo một cột không duy nhất (như ngày hay tên) và các thủ tục trùng giá trị đổi chỗ giữa hai lần hỏi. API phải sắp xếp /procedures theo một khoá duy nhất (ví dụ theo mã, hoặc thêm mã làm tiêu chí sắp xếp cuối) để các trang không chồng nhau; nếu dữ liệu vừa thay đổi trong lúc tạo, hãy chạy lại.`,
    emptyCode: 'Có thủ tục với mã rỗng.',
    otherCode: (code: string, got: string) => `/procedures/${code} trả về thủ tục ${got}.`,
    listedNotFound: (code: string, path: string) =>
      `/procedures liệt kê thủ tục ${code}, nhưng ${path} trả lời HTTP 404: API không phục vụ chi tiết của một thủ tục mà chính danh sách của nó liệt kê (thường do thủ tục đã ẩn hay bãi bỏ ở một bên mà chưa ở bên kia, hoặc do mã có ký tự phải mã hoá trong địa chỉ). Danh sách và chi tiết của API phải khớp nhau: mọi mã trong /procedures đều mở được ở /procedures/{mã}; npx dvc-elements check-api kiểm tra điều này với một vài mã.`,
    listedGone: (code: string, path: string) =>
      `/procedures liệt kê thủ tục ${code}, nhưng ${path} trả lời HTTP 410 (Gone): API cho biết thủ tục đã bị gỡ bỏ (bãi bỏ hay thay thế), vậy mà danh sách vẫn liệt kê nó, nên chạy lại cũng vậy. Danh sách phải bỏ những thủ tục API không còn phục vụ: mọi mã trong /procedures đều mở được ở /procedures/{mã}; npx dvc-elements check-api kiểm tra điều này với một vài mã.`,
    detailsRefused: (code: string, path: string, status: number) =>
      `/procedures trả lời bình thường, nhưng ${path} (chi tiết của thủ tục ${code}) trả lời HTTP ${status}: chi tiết thủ tục ${status === 401 ? 'đòi thông tin xác thực (đăng nhập, khoá API)' : 'bị từ chối'}, còn danh sách thì không, thường do một quy tắc của cổng (gateway) hay tường lửa mở /procedures mà chưa mở /procedures/{mã}. Các tiện ích mở chi tiết thủ tục ngay từ trình duyệt của người dân, nơi không ai đăng nhập: hãy mở /procedures/{mã} cho yêu cầu ẩn danh như /procedures (trên cổng, bỏ quy tắc đòi đăng nhập, khoá API hay chặn đường dẫn ấy).`,
    nameClash: (a: string, b: string) => `Mã ${a} và ${b} chỉ khác chữ hoa/thường: hai tệp sẽ trùng tên trên Windows hay macOS.`,
    nameTooLong: (code: string) => `Mã thủ tục quá dài để làm tên tệp: ${code.slice(0, 40)}…`,
    linkToNothing: (out: string, target: string) =>
      `--out ${out} là một liên kết tượng trưng (symbolic link) đến ${target}, nhưng thư mục ấy chưa có: lệnh thay thư mục mà liên kết trỏ đến, và ở đó chưa có gì. Hãy tạo thư mục ấy (mkdir -p ${target}), hoặc cho --out chỉ thẳng vào thư mục thật.`,
    notFolder: (out: string) => `${out} đã có và không phải thư mục.`,
    notCatalogFolder: (out: string) =>
      `${out} không trống và không phải một thư mục danh mục (không có index.json); hãy chọn một thư mục mới, một thư mục trống, hoặc một thư mục chỉ có tệp cấu hình của máy chủ web (.htaccess, web.config, _headers).`,
    cannotPrepare: (dir: string, reason: string) => `Không tạo hay ghi được vào ${dir}, thư mục chứa --out (${reason}).`,
    cannotWrite: (dir: string, reason: string) =>
      `Không ghi được danh mục vào ${dir}, thư mục chứa --out (${reason}). Hãy giải phóng chỗ trống hoặc sửa quyền ghi ở đó (hay chọn --out trên một ổ đĩa khác), rồi chạy lại.`,
    cannotReplace: (out: string, reason: string) =>
      `Không thay được ${out} (${reason}): lệnh thay cả thư mục bằng cách đổi tên, nên --out không thể là một điểm gắn kết (ổ mạng, volume Docker) hay thư mục đang bị chương trình khác giữ; hãy dùng một thư mục con của nó.`,
    fileSystem: {
      EACCES: 'không có quyền',
      EPERM: 'không có quyền',
      EBUSY: 'đang được dùng, hoặc là một điểm gắn kết',
      EROFS: 'hệ thống tệp chỉ đọc',
      ENOSPC: 'đĩa đã đầy',
      EFBIG: 'tệp vượt quá kích thước hệ thống cho phép',
      EDQUOT: 'vượt hạn mức dung lượng',
      EEXIST: 'trên đường dẫn có một tệp chứ không phải thư mục',
      ENOTDIR: 'trên đường dẫn có một tệp chứ không phải thư mục',
      ENAMETOOLONG: 'một tên trong đường dẫn quá dài',
    } as Record<string, string | undefined>,
  },
};

export type CliMessages = typeof vi;

export const cliMessages = defineMessages(vi, { en: () => import('./cli.en.js') });
