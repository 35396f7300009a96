import type { DossierStatus, Lang } from '../../api/types.js';
import type { Timeliness } from '../../domain/timeliness.js';
import { formatNumber, plural } from '../format.js';
import { defineMessages } from './define.js';

/** What the next-step advice may mention: the dossier's code and the agency handling it (server text). */
export interface NextStepContext {
  code: string;
  agency: string;
  /** An open dossier past its due day: the office owes the citizen an apology and a new date. */
  overdue: boolean;
}

type Statuses<T> = Record<DossierStatus, T>;

const n = (count: number) => formatNumber(count, 'vi');
const days = (count: number) => plural(count, 'en', { one: '{n} day', other: '{n} days' });

/** Messages of `<dvc-dossier-tracker>`. Status labels are the national portal's (SPEC, TrangThaiHoSo). */
export const dossierMessages = defineMessages(
  {
    codeLabel: 'Mã hồ sơ',
    codeHint: 'In trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả, ví dụ 000.00.53.H48-220921-0099.',
    submit: 'Tra cứu',
    formLabel: 'Tra cứu hồ sơ',
    scan: 'Quét mã QR trên giấy hẹn',
    scanFailed: 'Chưa mở được trình quét mã QR. Hãy nhập mã hồ sơ.',
    codeEmpty: 'Nhập mã hồ sơ.',
    codeChars: (chars: string[], hasSpace: boolean) =>
      [
        'Mã hồ sơ chỉ gồm chữ cái, chữ số và các dấu . - _ /.',
        hasSpace ? 'Hãy bỏ dấu cách trong mã.' : '',
        chars.length ? `Hãy bỏ ký tự ${chars.join(', ')}.` : '',
      ]
        .filter(Boolean)
        .join(' '),

    verifierFallbackLabel: 'Thông tin xác minh',
    verifierIntro: (code: string) => `Để bảo vệ thông tin cá nhân, hồ sơ ${code} cần thêm thông tin xác minh. Nhập thông tin rồi bấm “Tra cứu”.`,
    verifierEmpty: (label: string) => `Nhập ${lowerFirst(label)}.`,
    verifierWrong: 'Thông tin xác minh chưa đúng. Kiểm tra lại rồi bấm “Tra cứu”.',
    verifierNeeded: (label: string) => `Hồ sơ cần thêm thông tin xác minh: ${lowerFirst(label)}.`,

    loading: (code: string) => `Đang tra cứu hồ sơ ${code}…`,
    failedTitle: 'Chưa tra cứu được hồ sơ.',
    notFoundTitle: 'Không tìm thấy hồ sơ',
    notFoundIntro: (code: string) => `Không có hồ sơ nào mang mã ${code}. Hãy kiểm tra:`,
    notFoundChecks: [
      'mã hồ sơ in trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả, gõ lại từng ký tự;',
      'các ký tự dễ nhầm: số 0 và chữ O, số 1 và chữ I hoặc l, số 8 và chữ B;',
      'dấu chấm (.) và dấu gạch ngang (-) đúng vị trí.',
    ],
    notFoundHelp: 'Nếu hồ sơ vừa nộp, hệ thống có thể chưa cập nhật. Hãy thử lại sau hoặc liên hệ nơi đã nộp hồ sơ.',

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
      1: (c: NextStepContext) => [
        `Hồ sơ đã được gửi đến ${c.agency} và đang chờ kiểm tra để tiếp nhận.`,
        'Bạn chưa cần làm gì. Nếu hồ sơ còn thiếu giấy tờ, cơ quan sẽ báo cho bạn.',
      ],
      2: () => [
        'Hồ sơ đã được tiếp nhận và sẽ được chuyển đến bộ phận giải quyết.',
        'Bạn chưa cần làm gì. Hãy giữ Giấy tiếp nhận hồ sơ và hẹn trả kết quả để nhận kết quả.',
      ],
      3: (c: NextStepContext) => [
        'Cơ quan không tiếp nhận hồ sơ này, nên hồ sơ sẽ không được giải quyết.',
        `Xem lý do trong quá trình xử lý bên dưới. Nếu vẫn cần làm thủ tục, hãy chuẩn bị lại hồ sơ theo lý do đó rồi nộp hồ sơ mới. Nếu chưa rõ, hãy liên hệ ${c.agency}.`,
      ],
      4: () => [
        'Hồ sơ đang được giải quyết.',
        'Bạn chưa cần làm gì. Cơ quan sẽ báo cho bạn nếu cần bổ sung giấy tờ hoặc khi có kết quả.',
      ],
      5: (c: NextStepContext) => [
        'Cơ quan cần thêm giấy tờ để giải quyết hồ sơ. Hồ sơ tạm dừng cho đến khi bạn bổ sung.',
        `Hãy nộp các giấy tờ cơ quan yêu cầu cho ${c.agency}, tại nơi bạn đã nộp hồ sơ hoặc trên Cổng Dịch vụ công nếu bạn nộp trực tuyến. Ghi rõ mã hồ sơ ${c.code}.`,
      ],
      6: (c: NextStepContext) => [
        'Bạn cần nộp phí, lệ phí hoặc thực hiện nghĩa vụ tài chính (ví dụ: thuế) thì hồ sơ mới được giải quyết tiếp.',
        `Hãy nộp theo thông báo của ${c.agency}: trực tuyến trên Cổng Dịch vụ công hoặc tại bộ phận một cửa. Ghi rõ mã hồ sơ ${c.code} khi nộp.`,
      ],
      7: () => [
        'Hồ sơ đã được rút theo yêu cầu của người nộp và không được giải quyết tiếp.',
        'Bạn không cần làm gì thêm. Nếu vẫn cần làm thủ tục này, hãy nộp hồ sơ mới.',
      ],
      8: (c: NextStepContext) => [
        'Cơ quan đã dừng giải quyết hồ sơ này.',
        `Xem lý do trong quá trình xử lý bên dưới. Nếu chưa rõ, hãy liên hệ ${c.agency}. Nếu vẫn cần làm thủ tục, bạn có thể nộp hồ sơ mới.`,
      ],
      9: (c: NextStepContext) => [
        'Hồ sơ đã giải quyết xong và kết quả đang chờ bạn nhận.',
        `Hãy đến nhận kết quả tại bộ phận một cửa của ${c.agency}. Mang theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả và giấy tờ tùy thân. Nếu bạn đã đăng ký nhận qua bưu điện, kết quả sẽ được gửi đến bạn.`,
      ],
      10: (c: NextStepContext) => [
        'Hồ sơ đã hoàn thành và kết quả đã được trả. Bạn không cần làm gì thêm.',
        `Bạn có thể đánh giá mức độ hài lòng với việc giải quyết hồ sơ trên Cổng Dịch vụ công (dùng mã hồ sơ ${c.code}) hoặc tại bộ phận một cửa của ${c.agency}.`,
      ],
    } satisfies Statuses<(c: NextStepContext) => string[]>,
    overdueAdvice: (c: NextStepContext) =>
      `Hồ sơ đã quá hạn trả kết quả. Cơ quan phải gửi bạn phiếu xin lỗi và hẹn lại ngày trả kết quả; nếu chưa nhận được, hãy liên hệ ${c.agency}.`,

    supplementTitle: 'Giấy tờ cần bổ sung',
    supplementRequested: 'Ngày yêu cầu',
    supplementReason: 'Lý do',
    supplementDocuments: 'Giấy tờ cần nộp thêm',

    historyTitle: 'Quá trình xử lý',
    historyEmpty: 'Chưa có bước xử lý nào được ghi lại.',
    historyUnit: 'Đơn vị: ',
    historyNote: 'Ghi chú: ',
  },
  {
    codeLabel: 'Dossier code',
    codeHint: 'Printed on your dossier receipt ("Giấy tiếp nhận hồ sơ và hẹn trả kết quả"), for example 000.00.53.H48-220921-0099.',
    submit: 'Look up',
    formLabel: 'Look up a dossier',
    scan: 'Scan the QR code on your receipt',
    scanFailed: 'The QR scanner could not be opened. Type the dossier code.',
    codeEmpty: 'Enter the dossier code.',
    codeChars: (chars: string[], hasSpace: boolean) =>
      [
        'A dossier code has only letters, digits and the signs . - _ /.',
        hasSpace ? 'Remove the spaces in the code.' : '',
        chars.length ? `Remove ${chars.join(', ')}.` : '',
      ]
        .filter(Boolean)
        .join(' '),

    verifierFallbackLabel: 'Verification information',
    verifierIntro: (code: string) => `To protect personal data, dossier ${code} needs verification information. Enter it, then select "Look up".`,
    verifierEmpty: (label: string) => `Enter the ${lowerFirst(label)}.`,
    verifierWrong: 'The verification information is not correct. Check it, then select "Look up".',
    verifierNeeded: (label: string) => `This dossier needs verification information: ${lowerFirst(label)}.`,

    loading: (code: string) => `Looking up dossier ${code}…`,
    failedTitle: 'The dossier could not be looked up.',
    notFoundTitle: 'Dossier not found',
    notFoundIntro: (code: string) => `There is no dossier with the code ${code}. Check:`,
    notFoundChecks: [
      'the code printed on your dossier receipt ("Giấy tiếp nhận hồ sơ và hẹn trả kết quả"), character by character;',
      'characters that look alike: zero (0) and the letter O, one (1) and the letters I or l, eight (8) and B;',
      'that the dots (.) and dashes (-) are in the right places.',
    ],
    notFoundHelp: 'A dossier submitted very recently may not be in the system yet. Try again later, or contact the office where you submitted it.',

    resultHeading: (code: string) => `Dossier ${code}`,
    loaded: (code: string, status: string, timeliness: string) =>
      `Found dossier ${code}. Status: ${status}.${timeliness ? ` ${timeliness}.` : ''}`,
    statusPrefix: 'Status: ',
    timelinessPrefix: 'Time limit: ',

    fields: {
      code: 'Dossier code',
      procedure: 'Procedure',
      agency: 'Receiving agency',
      applicant: 'Applicant',
      channel: 'Submitted',
      received: 'Received',
      due: 'Result due',
      finished: 'Completed',
      returned: 'Result returned',
    },
    channels: { online: 'Online', 'in-person': 'In person', postal: 'By public postal service' } as Record<string, string>,

    statuses: {
      1: 'Submitted',
      2: 'Accepted',
      3: 'Not accepted',
      4: 'In progress',
      5: 'Documents requested',
      6: 'Payment requested',
      7: 'Withdrawn by applicant',
      8: 'Processing stopped',
      9: 'Completed',
      10: 'Result returned',
    },

    timeliness: (t: Timeliness): string => {
      switch (t.kind) {
        case 'remaining':
          return t.days === 0 ? 'Due today' : `${days(t.days)} left`;
        case 'overdue':
          return `${days(t.days)} overdue`;
        case 'early':
          return `${days(t.days)} early`;
        case 'on-time':
          return 'On time';
        case 'late':
          return `${days(t.days)} late`;
      }
    },

    nextTitle: 'What to do next',
    next: {
      1: (c: NextStepContext) => [
        `Your dossier has been sent to ${c.agency} and is waiting to be checked and accepted.`,
        'You do not need to do anything yet. If documents are missing, the office will tell you.',
      ],
      2: () => [
        'Your dossier has been accepted and will be passed on to be handled.',
        'You do not need to do anything yet. Keep your dossier receipt: you will need it to collect the result.',
      ],
      3: (c: NextStepContext) => [
        'The office did not accept this dossier, so it will not be handled.',
        `The reason is in the history below. If you still need this procedure, prepare the dossier again with that reason in mind and submit a new one. If the reason is unclear, contact ${c.agency}.`,
      ],
      4: () => [
        'Your dossier is being handled.',
        'You do not need to do anything yet. The office will tell you if more documents are needed or when the result is ready.',
      ],
      5: (c: NextStepContext) => [
        'The office needs more documents to handle your dossier. It is paused until you send them.',
        `Send the requested documents to ${c.agency}, where you submitted the dossier, or on the public-service portal if you submitted online. Quote the dossier code ${c.code}.`,
      ],
      6: (c: NextStepContext) => [
        'You need to pay a fee, charge or other financial obligation (for example a tax) before your dossier is handled further.',
        `Pay as ${c.agency} has told you: online on the public-service portal, or at the one-stop desk. Quote the dossier code ${c.code}.`,
      ],
      7: () => [
        'The dossier was withdrawn at the applicant\'s request and will not be handled.',
        'You do not need to do anything. If you still need this procedure, submit a new dossier.',
      ],
      8: (c: NextStepContext) => [
        'The office has stopped handling this dossier.',
        `The reason is in the history below. If it is unclear, contact ${c.agency}. If you still need this procedure, you can submit a new dossier.`,
      ],
      9: (c: NextStepContext) => [
        'Your dossier has been handled and the result is waiting for you.',
        `Collect the result at the one-stop desk of ${c.agency}. Bring your dossier receipt and an identity document. If you asked for the result by post, it will be sent to you.`,
      ],
      10: (c: NextStepContext) => [
        'Your dossier is finished and the result has been returned. You do not need to do anything more.',
        `You can rate how satisfied you are with how it was handled on the public-service portal (with the dossier code ${c.code}) or at the one-stop desk of ${c.agency}.`,
      ],
    },
    overdueAdvice: (c: NextStepContext) =>
      `Your dossier is past its due date. The office must send you a letter of apology with a new date for the result; if you have not received one, contact ${c.agency}.`,

    supplementTitle: 'Documents requested',
    supplementRequested: 'Requested on',
    supplementReason: 'Reason',
    supplementDocuments: 'Documents to send',

    historyTitle: 'History',
    historyEmpty: 'No steps have been recorded yet.',
    historyUnit: 'Unit: ',
    historyNote: 'Note: ',
  },
);

/** "4 số cuối CCCD" stays as is; "Mã tra cứu" becomes "mã tra cứu" inside a sentence. Acronyms are kept. */
function lowerFirst(label: string): string {
  const [first, second] = [...label];
  if (!first || (second && second === second.toUpperCase() && second !== second.toLowerCase())) return label;
  return first.toLowerCase() + label.slice(first.length);
}

export type DossierMessages = (typeof dossierMessages)[Lang];
