// Every text of the embed builder, Vietnamese and English side by side. Written for a province's webmasters:
// what a choice does, in their words; attribute names appear only in the code they copy. The check results use
// the conformance check's own messages (src/i18n/messages/conformance.ts), as the command does.

/** The sample procedure a badge previews before one is chosen: birth registration, a national code every province has. */
export const SAMPLE_PROCEDURE = { code: '1.001193', name: { vi: 'Đăng ký khai sinh', en: 'Birth registration' } };

/** Where the snippet points before the webmaster types an address. */
export const EXAMPLE_API = 'https://dichvucong.example.gov.vn/api/v1';
export const EXAMPLE_CDN = (version) => `https://cdn.example/dvc-elements/${version}/`;
export const EXAMPLE_CATALOG = 'https://dichvucong.example.gov.vn/thu-tuc/';

/**
 * What each widget is, for the choice of widget. Only the tags the manifest lists are offered; a tag it lists
 * that is missing here is offered under its summary from the manifest.
 */
export const TAGS = {
  'dvc-procedure-search': {
    vi: { label: 'Tra cứu thủ tục hành chính', hint: 'Người dân tìm thủ tục theo từ khóa, lĩnh vực, cơ quan; xem giấy tờ cần nộp, lệ phí, thời hạn giải quyết.' },
    en: { label: 'Procedure search', hint: 'Citizens find administrative procedures by words, domain or agency, and see the papers, fees and time limits.' },
  },
  'dvc-dossier-tracker': {
    vi: { label: 'Tra cứu hồ sơ', hint: 'Người dân nhập mã hồ sơ trên giấy hẹn để biết hồ sơ đang ở bước nào, khi nào có kết quả.' },
    en: { label: 'Dossier tracker', hint: 'Citizens type the dossier code from their receipt to see where the dossier is and when the result is due.' },
  },
  'dvc-service-level-badge': {
    vi: { label: 'Huy hiệu mức độ dịch vụ công trực tuyến', hint: 'Mức độ trực tuyến của một thủ tục, hoặc tỉ lệ thủ tục trực tuyến của một cơ quan hay của cả tỉnh.' },
    en: { label: 'Online service level badge', hint: 'The online level of one procedure, or the share of online procedures of an agency or of the whole province.' },
  },
  'dvc-feedback-form': {
    vi: { label: 'Góp ý, phản ánh', hint: 'Người dân đánh giá mức độ hài lòng, hoặc gửi phản ánh, kiến nghị.' },
    en: { label: 'Feedback form', hint: 'Citizens rate their satisfaction, or send a petition.' },
  },
};

/**
 * How each attribute is asked for. `control`: text, number, select, radio, checkbox, pick (a list from the API:
 * domains, agencies or procedures), mode (the badge's choice between level, procedure and agency). `page`:
 * set in "how it goes on your page", not per widget. Keys are `tag attribute`, else `attribute`.
 */
