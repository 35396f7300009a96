/**
 * Sample catalog of administrative procedures (thủ tục hành chính) for the mock API (tests, Storybook, demo).
 *
 * The mock province is Quảng Ngãi (identifier prefix H48). Agencies, levels, times, fees, URLs and forms are
 * sample data for a demo portal, not the province's published figures.
 *
 * `confirmed: true` means the code was seen paired with that name (or a shortened form of it) in public sources:
 * 1.001193, 1.000894, 1.000656, 1.004884, 2.000806, 2.000528, 1.000689, 1.004873, 2.000635, 1.004837, 1.004859,
 * 1.005461, 2.001263, 2.000815, 2.000884, 2.000913, 2.000927, 3.000333, 1.004222, 1.004194, 1.002755, 1.003197,
 * 1.003677, 3.000346, 2.000004, 1.001612, 2.000575, 1.013831, 1.012783, 1.012786, 1.013978, 1.012789, 1.116400,
 * 1.012812, 1.001699, 1.012971.
 * Every entry with `confirmed: false` is sample data: its code (and sometimes its exact name) is plausible but was
 * not confirmed, so it must not be presented as official.
 *
 * Lý lịch tư pháp has been issued by the provincial police (Công an tỉnh) since 1/7/2025: the catalog has one
 * such procedure (3.000333, at CAT), and the Department of Justice (STP) keeps its other procedures.
 */
import type { Procedure, Tier, ServiceLevel } from '../../api/types.js';

/** One procedure of the sample catalog. `confirmed` says whether the code/name pair was seen in a public source. */
export interface SampleProcedure extends Procedure {
  confirmed: boolean;
}

const DOMAIN_NAMES = {
  HT: 'Hộ tịch',
  NCN: 'Nuôi con nuôi',
  CT: 'Chứng thực',
  LLTP: 'Lý lịch tư pháp',
  CUTRU: 'Cư trú',
  DB: 'Đường bộ',
  BC: 'Bưu chính',
  XTTM: 'Xúc tiến thương mại',
  QT: 'Quốc tịch',
  CC: 'Công chứng',
  LS: 'Luật sư',
  TGPL: 'Trợ giúp pháp lý',
  HKD: 'Thành lập và hoạt động của hộ kinh doanh',
  TLDN: 'Thành lập và hoạt động doanh nghiệp',
  DD: 'Đất đai',
  BTXH: 'Bảo trợ xã hội',
  NCC: 'Người có công',
  GDDT: 'Giáo dục và Đào tạo',
  KCB: 'Khám bệnh, chữa bệnh',
  ATTP: 'An toàn thực phẩm',
} as const;

type DomainCode = keyof typeof DOMAIN_NAMES;

const AGENCIES = {
  STP: { name: 'Sở Tư pháp tỉnh Quảng Ngãi', tier: 'province' },
  CAT: { name: 'Công an tỉnh Quảng Ngãi', tier: 'province' },
  SXD: { name: 'Sở Xây dựng tỉnh Quảng Ngãi', tier: 'province' },
  SCT: { name: 'Sở Công Thương tỉnh Quảng Ngãi', tier: 'province' },
  SKHCN: { name: 'Sở Khoa học và Công nghệ tỉnh Quảng Ngãi', tier: 'province' },
  SNNMT: { name: 'Sở Nông nghiệp và Môi trường tỉnh Quảng Ngãi', tier: 'province' },
  STC: { name: 'Sở Tài chính tỉnh Quảng Ngãi', tier: 'province' },
  SYT: { name: 'Sở Y tế tỉnh Quảng Ngãi', tier: 'province' },
  SGDDT: { name: 'Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi', tier: 'province' },
  'XA-CAMTHANH': { name: 'UBND phường Cẩm Thành', tier: 'commune' },
  'XA-NGHIALO': { name: 'UBND phường Nghĩa Lộ', tier: 'commune' },
  'XA-TINHKHE': { name: 'UBND xã Tịnh Khê', tier: 'commune' },
  'XA-BINHSON': { name: 'UBND xã Bình Sơn', tier: 'commune' },
  'H-SONTINH': { name: 'UBND huyện Sơn Tịnh (trước 01/07/2025)', tier: 'district' },
} as const satisfies Record<string, { name: string; tier: Tier }>;

type AgencyCode = keyof typeof AGENCIES;

/** Domain (lĩnh vực) as a fresh `{ code, name }` object. */
function domain(code: DomainCode): { code: string; name: string } {
  return { code, name: DOMAIN_NAMES[code] };
}

/** Executing agency and the tier it belongs to. */
function agency(code: AgencyCode): { agency: { code: string; name: string }; tier: Tier } {
  const a = AGENCIES[code];
  return { agency: { code, name: a.name }, tier: a.tier };
}

const PORTAL = 'https://dichvucong.quangngai.gov.vn';
const url = (code: string): string => `${PORTAL}/thu-tuc/${code}`;
const form = (file: string): string => `${PORTAL}/bieu-mau/${file}`;

const FULL: ServiceLevel = 'full';
const PARTIAL: ServiceLevel = 'partial';
const INFO: ServiceLevel = 'info';

const SAME_DAY =
  'Ngay trong ngày tiếp nhận; trường hợp nhận sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo';
const CERT_SAME_DAY =
  'Trong ngày tiếp nhận yêu cầu; trường hợp tiếp nhận sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo';

const LAW_HO_TICH = { number: '60/2014/QH13', title: 'Luật Hộ tịch' };
const DECREE_HO_TICH = {
  number: '123/2015/NĐ-CP',
  title: 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch',
};
const CIRCULAR_HO_TICH = {
  number: '04/2020/TT-BTP',
  title: 'Thông tư quy định chi tiết thi hành một số điều của Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP',
};
const DECREE_CHUNG_THUC = {
  number: '23/2015/NĐ-CP',
  title:
    'Nghị định về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch',
};
const LAW_CU_TRU = { number: '68/2020/QH14', title: 'Luật Cư trú' };
const DECREE_CU_TRU = {
  number: '62/2021/NĐ-CP',
  title: 'Nghị định quy định chi tiết một số điều của Luật Cư trú',
};
const CIRCULAR_CU_TRU_FEE = {
  number: '75/2022/TT-BTC',
  title: 'Thông tư quy định mức thu, chế độ thu, nộp và quản lý lệ phí đăng ký cư trú',
};
const CIRCULAR_CU_TRU_FORMS = {
  number: '66/2023/TT-BCA',
  title:
    'Thông tư sửa đổi, bổ sung một số điều của các Thông tư số 55/2021/TT-BCA, 56/2021/TT-BCA và 57/2021/TT-BCA về cư trú',
};
const LAW_DAT_DAI = { number: '31/2024/QH15', title: 'Luật Đất đai' };
const DECREE_DAT_DAI = {
  number: '101/2024/NĐ-CP',
  title:
    'Nghị định quy định về điều tra cơ bản đất đai; đăng ký, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất và Hệ thống thông tin đất đai',
};

export const DOMAINS: { code: string; name: string }[] = (Object.keys(DOMAIN_NAMES) as DomainCode[]).map(
  (code) => domain(code),
);

