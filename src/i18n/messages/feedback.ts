import type { FeedbackKind, Rating } from '../../api/types.js';
import { MESSAGE_MAX } from '../../api/vocabulary.js';
import { formatNumber } from '../format.js';
import { defineMessages } from './define.js';

/** What the form can say is wrong with a field, before anything is sent. */
export type FeedbackErrorCode =
  | 'rating-required'
  | 'message-required'
  | 'message-too-long'
  | 'email-format'
  | 'phone-format'
  | 'consent-required';

/** Messages of `<dvc-feedback-form>`. */
const vi = {
  context: { procedure: 'Thủ tục', dossier: 'Hồ sơ' },
  ratingLegend: 'Bạn có hài lòng với dịch vụ này không?',
  ratings: {
    'very-satisfied': 'Rất hài lòng',
    satisfied: 'Hài lòng',
    dissatisfied: 'Không hài lòng',
  } satisfies Record<Rating, string>,
  commentLabel: 'Ý kiến thêm (không bắt buộc)',
  petitionLabel: 'Nội dung phản ánh, kiến nghị',
  petitionHint: 'Nêu rõ sự việc, thời gian, địa điểm và cơ quan liên quan.',
  limitHint: (max: number) => `Tối đa ${formatNumber(max, 'vi')} ký tự.`,
  remaining: (n: number) => `Còn ${formatNumber(n, 'vi')} ký tự`,
  tooMany: (n: number) => `Thừa ${formatNumber(n, 'vi')} ký tự`,
  contactLegend: 'Thông tin liên hệ (không bắt buộc)',
  contactHint: 'Chỉ điền nếu bạn muốn được trả lời.',
  nameLabel: 'Họ và tên',
  emailLabel: 'Email',
  phoneLabel: 'Số điện thoại',
  phoneHint: 'Ví dụ: 0912 345 678',
  consentStatement:
    'Thông tin liên hệ chỉ được dùng để trả lời góp ý này, không chia sẻ cho bên khác và không lưu giữ lâu hơn thời gian cần thiết.',
  consentLabel: 'Tôi đồng ý cho cơ quan nhà nước dùng thông tin liên hệ trên để trả lời tôi.',
  consentHint: 'Chỉ cần đánh dấu nếu bạn có điền thông tin liên hệ.',
  submit: { satisfaction: 'Gửi đánh giá', petition: 'Gửi phản ánh, kiến nghị' },
  sending: 'Đang gửi…',
  sendingStatus: 'Đang gửi góp ý của bạn…',
  checkingStatus: 'Đang chờ kiểm tra chống thư rác…',
  summaryTitle: 'Có lỗi cần sửa',
  errorPrefix: 'Lỗi:',
  errors: {
    'rating-required': 'Chọn mức độ hài lòng của bạn',
    'message-required': 'Nhập nội dung phản ánh, kiến nghị',
    'message-too-long': `Nội dung chỉ được có tối đa ${formatNumber(MESSAGE_MAX, 'vi')} ký tự`,
    'email-format': 'Nhập địa chỉ email đúng dạng, ví dụ: ten@example.com',
    'phone-format': 'Nhập số điện thoại đúng dạng, ví dụ: 0912 345 678 hoặc +84 912 345 678',
    'consent-required': 'Đánh dấu vào ô đồng ý để gửi kèm thông tin liên hệ, hoặc xóa thông tin liên hệ',
  } satisfies Record<FeedbackErrorCode, string>,
  sendFailed: 'Chưa gửi được góp ý. Nội dung bạn nhập vẫn được giữ nguyên.',
  challengeFailed: 'Chưa gửi được góp ý vì bước kiểm tra chống thư rác không thành công. Vui lòng gửi lại.',
  // Each confirmation says what happens next: a petition is answered, a rating is not.
  sentTitle: { satisfaction: 'Đã gửi đánh giá', petition: 'Đã gửi phản ánh, kiến nghị' } satisfies Record<FeedbackKind, string>,
  sentThanks: {
    satisfaction: 'Cảm ơn bạn đã đánh giá. Cơ quan dùng các đánh giá để cải thiện dịch vụ, không trả lời riêng từng đánh giá.',
    petition: 'Cảm ơn bạn. Cơ quan có thẩm quyền sẽ xem xét và trả lời phản ánh, kiến nghị của bạn theo quy định.',
  } satisfies Record<FeedbackKind, string>,
  reference: { satisfaction: 'Mã số đánh giá của bạn:', petition: 'Mã số phản ánh, kiến nghị của bạn:' } satisfies Record<FeedbackKind, string>,
  keepReference: 'Hãy ghi lại mã số này để theo dõi việc trả lời.',
  startAgain: 'Gửi góp ý khác',
};

export type FeedbackMessages = typeof vi;

export const feedbackMessages = defineMessages(vi, { en: () => import('./feedback.en.js') });
