import type { DossierStatus } from '../../api/types.js';
import type { MarkedText } from '../../base/language-of-parts.js';
import type { Timeliness } from '../../domain/timeliness.js';
import { formatNumber } from '../format.js';
import { defineMessages } from './define.js';

/** What the next-step advice may mention: the dossier's code and the agency handling it (server text). */
export interface NextStepContext {
  code: string;
  agency: string;
  /**
   * An open dossier past its due day. When the office is the one holding it, it owes the citizen an apology and a
   * new date (`overdueAdvice`); when it waits for the applicant (5, 6), the advice is to act now (`overdueWaiting`).
   */
  overdue: boolean;
}

type Statuses<T> = Record<DossierStatus, T>;

const n = (count: number) => formatNumber(count, 'vi');

/**
 * What `<dvc-dossier-tracker>` says about a dossier it found: status, time limit, facts, next steps, history.
 * Status labels are the national portal's (SPEC, TrangThaiHoSo). Fetched with the dossier view, not with the
 * lookup form (dossier.ts), so that a page pays for these words only once a citizen looks a dossier up.
 */
const vi = {
  resultHeading: (code: string) => `Hồ sơ ${code}`,
  loaded: (code: string, status: string, timeliness: string) =>
    `Đã tìm thấy hồ sơ ${code}. Trạng thái: ${status}.${timeliness ? ` ${timeliness}.` : ''}`,
  statusPrefix: 'Trạng thái: ',
  timelinessPrefix: 'Thời hạn: ',

  fields: {
    code: 'Mã hồ sơ',
    procedure: 'Thủ tục',
    agency: 'Cơ quan tiếp nhận',
    applicant: 'Người nộp',
    channel: 'Hình thức nộp',
    received: 'Ngày tiếp nhận',
    due: 'Hạn trả kết quả',
    finished: 'Ngày giải quyết xong',
    returned: 'Ngày trả kết quả',
  },
  channels: { online: 'Trực tuyến', 'in-person': 'Trực tiếp', postal: 'Qua dịch vụ bưu chính công ích' } as Record<string, string>,

  statuses: {
    1: 'Mới đăng ký',
    2: 'Được tiếp nhận',
    3: 'Không được tiếp nhận',
    4: 'Đang xử lý',
    5: 'Yêu cầu bổ sung giấy tờ',
    6: 'Yêu cầu thực hiện nghĩa vụ tài chính',
    7: 'Công dân yêu cầu rút hồ sơ',
    8: 'Dừng xử lý',
    9: 'Đã xử lý xong',
    10: 'Đã trả kết quả',
  } satisfies Statuses<string>,

  timeliness: (t: Timeliness): string => {
    switch (t.kind) {
      case 'remaining':
        return t.days === 0 ? 'Hôm nay là hạn cuối' : `Còn ${n(t.days)} ngày`;
      case 'overdue':
        return `Quá hạn ${n(t.days)} ngày`;
      case 'early':
        return `Trước hạn ${n(t.days)} ngày`;
      case 'on-time':
        return 'Đúng hạn';
      case 'late':
        // SPEC: finished after the due day is "quá hạn", as for an open dossier; the status says which.
        return `Quá hạn ${n(t.days)} ngày`;
    }
  },

  nextTitle: 'Bạn cần làm gì tiếp theo',
  next: {
    1: (c: NextStepContext): MarkedText[] => [
      `Hồ sơ đã được gửi đến ${c.agency} và đang chờ kiểm tra để tiếp nhận.`,
      'Bạn chưa cần làm gì. Nếu hồ sơ còn thiếu giấy tờ, cơ quan sẽ báo cho bạn.',
    ],
    2: (): MarkedText[] => [
      'Hồ sơ đã được tiếp nhận và sẽ được chuyển đến bộ phận giải quyết.',
      'Bạn chưa cần làm gì. Hãy giữ Giấy tiếp nhận hồ sơ và hẹn trả kết quả để nhận kết quả.',
    ],
    3: (c: NextStepContext): MarkedText[] => [
      'Cơ quan không tiếp nhận hồ sơ này, nên hồ sơ sẽ không được giải quyết.',
      `Xem lý do trong quá trình xử lý bên dưới. Nếu vẫn cần làm thủ tục, hãy chuẩn bị lại hồ sơ theo lý do đó rồi nộp hồ sơ mới. Nếu chưa rõ, hãy liên hệ ${c.agency}.`,
    ],
    4: (): MarkedText[] => [
      'Hồ sơ đang được giải quyết.',
      'Bạn chưa cần làm gì. Cơ quan sẽ báo cho bạn nếu cần bổ sung giấy tờ hoặc khi có kết quả.',
    ],
    5: (c: NextStepContext): MarkedText[] => [
      'Cơ quan cần thêm giấy tờ để giải quyết hồ sơ. Hồ sơ tạm dừng cho đến khi bạn bổ sung.',
      `Hãy nộp các giấy tờ cơ quan yêu cầu cho ${c.agency}, tại nơi bạn đã nộp hồ sơ hoặc trên Cổng Dịch vụ công nếu bạn nộp trực tuyến. Ghi rõ mã hồ sơ ${c.code}.`,
    ],
    6: (c: NextStepContext): MarkedText[] => [
      'Bạn cần nộp phí, lệ phí hoặc thực hiện nghĩa vụ tài chính (ví dụ: thuế) thì hồ sơ mới được giải quyết tiếp.',
      `Hãy nộp theo thông báo của ${c.agency}: trực tuyến trên Cổng Dịch vụ công hoặc tại Bộ phận Một cửa. Ghi rõ mã hồ sơ ${c.code} khi nộp.`,
    ],
    7: (): MarkedText[] => [
      'Hồ sơ đã được rút theo yêu cầu của người nộp và không được giải quyết tiếp.',
      'Bạn không cần làm gì thêm. Nếu vẫn cần làm thủ tục này, hãy nộp hồ sơ mới.',
    ],
    8: (c: NextStepContext): MarkedText[] => [
      'Cơ quan đã dừng giải quyết hồ sơ này.',
      `Xem lý do trong quá trình xử lý bên dưới. Nếu chưa rõ, hãy liên hệ ${c.agency}. Nếu vẫn cần làm thủ tục, bạn có thể nộp hồ sơ mới.`,
    ],
    9: (c: NextStepContext): MarkedText[] => [
      'Hồ sơ đã giải quyết xong và kết quả đang chờ bạn nhận.',
      `Hãy đến nhận kết quả tại Bộ phận Một cửa của ${c.agency}, mang theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả cùng giấy tờ tùy thân. Nếu bạn đã đăng ký nhận kết quả trực tuyến hoặc qua dịch vụ bưu chính công ích, kết quả sẽ được gửi đến bạn.`,
    ],
    10: (c: NextStepContext): MarkedText[] => [
      'Hồ sơ đã hoàn thành và kết quả đã được trả. Bạn không cần làm gì thêm.',
      `Bạn có thể đánh giá mức độ hài lòng với việc giải quyết hồ sơ trên Cổng Dịch vụ công (dùng mã hồ sơ ${c.code}) hoặc tại Bộ phận Một cửa của ${c.agency}.`,
    ],
  } satisfies Statuses<(c: NextStepContext) => MarkedText[]>,
  overdueAdvice: (c: NextStepContext): MarkedText =>
    `Hồ sơ đã quá hạn trả kết quả. Cơ quan phải gửi bạn Phiếu xin lỗi và hẹn lại ngày trả kết quả; nếu chưa nhận được, hãy liên hệ ${c.agency}.`,
  /** Past its due day while it waits for the applicant (5, 6): only what they do (the advice above) moves it on. */
  overdueWaiting: 'Hồ sơ đã quá hạn trả kết quả và đang chờ bạn: hãy làm ngay việc nêu trên để hồ sơ được giải quyết tiếp.',

  supplementTitle: 'Giấy tờ cần bổ sung',
  supplementRequested: 'Ngày yêu cầu',
  supplementReason: 'Lý do',
  supplementDocuments: 'Giấy tờ cần nộp thêm',

  historyTitle: 'Quá trình xử lý',
  historyEmpty: 'Chưa có bước xử lý nào được ghi lại.',
  historyUnit: 'Đơn vị: ',
  historyNote: 'Ghi chú: ',
};

export type DossierViewMessages = typeof vi;

export const dossierViewMessages = defineMessages(vi, { en: () => import('./dossier-view.en.js') });
