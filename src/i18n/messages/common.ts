import type { ApiError } from '../../api/errors.js';
import type { Lang } from '../../api/types.js';
import { formatNumber } from '../format.js';
import { defineMessages } from './define.js';

/** Messages every widget shares: configuration and API failures. */
const vi = {
  configMissing: 'Tiện ích chưa được cấu hình địa chỉ hệ thống dịch vụ công.',
  configHint: 'Quản trị trang: thêm thuộc tính api-base cho thẻ này, hoặc thẻ <meta name="dvc-api-base" content="…"> cho cả trang.',
  loading: 'Đang tải…',
  retry: 'Thử lại',
  errors: {
    'not-found': 'Không tìm thấy thông tin yêu cầu.',
    validation: 'Thông tin gửi đi chưa hợp lệ.',
    'verifier-required': 'Cần thêm thông tin xác minh.',
    // Not "Bạn đã gửi…": badges send their requests themselves, and a limit is often per address, shared by a
    // commune office or a mobile network; the citizen may have sent nothing.
    'rate-limited': 'Có quá nhiều yêu cầu gửi đến trong thời gian ngắn.',
    unavailable: 'Hệ thống dịch vụ công đang tạm ngừng hoặc quá tải.',
    server: 'Hệ thống dịch vụ công đang gặp sự cố.',
    network: 'Không kết nối được với hệ thống dịch vụ công. Vui lòng kiểm tra kết nối mạng.',
    timeout: 'Hệ thống dịch vụ công phản hồi quá lâu.',
    'bad-answer': 'Hệ thống dịch vụ công trả về dữ liệu không đúng định dạng.',
    aborted: '',
  } satisfies Record<ApiError['kind'], string>,
  tryAgainNow: 'Vui lòng thử lại.',
  tryAgainIn: (seconds: number) =>
    seconds >= 90
      ? `Vui lòng thử lại sau khoảng ${formatNumber(Math.ceil(seconds / 60), 'vi')} phút.`
      : `Vui lòng thử lại sau ${formatNumber(seconds, 'vi')} giây.`,
};

export type CommonMessages = typeof vi;

export const commonMessages = defineMessages(vi, { en: () => import('./common.en.js') });

/** The full sentence a citizen reads for an API failure: what happened, then when to try again. */
export function describeError(error: ApiError, lang: Lang): string {
  const m = commonMessages[lang];
  const what = m.errors[error.kind] || m.errors.server;
  if (error.retryAfter !== undefined && error.retryAfter > 0) return `${what} ${m.tryAgainIn(error.retryAfter)}`;
  return error.retryable ? `${what} ${m.tryAgainNow}` : what;
}
