import type { CheckId, CheckStatus, EndpointTiming, StopReason } from '../../conformance/types.js';
import type { NoAnswerReason } from '../../conformance/http.js';
import { formatNumber } from '../format.js';
import { defineMessages } from './define.js';

/**
 * Every text of the API conformance check, for the province's IT team: the `check-api` command and the embed
 * builder say the same things. Header names, statuses and JSON stay as they are written on the wire.
 */

const vn = (n: number) => formatNumber(n, 'vi');

/** The request headers a page's widgets send, as the CORS checks name them in both languages. */
export const HEADERS_LIST = 'Accept-Language, Content-Type, Idempotency-Key, X-Challenge-Token, X-Dossier-Verifier';

const vi = {
  status: { pass: 'ĐẠT', warn: 'CẢNH BÁO', fail: 'LỖI', skip: 'BỎ QUA' } satisfies Record<CheckStatus, string>,
  labels: { expected: 'Cần', actual: 'Nhận được', fix: 'Cách sửa' },
  titles: {
    reachable: 'API trả lời',
    transport: 'Kết nối (HTTPS)',
    'cors.preflight.dossier': 'CORS: yêu cầu kiểm tra trước (preflight) khi tra cứu hồ sơ',
    'cors.preflight.feedback': 'CORS: yêu cầu kiểm tra trước (preflight) khi gửi góp ý',
    'procedures.search': 'Tìm thủ tục: GET /procedures',
    'procedures.paging': 'Phân trang: page và pageSize',
    'procedures.filters': 'Bộ lọc: domain, agency, tier, level',
    'procedures.unaccented': 'Tìm không dấu, không phân biệt hoa thường',
    'procedures.codes': 'Tra theo mã: codes= với 100 mã',
    'procedures.codes-limit': 'Quá 100 mã trong codes=',
    'procedures.detail': 'Chi tiết thủ tục: GET /procedures/{code}',
    'procedures.not-found': 'Thủ tục không tồn tại: 404 problem+json',
    domains: 'Lĩnh vực: GET /domains',
    agencies: 'Cơ quan thực hiện: GET /agencies',
    stats: 'Số liệu: GET /stats',
    'errors.validation': 'Tham số sai: lỗi dạng problem+json',
    'dossier.not-found': 'Hồ sơ không tồn tại',
    'dossier.lookup': 'Tra cứu hồ sơ',
    'dossier.verifier': 'Thông tin xác minh hồ sơ (X-Dossier-Verifier)',
    'feedback.idempotency': 'Gửi góp ý: cùng Idempotency-Key thì một mã',
    'feedback.validation': 'Góp ý không hợp lệ: 422 kèm lỗi từng trường',
    'cors.answers': 'CORS: Access-Control-Allow-Origin trên mọi câu trả lời',
    'cors.expose-headers': 'CORS: cho trang đọc Retry-After',
    language: 'Ngôn ngữ: Accept-Language',
    'caching.catalog': 'Bộ nhớ đệm cho danh mục',
    'caching.dossier': 'Không lưu đệm hồ sơ',
    'rate-limit': 'Giới hạn tần suất: Retry-After',
    timing: 'Thời gian trả lời',
  } satisfies Record<CheckId, string>,
  common: {
    noAnswer: (endpoint: string, reason: NoAnswerReason, detail: string) =>
      reason === 'timeout'
        ? `${endpoint}: không trả lời trong thời hạn cho phép.`
        : reason === 'run-limit'
          ? `${endpoint}: dừng vì đã hết thời gian cho cả lượt kiểm tra.`
          : reason === 'redirects'
            ? `${endpoint}: chuyển hướng mãi không dừng (quá 20 lần, lần cuối đến ${detail}).`
          : reason === 'too-large'
            ? `${endpoint}: câu trả lời dài quá ${detail} MB, công cụ kiểm tra dừng đọc ở đó.`
          : `${endpoint}: không nhận được câu trả lời${detail ? ` (${detail})` : ''}.`,
    expectAnswer: 'Một câu trả lời HTTP trong thời hạn',
    expectSize: 'Câu trả lời cỡ như hợp đồng quy định (một trang tối đa 100 thủ tục: vài chục KB)',
    noAnswerActual: {
      network: 'không có câu trả lời',
      timeout: 'hết thời hạn chờ',
      'run-limit': 'hết thời gian của lượt kiểm tra',
      redirects: 'chuyển hướng lặp vòng',
      'too-large': 'nội dung lớn hơn nhiều so với mọi câu trả lời của hợp đồng, hoặc không bao giờ dừng',
    } satisfies Record<
      NoAnswerReason,
      string
    >,
    noAnswerFix: {
      network: 'Kiểm tra địa chỉ API, tên miền (DNS), tường lửa và chứng chỉ HTTPS; thử mở địa chỉ trong trình duyệt.',
      timeout: 'Tìm nguyên nhân chậm ở cổng (gateway) hoặc hệ thống phía sau; câu trả lời cần đến trong vài giây.',
      'run-limit': 'Chạy lại khi API nhanh hơn, hoặc tăng --max-time.',
      redirects:
        'Xem cấu hình chuyển hướng của cổng (gateway) và máy chủ web: địa chỉ API phải trả lời trực tiếp. Thường gặp khi cổng chuyển http sang https còn hệ thống phía sau chuyển ngược lại, hoặc hai bên thêm rồi bỏ dấu / cuối địa chỉ.',
      'too-large':
        'Chỉ trả lời đúng phần được hỏi: một trang gồm pageSize thủ tục (tối đa 100). Xem cổng (gateway) hoặc máy chủ đang gửi gì ở địa chỉ này: một tệp, cả một bảng dữ liệu hay một luồng không bao giờ dừng.',
    } satisfies Record<NoAnswerReason, string>,
    badAnswer: (endpoint: string, status: number) => `${endpoint} trả lời HTTP ${status} nhưng nội dung không đúng hợp đồng API.`,
    fixUtf8:
      'Gửi mọi câu trả lời bằng UTF-8 (trình duyệt luôn đọc JSON là UTF-8, bất kể charset): kiểm tra bảng mã của kết nối cơ sở dữ liệu và của dữ liệu đã lưu.',
    fixContract: 'Trả lời đúng lược đồ trong openapi.json (dvc-elements/openapi.json); tiện ích kiểm tra từng câu trả lời và báo lỗi khi sai.',
    wrongStatus: (endpoint: string, status: number) => `${endpoint} trả lời HTTP ${status} thay vì thành công.`,
    fixStatus: 'Địa chỉ này phải trả lời thành công cho yêu cầu không kèm đăng nhập hay cookie, như tiện ích gửi.',
    /** The checks left out after the run stopped, by why it stopped. */
    skippedStop: {
      'no-answer': 'Không chạy: API không trả lời.',
      credentials: 'Không chạy: API đòi đăng nhập.',
      'rate-limited': 'Không chạy: API đang giới hạn tần suất với máy chạy kiểm tra.',
      unavailable: 'Không chạy: API tạm thời không phục vụ.',
      'web-page': 'Không chạy: địa chỉ này trả lời một trang web, không phải API.',
    } satisfies Record<StopReason, string>,
    skippedWrite: 'Không chạy: kiểm tra này ghi dữ liệu vào hệ thống; thêm --write để chạy.',
    skippedDossier: 'Không chạy: cần mã một hồ sơ thật; thêm --dossier MÃ_HỒ_SƠ (và --verifier nếu hồ sơ yêu cầu).',
    runLimit: (s: number) => `Không xong: đã hết ${formatNumber(s, 'vi', 1)} giây cho cả lượt kiểm tra.`,
    crashed: (message: string) => `Kiểm tra bị lỗi bất ngờ: ${message}`,
  },
  reachable: {
    ok: (status: number, ms: number) => `Trả lời HTTP ${status} sau ${vn(Math.round(ms))} ms.`,
    credentials: (status: number) =>
      `API đòi đăng nhập (HTTP ${status}); tiện ích không bao giờ gửi cookie hay thông tin đăng nhập (chúng gọi API từ trình duyệt của người dân, không ai đăng nhập): các kiểm tra khác chưa chạy được.`,
    anonymous: 'HTTP 200 cho yêu cầu không kèm cookie hay Authorization',
    fixCredentials:
      'Mở các địa chỉ công khai của hợp đồng cho yêu cầu ẩn danh: trên cổng (gateway), bỏ quy tắc đòi đăng nhập (hay khoá API, chứng chỉ máy khách) cho các đường dẫn /procedures, /domains, /agencies, /stats, /dossiers và /feedback dưới địa chỉ gốc của API (kể cả yêu cầu OPTIONS); chỉ giới hạn tần suất, không đòi đăng nhập.',
    notFound: (url: string) => `Không có gì ở ${url} (HTTP 404): địa chỉ gốc của API có đúng không?`,
    fixBase: 'Dùng địa chỉ gốc mà dưới nó có /procedures, ví dụ https://dichvucong.example.gov.vn/api/v1.',
    serverError: (status: number) => `API gặp lỗi (HTTP ${status}).`,
    fixServer: 'Xem nhật ký lỗi của cổng và hệ thống phía sau.',
    redirected: (url: string) => `API trả lời qua chuyển hướng đến ${url}.`,
    noRedirect: 'Trả lời trực tiếp, không chuyển hướng',
    rateLimited: (status: number, seconds: number | null) =>
      `API đang giới hạn tần suất với máy chạy kiểm tra (HTTP ${status}${seconds === null ? '' : `, Retry-After: ${vn(seconds)} giây`}): các kiểm tra khác chưa chạy được.`,
    expectFirst: 'HTTP 200 cho yêu cầu đầu tiên của lượt kiểm tra',
    fixRateLimited: (seconds: number | null) =>
      `Chạy lại sau ${seconds === null ? 'ít phút' : `${vn(seconds)} giây`}; nếu vẫn thế, nới giới hạn cho địa chỉ IP của máy chạy kiểm tra trong lúc kiểm tra.`,
    unavailable: (seconds: number | null) =>
      `API tạm thời không phục vụ (HTTP 503${seconds === null ? '' : `, Retry-After: ${vn(seconds)} giây`}): các kiểm tra khác chưa chạy được.`,
    fixUnavailable: (seconds: number | null) =>
      `Cho hệ thống phía sau cổng (gateway) chạy lại (nhật ký lỗi của cổng và của hệ thống cho biết vì sao nó không trả lời), rồi chạy lại kiểm tra${seconds === null ? '' : `, sau ít nhất ${vn(seconds)} giây như Retry-After đề nghị`}.`,
    webPage: (url: string) => `${url} trả lời một trang web (HTML), không phải API: địa chỉ gốc của API có đúng không?`,
    expectJson: 'HTTP 200, application/json',
    fixRedirect:
      'Dùng địa chỉ cuối cùng làm api-base: mỗi lần chuyển hướng làm tiện ích mất thêm một lượt đi về, trình duyệt chỉ đi theo khi chính câu trả lời chuyển hướng có các header CORS, và không bao giờ đi theo ở preflight (tra cứu hồ sơ có xác minh, gửi góp ý).',
  },
  problem: {
    expected: (status: number, type?: string) =>
      `HTTP ${status}, Content-Type: application/problem+json, { type${type ? `: "${type}"` : ''}, title, status: ${status} }`,
    wrongStatus: (endpoint: string, status: number, want: number) => `${endpoint} trả lời HTTP ${status} thay vì ${want}.`,
    fixAccepted: 'Từ chối yêu cầu sai hợp đồng bằng mã lỗi 4xx kèm problem+json, không trả lời như thể thành công.',
    fixOtherStatus: (want: number, status: number) =>
      `Trả lời HTTP ${want} kèm application/problem+json cho trường hợp này${status >= 500 ? `; HTTP ${status} cho thấy hệ thống gặp sự cố với chính yêu cầu ấy: xem nhật ký lỗi của cổng và hệ thống phía sau` : ''}.`,
    notProblem: (endpoint: string, status: number) => `${endpoint}: lỗi HTTP ${status} không ở dạng application/problem+json.`,
    fixProblem:
      'Trả lời mọi lỗi bằng Content-Type: application/problem+json và { type, title, status, detail?, errors? }, kể cả lỗi do cổng sinh ra (trang lỗi HTML mặc định của nginx/IIS không dùng được).',
    badProblem: (endpoint: string, status: number) => `${endpoint}: nội dung lỗi HTTP ${status} không đúng lược đồ Problem.`,
    statusField: (endpoint: string, field: unknown, status: number) => `${endpoint}: trường status (${String(field)}) khác mã HTTP ${status}.`,
    otherType: (endpoint: string, type: string) => `${endpoint}: type "${type}" không phải loại hợp đồng quy định; tiện ích chỉ dựa vào mã HTTP.`,
    fixType: (type: string) => `Dùng type "${type}".`,
  },
  procedures: {
    needsList: 'Không chạy: cần danh sách thủ tục hợp lệ (xem kiểm tra procedures.search).',
    needsOne: 'Không chạy: danh mục chưa có thủ tục nào.',
    expectPage: 'HTTP 200, application/json, { items: ProcedureSummary[], total, page, pageSize }',
    empty: 'Danh mục thủ tục trống: tìm kiếm sẽ không có kết quả nào.',
    expectSome: 'Ít nhất một thủ tục',
    fixEmpty: 'Đưa danh mục thủ tục hành chính của tỉnh vào API.',
    totalTooSmall: 'total nhỏ hơn số thủ tục trong trang.',
    expectTotal: 'total là tổng số kết quả của cả truy vấn, không nhỏ hơn số mục trong trang',
    searchOk: (total: number) => `Trả lời đúng hợp đồng; danh mục có ${vn(total)} thủ tục.`,
    pagingTooFew: 'Không chạy: cần ít nhất 2 thủ tục để kiểm tra phân trang.',
    gotItems: (label: string, got: number, want: number) => `${label}: ${vn(got)} mục thay vì ${vn(want)}`,
    echo: (label: string, page: number, pageSize: number) => `${label}: câu trả lời ghi page ${page}, pageSize ${pageSize}`,
    totalChanged: (label: string, got: number, want: number) => `${label}: total ${vn(got)} thay vì ${vn(want)}`,
    samePage: (code: string) => `page=2 trả về cùng thủ tục ${code} như page=1`,
    pagingIgnored: 'page/pageSize không được tuân theo.',
    expectPaging: 'pageSize mục mỗi trang (1–100), page đếm từ 1, total không đổi giữa các trang',
    overlap: (size: number, code: string) => `page=2&pageSize=${size} có lại thủ tục ${code} của trang 1`,
    pagesOverlap: 'Các trang chồng lên nhau: một thủ tục hiện ở hai trang, nên có thủ tục không ở trang nào.',
    fixOrder:
      'Sắp xếp danh sách theo một khoá duy nhất (ví dụ thêm mã thủ tục vào cuối ORDER BY), để mỗi thủ tục ở đúng một trang; lệnh npx dvc-elements catalog cũng dừng khi gặp một mã hai lần.',
    fixPaging: 'Áp dụng page và pageSize trên máy chủ và ghi lại đúng giá trị trong câu trả lời; thanh phân trang của tiện ích dựa vào total.',
    pagingOk: 'page và pageSize được tuân theo; total nhất quán.',
    filterLeak: (key: string, value: string, code: string, got: string) => `${key}=${value} trả về ${code} có ${key} ${got}`,
    filterEmpty: (key: string, value: string, code: string) => `${key}=${value} không trả về gì, dù ${code} có ${key} này`,
    filtersIgnored: 'Bộ lọc không được áp dụng.',
    expectFilters: 'Chỉ các thủ tục khớp bộ lọc',
    fixFilters: 'Lọc theo domain (mã lĩnh vực), agency (mã cơ quan), tier và level trên máy chủ; tiện ích gửi các bộ lọc này khi người dân chọn.',
    filtersOk: (keys: string) => `Các bộ lọc ${keys} được áp dụng.`,
    nameNotFound: (code: string) => `Tìm đúng tên thủ tục ${code} (có dấu) không ra thủ tục đó.`,
    expectFound: (code: string, name: string) => `${code} «${name}» có trong kết quả`,
    results: (total: number) => `${vn(total)} kết quả, không có thủ tục này`,
    fixSearch: 'Tìm q trong tên thủ tục (và mã); mọi từ của q phải khớp.',
    plainNotFound: (q: string, code: string) => `Tìm «${q}» không ra thủ tục ${code}.`,
    fixUnaccented:
      'So khớp q không phân biệt dấu và hoa thường: chuẩn hoá cả hai phía (NFD, bỏ dấu U+0300–U+036F, đ→d, chữ thường). Người dân thường gõ không dấu trên điện thoại.',
    unpunctuatedNotFound: (q: string, code: string) => `Tìm «${q}» (không dấu câu) không ra thủ tục ${code}.`,
    fixUnpunctuated:
      'So khớp từng từ của q với các từ của tên, bỏ qua dấu câu: người dân thường gõ «cha me con» cho «cha, mẹ, con». Hợp đồng không bắt buộc điều này, nhưng tìm theo cả cụm thì những người ấy không tìm ra thủ tục.',
    unaccentedOk: (q: string, code: string) => `«${q}» tìm ra ${code}, cả khi viết hoa.`,
    notAmongFirst: (q: string, code: string, read: number, total: number) =>
      `Tìm «${q}» ra ${vn(total)} kết quả, nhưng ${code} không nằm trong ${vn(read)} kết quả đầu: công cụ không đọc tiếp nên không biết API có tìm ra thủ tục này hay không.`,
    expectAmongFirst: (code: string, name: string, read: number) => `${code} «${name}» nằm trong ${vn(read)} kết quả đầu`,
    resultsFirst: (total: number, read: number) => `${vn(total)} kết quả, ${vn(read)} kết quả đầu không có thủ tục này`,
    fixRank:
      'Xếp kết quả sao cho thủ tục có tên khớp trọn với q đứng đầu, hoặc chỉ trả về thủ tục khớp mọi từ của q thay vì chỉ một từ: ô tìm kiếm mỗi lần chỉ hiện cho người dân 10 kết quả.',
    codesDropped: (n: number, list: string) => `thiếu ${vn(n)} mã có thật: ${list}`,
    codesUnknownPresent: (list: string) => `có mã không tồn tại: ${list}`,
    codesExtra: (list: string) => `có mã không được hỏi: ${list}`,
    codesTwice: (list: string) => `có mã lặp lại: ${list}`,
    codesWrong: 'codes= không trả về đúng các thủ tục được hỏi.',
    expectCodes: (known: number, unknown: number) =>
      `Đủ ${vn(known)} thủ tục có thật, không có ${vn(unknown)} mã không tồn tại, mỗi mã một lần`,
    fixCodes:
      'Trả về mọi mã có thật trong codes= (tối đa 100, phân cách bằng dấu phẩy), bỏ qua mã không tồn tại; các huy hiệu trên một trang dùng chung các yêu cầu này.',
    codesOk: (known: number, unknown: number) => `100 mã: đủ ${vn(known)} thủ tục có thật, ${vn(unknown)} mã không tồn tại được bỏ qua.`,
    codesLimitSilent: (n: number) => `${vn(n)} mã được nhận như bình thường.`,
    expectCodesLimit: (max: number) => `HTTP 422 problem+json khi codes= có hơn ${vn(max)} mã`,
    fixCodesLimit: (max: number) =>
      `Từ chối hơn ${vn(max)} mã bằng 422 (type urn:dvc:problem:validation), không âm thầm cắt bớt: tiện ích chia yêu cầu theo giới hạn này.`,
    codesLimitOk: (n: number, status: number) => `${vn(n)} mã bị từ chối đúng cách (HTTP ${status}).`,
    expectDetail: (code: string) => `HTTP 200, application/json, Procedure của ${code}`,
    detailOtherCode: (code: string) => `GET /procedures/${code} trả về một thủ tục khác.`,
    fixDetail: 'Trả về đúng thủ tục có mã trong đường dẫn (mã là chuỗi, so khớp nguyên văn).',
    detailOk: (codes: string) => `Chi tiết đúng hợp đồng: ${codes}.`,
    notFoundOk: (code: string) => `${code}: 404 problem+json đúng hợp đồng.`,
  },
  lists: {
    expectDomains: 'HTTP 200, application/json, { items: [{ code, name }] }',
    domainsEmpty: 'Danh sách lĩnh vực trống: tìm kiếm sẽ không có bộ lọc lĩnh vực.',
    fixDomainsEmpty: 'Trả về các lĩnh vực của danh mục thủ tục.',
    duplicateCodes: (path: string) => `${path} có mã trùng nhau.`,
    expectUnique: 'Mỗi mã một lần',
    fixUnique: 'Bỏ các mục trùng mã.',
    domainsOk: (n: number) => `${vn(n)} lĩnh vực.`,
    expectAgencies: 'HTTP 200, application/json, { items: [{ code, name, tier }] }',
    agenciesEmpty: 'Danh sách cơ quan trống: tìm kiếm sẽ không có bộ lọc cơ quan.',
    fixAgenciesEmpty: 'Trả về các cơ quan thực hiện thủ tục.',
    tierIgnored: (tier: string) => `GET /agencies?tier=${tier} không lọc theo cấp.`,
    expectTier: (tier: string) => `Chỉ các cơ quan có tier ${tier}`,
    fixTier: 'Lọc /agencies theo tham số tier (province, commune, district).',
    agenciesOk: (n: number, tier: string, m: number) => `${vn(n)} cơ quan; tier=${tier} trả về ${vn(m)}.`,
    expectStats: 'HTTP 200, application/json, { period, procedures: { total, full, partial, info }, dossiers? }',
    statsSum: 'Tổng số thủ tục khác tổng các mức độ.',
    fixStatsSum: 'procedures.total phải bằng full + partial + info; huy hiệu tính tỉ lệ trực tuyến từ các số này.',
    statsOkProvince: 'Số liệu toàn tỉnh đúng hợp đồng.',
    expectStatsAgency: (code: string) => `HTTP 200, Stats của cơ quan ${code}`,
    statsOtherAgency: (code: string) => `GET /stats?agency=${code} trả về số liệu của cơ quan khác.`,
    fixStatsAgency: 'Trả về số liệu của đúng cơ quan được hỏi, kèm agency: { code, name }.',
    statsOk: (code: string) => `Số liệu toàn tỉnh và của cơ quan ${code} đúng hợp đồng.`,
    invalidAccepted: 'page=0 được nhận như hợp lệ.',
    expectValidation: 'HTTP 422 problem+json (type urn:dvc:problem:validation) cho tham số sai',
    fixValidation: 'Kiểm tra tham số và trả lời 422 problem+json, kèm errors: [{ field, message }].',
    validationOk: (status: number) => `Tham số sai được trả lời HTTP ${status} problem+json.`,
  },
  dossier: {
    notFoundOk: 'Mã hồ sơ không tồn tại: 404 problem+json đúng hợp đồng.',
    notFoundAsksVerifier: 'Mã hồ sơ không tồn tại: API yêu cầu thông tin xác minh trước (403 verifier-required), không tiết lộ hồ sơ nào có thật.',
    expectDossier: (code: string) => `HTTP 200, application/json, Dossier của ${code}`,
    otherCode: (code: string) => `Tra cứu ${code} trả về một hồ sơ khác.`,
    fixCode: 'Trả về đúng hồ sơ có mã trong đường dẫn.',
    lookupNotFound: (code: string) => `Không tìm thấy hồ sơ ${code} (HTTP 404).`,
    fixLookupNotFound: 'Kiểm tra mã hồ sơ đã nhập; nếu mã đúng, API phải tìm được hồ sơ theo đúng mã người dân thấy trên giấy hẹn.',
    asksVerifier: (label: string) => `API yêu cầu thông tin xác minh: «${label}».`,
    asksVerifierNoLabel: 'API yêu cầu thông tin xác minh (không có verifierLabel: tiện ích dùng lời nhắc chung).',
    lookupOk: (status: number) => `Tra cứu được hồ sơ (trạng thái ${status}), không cần thông tin xác minh.`,
    noVerifierAsked: 'Không chạy: hồ sơ này không yêu cầu thông tin xác minh.',
    needsLookup: 'Không chạy: cần tra cứu hồ sơ thành công trước (xem dossier.lookup).',
    giveVerifier: 'Không chạy: hồ sơ yêu cầu thông tin xác minh; thêm --verifier để kiểm tra cả luồng này.',
    verifierRefused: 'Thông tin xác minh đã cho không được chấp nhận (HTTP 403).',
    fixVerifierRefused:
      'Kiểm tra giá trị --verifier; nếu đúng, kiểm tra cổng có chuyển tiếp header X-Dossier-Verifier đến hệ thống phía sau không.',
    wrongVerifierAccepted: 'Thông tin xác minh sai vẫn xem được hồ sơ.',
    expectRefused: 'HTTP 403 problem+json, type urn:dvc:problem:verifier-required',
    fixWrongVerifier: 'So khớp X-Dossier-Verifier trên máy chủ và từ chối khi sai: đây là thông tin cá nhân của người nộp.',
    verifierOk: 'Đúng thông tin xác minh thì xem được hồ sơ; sai thì bị từ chối bằng 403 verifier-required.',
    verifierType: (endpoint: string, type: string) =>
      `${endpoint}: lỗi 403 có type "${type}", không phải urn:dvc:problem:verifier-required. Tiện ích tra cứu chỉ nhờ type này mà biết cần hỏi thông tin xác minh, nên sẽ báo lỗi chung và không bao giờ hỏi thông tin xác minh.`,
    fixVerifierType:
      'Khi thiếu hoặc sai X-Dossier-Verifier, trả lời 403 application/problem+json với type "urn:dvc:problem:verifier-required" (kèm verifierLabel nói người dân cần nhập gì): chỉ khi đó tiện ích tra cứu mới hiện ô nhập thông tin xác minh.',
  },
  feedback: {
    testMessage: 'Góp ý thử nghiệm do công cụ kiểm tra API dvc-elements gửi để kiểm tra kết nối. Xin bỏ qua.',
    expectReceipt: 'HTTP 201, application/json, { id, receivedAt }',
    not201: (status: number) => `Góp ý được nhận với HTTP ${status} thay vì 201.`,
    fix201: 'Trả lời 201 Created khi nhận góp ý.',
    twoIds: 'Cùng một Idempotency-Key gửi hai lần tạo ra hai góp ý.',
    expectSameId: 'Cùng một id cho cả hai lần gửi',
    fixIdempotency:
      'Lưu Idempotency-Key cùng góp ý (ít nhất 24 giờ); gặp lại khoá đã có thì trả lại đúng câu trả lời cũ. Tiện ích gửi lại cùng khoá sau khi mất kết nối, nên thiếu điều này người dân sẽ gửi trùng phản ánh.',
    idempotencyOk: (id: string) => `Gửi hai lần cùng khoá, một góp ý: ${id}.`,
    emptyAccepted: 'Phản ánh không có nội dung vẫn được nhận.',
    expectFieldErrors: 'HTTP 422 problem+json, errors: [{ field: "message", message }]',
    fixValidation: 'Kiểm tra nội dung góp ý trên máy chủ và từ chối bằng 422 kèm lỗi từng trường.',
    noFieldErrors: 'Lỗi 422 không kèm errors cho từng trường.',
    fixFieldErrors: 'Thêm errors: [{ field, message }]; biểu mẫu hiển thị lỗi ngay cạnh ô cần sửa.',
    messageNotPlaced:
      'Biểu mẫu không đặt được lỗi cạnh ô nội dung: không mục nào trong errors có field mà biểu mẫu nhận ra là message, nên lỗi chỉ hiện ở phần tóm tắt lỗi.',
    expectMessageField: 'errors: [{ field: "message", message }]; thông tin liên hệ: email, contact.email hoặc /contact/email',
    fixMessageField:
      'Đặt field đúng tên thuộc tính trong thân yêu cầu: "message", "rating", "consent"; với thông tin liên hệ là "email" hoặc "contact.email". Khi đó biểu mẫu hiển thị lỗi ngay cạnh ô cần sửa.',
    fieldsNotPlaced:
      'Biểu mẫu không đặt được một số lỗi cạnh ô cần sửa: field của chúng không phải tên mà biểu mẫu nhận ra, nên các lỗi đó chỉ hiện ở phần tóm tắt lỗi.',
    expectFieldNames: (names: string) => `field là tên một ô của biểu mẫu: ${names} (hoặc một đường dẫn kết thúc bằng tên đó: contact.email, /contact/email)`,
    validationOk: (n: number) => `Góp ý không hợp lệ bị từ chối, kèm ${vn(n)} lỗi theo trường.`,
  },
  cors: {
    standIn: (origin: string) => `(kiểm tra với nguồn thay thế ${origin}; dùng --origin để kiểm tra trang nhúng thật)`,
    preflightStatus: (endpoint: string, status: number) => `${endpoint}: preflight trả lời HTTP ${status}.`,
    preflightRedirect: (endpoint: string, status: number, to: string) =>
      `${endpoint}: preflight trả lời bằng chuyển hướng (HTTP ${status} đến ${to}); trình duyệt không bao giờ đi theo chuyển hướng ở đây, nên yêu cầu bị chặn.`,
    expectPreflight: (origin: string, headers: string) =>
      `HTTP 204 hoặc 200, Access-Control-Allow-Origin: ${origin} (hoặc *), Access-Control-Allow-Headers: ${headers}`,
    fixPreflightStatus: 'Trả lời OPTIONS ngay tại cổng, không chuyển tiếp, không đòi đăng nhập, với các header CORS bên dưới.',
    noAllowOrigin: (endpoint: string) => `${endpoint}: preflight thiếu Access-Control-Allow-Origin.`,
    wrongAllowOrigin: (endpoint: string) => `${endpoint}: Access-Control-Allow-Origin của preflight không cho phép trang nhúng.`,
    fixAllowOrigin: (origin: string) => `Trả Access-Control-Allow-Origin: * (hoặc đúng ${origin}) — một giá trị duy nhất.`,
    missingHeaders: (endpoint: string, list: string) => `${endpoint}: Access-Control-Allow-Headers thiếu ${list}.`,
    fixAllowHeaders: (list: string) => `Thêm vào Access-Control-Allow-Headers: ${list} (đầy đủ: ${HEADERS_LIST}).`,
    missingAcceptLanguage: (endpoint: string) =>
      `${endpoint}: Access-Control-Allow-Headers thiếu Accept-Language (trình duyệt vẫn cho qua với giá trị vi/en đơn giản).`,
    preflightOk: (headers: string) => `Cho phép ${headers}.`,
    answersMissing: 'Có câu trả lời không cho phép trang nhúng (thiếu hoặc sai Access-Control-Allow-Origin): trình duyệt sẽ chặn, tiện ích chỉ thấy "lỗi mạng".',
    answersDuplicate: 'Access-Control-Allow-Origin có nhiều giá trị (thường do cả cổng và hệ thống phía sau cùng thêm): trình duyệt chặn.',
    expectAnswers: (origin: string) => `Access-Control-Allow-Origin: * (hoặc ${origin}) trên mọi câu trả lời, kể cả lỗi 4xx/5xx`,
    fixAnswers:
      'Thêm Access-Control-Allow-Origin ở một nơi duy nhất, cho mọi câu trả lời kể cả lỗi (nginx: add_header … always).',
    noVaryOrigin: 'Access-Control-Allow-Origin ghi tên từng trang nhưng thiếu Vary: Origin: bộ nhớ đệm có thể trả nhầm cho trang khác.',
    fixVaryOrigin: 'Thêm Vary: Origin, hoặc dùng Access-Control-Allow-Origin: * (API công khai, không dùng cookie).',
    answersOk: (n: number) => `${vn(n)} câu trả lời đều cho phép trang nhúng.`,
    exposeMissing: 'Retry-After không được phép đọc từ trang nhúng: tiện ích không biết phải chờ bao lâu khi API quá tải.',
    fixExpose: 'Thêm Access-Control-Expose-Headers: Retry-After.',
    exposeOk: 'Trang nhúng đọc được Retry-After.',
  },
  transport: {
    httpsOk: (protocol: string, until: string, days: number) => `${protocol}, chứng chỉ hợp lệ đến ${until} (còn ${vn(days)} ngày).`,
    expiring: (until: string, days: number) => `Chứng chỉ HTTPS hết hạn ngày ${until} (còn ${vn(days)} ngày).`,
    fixExpiring: 'Gia hạn chứng chỉ trước khi hết hạn; khi hết hạn, mọi tiện ích trên mọi trang sẽ ngừng hoạt động.',
    untrusted: (reason: string) => `Chứng chỉ HTTPS không được tin cậy: ${reason}.`,
    fixUntrusted: 'Dùng chứng chỉ do tổ chức được trình duyệt tin cậy cấp, kèm đủ chuỗi chứng chỉ trung gian.',
    loopback: 'HTTP trên chính máy này: dùng được để thử; API thật của tỉnh phải dùng HTTPS.',
    plainHttp: 'API dùng HTTP không mã hoá: trang HTTPS sẽ bị trình duyệt chặn gọi đến (mixed content).',
    expectHttps: 'https://…',
    fixHttps: 'Phục vụ API qua HTTPS với chứng chỉ hợp lệ.',
    tlsFailed: (reason: string) => `Không kiểm tra được kết nối TLS: ${reason}.`,
  },
  network: {
    refused: 'máy chủ từ chối kết nối',
    dns: 'không tìm thấy tên miền',
    reset: 'kết nối bị ngắt giữa chừng',
    tls: (code: string) => `lỗi chứng chỉ/TLS: ${code}`,
    redirects: 'chuyển hướng quá 20 lần (các địa chỉ chuyển hướng vòng quanh)',
    decoding: (code: string) => `nội dung nén của câu trả lời bị hỏng, không giải nén được: ${code}`,
    fixDecoding:
      'Sửa cấu hình nén ở cổng (gateway) và máy chủ web: Content-Encoding phải đúng với nội dung gửi đi (không ghi gzip cho nội dung không nén, không nén hai lần).',
    other: (message: string) => message,
    browser: 'lỗi mạng: sai địa chỉ, máy chủ không chạy, hoặc CORS không cho phép trang này',
  },
  language: {
    ignored: 'Accept-Language dường như không được xét: tiếng Việt và tiếng Anh nhận cùng một câu trả lời.',
    expected: 'Nội dung lỗi theo ngôn ngữ được hỏi, hoặc Content-Language cho biết ngôn ngữ của câu trả lời',
    same: (vi: string, en: string) => `cùng title/detail; Content-Language: ${vi} (vi), ${en} (en)`,
    fix: 'Trả lời các dòng chữ mà tiện ích hiển thị (title, errors[].message, verifierLabel) bằng ngôn ngữ trong Accept-Language, và gửi Content-Language.',
    noVary: 'Câu trả lời thay đổi theo Accept-Language nhưng thiếu Vary: Accept-Language.',
    fixVary: 'Thêm Vary: Accept-Language để bộ nhớ đệm không trả nhầm ngôn ngữ.',
    ok: 'Câu trả lời theo ngôn ngữ được hỏi.',
  },
  caching: {
    nothingSeen: 'Không chạy: chưa có câu trả lời danh mục nào thành công.',
    notCacheable: (list: string) => `Không cho lưu đệm: ${list}.`,
    expectCache: 'Cache-Control: public, max-age=… trên các câu trả lời danh mục',
    fixCache:
      'Ví dụ Cache-Control: public, max-age=300 cho tìm kiếm và số liệu, max-age=3600 cho lĩnh vực, cơ quan và chi tiết thủ tục: trang xã nhiều người xem sẽ không dồn tải về API.',
    catalogOk: (min: number, max: number) => `Danh mục được lưu đệm ${min === max ? vn(min) : `${vn(min)}–${vn(max)}`} giây.`,
    noDossier: 'Không chạy: không có câu trả lời tra cứu hồ sơ.',
    dossierCacheable: 'Câu trả lời tra cứu hồ sơ có thể bị lưu trong bộ nhớ đệm dùng chung.',
    fixDossier: 'Gửi Cache-Control: no-store cho /dossiers: đây là thông tin cá nhân của người nộp.',
    dossierOk: 'Hồ sơ không bị lưu đệm (no-store/private).',
  },
  rateLimit: {
    noneSeen: 'Không gặp 429 hay 503 trong lượt kiểm tra.',
    noRetryAfter: 'Trả lời 429/503 không kèm Retry-After.',
    fix: 'Thêm Retry-After (số giây) cho 429 và 503: tiện ích cho người dân biết khi nào thử lại và không gửi dồn.',
    ok: (n: number) => `${vn(n)} câu trả lời 429/503, đều có Retry-After.`,
  },
  timing: {
    nothing: 'Không có câu trả lời nào để đo.',
    slow: (list: string) => `Chậm: ${list}.`,
    expected: (median: number, single: number) => `Trung vị dưới ${vn(median)} ms, không câu trả lời nào quá ${vn(single)} ms`,
    line: (x: EndpointTiming) => `${x.endpoint}: trung vị ${vn(x.medianMs)} ms, chậm nhất ${vn(x.slowestMs)} ms`,
    fix: 'Tìm chỗ chậm ở cổng hoặc hệ thống phía sau; lưu đệm các câu trả lời danh mục.',
    ok: (x: EndpointTiming) => `Chậm nhất theo trung vị: ${x.endpoint}, ${vn(x.medianMs)} ms.`,
  },
  text: {
    decomposed: (endpoint: string, n: number) =>
      `${endpoint} gửi ${vn(n)} chuỗi ở dạng Unicode tổ hợp (NFD) thay vì dựng sẵn (NFC): tiện ích hiển thị đúng như nhận được, ` +
      'nên trình đọc màn hình có thể đọc sai, còn tìm kiếm và xếp hạng đếm mỗi dấu là một ký tự riêng.',
    expected: 'Mọi chuỗi ở dạng Unicode dựng sẵn (NFC)',
    example: (where: string, text: string, letter: string) => `${where}: «${text}»${letter ? ` (${letter})` : ''}`,
    fix:
      "Chuẩn hoá chuỗi sang NFC trên máy chủ trước khi trả lời, ví dụ text.normalize('NFC') (JavaScript) hoặc " +
      'Normalizer.normalize(text, Normalizer.Form.NFC) (Java), tốt nhất là chuẩn hoá cả dữ liệu đã lưu. Chữ gõ bằng bộ gõ ' +
      'đặt bảng mã "Unicode tổ hợp" thường đến ở dạng này.',
  },
  contract: {
    notJson: (text: string) => `không phải JSON: ${text}`,
    notUtf8: (sample: string) => `có byte không phải UTF-8, tiện ích sẽ hiện thành �: «${sample}»`,
    undocumented: (status: number, method: string, path: string) => `hợp đồng không có HTTP ${status} cho ${method} ${path}`,
    /** What the widgets' own answer check refused (src/api/shape.ts). */
    widgets: (detail: string) => `tiện ích: ${detail}`,
    expected: (want: string) => `cần ${want}`,
    types: {
      object: 'đối tượng (object)',
      array: 'mảng (array)',
      string: 'chuỗi (string)',
      number: 'số (number)',
      integer: 'số nguyên (integer)',
      boolean: 'true hoặc false (boolean)',
      null: 'null',
    } as Record<string, string>,
    oneOf: (values: string) => `một trong ${values}`,
    or: ' hoặc ',
    required: (field: string) => `thiếu trường bắt buộc "${field}"`,
    type: (got: string, want: string) => `là ${got}, cần ${want}`,
    enum: (value: string, allowed: string) => `${value} không thuộc các giá trị cho phép: ${allowed}`,
    const: (want: string) => `cần đúng ${want}`,
    format: (format: string) => `không đúng định dạng ${format}`,
    formats: { uri: 'địa chỉ URL (uri)', 'date-time': 'ngày giờ ISO 8601 (date-time)', date: 'ngày YYYY-MM-DD (date)', email: 'email' } as Record<string, string>,
    minimum: (value: string, limit: string) => `${value} nhỏ hơn mức tối thiểu ${limit}`,
    maximum: (value: string, limit: string) => `${value} lớn hơn mức tối đa ${limit}`,
    minLength: (length: string, limit: string) => `dài ${length} ký tự, tối thiểu ${limit}`,
    maxLength: (length: string, limit: string) => `dài ${length} ký tự, tối đa ${limit}`,
  },
  report: {
    heading: (api: string) => `Kiểm tra API ${api}`,
    timings: 'Thời gian trả lời (trung vị / chậm nhất / số lần):',
    timingRow: (x: EndpointTiming) => `${vn(x.medianMs)} ms / ${vn(x.slowestMs)} ms / ${vn(x.count)}`,
    summary: (s: Record<CheckStatus, number>, ms: number) =>
      `${vn(s.pass)} đạt, ${vn(s.warn)} cảnh báo, ${vn(s.fail)} lỗi, ${vn(s.skip)} bỏ qua — ${formatNumber(ms / 1000, 'vi', 1)} giây.`,
    verdictOk: 'API này dùng được cho các tiện ích dvc-elements.',
    verdictFail: 'API này chưa dùng được cho các tiện ích dvc-elements: sửa các mục LỖI ở trên.',
    progress: (i: number, n: number, title: string) => `[${i}/${n}] ${title}…`,
  },
};

export type ConformanceMessages = typeof vi;

export const conformanceMessages = defineMessages(vi, { en: () => import('./conformance.en.js') });