export const ATTRIBUTES = {
  'api-base': { page: true },
  catalog: { page: true },
  'dvc-procedure-search query': {
    control: 'text',
    vi: { label: 'Từ khóa tìm sẵn', hint: 'Tiện ích mở ra với kết quả tìm cho các từ này. Để trống: ô tìm kiếm trống.' },
    en: { label: 'Words searched at once', hint: 'The widget opens with the results for these words. Empty: an empty search box.' },
  },
  'dvc-procedure-search domain': {
    control: 'pick',
    list: 'domains',
    vi: { label: 'Chỉ tìm trong lĩnh vực', hint: 'Chỉ hiện thủ tục của lĩnh vực này, người dân không đổi được. Để trống: mọi lĩnh vực.' },
    en: { label: 'Only procedures of the domain', hint: 'Shows only this domain’s procedures; citizens cannot change it. Empty: every domain.' },
  },
  'dvc-procedure-search agency': {
    control: 'pick',
    list: 'agencies',
    vi: { label: 'Chỉ tìm thủ tục của cơ quan', hint: 'Trang của một sở hay một xã chỉ hiện thủ tục do chính cơ quan đó giải quyết. Để trống: mọi cơ quan.' },
    en: { label: 'Only procedures of the agency', hint: 'A department’s or a commune’s page shows only the procedures it handles. Empty: every agency.' },
  },
  'dvc-procedure-search tier': {
    control: 'select',
    options: ['', 'province', 'commune', 'district'],
    vi: {
      label: 'Chỉ tìm thủ tục cấp',
      hint: 'Để «Mọi cấp» thì người dân tự chọn cấp trong bộ lọc.',
      options: { '': 'Mọi cấp', province: 'Cấp tỉnh', commune: 'Cấp xã', district: 'Cấp huyện (dữ liệu trước 01/07/2025)' },
    },
    en: {
      label: 'Only procedures of the tier',
      hint: 'With “Every tier”, citizens choose a tier in the filters themselves.',
      options: { '': 'Every tier', province: 'Province', commune: 'Commune', district: 'District (data before 1 July 2025)' },
    },
  },
  'dvc-procedure-search level': {
    control: 'select',
    options: ['', 'full', 'partial', 'info'],
    vi: {
      label: 'Chỉ tìm thủ tục có mức độ',
      hint: 'Ví dụ chỉ các thủ tục nộp trực tuyến toàn trình. Để «Mọi mức độ» thì người dân tự chọn.',
      options: { '': 'Mọi mức độ', full: 'Trực tuyến toàn trình', partial: 'Trực tuyến một phần', info: 'Chỉ cung cấp thông tin' },
    },
    en: {
      label: 'Only procedures of the level',
      hint: 'For example only the procedures done fully online. With “Every level”, citizens choose themselves.',
      options: { '': 'Every level', full: 'Fully online', partial: 'Partly online', info: 'Information only' },
    },
  },
  'dvc-procedure-search page-size': {
    control: 'number',
    min: 1,
    max: 100,
    vi: { label: 'Số kết quả mỗi trang', hint: 'Từ 1 đến 100. Để trống: 10.', invalid: 'Cần một số từ 1 đến 100.' },
    en: { label: 'Results per page', hint: 'From 1 to 100. Empty: 10.', invalid: 'A number from 1 to 100 is needed.' },
  },
  'dvc-procedure-search url-state': {
    control: 'checkbox',
    vi: { label: 'Ghi tìm kiếm vào địa chỉ trang', hint: 'Người dân chia sẻ được đường dẫn kết quả, đánh dấu trang và dùng nút Quay lại. Chỉ bật cho một ô tìm kiếm trên mỗi trang.' },
    en: { label: 'Keep the search in the page address', hint: 'Citizens can share a link to the results, bookmark it and use Back. Turn it on for one search per page only.' },
  },
  'dvc-dossier-tracker code': {
    control: 'text',
    vi: { label: 'Mã hồ sơ tra cứu sẵn', hint: 'Hiếm khi cần: tiện ích tra cứu ngay mã này khi trang mở ra. Để trống: người dân tự nhập.' },
    en: { label: 'Dossier code looked up at once', hint: 'Rarely needed: the widget looks this code up as soon as the page opens. Empty: citizens type their own.' },
  },
  'dvc-dossier-tracker code-param': {
    control: 'checkbox',
    checked: true,
    whenOff: '',
    vi: { label: 'Đọc mã hồ sơ từ địa chỉ trang (?ma-ho-so=…)', hint: 'Mã QR trên giấy hẹn mở trang này kèm mã hồ sơ, tiện ích tra cứu ngay. Bỏ chọn nếu trang không muốn điều đó.' },
    en: { label: 'Read the dossier code from the page address (?ma-ho-so=…)', hint: 'The QR code on a receipt opens this page with the dossier code, and the widget looks it up at once. Untick if the page should not.' },
  },
  'dvc-dossier-tracker url-state': {
    control: 'checkbox',
    // The code is kept under the parameter the tracker reads: with none, there is nowhere to keep it.
    needs: 'code-param',
    vi: {
      label: 'Ghi mã hồ sơ đã tra vào địa chỉ trang',
      hint: 'Người dân tải lại trang hay dùng nút Quay lại vẫn thấy hồ sơ vừa tra. Thông tin xác minh không bao giờ được ghi. Cần chọn ô “Đọc mã hồ sơ từ địa chỉ trang” ở trên.',
    },
    en: {
      label: 'Keep the dossier code in the page address',
      hint: 'Reloading the page or pressing Back still shows the dossier. The verifier is never written there. Needs “Read the dossier code from the page address” above.',
    },
  },
  'dvc-service-level-badge mode': {
    control: 'mode',
    vi: {
      label: 'Huy hiệu hiển thị gì?',
      options: {
        procedure: 'Mức độ trực tuyến của một thủ tục',
        agency: 'Tỉ lệ thủ tục trực tuyến của một cơ quan',
        province: 'Tỉ lệ thủ tục trực tuyến của cả tỉnh',
        level: 'Một mức độ cố định (không gọi API)',
      },
      hints: {
        procedure: 'Đặt cạnh tên thủ tục trên trang; mọi huy hiệu trên một trang dùng chung các yêu cầu gửi API.',
        agency: 'Bấm vào huy hiệu để xem số thủ tục theo từng mức độ và tỉ lệ hồ sơ đúng hạn.',
        province: 'Số liệu chung của cả tỉnh, ví dụ cho trang chủ của Cổng.',
        level: 'Khi trang đã biết mức độ của thủ tục.',
      },
    },
    en: {
      label: 'What the badge shows',
      options: {
        procedure: 'The online level of one procedure',
        agency: 'The share of online procedures of one agency',
        province: 'The share of online procedures of the whole province',
        level: 'A fixed level (no API call)',
      },
      hints: {
        procedure: 'Put it next to a procedure’s name; all badges on a page share their requests to the API.',
        agency: 'Pressing the badge shows the number of procedures of each level and the share of dossiers on time.',
        province: 'Figures of the whole province, for example for the portal’s home page.',
        level: 'When the page already knows the procedure’s level.',
      },
    },
  },
  'dvc-service-level-badge procedure': {
    control: 'pick',
    list: 'procedures',
    mode: 'procedure',
    vi: { label: 'Thủ tục', hint: 'Gõ tên hoặc mã thủ tục rồi chọn trong danh sách.' },
    en: { label: 'Procedure', hint: 'Type a procedure’s name or code, then choose it in the list.' },
  },
  'dvc-service-level-badge agency': {
    control: 'pick',
    list: 'agencies',
    mode: 'agency',
    vi: { label: 'Cơ quan', hint: 'Gõ tên cơ quan rồi chọn trong danh sách.' },
    en: { label: 'Agency', hint: 'Type the agency’s name, then choose it in the list.' },
  },
  'dvc-service-level-badge level': {
    control: 'select',
    mode: 'level',
    options: ['full', 'partial', 'info'],
    vi: {
      label: 'Mức độ',
      hint: 'Theo Nghị định 42/2022/NĐ-CP.',
      options: { full: 'Trực tuyến toàn trình', partial: 'Trực tuyến một phần', info: 'Chỉ cung cấp thông tin' },
    },
    en: {
      label: 'Level',
      hint: 'As Decree 42/2022/NĐ-CP defines them.',
      options: { full: 'Fully online', partial: 'Partly online', info: 'Information only' },
    },
  },
  'dvc-service-level-badge plain': {
    control: 'checkbox',
    vi: { label: 'Huy hiệu gọn, dùng trong danh sách', hint: 'Không hiện chú thích khi rê chuột; trình đọc màn hình vẫn đọc đủ. Dùng trong danh sách đã giải thích các mức độ.' },
    en: { label: 'Plain badge, for lists', hint: 'No tooltip on hover; screen readers still read it in full. For lists that already explain the levels.' },
  },
  'dvc-feedback-form kind': {
    control: 'radio',
    options: ['satisfaction', 'petition'],
    vi: {
      label: 'Loại góp ý',
      options: { satisfaction: 'Đánh giá mức độ hài lòng', petition: 'Phản ánh, kiến nghị' },
      hints: { satisfaction: 'Một câu hỏi với ba mức: rất hài lòng, hài lòng, không hài lòng; có thể kèm ý kiến.', petition: 'Người dân viết nội dung phản ánh, có thể để lại thông tin liên hệ.' },
    },
    en: {
      label: 'Kind of feedback',
      options: { satisfaction: 'Satisfaction rating', petition: 'Petition' },
      hints: { satisfaction: 'One question with three answers (very satisfied, satisfied, dissatisfied) and an optional comment.', petition: 'Citizens write their petition and may leave contact details.' },
    },
  },
  'dvc-feedback-form procedure': {
    control: 'pick',
    list: 'procedures',
    vi: { label: 'Góp ý về thủ tục', hint: 'Gõ tên hoặc mã thủ tục rồi chọn. Để trống: góp ý chung.' },
    en: { label: 'About the procedure', hint: 'Type a procedure’s name or code, then choose it. Empty: general feedback.' },
  },
  'dvc-feedback-form dossier': {
    control: 'text',
    vi: { label: 'Góp ý về hồ sơ (mã hồ sơ)', hint: 'Hiếm khi cần trên trang công khai: dành cho trang riêng của từng hồ sơ.' },
    en: { label: 'About the dossier (its code)', hint: 'Rarely needed on a public page: for a page about one dossier.' },
  },
  'dvc-feedback-form agency': {
    control: 'pick',
    list: 'agencies',
    vi: { label: 'Cơ quan nhận góp ý', hint: 'Gõ tên cơ quan rồi chọn. Để trống: góp ý gửi chung cho tỉnh.' },
    en: { label: 'Agency the feedback is for', hint: 'Type the agency’s name, then choose it. Empty: feedback for the province.' },
  },
  lang: {
    control: 'select',
    options: ['', 'vi', 'en'],
    vi: {
      label: 'Ngôn ngữ của tiện ích',
      hint: 'Thường để theo trang: trang tiếng Việt thì tiện ích nói tiếng Việt.',
      options: { '': 'Theo ngôn ngữ của trang', vi: 'Tiếng Việt', en: 'Tiếng Anh' },
    },
    en: {
      label: 'Language of the widget',
      hint: 'Usually the page’s: on a Vietnamese page the widget speaks Vietnamese.',
      options: { '': 'The page’s language', vi: 'Vietnamese', en: 'English' },
    },
  },
};

