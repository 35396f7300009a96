import { QR_SCANNER } from '../../base/build.js';
import type { MarkedText } from '../../base/language-of-parts.js';
import { lowerFirst } from '../../text/case.js';
import { defineMessages } from './define.js';

/**
 * Messages of `<dvc-dossier-tracker>`'s lookup form: the code, the verifier, and a lookup that did not find or
 * reach the dossier. What the dossier view says is in dossier-view.ts, fetched with the view.
 */
const vi = {
  codeLabel: 'Mã hồ sơ',
  codeHint: <MarkedText>'In trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả, ví dụ 000.00.53.H48-220921-0099.',
  submit: 'Tra cứu',
  formLabel: 'Tra cứu hồ sơ',
  // Only a build with the scanner shows these (the single file has no scan button).
  scan: QR_SCANNER ? 'Quét mã QR trên giấy hẹn' : '',
  scanFailed: QR_SCANNER ? 'Chưa mở được trình quét mã QR. Hãy nhập mã hồ sơ.' : '',
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
  verifierEmpty: (label: string): MarkedText => `Nhập ${lowerFirst(label)}.`,
  verifierWrong: 'Thông tin xác minh chưa đúng. Kiểm tra lại rồi bấm “Tra cứu”.',
  // Without the API's label, the sentence ends there: "…thông tin xác minh: thông tin xác minh." said it twice.
  verifierNeeded: (label?: string): MarkedText => `Hồ sơ cần thêm thông tin xác minh${label ? `: ${lowerFirst(label)}` : ''}.`,

  loading: (code: string) => `Đang tra cứu hồ sơ ${code}…`,
  failedTitle: 'Chưa tra cứu được hồ sơ.',
  notRelocalized: 'Chưa tải lại được thông tin hồ sơ bằng tiếng Việt.',
  notFoundTitle: 'Không tìm thấy hồ sơ',
  notFoundIntro: (code: string) => `Không có hồ sơ nào mang mã ${code}. Hãy kiểm tra:`,
  notFoundChecks: <MarkedText[]>[
    'mã hồ sơ in trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả, gõ lại từng ký tự;',
    'các ký tự dễ nhầm: số 0 và chữ O, số 1 và chữ I hoặc l, số 8 và chữ B;',
    'dấu chấm (.) và dấu gạch ngang (-) đúng vị trí.',
  ],
  notFoundHelp: 'Nếu hồ sơ vừa nộp, hệ thống có thể chưa cập nhật. Hãy thử lại sau hoặc liên hệ nơi đã nộp hồ sơ.',
};

export type DossierMessages = typeof vi;

export const dossierMessages = defineMessages(vi, { en: () => import('./dossier.en.js') });
