import type { Lang } from '../../api/types.js';
import { defineMessages } from './define.js';

/** Why the camera could not be used: the photo of the receipt is offered instead. */
export type CameraProblem = 'denied' | 'missing' | 'failed';

/**
 * Messages of the tracker's QR scanning dialog. Downloaded with the scanner, only by citizens who press
 * "Quét mã QR trên giấy hẹn".
 */
export const qrScanMessages = defineMessages(
  {
    title: 'Quét mã QR trên giấy hẹn',
    intro:
      'Đưa mã QR in trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả vào khung hình. Hình ảnh chỉ được xử lý trên thiết bị của bạn, không gửi đi đâu.',
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
  },
  {
    title: 'Scan the QR code on your receipt',
    intro:
      'Hold the QR code printed on your dossier receipt ("Giấy tiếp nhận hồ sơ và hẹn trả kết quả") inside the frame. The picture is read on your device only and is not sent anywhere.',
    starting: 'Opening the camera…',
    looking: 'Looking for the QR code. Hold the receipt still, in good light.',
    camera: {
      denied: 'This page is not allowed to use the camera.',
      missing: 'No camera was found on this device.',
      failed: 'The camera could not be opened (another app may be using it).',
    },
    photoLabel: 'Choose a photo of the receipt',
    photoHint: 'A sharp, well-lit photo showing the whole QR code. It is read on your device only.',
    reading: 'Reading the photo…',
    noQrInPhoto: 'No QR code was found in this photo. Take it again closer and sharper, then choose it.',
    unreadablePhoto: 'This file could not be read. Choose a photo (JPG or PNG).',
    noCode: 'This QR code holds no dossier code. Scan the QR code on your dossier receipt, or select "Cancel" and type the code.',
    cancel: 'Cancel',
  },
);

export type QrScanMessages = (typeof qrScanMessages)[Lang];