/** The settings of an attribute for a tag: its own entry, else the attribute's general one. */
export const attributeEntry = (tag, name) => ATTRIBUTES[`${tag} ${name}`] ?? ATTRIBUTES[name];

const vi = {
  title: 'Tạo mã nhúng — dvc-elements',
  skip: 'Bỏ qua phần đầu trang',
  back: 'Các trang minh họa',
  kicker: 'dvc-elements',
  heading: 'Tạo mã nhúng',
  intro: 'Chọn tiện ích và các tùy chọn, xem trước ngay trên trang này, rồi sao chép đoạn mã vào trang web của cơ quan.',
  switchTo: 'English',
  switchToLang: 'en',
  loadingManifest: 'Đang tải danh sách tiện ích…',
  manifestFailed: 'Không tải được danh sách tiện ích (dist/custom-elements.json). Chạy npm run build rồi tải lại trang.',

  apiHeading: '1. Địa chỉ API của tỉnh',
  apiLabel: 'Địa chỉ API',
  apiHint: `Bộ phận công nghệ thông tin của tỉnh cung cấp địa chỉ này, ví dụ ${EXAMPLE_API}. Để trống: bản xem trước dùng API mô phỏng của trang minh họa.`,
  addressInvalid: 'Địa chỉ chưa đúng: cần một địa chỉ đầy đủ, bắt đầu bằng https:// (hoặc http://).',
  apiCredentials:
    'Địa chỉ không được chứa tên đăng nhập hay mật khẩu: các tiện ích gọi API ngay từ trình duyệt của người dân, vốn không gửi kèm được những thông tin ấy, và mã nhúng sẽ công khai chúng trên mọi trang. API dùng cho tiện ích phải là API công khai: hãy dùng địa chỉ không có chúng.',
  apiQuery:
    'Địa chỉ không được có phần “?…” hay “#…”: các tiện ích ghép đường dẫn (/procedures, /domains…) vào sau địa chỉ, nên mọi yêu cầu sẽ sai, và một khoá API đặt ở đó sẽ công khai trên mọi trang. Hãy dùng địa chỉ gốc của API.',
  check: 'Kiểm tra API',
  checkMock: 'API mô phỏng của trang minh họa',
  checkStarting: (target) => `Đang kiểm tra ${target}…`,
  checkProgress: (i, n, title) => `Bước ${i}/${n}: ${title}`,
  checkProgressLabel: 'Tiến độ kiểm tra',
  checkResultsFor: (target) => `Kết quả kiểm tra ${target}`,
  checkCrashed: (message) => `Không chạy được việc kiểm tra: ${message}`,
  verdict: {
    unreachable: 'Không kết nối được với API này.',
    fail: 'API này chưa dùng được: các tiện ích sẽ báo lỗi cho người dân.',
    warn: 'API này dùng được, nhưng còn điểm nên sửa.',
    pass: 'API này dùng được.',
  },
  advice: {
    unreachable:
      'Kiểm tra lại địa chỉ đã nhập (mở thử trong trình duyệt). Nếu địa chỉ đúng, gửi kết quả dưới đây cho bộ phận công nghệ thông tin của tỉnh: API cần chạy, trả lời được từ Internet và cho phép các trang web khác gọi đến (CORS).',
    fail: (n) => `Gửi cho bộ phận công nghệ thông tin của tỉnh (hoặc đơn vị xây dựng API) ${n} mục «Cần sửa» dưới đây: mỗi mục ghi rõ điều cần có, điều nhận được và cách sửa.`,
    warn: (n) => `Các tiện ích chạy được. ${n} mục «Nên sửa» dưới đây giúp trang nhanh hơn, ổn định hơn: có thể gửi cho bộ phận công nghệ thông tin.`,
    pass: 'Mọi điều trình duyệt kiểm tra được đều đạt. Có thể tạo mã nhúng với địa chỉ này.',
  },
  firstProblem: 'Vấn đề đầu tiên:',
  announce: (verdict, counts) => `Kiểm tra xong. ${verdict} ${counts}`,
  counts: (s) => `${s.pass} đạt, ${s.warn} nên sửa, ${s.fail} cần sửa.`,
  groups: { fail: 'Cần sửa', warn: 'Nên sửa', pass: 'Đạt', skip: 'Không kiểm tra được trên trang này' },
  details: 'Chi tiết',
  commandIntro:
    'Trình duyệt không kiểm tra được mọi điều: yêu cầu kiểm tra trước (CORS preflight) khi tra cứu hồ sơ có thông tin xác minh và khi gửi góp ý, các header CORS của từng câu trả lời, chứng chỉ HTTPS. Bộ phận công nghệ thông tin chạy lệnh sau (trên máy có Node.js) để kiểm tra đầy đủ:',
  commandLabel: 'Lệnh kiểm tra đầy đủ',
  commandOrigin: 'Thêm --origin và địa chỉ trang web của bạn (ví dụ --origin https://xa-tinh-khe.example.gov.vn) để kiểm tra CORS cho đúng trang đó.',
  onlyByCommand: 'Chỉ lệnh mới kiểm tra được:',

  tagHeading: '2. Tiện ích',
  tagLegend: 'Chọn tiện ích',
  optionsHeading: '3. Tùy chọn',
  placeHeading: '4. Cách gắn vào trang',
  apiWhere: {
    legend: 'Địa chỉ API đặt ở đâu?',
    meta: 'Một lần cho cả trang, trong phần <head> (nên dùng)',
    metaHint: 'Thêm một thẻ <meta> vào phần <head> của trang (thường là mẫu giao diện của CMS); mọi tiện ích trên trang dùng chung địa chỉ này.',
    attr: 'Ghi trên từng thẻ tiện ích',
    attrHint: 'Không sửa được phần <head>? Chọn cách này: địa chỉ được ghi ngay trên thẻ tiện ích, cả đoạn mã dán vào nội dung trang.',
  },
  file: {
    legend: 'Tệp thư viện',
    loader: 'dvc-elements.js: tải theo nhu cầu (nên dùng)',
    loaderHint:
      'Trang chỉ tải mã của những tiện ích có trên trang, nên mở nhanh hơn. Các tệp còn lại của thư mục dist/cdn phải nằm cạnh tệp này (trên CDN hoặc máy chủ của tỉnh).',
    bundle: 'dvc-elements.bundle.js: một tệp duy nhất',
    bundleHint: 'Mọi tiện ích trong một tệp. Chọn khi CMS chỉ cho tải lên từng tệp một; trang phải tải nhiều mã hơn một chút.',
  },
  cdnLabel: 'Địa chỉ thư mục chứa tệp thư viện',
  cdnHint: 'Nơi đặt các tệp của dvc-elements: CDN của tỉnh, hoặc thư mục tải lên trên máy chủ của trang.',
  cdnCredentials:
    'Địa chỉ không được chứa tên đăng nhập hay mật khẩu: trình duyệt của người dân tải thư viện mà không gửi kèm được những thông tin ấy, và mã nhúng sẽ công khai chúng trên mọi trang. Hãy dùng địa chỉ không có chúng.',
  cdnQuery: 'Địa chỉ không được có phần “?…” hay “#…”: đoạn mã ghép tên tệp vào sau địa chỉ thư mục. Hãy dùng địa chỉ của thư mục.',
  catalogUse: 'Dùng danh mục thủ tục tĩnh',
  catalogUseHint:
    'Tìm kiếm và huy hiệu mức độ của thủ tục đọc danh mục từ các tệp tĩnh (bộ phận công nghệ thông tin tạo bằng lệnh npx dvc-elements catalog), không gọi API. Số liệu của cơ quan hay cả tỉnh vẫn lấy từ API khi trang có API; chỉ có danh mục thì huy hiệu đếm thủ tục theo mức độ, không có số liệu hồ sơ.',
  catalogLabel: 'Địa chỉ thư mục danh mục',
  catalogHint: `Thư mục chứa tệp index.json. Để trống: bản xem trước dùng danh mục mô phỏng của trang minh họa. Ví dụ: ${EXAMPLE_CATALOG}`,
  catalogCredentials:
    'Địa chỉ không được chứa tên đăng nhập hay mật khẩu: trình duyệt của người dân tải danh mục mà không gửi kèm được những thông tin ấy, và mã nhúng sẽ công khai chúng trên mọi trang. Danh mục phải đặt ở nơi ai cũng tải được: hãy dùng địa chỉ không có chúng.',

  pick: {
    placeholder: 'Gõ để tìm…',
    loading: 'Đang tải danh sách từ API…',
    failed: 'Không tải được danh sách từ API. Gõ mã trực tiếp (bộ phận công nghệ thông tin cho biết mã), hoặc tải lại danh sách.',
    retry: 'Tải lại danh sách',
    searching: 'Đang tìm…',
    count: (n) => (n ? `${n} kết quả. Dùng phím mũi tên để chọn.` : 'Không có kết quả.'),
    more: (n, shown) => `${n} kết quả, hiện ${shown} kết quả đầu. Gõ thêm để thu hẹp.`,
    chosen: (name, code) => `Đã chọn: ${name} (mã ${code}).`,
    typed: (code) => `Mã nhập tay: ${code}.`,
    notInList: (text) => `«${text}» không có trong danh sách: chọn một mục, hoặc xóa ô để bỏ chọn.`,
    missing: (code) => `Mã ${code} không có trong danh sách của API này: tiện ích lọc theo mã này sẽ không tìm thấy gì. Chọn lại, hoặc xóa ô để bỏ chọn.`,
  },
  lists: { domains: 'lĩnh vực', agencies: 'cơ quan', procedures: 'thủ tục' },

  previewHeading: 'Xem trước',
  previewApi: (target) => `Dữ liệu từ ${target}.`,
  previewSends: 'Góp ý gửi từ bản xem trước là góp ý thật, đến đúng API này: chỉ bấm Gửi khi muốn thử thật.',
  previewCatalog: (url) => `Tìm kiếm và huy hiệu đọc danh mục tĩnh ${url}.`,
  catalogMock: 'mô phỏng của trang minh họa',
  sampleProcedure: (code, name) => `Chưa chọn thủ tục: bản xem trước và đoạn mã dùng thủ tục ví dụ ${code} (${name}).`,
  noAgency: 'Chưa chọn cơ quan: huy hiệu hiện tỉ lệ của cả tỉnh.',

  codeHeading: 'Mã để dán vào trang',
  headBlock: 'Dán vào phần <head> của trang',
  bodyBlock: 'Dán vào nơi muốn hiện tiện ích (chế độ soạn thảo HTML của CMS)',
  copyHead: 'Sao chép mã phần <head>',
  copyBody: 'Sao chép mã tiện ích',
  copied: 'Đã sao chép vào bộ nhớ tạm. Dán vào trang bằng Ctrl+V.',
  copyFallback: 'Trình duyệt không cho sao chép tự động. Đoạn mã đã được chọn: nhấn Ctrl+C (trên máy Mac: ⌘ C) để sao chép.',
  exampleApi: 'Chưa nhập địa chỉ API: đoạn mã dùng địa chỉ ví dụ. Nhập địa chỉ thật ở mục 1.',
  exampleCatalog: 'Chưa nhập địa chỉ danh mục: đoạn mã dùng địa chỉ ví dụ.',
  catalogOnly: 'Chưa nhập địa chỉ API: tiện ích chỉ dùng danh mục tĩnh, không gọi API. Nhập địa chỉ API khi tỉnh có.',
  refusedApi: (catalogOnly) =>
    `Địa chỉ API đã nhập chưa dùng được (lý do ghi ngay dưới ô ở mục 1): ${catalogOnly ? 'đoạn mã chỉ dùng danh mục tĩnh, không ghi địa chỉ API.' : 'đoạn mã dùng địa chỉ ví dụ.'}`,
  refusedCatalog: 'Địa chỉ danh mục đã nhập chưa dùng được (lý do ghi ngay dưới ô): đoạn mã dùng địa chỉ ví dụ.',
  exampleCdn:
    'Chưa nhập địa chỉ thư mục thư viện: đoạn mã dùng địa chỉ ví dụ, không tải được gì. Nhập địa chỉ thật ở mục 4 (nơi đặt các tệp của dvc-elements).',
  refusedCdn: 'Địa chỉ thư mục thư viện đã nhập chưa dùng được (lý do ghi ngay dưới ô ở mục 4): đoạn mã dùng địa chỉ ví dụ.',
  insecure: (addresses) =>
    `${addresses.join(', ')} bắt đầu bằng http://: trình duyệt chặn địa chỉ này trên trang web dùng https://. Hãy dùng địa chỉ https://.`,
};

