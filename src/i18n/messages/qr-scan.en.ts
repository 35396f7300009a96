import { html } from 'lit-html';
import { vietnamese } from '../../base/language-of-parts.js';
import type { QrScanMessages } from './qr-scan.js';

const en: QrScanMessages = {
  title: 'Scan the QR code on your receipt',
  intro:
    html`Hold the QR code printed on your dossier receipt (“${vietnamese('Giấy tiếp nhận hồ sơ và hẹn trả kết quả')}”) inside the frame. The picture is read on your device only and is not sent anywhere.`,
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
};

export default en;
