import { defineMessages } from './define.js';
import type { MarkedText } from '../../base/language-of-parts.js';

/** Why the camera could not be used: the photo of the receipt is offered instead. */
export type CameraProblem = 'denied' | 'missing' | 'failed';

/**
 * Messages of the tracker's QR scanning dialog. Downloaded with the scanner, only by citizens who press
 * "Quét mã QR trên giấy hẹn".
 */
const vi = {
  title: 'Quét mã QR trên giấy hẹn',
  intro: <MarkedText>(
    'Đưa mã QR in trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả vào khung hình. Hình ảnh chỉ được xử lý trên thiết bị của bạn, không gửi đi đâu.'
  ),
  starting: 'Đang mở camera…',
  looking: 'Đang tìm mã QR. Giữ giấy hẹn yên trong khung hình, đủ sáng.',
  camera: {
    denied: 'Bạn chưa cho phép trang dùng camera.',
    missing: 'Không tìm thấy camera trên thiết bị này.',
    failed: 'Không mở được camera (có thể ứng dụng khác đang dùng).',
  } satisfies Record<CameraProblem, string>,
  photoLabel: 'Chọn ảnh chụp giấy hẹn',
  photoHint: 'Chụp rõ, đủ sáng, thấy trọn mã QR. Ảnh chỉ được đọc trên thiết bị của bạn.',
  reading: 'Đang đọc ảnh…',
  noQrInPhoto: 'Không thấy mã QR trong ảnh này. Hãy chụp lại gần hơn, rõ hơn rồi chọn lại.',
  unreadablePhoto: 'Không đọc được tệp này. Hãy chọn một ảnh chụp (JPG hoặc PNG).',
  noCode:
    'Mã QR này không chứa mã hồ sơ. Hãy quét mã QR trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả, hoặc bấm “Hủy” rồi nhập mã hồ sơ.',
  cancel: 'Hủy',
};

export type QrScanMessages = typeof vi;

export const qrScanMessages = defineMessages(vi, { en: () => import('./qr-scan.en.js') });