const en = {
  title: 'Embed builder — dvc-elements',
  skip: 'Skip to the builder',
  back: 'Demo pages',
  kicker: 'dvc-elements',
  heading: 'Embed builder',
  intro: 'Choose a widget and its options, preview it on this page, then copy the code into your agency’s website.',
  switchTo: 'Tiếng Việt',
  switchToLang: 'vi',
  loadingManifest: 'Loading the list of widgets…',
  manifestFailed: 'The list of widgets (dist/custom-elements.json) could not be loaded. Run npm run build, then reload the page.',

  apiHeading: '1. The province’s API address',
  apiLabel: 'API address',
  apiHint: `The province’s IT team gives you this address, for example ${EXAMPLE_API}. Empty: the preview uses the demo’s mock API.`,
  addressInvalid: 'This is not an address yet: a full address starting with https:// (or http://) is needed.',
  apiCredentials:
    'The address must not contain a user name or password: the widgets call the API from citizens’ browsers, which cannot send them, and the code would publish them on every page. An API the widgets can use is public: use the address without them.',
  apiQuery:
    'The address must not have a “?…” or “#…” part: the widgets add paths (/procedures, /domains…) after it, so every request would go wrong, and an API key there would be public on every page. Use the API’s base address.',
  check: 'Check the API',
  checkMock: 'the demo’s mock API',
  checkStarting: (target) => `Checking ${target}…`,
  checkProgress: (i, n, title) => `Step ${i} of ${n}: ${title}`,
  checkProgressLabel: 'Check progress',
  checkResultsFor: (target) => `Results for ${target}`,
  checkCrashed: (message) => `The check could not run: ${message}`,
  verdict: {
    unreachable: 'This API cannot be reached.',
    fail: 'The widgets cannot use this API yet: they would show citizens an error.',
    warn: 'The widgets can use this API, but some things should be fixed.',
    pass: 'The widgets can use this API.',
  },
  advice: {
    unreachable:
      'Check the address you typed (try opening it in your browser). If it is right, send the results below to the province’s IT team: the API must be running, reachable from the Internet, and allow other websites to call it (CORS).',
    fail: (n) => `Send the province’s IT team (or the API’s vendor) the ${n} “Must fix” items below: each says what is needed, what came back, and how to fix it.`,
    warn: (n) => `The widgets work. The ${n} “Should fix” items below make pages faster and sturdier: you may send them to the IT team.`,
    pass: 'Everything a browser can check passes. You can make embed code with this address.',
  },
  firstProblem: 'First problem:',
  announce: (verdict, counts) => `Check finished. ${verdict} ${counts}`,
  counts: (s) => `${s.pass} passed, ${s.warn} should fix, ${s.fail} must fix.`,
  groups: { fail: 'Must fix', warn: 'Should fix', pass: 'Passed', skip: 'Not checked on this page' },
  details: 'Details',
  commandIntro:
    'A browser cannot check everything: the CORS preflight of a dossier lookup with a verifier and of sending feedback, the CORS headers of each answer, the HTTPS certificate. The IT team runs this command (on a computer with Node.js) for the full check:',
  commandLabel: 'Full check command',
  commandOrigin: 'Add --origin and your website’s address (for example --origin https://xa-tinh-khe.example.gov.vn) to check CORS for that very site.',
  onlyByCommand: 'Only the command can check:',

  tagHeading: '2. Widget',
  tagLegend: 'Choose a widget',
  optionsHeading: '3. Options',
  placeHeading: '4. How it goes on your page',
  apiWhere: {
    legend: 'Where does the API address go?',
    meta: 'Once for the whole page, in the <head> (recommended)',
    metaHint: 'Add one <meta> tag to the page’s <head> (usually the CMS theme’s template); every widget on the page uses that address.',
    attr: 'On each widget tag',
    attrHint: 'Cannot edit the <head>? Choose this: the address is written on the widget tag, and all the code goes in the page content.',
  },
  file: {
    legend: 'Library file',
    loader: 'dvc-elements.js: loads what the page needs (recommended)',
    loaderHint:
      'The page downloads only the code of the widgets it has, so it opens faster. The other files of the dist/cdn folder must sit beside this file (on a CDN or the province’s server).',
    bundle: 'dvc-elements.bundle.js: one single file',
    bundleHint: 'Every widget in one file. Choose it when your CMS lets you upload only one file at a time; the page downloads a little more code.',
  },
  cdnLabel: 'Address of the folder with the library files',
  cdnHint: 'Where the dvc-elements files are: the province’s CDN, or an upload folder on the site’s server.',
  cdnCredentials:
    'The address must not contain a user name or password: citizens’ browsers load the library without sending them, and the code would publish them on every page. Use the address without them.',
  cdnQuery: 'The address must not have a “?…” or “#…” part: the code adds the file’s name after the folder’s address. Use the folder’s address.',
  catalogUse: 'Use a static procedure catalog',
  catalogUseHint:
    'Search and procedure badges read the catalog from static files (made by the IT team with npx dvc-elements catalog) instead of calling the API. An agency’s or the province’s figures still come from the API where the page has one; with the catalog alone the badge counts procedures by level, without dossier figures.',
  catalogLabel: 'Address of the catalog folder',
  catalogHint: `The folder with index.json. Empty: the preview uses the demo’s mock catalog. For example: ${EXAMPLE_CATALOG}`,
  catalogCredentials:
    'The address must not contain a user name or password: citizens’ browsers fetch the catalog without them, and the code would publish them on every page. The catalog must be where anyone can fetch it: use the address without them.',

  pick: {
    placeholder: 'Type to search…',
    loading: 'Loading the list from the API…',
    failed: 'The list could not be loaded from the API. Type the code itself (the IT team can tell you), or load the list again.',
    retry: 'Load the list again',
    searching: 'Searching…',
    count: (n) => (n ? `${n} results. Use the arrow keys to choose.` : 'No results.'),
    more: (n, shown) => `${n} results, the first ${shown} shown. Type more to narrow them.`,
    chosen: (name, code) => `Chosen: ${name} (code ${code}).`,
    typed: (code) => `Code typed by hand: ${code}.`,
    notInList: (text) => `“${text}” is not in the list: choose an entry, or empty the field to choose none.`,
    missing: (code) => `Code ${code} is not in this API’s list: a widget filtering by it would find nothing. Choose again, or empty the field to choose none.`,
  },
  lists: { domains: 'domains', agencies: 'agencies', procedures: 'procedures' },

  previewHeading: 'Preview',
  previewApi: (target) => `Data from ${target}.`,
  previewSends: 'Feedback sent from the preview is real feedback, sent to this very API: press Send only to try it for real.',
  previewCatalog: (url) => `Search and badges read the static catalog ${url}.`,
  catalogMock: 'of the demo',
  sampleProcedure: (code, name) => `No procedure chosen: the preview and the code use the sample procedure ${code} (${name}).`,
  noAgency: 'No agency chosen: the badge shows the whole province’s share.',

  codeHeading: 'Code to paste into your page',
  headBlock: 'Paste into the page’s <head>',
  bodyBlock: 'Paste where the widget should appear (the CMS’s HTML editing mode)',
  copyHead: 'Copy the <head> code',
  copyBody: 'Copy the widget code',
  copied: 'Copied to the clipboard. Paste it into your page with Ctrl+V.',
  copyFallback: 'The browser does not allow copying automatically. The code is selected: press Ctrl+C (on a Mac: ⌘ C) to copy it.',
  exampleApi: 'No API address yet: the code uses an example address. Type the real one in section 1.',
  exampleCatalog: 'No catalog address yet: the code uses an example address.',
  catalogOnly: 'No API address yet: the widget uses the static catalog alone, without an API. Add the API’s address once the province has one.',
  refusedApi: (catalogOnly) =>
    `The API address typed cannot be used yet (the reason is given under its field in section 1): ${catalogOnly ? 'the code uses the static catalog alone, with no API address.' : 'the code uses an example address.'}`,
  refusedCatalog: 'The catalog address typed cannot be used yet (the reason is given under its field): the code uses an example address.',
  exampleCdn: 'No library folder yet: the code uses an example address, which loads nothing. Type the real one in section 4 (where the dvc-elements files are).',
  refusedCdn: 'The library folder typed cannot be used yet (the reason is given under its field in section 4): the code uses an example address.',
  insecure: (addresses) =>
    `${addresses.join(', ')} starts with http://: browsers block it on a website served over https://. Use an https:// address.`,
};

export const TEXTS = { vi, en };
