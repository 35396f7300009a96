import { html } from 'lit-html';
import { QR_SCANNER } from '../../base/build.js';
import { markVietnamese, vietnamese } from '../../base/language-of-parts.js';
import { lowerFirst } from '../../text/case.js';
import type { DossierMessages } from './dossier.js';

const RECEIPT = vietnamese('Giấy tiếp nhận hồ sơ và hẹn trả kết quả');

const en: DossierMessages = {
  codeLabel: 'Dossier code',
  // The receipt's Vietnamese title, marked as Vietnamese (language-of-parts.ts).
  codeHint: html`Printed on your dossier receipt (“${RECEIPT}”), for example 000.00.53.H48-220921-0099.`,
  submit: 'Look up',
  formLabel: 'Look up a dossier',
  // Only a build with the scanner shows these (the single file has no scan button).
  scan: QR_SCANNER ? 'Scan the QR code on your receipt' : '',
  scanFailed: QR_SCANNER ? 'The QR scanner could not be opened. Type the dossier code.' : '',
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
  // The label is the API's: Vietnamese, marked, where it does not translate (language-of-parts.ts).
  verifierEmpty: (label: string) => html`Enter the ${markVietnamese(lowerFirst(label))}.`,
  verifierWrong: 'The verification information is not correct. Check it, then select "Look up".',
  verifierNeeded: (label?: string) =>
    label ? html`This dossier needs verification information: ${markVietnamese(lowerFirst(label))}.` : 'This dossier needs verification information.',

  loading: (code: string) => `Looking up dossier ${code}…`,
  failedTitle: 'The dossier could not be looked up.',
  notRelocalized: "The dossier's details could not be loaded in English.",
  notFoundTitle: 'Dossier not found',
  notFoundIntro: (code: string) => `There is no dossier with the code ${code}. Check:`,
  notFoundChecks: [
    html`the code printed on your dossier receipt (“${RECEIPT}”), character by character;`,
    'characters that look alike: zero (0) and the letter O, one (1) and the letters I or l, eight (8) and B;',
    'that the dots (.) and dashes (-) are in the right places.',
  ],
  notFoundHelp: 'A dossier submitted very recently may not be in the system yet. Try again later, or contact the office where you submitted it.',
};

export default en;