export const PROCEDURES: SampleProcedure[] = [
  // ─── Hộ tịch ────────────────────────────────────────────────────────────────────────────────────────────
  {
    code: '1.001193',
    name: 'Đăng ký khai sinh',
    domain: domain('HT'),
    ...agency('XA-CAMTHANH'),
    level: FULL,
    processingTime: SAME_DAY,
    fee: 'Miễn lệ phí',
    url: url('1.001193'),
    confirmed: true,
    steps: [
      'Người đi đăng ký khai sinh nộp tờ khai và giấy tờ theo quy định tại Bộ phận Một cửa của UBND cấp xã hoặc nộp trực tuyến trên Cổng Dịch vụ công.',
      'Công chức tư pháp - hộ tịch kiểm tra hồ sơ; nếu hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện ngay trong ngày.',
      'Nếu thông tin khai sinh đầy đủ và phù hợp, công chức tư pháp - hộ tịch ghi vào Sổ hộ tịch và cập nhật vào Cơ sở dữ liệu hộ tịch điện tử để lấy số định danh cá nhân cho trẻ.',
      'Chủ tịch UBND cấp xã ký cấp Giấy khai sinh; người đi đăng ký kiểm tra nội dung và cùng ký vào Sổ hộ tịch.',
    ],
    documents: [
      {
        name: 'Tờ khai đăng ký khai sinh',
        copies: '01 bản chính',
        formUrl: form('to-khai-dang-ky-khai-sinh.docx'),
      },
      {
        name: 'Giấy chứng sinh; trường hợp không có thì văn bản của người làm chứng xác nhận về việc sinh',
        copies: '01 bản chính',
      },
      {
        name: 'Văn bản ủy quyền có chứng thực, nếu ủy quyền cho người khác đi đăng ký',
        copies: '01 bản chính',
      },
    ],
    channels: [
      { channel: 'in-person', processingTime: SAME_DAY, fee: 'Miễn lệ phí' },
      { channel: 'online', processingTime: SAME_DAY, fee: 'Miễn lệ phí' },
      {
        channel: 'postal',
        processingTime: SAME_DAY,
        fee: 'Miễn lệ phí; người yêu cầu trả cước dịch vụ bưu chính',
      },
    ],
    conditions:
      'Cha, mẹ có trách nhiệm đăng ký khai sinh cho con trong thời hạn 60 ngày kể từ ngày sinh con; nếu cha, mẹ không thể đăng ký thì ông, bà hoặc người thân thích khác, cá nhân, tổ chức đang nuôi dưỡng trẻ đăng ký.',
    result: 'Giấy khai sinh (bản chính); bản sao Giấy khai sinh nếu người yêu cầu đề nghị.',
    applicants: 'Công dân Việt Nam',
    legalBasis: [LAW_HO_TICH, DECREE_HO_TICH, CIRCULAR_HO_TICH],
  },
  {
    code: '1.000894',
    name: 'Đăng ký kết hôn',
    domain: domain('HT'),
    ...agency('XA-NGHIALO'),
    level: PARTIAL,
    processingTime: 'Ngay trong ngày tiếp nhận; trường hợp cần xác minh thì không quá 05 ngày làm việc',
    fee: 'Miễn lệ phí',
    url: url('1.000894'),
    confirmed: true,
    steps: [
      'Hai bên nam, nữ nộp tờ khai đăng ký kết hôn và xuất trình giấy tờ tùy thân tại Bộ phận Một cửa của UBND cấp xã nơi cư trú của một trong hai bên, hoặc nộp tờ khai trực tuyến.',
      'Công chức tư pháp - hộ tịch kiểm tra hồ sơ và điều kiện kết hôn theo Luật Hôn nhân và gia đình; trường hợp cần xác minh thì thời hạn giải quyết không quá 05 ngày làm việc.',
      'Khi đủ điều kiện, hai bên nam, nữ cùng có mặt tại trụ sở UBND cấp xã, kiểm tra nội dung Giấy chứng nhận kết hôn và cùng ký vào Giấy chứng nhận kết hôn và Sổ hộ tịch.',
      'Chủ tịch UBND cấp xã tổ chức trao Giấy chứng nhận kết hôn cho hai bên nam, nữ.',
    ],
    documents: [
      {
        name: 'Tờ khai đăng ký kết hôn',
        copies: '01 bản chính',
        formUrl: form('to-khai-dang-ky-ket-hon.docx'),
      },
      {
        name: 'Giấy xác nhận tình trạng hôn nhân, nếu một bên đăng ký thường trú ở xã khác và thông tin chưa có trong cơ sở dữ liệu',
        copies: '01 bản chính',
      },
      {
        name: 'Trích lục ghi chú ly hôn, nếu công dân Việt Nam đã ly hôn tại cơ quan có thẩm quyền của nước ngoài',
        copies: '01 bản sao',
      },
    ],
    channels: [
      {
        channel: 'in-person',
        processingTime: 'Ngay trong ngày tiếp nhận; trường hợp cần xác minh thì không quá 05 ngày làm việc',
        fee: 'Miễn lệ phí',
      },
      {
        channel: 'online',
        processingTime:
          'Ngay trong ngày nhận đủ hồ sơ; hai bên có mặt tại trụ sở UBND cấp xã để ký và nhận Giấy chứng nhận kết hôn',
        fee: 'Miễn lệ phí',
      },
    ],
    conditions:
      'Nam từ đủ 20 tuổi trở lên, nữ từ đủ 18 tuổi trở lên; việc kết hôn do nam và nữ tự nguyện quyết định; không bị mất năng lực hành vi dân sự; không thuộc trường hợp cấm kết hôn theo Luật Hôn nhân và gia đình.',
    result: 'Giấy chứng nhận kết hôn (01 bản chính cho mỗi bên).',
    applicants: 'Công dân Việt Nam cư trú ở trong nước',
    legalBasis: [
      LAW_HO_TICH,
      { number: '52/2014/QH13', title: 'Luật Hôn nhân và gia đình' },
      DECREE_HO_TICH,
      CIRCULAR_HO_TICH,
    ],
  },
  {
    code: '1.000656',
    name: 'Đăng ký khai tử',
    domain: domain('HT'),
    ...agency('XA-TINHKHE'),
    level: FULL,
    processingTime: SAME_DAY,
    fee: 'Miễn lệ phí',
    url: url('1.000656'),
    confirmed: true,
    steps: [
      'Người đi đăng ký khai tử nộp tờ khai và Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử tại UBND cấp xã nơi cư trú cuối cùng của người chết, hoặc nộp trực tuyến.',
      'Công chức tư pháp - hộ tịch kiểm tra hồ sơ; nếu việc khai tử đúng, phù hợp thì ghi vào Sổ hộ tịch và cập nhật Cơ sở dữ liệu hộ tịch điện tử.',
      'Chủ tịch UBND cấp xã ký cấp Trích lục khai tử cho người đi đăng ký; thông tin khai tử được chia sẻ để đóng số định danh cá nhân và xóa đăng ký thường trú.',
    ],
    documents: [
      {
        name: 'Tờ khai đăng ký khai tử',
        copies: '01 bản chính',
        formUrl: form('to-khai-dang-ky-khai-tu.docx'),
      },
      { name: 'Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử do cơ quan có thẩm quyền cấp', copies: '01 bản chính' },
    ],
    channels: [
      { channel: 'in-person', processingTime: SAME_DAY, fee: 'Miễn lệ phí' },
      { channel: 'online', processingTime: SAME_DAY, fee: 'Miễn lệ phí' },
      { channel: 'postal', processingTime: SAME_DAY, fee: 'Miễn lệ phí' },
    ],
    conditions:
      'Trong thời hạn 15 ngày kể từ ngày có người chết, vợ, chồng hoặc con, cha, mẹ hoặc người thân thích khác của người chết có trách nhiệm đi đăng ký khai tử.',
    result: 'Trích lục khai tử (bản chính).',
    applicants: 'Thân nhân của người chết; cơ quan, tổ chức, cá nhân có liên quan',
    legalBasis: [LAW_HO_TICH, DECREE_HO_TICH, CIRCULAR_HO_TICH],
  },
  {
    code: '1.004884',
    name: 'Đăng ký lại khai sinh',
    domain: domain('HT'),
    ...agency('XA-BINHSON'),
    level: INFO,
    processingTime: '05 ngày làm việc; trường hợp phải xác minh thì không quá 10 ngày làm việc',
    fee: 'Miễn lệ phí',
    url: url('1.004884'),
    confirmed: true,
  },
  {
    code: '2.000806',
    name: 'Đăng ký kết hôn có yếu tố nước ngoài',
    domain: domain('HT'),
    ...agency('XA-CAMTHANH'),
    level: PARTIAL,
    processingTime: '10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ',
    fee: '1.000.000 đồng',
    url: url('2.000806'),
    confirmed: true,
  },
  {
    code: '2.000528',
    name: 'Đăng ký khai sinh có yếu tố nước ngoài',
    domain: domain('HT'),
    ...agency('H-SONTINH'),
    level: PARTIAL,
    processingTime: SAME_DAY,
    fee: '75.000 đồng',
    url: url('2.000528'),
    confirmed: true,
  },
  {
    code: '1.000689',
    name: 'Đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con',
    domain: domain('HT'),
    ...agency('XA-TINHKHE'),
    level: INFO,
    processingTime: '03 ngày làm việc; trường hợp cần xác minh thì không quá 05 ngày làm việc',
    fee: 'Miễn lệ phí khai sinh; lệ phí nhận cha, mẹ, con theo Nghị quyết của HĐND tỉnh',
    url: url('1.000689'),
    confirmed: true,
  },
  {
    code: '1.004873',
    name: 'Cấp Giấy xác nhận tình trạng hôn nhân',
    domain: domain('HT'),
    ...agency('XA-CAMTHANH'),
    level: FULL,
    processingTime: '03 ngày làm việc',
    fee: 'Miễn lệ phí khi nộp trực tuyến; 15.000 đồng khi nộp trực tiếp',
    url: url('1.004873'),
    confirmed: true,
    steps: [
      'Người yêu cầu nộp tờ khai cấp Giấy xác nhận tình trạng hôn nhân trực tuyến hoặc tại Bộ phận Một cửa của UBND cấp xã nơi thường trú.',
      'Công chức tư pháp - hộ tịch kiểm tra, xác minh tình trạng hôn nhân của người yêu cầu trong Cơ sở dữ liệu hộ tịch điện tử.',
      'Nếu người yêu cầu đủ điều kiện, Chủ tịch UBND cấp xã ký cấp Giấy xác nhận tình trạng hôn nhân; giấy được gửi bản điện tử hoặc trả trực tiếp theo lựa chọn của người yêu cầu.',
    ],
    documents: [
      {
        name: 'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân',
        copies: '01 bản chính',
        formUrl: form('to-khai-xac-nhan-tinh-trang-hon-nhan.docx'),
      },
      {
        name: 'Giấy tờ chứng minh việc ly hôn hoặc người kia đã chết, nếu người yêu cầu đã từng kết hôn',
        copies: '01 bản sao',
      },
    ],
    channels: [
      { channel: 'in-person', processingTime: '03 ngày làm việc', fee: '15.000 đồng' },
      { channel: 'online', processingTime: '03 ngày làm việc', fee: 'Miễn lệ phí' },
      { channel: 'postal', processingTime: '03 ngày làm việc', fee: '15.000 đồng, chưa gồm cước bưu chính' },
    ],
    conditions:
      'Giấy xác nhận tình trạng hôn nhân có giá trị 06 tháng kể từ ngày cấp và chỉ sử dụng cho mục đích ghi trong Giấy.',
    result: 'Giấy xác nhận tình trạng hôn nhân (bản chính hoặc bản điện tử).',
    applicants: 'Công dân Việt Nam cư trú ở trong nước',
    legalBasis: [LAW_HO_TICH, DECREE_HO_TICH, CIRCULAR_HO_TICH],
  },
  {
    code: '2.000635',
    name: 'Cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh',
    domain: domain('HT'),
    ...agency('XA-NGHIALO'),
    level: FULL,
    processingTime: SAME_DAY,
    fee: '8.000 đồng/bản',
    url: url('2.000635'),
    confirmed: true,
  },
  {
    code: '1.004837',
    name: 'Đăng ký giám hộ',
    domain: domain('HT'),
    ...agency('XA-BINHSON'),
    level: INFO,
    processingTime: '03 ngày làm việc',
    fee: 'Miễn lệ phí',
    url: url('1.004837'),
    confirmed: true,
  },
  {
    code: '1.004859',
    name: 'Thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc',
    domain: domain('HT'),
    ...agency('XA-TINHKHE'),
    level: PARTIAL,
    processingTime: '03 ngày làm việc; trường hợp cần xác minh thì không quá 06 ngày làm việc',
    fee: '15.000 đồng',
    url: url('1.004859'),
    confirmed: true,
  },
  {
    code: '1.005461',
    name: 'Đăng ký lại khai tử',
    domain: domain('HT'),
    ...agency('XA-BINHSON'),
    level: INFO,
    processingTime: '05 ngày làm việc',
    fee: 'Miễn lệ phí',
    confirmed: true,
  },

  // ─── Nuôi con nuôi ──────────────────────────────────────────────────────────────────────────────────────
  {
    code: '2.001263',
    name: 'Đăng ký việc nuôi con nuôi trong nước',
    domain: domain('NCN'),
    ...agency('XA-TINHKHE'),
    level: PARTIAL,
    processingTime: '30 ngày kể từ ngày nhận đủ hồ sơ hợp lệ',
    fee: '400.000 đồng',
    url: url('2.001263'),
    confirmed: true,
    steps: [
      'Người nhận con nuôi nộp hồ sơ của mình và hồ sơ của người được giới thiệu làm con nuôi tại UBND cấp xã nơi thường trú của người được nhận làm con nuôi hoặc của người nhận con nuôi.',
      'UBND cấp xã kiểm tra hồ sơ, lấy ý kiến của cha mẹ đẻ hoặc người giám hộ và của trẻ em từ đủ 09 tuổi trở lên về việc cho làm con nuôi.',
      'Nếu người nhận con nuôi và người được nhận làm con nuôi đủ điều kiện, UBND cấp xã tổ chức đăng ký nuôi con nuôi và trao Giấy chứng nhận nuôi con nuôi cho các bên.',
    ],
    documents: [
      {
        name: 'Đơn xin nhận con nuôi',
        copies: '01 bản chính',
        formUrl: form('don-xin-nhan-con-nuoi.docx'),
      },
      {
        name: 'Phiếu lý lịch tư pháp của người nhận con nuôi',
        copies: '01 bản chính',
      },
      {
        name: 'Văn bản xác nhận tình trạng sức khỏe của người nhận con nuôi do cơ sở y tế cấp',
        copies: '01 bản chính',
      },
      {
        name: 'Giấy khai sinh và hai ảnh chụp toàn thân, nhìn thẳng của người được nhận làm con nuôi',
        copies: '01 bản sao',
      },
    ],
    channels: [
      { channel: 'in-person', processingTime: '30 ngày', fee: '400.000 đồng' },
      {
        channel: 'online',
        processingTime: '30 ngày; các bên có mặt tại UBND cấp xã để nhận Giấy chứng nhận nuôi con nuôi',
        fee: '400.000 đồng',
      },
    ],
    conditions:
      'Người nhận con nuôi có năng lực hành vi dân sự đầy đủ, hơn con nuôi từ 20 tuổi trở lên, có điều kiện về sức khỏe, kinh tế, chỗ ở bảo đảm việc chăm sóc, nuôi dưỡng, giáo dục con nuôi và có tư cách đạo đức tốt.',
    result: 'Giấy chứng nhận nuôi con nuôi; quyết định giao nhận con nuôi.',
    applicants: 'Công dân Việt Nam thường trú ở trong nước',
    legalBasis: [
      { number: '52/2010/QH12', title: 'Luật Nuôi con nuôi' },
      { number: '19/2011/NĐ-CP', title: 'Nghị định quy định chi tiết thi hành một số điều của Luật Nuôi con nuôi' },
    ],
  },
  {
    code: '1.003005',
    name: 'Giải quyết việc người nước ngoài thường trú ở Việt Nam nhận trẻ em Việt Nam làm con nuôi',
    domain: domain('NCN'),
    ...agency('STP'),
    level: INFO,
    processingTime: '90 ngày kể từ ngày nhận đủ hồ sơ hợp lệ',
    fee: '4.500.000 đồng',
    url: url('1.003005'),
    confirmed: false,
  },

  // ─── Chứng thực ─────────────────────────────────────────────────────────────────────────────────────────
  {
    code: '2.000815',
    name: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản',
    domain: domain('CT'),
    ...agency('XA-CAMTHANH'),
    level: FULL,
    processingTime: CERT_SAME_DAY,
    fee: '2.000 đồng/trang; từ trang thứ ba trở lên 1.000 đồng/trang, tối đa 200.000 đồng/bản',
    url: url('2.000815'),
    confirmed: true,
    steps: [
      'Người yêu cầu xuất trình bản chính giấy tờ, văn bản và bản sao cần chứng thực tại Bộ phận Một cửa của UBND cấp xã, hoặc tải lên bản chụp và đề nghị cấp bản sao điện tử trên Cổng Dịch vụ công.',
      'Người tiếp nhận kiểm tra bản chính; nếu bản chính không thuộc trường hợp bị từ chối chứng thực thì đối chiếu bản sao với bản chính.',
      'Người có thẩm quyền ghi lời chứng, ký, ghi rõ họ tên và đóng dấu (hoặc ký số đối với bản sao điện tử) vào bản sao.',
      'Người yêu cầu nộp lệ phí và nhận bản sao đã chứng thực.',
    ],
    documents: [
      { name: 'Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao', copies: '01 bản chính' },
      {
        name: 'Bản sao cần chứng thực, nếu người yêu cầu tự chuẩn bị bản chụp',
        copies: 'Theo số bản người yêu cầu đề nghị',
      },
    ],
    channels: [
      {
        channel: 'in-person',
        processingTime: CERT_SAME_DAY,
        fee: '2.000 đồng/trang; từ trang thứ ba trở lên 1.000 đồng/trang, tối đa 200.000 đồng/bản',
      },
      {
        channel: 'online',
        processingTime: CERT_SAME_DAY,
        fee: '2.000 đồng/trang; từ trang thứ ba trở lên 1.000 đồng/trang, tối đa 200.000 đồng/bản',
      },
    ],
    conditions:
      'Không chứng thực bản sao từ bản chính bị tẩy xóa, sửa chữa, thêm, bớt nội dung không hợp lệ; bản chính bị hư hỏng, cũ nát không xác định được nội dung; bản chính có nội dung trái pháp luật, đạo đức xã hội.',
    result: 'Bản sao được chứng thực từ bản chính (bản giấy hoặc bản điện tử).',
    applicants: 'Cá nhân, tổ chức',
    legalBasis: [
      DECREE_CHUNG_THUC,
      {
        number: '01/2020/TT-BTP',
        title: 'Thông tư quy định chi tiết và hướng dẫn thi hành một số điều của Nghị định số 23/2015/NĐ-CP',
      },
      {
        number: '226/2016/TT-BTC',
        title: 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí chứng thực',
      },
    ],
  },
  {
    code: '2.000884',
    name: 'Chứng thực chữ ký trong các giấy tờ, văn bản',
    domain: domain('CT'),
    ...agency('XA-NGHIALO'),
    level: PARTIAL,
    processingTime: CERT_SAME_DAY,
    fee: '10.000 đồng/trường hợp',
    url: url('2.000884'),
    confirmed: true,
    steps: [
      'Người yêu cầu chứng thực xuất trình giấy tờ tùy thân còn giá trị sử dụng và giấy tờ, văn bản cần chứng thực chữ ký tại Bộ phận Một cửa của UBND cấp xã.',
      'Người tiếp nhận kiểm tra giấy tờ; nếu người yêu cầu minh mẫn, nhận thức và làm chủ được hành vi của mình thì yêu cầu ký trước mặt người thực hiện chứng thực.',
      'Người có thẩm quyền ghi lời chứng, ký, ghi rõ họ tên, đóng dấu và ghi vào sổ chứng thực.',
    ],
    documents: [
      { name: 'Căn cước hoặc hộ chiếu còn giá trị sử dụng của người yêu cầu chứng thực', copies: '01 bản chính' },
      { name: 'Giấy tờ, văn bản mà người yêu cầu sẽ ký', copies: 'Theo số bản cần chứng thực' },
    ],
    channels: [{ channel: 'in-person', processingTime: CERT_SAME_DAY, fee: '10.000 đồng/trường hợp' }],
    conditions:
      'Người yêu cầu phải ký trước mặt người thực hiện chứng thực; không chứng thực chữ ký trong giấy tờ có nội dung trái pháp luật, đạo đức xã hội.',
    result: 'Giấy tờ, văn bản đã được chứng thực chữ ký.',
    applicants: 'Cá nhân',
    legalBasis: [DECREE_CHUNG_THUC],
  },
  {
    code: '2.000913',
    name: 'Chứng thực việc sửa đổi, bổ sung, hủy bỏ giao dịch',
    domain: domain('CT'),
    ...agency('H-SONTINH'),
    level: INFO,
    processingTime: '02 ngày làm việc',
    fee: '30.000 đồng/giao dịch',
    url: url('2.000913'),
    confirmed: true,
  },
  {
    code: '2.000927',
    name: 'Sửa lỗi sai sót trong giao dịch',
    domain: domain('CT'),
    ...agency('XA-TINHKHE'),
    level: INFO,
    processingTime: CERT_SAME_DAY,
    fee: '25.000 đồng/giao dịch',
    url: url('2.000927'),
    confirmed: true,
  },

  // ─── Lý lịch tư pháp ────────────────────────────────────────────────────────────────────────────────────
  {
    code: '3.000333',
    name: 'Cấp Phiếu lý lịch tư pháp cho công dân',
    domain: domain('LLTP'),
    ...agency('CAT'),
    level: FULL,
    processingTime: '10 ngày làm việc; trường hợp phải xác minh thì không quá 15 ngày',
    fee: '200.000 đồng/phiếu',
    url: url('3.000333'),
    confirmed: true,
    steps: [
      'Người yêu cầu kê khai tờ khai yêu cầu cấp Phiếu lý lịch tư pháp trên ứng dụng VNeID, Cổng Dịch vụ công hoặc nộp trực tiếp tại Công an tỉnh.',
      'Cơ quan tiếp nhận kiểm tra thông tin, tra cứu cơ sở dữ liệu lý lịch tư pháp và xác minh khi cần thiết.',
      'Người yêu cầu nộp phí và nhận Phiếu lý lịch tư pháp bản điện tử trên VNeID, bản giấy qua bưu chính hoặc tại nơi nộp hồ sơ.',
    ],
    documents: [
      {
        name: 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp',
        copies: '01 bản chính',
        formUrl: form('to-khai-ly-lich-tu-phap.docx'),
      },
      { name: 'Căn cước hoặc hộ chiếu của người được cấp Phiếu lý lịch tư pháp', copies: '01 bản chụp' },
      {
        name: 'Văn bản ủy quyền, nếu ủy quyền cho người khác làm thủ tục (không áp dụng với Phiếu số 2)',
        copies: '01 bản chính',
      },
    ],
    channels: [
      { channel: 'in-person', processingTime: '10 ngày làm việc', fee: '200.000 đồng/phiếu' },
      { channel: 'online', processingTime: '10 ngày làm việc', fee: '200.000 đồng/phiếu; nhận bản điện tử trên VNeID' },
      {
        channel: 'postal',
        processingTime: '10 ngày làm việc, chưa kể thời gian chuyển phát',
        fee: '200.000 đồng/phiếu, chưa gồm cước bưu chính',
      },
    ],
    conditions:
      'Sinh viên, người có công với cách mạng, thân nhân liệt sĩ nộp 100.000 đồng/phiếu; trẻ em, người cao tuổi, người khuyết tật, người thuộc hộ nghèo được miễn phí. Từ phiếu thứ 3 trở lên trong một lần yêu cầu nộp thêm 5.000 đồng/phiếu.',
    result: 'Phiếu lý lịch tư pháp số 1 hoặc số 2 (bản giấy hoặc bản điện tử).',
    applicants: 'Công dân Việt Nam; người nước ngoài đã hoặc đang cư trú tại Việt Nam',
    legalBasis: [
      { number: '28/2009/QH12', title: 'Luật Lý lịch tư pháp' },
      {
        number: '244/2016/TT-BTC',
        title: 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí cung cấp thông tin lý lịch tư pháp',
      },
    ],
  },

  // ─── Tư pháp cấp tỉnh: quốc tịch, công chứng, luật sư, trợ giúp pháp lý (Sở Tư pháp) ─────────────────────
  {
    code: '1.001070',
    name: 'Yêu cầu trợ giúp pháp lý',
    domain: domain('TGPL'),
    ...agency('STP'),
    level: FULL,
    processingTime: 'Trong ngày làm việc tiếp nhận đủ hồ sơ',
    fee: 'Miễn phí',
    url: url('1.001070'),
    confirmed: false,
    steps: [
      'Người yêu cầu trợ giúp pháp lý nộp đơn và giấy tờ chứng minh thuộc diện được trợ giúp pháp lý, trực tuyến hoặc tại Trung tâm Trợ giúp pháp lý nhà nước tỉnh.',
      'Trung tâm kiểm tra hồ sơ và thụ lý vụ việc, hoặc hướng dẫn bổ sung giấy tờ.',
      'Trợ giúp viên pháp lý hoặc luật sư được phân công thực hiện trợ giúp pháp lý.',
    ],
    documents: [
      { name: 'Đơn yêu cầu trợ giúp pháp lý', copies: '01 bản chính', formUrl: form('don-yeu-cau-tro-giup-phap-ly.docx') },
      { name: 'Giấy tờ chứng minh người được trợ giúp pháp lý', copies: '01 bản sao' },
    ],
    channels: [
      { channel: 'in-person', processingTime: 'Trong ngày làm việc', fee: 'Miễn phí' },
      { channel: 'online', processingTime: 'Trong ngày làm việc', fee: 'Miễn phí' },
      { channel: 'postal', processingTime: 'Trong ngày làm việc kể từ khi nhận hồ sơ', fee: 'Miễn phí' },
    ],
    applicants: 'Người có công với cách mạng, người thuộc hộ nghèo, trẻ em, người dân tộc thiểu số cư trú ở vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn và các đối tượng khác theo Luật Trợ giúp pháp lý',
    legalBasis: [{ number: '11/2017/QH14', title: 'Luật Trợ giúp pháp lý' }],
  },
  {
    code: '2.000977',
    name: 'Đăng ký hành nghề luật sư với tư cách cá nhân',
    domain: domain('LS'),
    ...agency('STP'),
    level: FULL,
    processingTime: '07 ngày làm việc',
    fee: '100.000 đồng',
    url: url('2.000977'),
    confirmed: false,
  },
  {
    code: '1.001665',
    name: 'Đăng ký hoạt động Văn phòng công chứng',
    domain: domain('CC'),
    ...agency('STP'),
    level: PARTIAL,
    processingTime: '10 ngày làm việc',
    fee: '1.000.000 đồng',
    url: url('1.001665'),
    confirmed: false,
  },
  {
    code: '2.001680',
    name: 'Cấp Giấy xác nhận có quốc tịch Việt Nam ở trong nước',
    domain: domain('QT'),
    ...agency('STP'),
    level: PARTIAL,
    processingTime: '05 ngày làm việc',
    fee: '100.000 đồng',
    url: url('2.001680'),
    confirmed: false,
  },

  // ─── Cư trú ─────────────────────────────────────────────────────────────────────────────────────────────
  {
    code: '1.004222',
    name: 'Đăng ký thường trú',
    domain: domain('CUTRU'),
    ...agency('XA-CAMTHANH'),
    level: FULL,
    processingTime: '07 ngày làm việc',
    fee: '20.000 đồng; nộp trực tuyến 10.000 đồng',
    url: url('1.004222'),
    confirmed: true,
    steps: [
      'Người đăng ký chuẩn bị hồ sơ và nộp tại Công an cấp xã hoặc nộp trực tuyến qua Cổng Dịch vụ công, ứng dụng VNeID.',
      'Cơ quan đăng ký cư trú kiểm tra hồ sơ: hồ sơ đầy đủ thì cấp Phiếu tiếp nhận hồ sơ và hẹn trả kết quả (mẫu CT04); hồ sơ chưa đầy đủ thì hướng dẫn bổ sung (mẫu CT05); không đủ điều kiện thì từ chối bằng văn bản (mẫu CT06).',
      'Người đăng ký nộp lệ phí đăng ký thường trú theo quy định.',
      'Cơ quan đăng ký cư trú thẩm định, cập nhật thông tin nơi thường trú mới vào Cơ sở dữ liệu về cư trú và thông báo kết quả cho người đăng ký (mẫu CT08).',
    ],
    documents: [
      {
        name: 'Tờ khai thay đổi thông tin cư trú (mẫu CT01)',
        copies: '01 bản chính',
        formUrl: form('ct01-to-khai-thay-doi-thong-tin-cu-tru.docx'),
      },
      {
        name: 'Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp, trừ trường hợp thông tin đã có trong cơ sở dữ liệu',
        copies: '01 bản sao hoặc bản chụp kèm bản chính để đối chiếu',
      },
      {
        name: 'Văn bản đồng ý cho đăng ký thường trú của chủ hộ, chủ sở hữu chỗ ở hợp pháp (hoặc ghi ý kiến vào tờ khai)',
        copies: '01 bản chính',
      },
    ],
    channels: [
      { channel: 'in-person', processingTime: '07 ngày làm việc', fee: '20.000 đồng/lần đăng ký' },
      { channel: 'online', processingTime: '07 ngày làm việc', fee: '10.000 đồng/lần đăng ký' },
    ],
    conditions:
      'Công dân có chỗ ở hợp pháp thuộc quyền sở hữu của mình, hoặc được chủ hộ, chủ sở hữu chỗ ở hợp pháp đồng ý cho đăng ký thường trú theo các trường hợp quy định tại Luật Cư trú.',
    result:
      'Thông tin về nơi thường trú mới được cập nhật vào Cơ sở dữ liệu về cư trú; thông báo về kết quả giải quyết (mẫu CT08).',
    applicants: 'Công dân Việt Nam',
    legalBasis: [LAW_CU_TRU, DECREE_CU_TRU, CIRCULAR_CU_TRU_FORMS, CIRCULAR_CU_TRU_FEE],
  },
  {
    code: '1.004194',
    name: 'Đăng ký tạm trú',
    domain: domain('CUTRU'),
    ...agency('XA-NGHIALO'),
    level: FULL,
    processingTime: '03 ngày làm việc',
    fee: '15.000 đồng; nộp trực tuyến 7.000 đồng',
    url: url('1.004194'),
    confirmed: true,
    steps: [
      'Người đăng ký nộp hồ sơ tại Công an cấp xã nơi tạm trú hoặc nộp trực tuyến qua Cổng Dịch vụ công, ứng dụng VNeID.',
      'Cơ quan đăng ký cư trú kiểm tra hồ sơ và cấp Phiếu tiếp nhận hồ sơ và hẹn trả kết quả; hướng dẫn bổ sung nếu hồ sơ chưa đầy đủ.',
      'Người đăng ký nộp lệ phí đăng ký tạm trú.',
      'Cơ quan đăng ký cư trú cập nhật thông tin nơi tạm trú, thời hạn tạm trú vào Cơ sở dữ liệu về cư trú và thông báo cho người đăng ký.',
    ],
    documents: [
      {
        name: 'Tờ khai thay đổi thông tin cư trú (mẫu CT01); người chưa thành niên phải có ý kiến đồng ý của cha, mẹ hoặc người giám hộ',
        copies: '01 bản chính',
        formUrl: form('ct01-to-khai-thay-doi-thong-tin-cu-tru.docx'),
      },
      {
        name: 'Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp (hợp đồng thuê, mượn, ở nhờ không bắt buộc công chứng, chứng thực)',
        copies: '01 bản sao hoặc bản chụp',
      },
    ],
    channels: [
      { channel: 'in-person', processingTime: '03 ngày làm việc', fee: '15.000 đồng/lần đăng ký' },
      { channel: 'online', processingTime: '03 ngày làm việc', fee: '7.000 đồng/lần đăng ký' },
    ],
    conditions:
      'Công dân đến sinh sống tại chỗ ở hợp pháp ngoài phạm vi đơn vị hành chính cấp xã nơi đã đăng ký thường trú để lao động, học tập hoặc vì mục đích khác từ 30 ngày trở lên.',
    result: 'Thông tin tạm trú được cập nhật vào Cơ sở dữ liệu về cư trú; thông báo kết quả (mẫu CT08).',
    applicants: 'Công dân Việt Nam',
    legalBasis: [LAW_CU_TRU, DECREE_CU_TRU, CIRCULAR_CU_TRU_FORMS, CIRCULAR_CU_TRU_FEE],
  },
  {
    code: '1.002755',
    name: 'Gia hạn tạm trú',
    domain: domain('CUTRU'),
    ...agency('XA-TINHKHE'),
    level: PARTIAL,
    processingTime: '03 ngày làm việc',
    fee: '15.000 đồng; nộp trực tuyến 7.000 đồng',
    url: url('1.002755'),
    confirmed: true,
  },
  {
    code: '1.003197',
    name: 'Xóa đăng ký thường trú',
    domain: domain('CUTRU'),
    ...agency('XA-BINHSON'),
    level: PARTIAL,
    processingTime: '01 ngày làm việc',
    fee: 'Không thu lệ phí',
    url: url('1.003197'),
    confirmed: true,
  },
  {
    code: '1.003677',
    name: 'Khai báo tạm vắng',
    domain: domain('CUTRU'),
    ...agency('XA-CAMTHANH'),
    level: FULL,
    processingTime: '01 ngày làm việc',
    fee: 'Không thu lệ phí',
    url: url('1.003677'),
    confirmed: true,
  },

  // ─── Đường bộ ───────────────────────────────────────────────────────────────────────────────────────────
  {
    code: '3.000346',
    name: 'Cấp giấy phép lái xe',
    domain: domain('DB'),
    ...agency('CAT'),
    level: PARTIAL,
    processingTime: 'Không quá 10 ngày làm việc kể từ ngày kết thúc kỳ sát hạch',
    fee: '135.000 đồng/lần cấp',
    url: url('3.000346'),
    confirmed: true,
    steps: [
      'Người học lái xe hoàn thành khóa đào tạo và được cơ sở đào tạo lập hồ sơ đề nghị sát hạch gửi cơ quan Công an.',
      'Cơ quan Công an tổ chức sát hạch lý thuyết, mô phỏng, thực hành lái xe trong hình và trên đường theo hạng giấy phép lái xe.',
      'Người đạt kết quả sát hạch nộp lệ phí và được cấp giấy phép lái xe; giấy phép có thể nhận tại nơi sát hạch hoặc qua bưu chính.',
    ],
    documents: [
      {
        name: 'Đơn đề nghị học, sát hạch để cấp giấy phép lái xe',
        copies: '01 bản chính',
        formUrl: form('don-de-nghi-sat-hach-gplx.docx'),
      },
      { name: 'Giấy khám sức khỏe của người lái xe do cơ sở y tế có thẩm quyền cấp', copies: '01 bản chính' },
      { name: 'Danh sách học viên đủ điều kiện dự sát hạch do cơ sở đào tạo lập', copies: '01 bản chính' },
    ],
    channels: [
      {
        channel: 'in-person',
        processingTime: 'Không quá 10 ngày làm việc kể từ ngày kết thúc kỳ sát hạch',
        fee: '135.000 đồng/lần cấp',
      },
      {
        channel: 'postal',
        processingTime: 'Không quá 10 ngày làm việc kể từ ngày kết thúc kỳ sát hạch, chưa kể thời gian chuyển phát',
        fee: '135.000 đồng/lần cấp, chưa gồm cước bưu chính',
      },
    ],
    conditions:
      'Người dự sát hạch đủ tuổi, sức khỏe theo hạng giấy phép lái xe và đã hoàn thành chương trình đào tạo lái xe.',
    result: 'Giấy phép lái xe (bản vật lý và thông tin điện tử trên VNeID).',
    applicants: 'Công dân Việt Nam; người nước ngoài cư trú, làm việc, học tập tại Việt Nam',
    legalBasis: [{ number: '36/2024/QH15', title: 'Luật Trật tự, an toàn giao thông đường bộ' }],
  },
  {
    code: '3.000347',
    name: 'Đổi giấy phép lái xe',
    domain: domain('DB'),
    ...agency('CAT'),
    level: FULL,
    processingTime: '05 ngày làm việc',
    fee: '135.000 đồng/lần',
    url: url('3.000347'),
    confirmed: false,
  },
  {
    code: '1.002286',
    name: 'Cấp Giấy phép kinh doanh vận tải bằng xe ô tô',
    domain: domain('DB'),
    ...agency('SXD'),
    level: FULL,
    processingTime: '05 ngày làm việc',
    fee: '200.000 đồng',
    url: url('1.002286'),
    confirmed: false,
  },
  {
    code: '1.002859',
    name: 'Cấp phù hiệu cho xe ô tô kinh doanh vận tải',
    domain: domain('DB'),
    ...agency('SXD'),
    level: INFO,
    processingTime: '02 ngày làm việc',
    fee: 'Miễn lệ phí',
    url: url('1.002859'),
    confirmed: false,
  },
  {
    code: '1.001777',
    name: 'Cấp giấy phép lưu hành xe quá tải trọng, xe quá khổ giới hạn trên đường bộ',
    domain: domain('DB'),
    ...agency('SXD'),
    level: INFO,
    processingTime: '02 ngày làm việc',
    fee: 'Miễn lệ phí',
    confirmed: false,
  },

  // ─── Bưu chính ──────────────────────────────────────────────────────────────────────────────────────────
  {
    code: '1.004470',
    name: 'Cấp giấy phép bưu chính',
    domain: domain('BC'),
    ...agency('SKHCN'),
    level: PARTIAL,
    processingTime: '20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ',
    fee: 'Phí thẩm định: 5.000.000 đồng',
    url: url('1.004470'),
    confirmed: false,
    steps: [
      'Doanh nghiệp nộp hồ sơ đề nghị cấp giấy phép bưu chính cung ứng dịch vụ trong phạm vi nội tỉnh tại Sở Khoa học và Công nghệ hoặc nộp trực tuyến.',
      'Sở Khoa học và Công nghệ thẩm định hồ sơ, kiểm tra điều kiện về tài chính, tổ chức bộ máy và phương án kinh doanh.',
      'Nếu đủ điều kiện, Sở cấp giấy phép bưu chính; nếu không cấp thì trả lời bằng văn bản và nêu rõ lý do.',
    ],
    documents: [
      {
        name: 'Giấy đề nghị cấp giấy phép bưu chính',
        copies: '01 bản chính',
        formUrl: form('giay-de-nghi-cap-giay-phep-buu-chinh.docx'),
      },
      { name: 'Phương án kinh doanh dịch vụ bưu chính', copies: '01 bản chính' },
      { name: 'Mẫu hợp đồng cung ứng và sử dụng dịch vụ bưu chính', copies: '01 bản chính' },
      { name: 'Bảng giá cước và chỉ tiêu chất lượng dịch vụ bưu chính', copies: '01 bản chính' },
    ],
    channels: [
      { channel: 'in-person', processingTime: '20 ngày làm việc', fee: 'Phí thẩm định: 5.000.000 đồng' },
      { channel: 'online', processingTime: '20 ngày làm việc', fee: 'Phí thẩm định: 5.000.000 đồng' },
      { channel: 'postal', processingTime: '20 ngày làm việc', fee: 'Phí thẩm định: 5.000.000 đồng' },
    ],
    conditions: 'Doanh nghiệp có đủ năng lực tài chính, tổ chức bộ máy và phương án kinh doanh khả thi theo quy định.',
    result: 'Giấy phép bưu chính.',
    applicants: 'Doanh nghiệp',
    legalBasis: [
      { number: '49/2010/QH12', title: 'Luật Bưu chính' },
      { number: '47/2011/NĐ-CP', title: 'Nghị định quy định chi tiết thi hành một số nội dung của Luật Bưu chính' },
      {
        number: '25/2022/NĐ-CP',
        title: 'Nghị định sửa đổi, bổ sung một số điều của Nghị định số 47/2011/NĐ-CP',
      },
    ],
  },
  {
    code: '1.004477',
    name: 'Cấp văn bản xác nhận thông báo hoạt động bưu chính',
    domain: domain('BC'),
    ...agency('SKHCN'),
    level: FULL,
    processingTime: '07 ngày làm việc',
    fee: 'Phí thẩm định: 2.000.000 đồng',
    url: url('1.004477'),
    confirmed: false,
  },
  {
    code: '1.004481',
    name: 'Sửa đổi, bổ sung giấy phép bưu chính',
    domain: domain('BC'),
    ...agency('SKHCN'),
    level: INFO,
    processingTime: '10 ngày làm việc',
    fee: 'Phí thẩm định: 2.500.000 đồng',
    confirmed: false,
  },

  // ─── Xúc tiến thương mại ────────────────────────────────────────────────────────────────────────────────
  {
    code: '2.000004',
    name: 'Đăng ký hoạt động khuyến mại đối với chương trình khuyến mại mang tính may rủi thực hiện trên địa bàn 01 tỉnh, thành phố trực thuộc Trung ương',
    domain: domain('XTTM'),
    ...agency('SCT'),
    level: FULL,
    processingTime: '05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ',
    fee: 'Không thu phí',
    url: url('2.000004'),
    confirmed: true,
    steps: [
      'Thương nhân nộp hồ sơ đăng ký thực hiện khuyến mại trực tuyến trên Cổng Dịch vụ công hoặc gửi qua bưu chính, trực tiếp đến Sở Công Thương.',
      'Sở Công Thương xem xét hồ sơ, thể lệ chương trình và cơ cấu giải thưởng.',
      'Sở Công Thương có văn bản xác nhận hoặc không xác nhận việc đăng ký thực hiện chương trình khuyến mại; trường hợp không xác nhận phải nêu rõ lý do.',
    ],
    documents: [
      {
        name: 'Đăng ký thực hiện khuyến mại (Mẫu số 02)',
        copies: '01 bản chính',
        formUrl: form('mau-02-dang-ky-thuc-hien-khuyen-mai.docx'),
      },
      {
        name: 'Thể lệ chương trình khuyến mại (Mẫu số 03)',
        copies: '01 bản chính',
        formUrl: form('mau-03-the-le-chuong-trinh-khuyen-mai.docx'),
      },
      { name: 'Mẫu vé số dự thưởng hoặc hình ảnh hàng hóa, dịch vụ khuyến mại', copies: '01 bản' },
      {
        name: 'Giấy tờ chứng minh chất lượng hàng hóa dùng để khuyến mại theo quy định của pháp luật',
        copies: '01 bản sao',
      },
    ],
    channels: [
      { channel: 'in-person', processingTime: '05 ngày làm việc', fee: 'Không thu phí' },
      { channel: 'online', processingTime: '05 ngày làm việc', fee: 'Không thu phí' },
      { channel: 'postal', processingTime: '05 ngày làm việc', fee: 'Không thu phí' },
    ],
    conditions:
      'Chương trình khuyến mại mang tính may rủi chỉ thực hiện trên địa bàn một tỉnh; chương trình trên địa bàn từ hai tỉnh trở lên đăng ký với Bộ Công Thương.',
    result: 'Văn bản xác nhận đăng ký thực hiện chương trình khuyến mại.',
    applicants: 'Thương nhân',
    legalBasis: [
      { number: '36/2005/QH11', title: 'Luật Thương mại' },
      {
        number: '81/2018/NĐ-CP',
        title: 'Nghị định quy định chi tiết Luật Thương mại về hoạt động xúc tiến thương mại',
      },
      {
        number: '128/2024/NĐ-CP',
        title: 'Nghị định sửa đổi, bổ sung một số điều của Nghị định số 81/2018/NĐ-CP',
      },
    ],
  },
  {
    code: '2.000003',
    name: 'Đăng ký sửa đổi, bổ sung nội dung chương trình khuyến mại mang tính may rủi thực hiện trên địa bàn 01 tỉnh, thành phố trực thuộc Trung ương',
    domain: domain('XTTM'),
    ...agency('SCT'),
    level: FULL,
    processingTime: '05 ngày làm việc',
    fee: 'Không thu phí',
    url: url('2.000003'),
    confirmed: false,
  },
  {
    code: '2.000131',
    name: 'Thông báo tổ chức hội chợ, triển lãm thương mại tại Việt Nam',
    domain: domain('XTTM'),
    ...agency('SCT'),
    level: INFO,
    processingTime: '05 ngày làm việc',
    fee: 'Không thu phí',
    url: url('2.000131'),
    confirmed: false,
  },

  // ─── Hộ kinh doanh ──────────────────────────────────────────────────────────────────────────────────────
  {
    code: '1.001612',
    name: 'Đăng ký thành lập hộ kinh doanh',
    domain: domain('HKD'),
    ...agency('XA-CAMTHANH'),
    level: FULL,
    processingTime: '03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ',
    fee: '100.000 đồng; miễn lệ phí khi nộp trực tuyến',
    url: url('1.001612'),
    confirmed: true,
    steps: [
      'Chủ hộ kinh doanh hoặc người được ủy quyền nộp hồ sơ tại cơ quan đăng ký hộ kinh doanh cấp xã hoặc nộp trực tuyến.',
      'Cơ quan đăng ký kiểm tra tính hợp lệ của hồ sơ, tên hộ kinh doanh và ngành, nghề kinh doanh.',
      'Nếu hồ sơ hợp lệ, cơ quan đăng ký cấp Giấy chứng nhận đăng ký hộ kinh doanh; nếu chưa hợp lệ thì thông báo bằng văn bản nội dung cần sửa đổi, bổ sung.',
      'Thông tin đăng ký hộ kinh doanh được chia sẻ với cơ quan thuế để cấp mã số thuế cho hộ kinh doanh.',
    ],
    documents: [
      {
        name: 'Giấy đề nghị đăng ký hộ kinh doanh',
        copies: '01 bản chính',
        formUrl: form('giay-de-nghi-dang-ky-ho-kinh-doanh.docx'),
      },
      {
        name: 'Biên bản họp thành viên hộ gia đình về việc thành lập hộ kinh doanh, nếu các thành viên hộ gia đình cùng đăng ký',
        copies: '01 bản chính',
      },
      {
        name: 'Văn bản ủy quyền của thành viên hộ gia đình cho một thành viên làm chủ hộ kinh doanh, nếu có',
        copies: '01 bản sao',
      },
    ],
    channels: [
      { channel: 'in-person', processingTime: '03 ngày làm việc', fee: '100.000 đồng' },
      { channel: 'online', processingTime: '03 ngày làm việc', fee: 'Miễn lệ phí' },
      { channel: 'postal', processingTime: '03 ngày làm việc', fee: '100.000 đồng' },
    ],
    conditions:
      'Ngành, nghề đăng ký kinh doanh không bị cấm đầu tư kinh doanh; tên hộ kinh doanh không trùng với tên riêng của hộ kinh doanh đã đăng ký trong phạm vi cấp xã.',
    result: 'Giấy chứng nhận đăng ký hộ kinh doanh.',
    applicants: 'Cá nhân, thành viên hộ gia đình là công dân Việt Nam',
    legalBasis: [
      { number: '59/2020/QH14', title: 'Luật Doanh nghiệp' },
      { number: '01/2021/NĐ-CP', title: 'Nghị định về đăng ký doanh nghiệp' },
    ],
  },
  {
    code: '2.000575',
    name: 'Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh, Cấp đổi sang Giấy chứng nhận đăng ký hộ kinh doanh',
    domain: domain('HKD'),
    ...agency('XA-BINHSON'),
    level: PARTIAL,
    processingTime: '03 ngày làm việc',
    fee: '50.000 đồng',
    url: url('2.000575'),
    confirmed: true,
  },
  {
    code: '2.000720',
    name: 'Đăng ký thay đổi nội dung đăng ký hộ kinh doanh',
    domain: domain('HKD'),
    ...agency('XA-NGHIALO'),
    level: FULL,
    processingTime: '03 ngày làm việc',
    fee: '50.000 đồng; miễn lệ phí khi nộp trực tuyến',
    url: url('2.000720'),
    confirmed: false,
  },
  {
    code: '1.001266',
    name: 'Chấm dứt hoạt động hộ kinh doanh',
    domain: domain('HKD'),
    ...agency('XA-TINHKHE'),
    level: INFO,
    processingTime: '03 ngày làm việc',
    fee: 'Không thu lệ phí',
    url: url('1.001266'),
    confirmed: false,
  },

  // ─── Thành lập và hoạt động doanh nghiệp ────────────────────────────────────────────────────────────────
  {
    code: '2.001610',
    name: 'Đăng ký thành lập doanh nghiệp tư nhân',
    domain: domain('TLDN'),
    ...agency('STC'),
    level: FULL,
    processingTime: '03 ngày làm việc',
    fee: '50.000 đồng; miễn lệ phí khi nộp trực tuyến',
    url: url('2.001610'),
    confirmed: false,
  },

  // ─── Đất đai ────────────────────────────────────────────────────────────────────────────────────────────
  {
    code: '1.013831',
    name: 'Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất trong các trường hợp chuyển đổi, chuyển nhượng, thừa kế, tặng cho, góp vốn',
    domain: domain('DD'),
    ...agency('SNNMT'),
    level: PARTIAL,
    processingTime: '08 ngày làm việc, không kể thời gian thực hiện nghĩa vụ tài chính',
    fee: 'Lệ phí cấp Giấy chứng nhận và phí thẩm định hồ sơ theo Nghị quyết của HĐND tỉnh',
    url: url('1.013831'),
    confirmed: true,
    steps: [
      'Người yêu cầu đăng ký nộp hồ sơ tại Bộ phận Một cửa, qua dịch vụ bưu chính hoặc trên Cổng Dịch vụ công.',
      'Cơ quan tiếp nhận kiểm tra hồ sơ, cấp giấy hẹn và chuyển hồ sơ đến Văn phòng đăng ký đất đai hoặc Chi nhánh Văn phòng đăng ký đất đai.',
      'Văn phòng đăng ký đất đai kiểm tra điều kiện thực hiện quyền, gửi thông tin để cơ quan thuế xác định nghĩa vụ tài chính (nếu có).',
      'Sau khi người sử dụng đất hoàn thành nghĩa vụ tài chính, Văn phòng đăng ký đất đai chỉnh lý hồ sơ địa chính, xác nhận thay đổi trên Giấy chứng nhận đã cấp hoặc cấp mới Giấy chứng nhận.',
    ],
    documents: [
      {
        name: 'Đơn đăng ký biến động đất đai, tài sản gắn liền với đất (Mẫu số 18)',
        copies: '01 bản chính',
        formUrl: form('mau-18-don-dang-ky-bien-dong.docx'),
      },
      { name: 'Giấy chứng nhận đã cấp', copies: '01 bản gốc' },
      {
        name: 'Hợp đồng, văn bản về việc chuyển đổi, chuyển nhượng, thừa kế, tặng cho, góp vốn bằng quyền sử dụng đất',
        copies: '01 bản chính',
      },
      {
        name: 'Văn bản của bên nhận thế chấp đồng ý cho chuyển quyền, nếu quyền sử dụng đất đang thế chấp',
        copies: '01 bản chính',
      },
    ],
    channels: [
      {
        channel: 'in-person',
        processingTime: '08 ngày làm việc',
        fee: 'Theo Nghị quyết của HĐND tỉnh',
      },
      {
        channel: 'online',
        processingTime: '08 ngày làm việc',
        fee: 'Theo Nghị quyết của HĐND tỉnh; giảm phí khi nộp trực tuyến',
      },
      {
        channel: 'postal',
        processingTime: '08 ngày làm việc, chưa kể thời gian chuyển phát',
        fee: 'Theo Nghị quyết của HĐND tỉnh',
      },
    ],
    conditions:
      'Người sử dụng đất có Giấy chứng nhận; đất không có tranh chấp hoặc tranh chấp đã được giải quyết; quyền sử dụng đất không bị kê biên, áp dụng biện pháp khẩn cấp tạm thời; trong thời hạn sử dụng đất.',
    result:
      'Giấy chứng nhận đã được xác nhận thay đổi hoặc Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất mới.',
    applicants: 'Hộ gia đình, cá nhân, tổ chức sử dụng đất',
    legalBasis: [
      LAW_DAT_DAI,
      DECREE_DAT_DAI,
      {
        number: '151/2025/NĐ-CP',
        title:
          'Nghị định quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp, phân quyền, phân cấp trong lĩnh vực đất đai',
      },
    ],
  },
  {
    code: '1.012783',
    name: 'Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất',
    domain: domain('DD'),
    ...agency('SNNMT'),
    level: PARTIAL,
    processingTime: '07 ngày làm việc',
    fee: 'Theo Nghị quyết của HĐND tỉnh',
    url: url('1.012783'),
    confirmed: true,
  },
  {
    code: '1.012786',
    name: 'Cấp lại Giấy chứng nhận do bị mất',
    domain: domain('DD'),
    ...agency('SNNMT'),
    level: PARTIAL,
    processingTime: '10 ngày làm việc, không kể thời gian niêm yết thông báo',
    fee: 'Theo Nghị quyết của HĐND tỉnh',
    url: url('1.012786'),
    confirmed: true,
  },
  {
    code: '1.013978',
    name: 'Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu đối với hộ gia đình, cá nhân, cộng đồng dân cư, người gốc Việt Nam định cư ở nước ngoài',
    domain: domain('DD'),
    ...agency('XA-TINHKHE'),
    level: PARTIAL,
    processingTime: '20 ngày làm việc, không kể thời gian thực hiện nghĩa vụ tài chính',
    fee: 'Lệ phí cấp Giấy chứng nhận theo Nghị quyết của HĐND tỉnh',
    url: url('1.013978'),
    confirmed: true,
  },
  {
    code: '1.012789',
    name: 'Cung cấp thông tin, dữ liệu đất đai',
    domain: domain('DD'),
    ...agency('SNNMT'),
    level: FULL,
    processingTime: '02 ngày làm việc',
    fee: 'Phí khai thác, sử dụng tài liệu đất đai theo Nghị quyết của HĐND tỉnh',
    url: url('1.012789'),
    confirmed: true,
  },
  {
    code: '1.116400',
    name: 'Tách thửa đất, hợp thửa đất',
    domain: domain('DD'),
    ...agency('SNNMT'),
    level: INFO,
    processingTime: '15 ngày làm việc',
    fee: 'Theo Nghị quyết của HĐND tỉnh',
    url: url('1.116400'),
    confirmed: true,
  },
  {
    code: '1.012812',
    name: 'Hòa giải tranh chấp đất đai',
    domain: domain('DD'),
    ...agency('XA-BINHSON'),
    level: INFO,
    processingTime: 'Không quá 30 ngày kể từ ngày nhận đơn',
    fee: 'Không thu phí',
    confirmed: true,
  },

  // ─── Bảo trợ xã hội ─────────────────────────────────────────────────────────────────────────────────────
  {
    code: '1.001699',
    name: 'Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật',
    domain: domain('BTXH'),
    ...agency('XA-NGHIALO'),
    level: PARTIAL,
    processingTime: '25 ngày làm việc',
    fee: 'Không thu phí',
    url: url('1.001699'),
    confirmed: true,
  },
  {
    code: '1.001776',
    name: 'Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hàng tháng',
    domain: domain('BTXH'),
    ...agency('XA-CAMTHANH'),
    level: INFO,
    processingTime: '15 ngày làm việc',
    fee: 'Không thu phí',
    url: url('1.001776'),
    confirmed: false,
  },

  // ─── Người có công ──────────────────────────────────────────────────────────────────────────────────────
  {
    code: '1.010803',
    name: 'Giải quyết chế độ trợ cấp thờ cúng liệt sĩ',
    domain: domain('NCC'),
    ...agency('XA-TINHKHE'),
    level: PARTIAL,
    processingTime: '17 ngày làm việc',
    fee: 'Không thu phí',
    url: url('1.010803'),
    confirmed: false,
  },
  {
    code: '1.010815',
    name: 'Công nhận và giải quyết chế độ ưu đãi người hoạt động cách mạng',
    domain: domain('NCC'),
    ...agency('XA-BINHSON'),
    level: INFO,
    processingTime: '32 ngày làm việc',
    fee: 'Không thu phí',
    confirmed: false,
  },

  // ─── Giáo dục và Đào tạo ────────────────────────────────────────────────────────────────────────────────
  {
    code: '1.012971',
    name: 'Thành lập hoặc cho phép thành lập cơ sở giáo dục mầm non độc lập',
    domain: domain('GDDT'),
    ...agency('XA-NGHIALO'),
    level: INFO,
    processingTime: '20 ngày làm việc',
    fee: 'Không thu phí',
    url: url('1.012971'),
    confirmed: true,
  },
  {
    code: '1.005099',
    name: 'Chuyển trường đối với học sinh trung học phổ thông',
    domain: domain('GDDT'),
    ...agency('SGDDT'),
    level: FULL,
    processingTime: '03 ngày làm việc',
    fee: 'Không thu phí',
    url: url('1.005099'),
    confirmed: false,
  },
  {
    code: '2.001914',
    name: 'Cấp bản sao văn bằng, chứng chỉ từ sổ gốc',
    domain: domain('GDDT'),
    ...agency('SGDDT'),
    level: INFO,
    processingTime: SAME_DAY,
    fee: '3.000 đồng/bản',
    url: url('2.001914'),
    confirmed: false,
  },

  // ─── Y tế ───────────────────────────────────────────────────────────────────────────────────────────────
  {
    code: '1.012273',
    name: 'Cấp mới giấy phép hành nghề khám bệnh, chữa bệnh',
    domain: domain('KCB'),
    ...agency('SYT'),
    level: PARTIAL,
    processingTime: '30 ngày kể từ ngày nhận đủ hồ sơ hợp lệ',
    fee: 'Phí thẩm định: 360.000 đồng',
    url: url('1.012273'),
    confirmed: false,
  },
  {
    code: '2.001827',
    name: 'Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm',
    domain: domain('ATTP'),
    ...agency('SYT'),
    level: INFO,
    processingTime: '20 ngày làm việc',
    fee: 'Phí thẩm định: 1.000.000 đồng/lần',
    confirmed: false,
  },
];
