import { formatNumber } from '../format.js';
import { defineMessages } from './define.js';

/** Texts of the `dvc-elements` command (help, usage errors, the catalog command's progress and errors). */

const vn = (n: number, digits = 0) => formatNumber(n, 'vi', digits);
const en = (n: number, digits = 0) => formatNumber(n, 'en', digits);

export const cliMessages = defineMessages(
  {
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

Mã thoát: 0 khi xong; 1 khi lỗi (danh mục cũ giữ nguyên); 2 khi dùng sai lệnh; 130 khi bị ngắt (Ctrl+C).
`,
    usage: {
      unknownCommand: (cmd: string) => `Không có lệnh "${cmd}".`,
      missingCommand: 'Thiếu lệnh.',
      missing: (what: string) => `Thiếu ${what}.`,
      badUrl: (value: string) => `Địa chỉ API không hợp lệ: ${value} (cần http:// hoặc https://).`,
      badOrigin: (value: string) => `Nguồn (origin) không hợp lệ: ${value} (dạng https://ten-mien[:cổng], không có đường dẫn).`,
      badLang: (value: string) => `Ngôn ngữ không hỗ trợ: ${value} (vi hoặc en).`,
      badNumber: (name: string, value: string) => `--${name} cần một số giây dương, không phải "${value}".`,
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
      failed: (reason: string, kept: boolean) => `dvc-elements catalog: ${reason} ${kept ? 'Danh mục cũ giữ nguyên.' : 'Chưa ghi gì.'}`,
      interrupted: (kept: boolean) => `dvc-elements catalog: đã dừng theo yêu cầu. ${kept ? 'Danh mục cũ giữ nguyên.' : 'Chưa ghi gì.'}`,
      httpStatus: (path: string, status: number) => `${path} trả lời HTTP ${status}.`,
      notJson: (path: string) => `${path} không trả lời JSON.`,
      badShape: (path: string, detail: string) => `${path} trả lời sai hợp đồng API (${detail}).`,
      gaveUp: (path: string, reason: string, attempts: number) => `${path}: ${reason} sau ${attempts} lần thử.`,
      timeout: (s: number) => `không trả lời trong ${vn(s)} giây`,
      waitTooLong: (path: string, s: number) => `${path}: API yêu cầu chờ ${vn(s)} giây; hãy chạy lại sau.`,
      countMismatch: (got: number, total: number) =>
        `Danh sách thủ tục không nhất quán: nhận ${vn(got)} thủ tục, total ghi ${vn(total)} (dữ liệu thay đổi trong lúc tạo? hãy chạy lại).`,
      badPageSize: (pageSize: number) => `/procedures ghi pageSize ${pageSize}; không phân trang được.`,
      duplicateCode: (code: string) => `Mã thủ tục ${code} xuất hiện hai lần trong danh sách.`,
      emptyCode: 'Có thủ tục với mã rỗng.',
      otherCode: (code: string, got: string) => `/procedures/${code} trả về thủ tục ${got}.`,
      nameClash: (a: string, b: string) => `Mã ${a} và ${b} chỉ khác chữ hoa/thường: hai tệp sẽ trùng tên trên Windows hay macOS.`,
      nameTooLong: (code: string) => `Mã thủ tục quá dài để làm tên tệp: ${code.slice(0, 40)}…`,
      notFolder: (out: string) => `${out} đã có và không phải thư mục.`,
      notCatalogFolder: (out: string) =>
        `${out} không trống và không phải một thư mục danh mục (không có index.json); chọn thư mục mới hoặc trống.`,
    },
  },
  {
    help: `dvc-elements — command-line tools for a province's public-service API

Usage:
  npx dvc-elements <command> [options]

Commands:
  check-api <api-base>   check whether an API (or gateway) is one the widgets can use
  catalog                build a static procedure catalog folder from an API

Common options:
  --lang vi|en           language (default: vi)
  --help, -h             help; "npx dvc-elements <command> --help" for each command
  --version              version
`,
    helpCheckApi: `Usage:
  npx dvc-elements check-api <api-base> [--origin <origin>] [--dossier <code> [--verifier <value>]]
                             [--write] [--json] [--lang vi|en] [--timeout <seconds>] [--max-time <seconds>]
                             [--slow <seconds>]

Checks an API against the dvc-elements contract (openapi.json) before any page embeds a widget.
One line per check: PASS, WARN, FAIL or SKIP, and why; a failure says what was expected, what came back and
what to change.

  <api-base>             the API's base address, e.g. https://dichvucong.example.gov.vn/api/v1
  --origin <origin>      the origin of a site that will embed the widgets (e.g. https://tinhkhe.quangngai.gov.vn):
                         CORS is checked for that site
  --dossier <code>       a real dossier code, to check the dossier lookup
  --verifier <value>     that dossier's verifier (X-Dossier-Verifier); never printed
  --write                allow sending one test feedback (POST /feedback); without it nothing is written
  --json                 print one JSON document on stdout (for CI); progress stays on stderr
  --lang vi|en           language of the results (default: vi)
  --timeout <seconds>    limit of each request (default: 10)
  --max-time <seconds>   limit of the whole run (default: 120)
  --slow <seconds>       report an endpoint as slow when its median answer time is over this, or one answer
                         is over three times this (default: 1)

Exit status: 0 when no check fails; 1 when one does; 2 for a usage error.
`,
    helpCatalog: `Usage:
  npx dvc-elements catalog --api <api-base> --out <folder> [--lang vi|en]

Builds a static procedure catalog folder (index.json and procedures/<code>.json) from an API that speaks the
contract, to put on any web server or CDN. At most 4 requests at once; waits as Retry-After says on 429 and
503; tries again after a dropped connection. Writes into a temporary folder and replaces the old one only when
done: a failed or interrupted run leaves the previous catalog as it was.

  --api <api-base>   the API's base address, e.g. https://dichvucong.example.gov.vn/api/v1
  --out <folder>     the catalog folder (new, or an existing catalog to replace)
  --lang vi|en       language of the messages (default: vi)

Exit status: 0 when done; 1 on failure (the old catalog is kept); 2 for a usage error; 130 when interrupted (Ctrl+C).
`,
    usage: {
      unknownCommand: (cmd: string) => `There is no command "${cmd}".`,
      missingCommand: 'A command is missing.',
      missing: (what: string) => `${what} is missing.`,
      badUrl: (value: string) => `Not a valid API address: ${value} (http:// or https:// needed).`,
      badOrigin: (value: string) => `Not a valid origin: ${value} (https://host[:port], without a path).`,
      badLang: (value: string) => `Language not supported: ${value} (vi or en).`,
      badNumber: (name: string, value: string) => `--${name} needs a positive number of seconds, not "${value}".`,
      verifierWithoutDossier: '--verifier goes only with --dossier.',
      verifierNotAscii: '--verifier may hold ASCII letters, digits and signs only: an HTTP header cannot carry accented letters.',
      seeHelp: (cmd: string) => `See: npx dvc-elements${cmd ? ` ${cmd}` : ''} --help`,
    },
    catalog: {
      start: (api: string, out: string) => `Building the catalog from ${api} into ${out}`,
      lists: (domains: number, agencies: number, total: number, pages: number) =>
        `${en(domains)} domains, ${en(agencies)} agencies, ${en(total)} procedures (${en(pages)} pages).`,
      pages: (done: number, n: number) => `Procedure list: page ${en(done)}/${en(n)}`,
      details: (done: number, n: number) => `Procedure details: ${en(done)}/${en(n)}`,
      waiting: (s: number, status: number, path: string) => `The API asks to wait ${en(s, 1)} s (HTTP ${status}, ${path})…`,
      retrying: (path: string, reason: string, s: number, attempt: number, max: number) =>
        `${path}: ${reason}; trying again in ${en(s, 1)} s (attempt ${attempt}/${max})…`,
      done: (n: number, out: string, s: number) => `Done: ${en(n)} procedures in ${out} (${en(s, 1)} s).`,
      failed: (reason: string, kept: boolean) =>
        `dvc-elements catalog: ${reason} ${kept ? 'The previous catalog is kept.' : 'Nothing was written.'}`,
      interrupted: (kept: boolean) => `dvc-elements catalog: stopped on request. ${kept ? 'The previous catalog is kept.' : 'Nothing was written.'}`,
      httpStatus: (path: string, status: number) => `${path} answered HTTP ${status}.`,
      notJson: (path: string) => `${path} did not answer JSON.`,
      badShape: (path: string, detail: string) => `${path} breaks the API contract (${detail}).`,
      gaveUp: (path: string, reason: string, attempts: number) => `${path}: ${reason} after ${attempts} attempts.`,
      timeout: (s: number) => `no answer within ${en(s)} s`,
      waitTooLong: (path: string, s: number) => `${path}: the API asks to wait ${en(s)} s; run again later.`,
      countMismatch: (got: number, total: number) =>
        `The procedure list is inconsistent: ${en(got)} procedures received, total says ${en(total)} (did the data change meanwhile? run again).`,
      badPageSize: (pageSize: number) => `/procedures states pageSize ${pageSize}; it cannot be paged.`,
      duplicateCode: (code: string) => `Procedure code ${code} appears twice in the list.`,
      emptyCode: 'A procedure has an empty code.',
      otherCode: (code: string, got: string) => `/procedures/${code} answered procedure ${got}.`,
      nameClash: (a: string, b: string) => `Codes ${a} and ${b} differ only in case: their files would clash on Windows or macOS.`,
      nameTooLong: (code: string) => `A procedure code is too long for a file name: ${code.slice(0, 40)}…`,
      notFolder: (out: string) => `${out} exists and is not a folder.`,
      notCatalogFolder: (out: string) => `${out} is not empty and not a catalog folder (no index.json); choose a new or empty folder.`,
    },
  },
);
