import { MESSAGE_MAX } from '../../api/feedback.js';
import type { FeedbackKind, Lang, Rating } from '../../api/types.js';
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

const chars = (n: number) => (n === 1 ? 'character' : 'characters');

export const feedbackMessages = defineMessages(
  {
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
    tooMany: (n: number) => `Vượt quá ${formatNumber(n, 'vi')} ký tự`,
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
  },
  {
    context: { procedure: 'Procedure', dossier: 'Dossier' },
    ratingLegend: 'How satisfied are you with this service?',
    ratings: {
      'very-satisfied': 'Very satisfied',
      satisfied: 'Satisfied',
      dissatisfied: 'Dissatisfied',
    },
    commentLabel: 'Tell us more (optional)',
    petitionLabel: 'Your feedback or suggestion',
    petitionHint: 'Say what happened, when, where, and which office was involved.',
    limitHint: (max: number) => `You can enter up to ${formatNumber(max, 'en')} characters.`,
    remaining: (n: number) => `You have ${formatNumber(n, 'en')} ${chars(n)} remaining`,
    tooMany: (n: number) => `You have ${formatNumber(n, 'en')} ${chars(n)} too many`,
    contactLegend: 'Contact details (optional)',
    contactHint: 'Only fill these in if you would like a reply.',
    nameLabel: 'Full name',
    emailLabel: 'Email address',
    phoneLabel: 'Phone number',
    phoneHint: 'For example, 0912 345 678',
    consentStatement:
      'Your contact details are used only to answer this feedback. They are not shared with anyone else and not kept longer than needed.',
    consentLabel: 'I agree that the government office may use these contact details to reply to me.',
    consentHint: 'You only need to tick this if you have given contact details.',
    submit: { satisfaction: 'Send rating', petition: 'Send feedback' },
    sending: 'Sending…',
    sendingStatus: 'Sending your feedback…',
    summaryTitle: 'There is a problem',
    errorPrefix: 'Error:',
    errors: {
      'rating-required': 'Select how satisfied you are',
      'message-required': 'Enter your feedback or suggestion',
      'message-too-long': `Your message must be ${formatNumber(MESSAGE_MAX, 'en')} characters or fewer`,
      'email-format': 'Enter an email address in the correct format, like name@example.com',
      'phone-format': 'Enter a phone number in the correct format, like 0912 345 678 or +84 912 345 678',
      'consent-required': 'Tick the box to agree to send your contact details, or remove them',
    },
    sendFailed: 'Your feedback has not been sent. Everything you entered is still here.',
    challengeFailed: 'Your feedback has not been sent because the anti-spam check did not work. Please send it again.',
    sentTitle: { satisfaction: 'Rating sent', petition: 'Feedback sent' },
    sentThanks: {
      satisfaction: 'Thank you for your rating. The office uses ratings to improve its service and does not reply to each one.',
      petition: 'Thank you. The responsible office will consider your feedback and reply as the regulations require.',
    },
    reference: { satisfaction: 'Your reference number:', petition: 'Your reference number:' },
    keepReference: 'Keep this number to follow up on the reply.',
    startAgain: 'Send more feedback',
  },
);

export type FeedbackMessages = (typeof feedbackMessages)[Lang];
