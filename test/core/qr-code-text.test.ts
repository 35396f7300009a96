import { expect } from '@open-wc/testing';
import { findDossierCode } from '../../src/components/dossier-tracker/qr-code-text.js';

// What a receipt's QR code may hold, and the dossier code the tracker reads from it (SPEC 5.2).
const CODE = '000.00.53.H48-220921-0099';

const cases: [string, string, string | null][] = [
  ['a bare code', CODE, CODE],
  ['a bare code with spaces and a line break around it', `  ${CODE}\r\n`, CODE],
  ['another province’s format', 'CNTBD.181121.00334', 'CNTBD.181121.00334'],
  ['a link to a tracker page', `https://xa-a.example.gov.vn/tra-cuu?ma-ho-so=${CODE}`, CODE],
  ['a link with other parameters and a hash', `https://xa-a.example.gov.vn/tra-cuu?utm_source=giay-hen&ma-ho-so=${encodeURIComponent(CODE)}&lang=vi#ket-qua`, CODE],
  ['the tracker’s parameter, whatever the code looks like', 'https://xa-a.example.gov.vn/tra-cuu?ma-ho-so=HS2024-77', 'HS2024-77'],
  ['another parameter holding a code', `https://dichvucong.quangngai.gov.vn/tra-cuu-ho-so?nam=2022&maHoSo=${CODE}`, CODE],
  ['a code in the path', `https://dichvucong.quangngai.gov.vn/vi/ho-so/${CODE}/chi-tiet`, CODE],
  ['an encoded code in the path', `https://dichvucong.quangngai.gov.vn/ho-so/${encodeURIComponent('CNTBD.181121.00334')}`, 'CNTBD.181121.00334'],
  ['a single-page site’s route in the hash', `https://xa-a.example.gov.vn/#/tra-cuu?ma-ho-so=${CODE}`, CODE],
  ['a line of text around the code', `Mã hồ sơ: ${CODE}. Tra cứu tại dichvucong.gov.vn`, CODE],
  ['a link with no code', 'https://quangngai.gov.vn/tin-tuc/2025/07/lich-tiep-cong-dan', null],
  ['a link whose parameter holds an impossible code', 'https://xa-a.example.gov.vn/tra-cuu?ma-ho-so=%3Cscript%3E', null],
  ['a Wi-Fi QR code', 'WIFI:S:UBND-Xa;T:WPA;P:12345678;;', null],
  ['a product barcode number', '8934563138165', null],
  ['a date alone', '220921', null],
  ['plain words', 'Xin chào', null],
  ['nothing', '', null],
];

describe('findDossierCode (the text of a receipt’s QR code)', () => {
  for (const [what, text, expected] of cases) {
    it(`${what} → ${expected ?? 'no code'}`, () => {
      expect(findDossierCode(text, 'ma-ho-so')).to.equal(expected);
    });
  }

  it('reads the parameter the tracker’s code-param names first', () => {
    const link = `https://xa-a.example.gov.vn/tra-cuu?ma-ho-so=${CODE}&hs=CNTBD.181121.00334`;
    expect(findDossierCode(link, 'hs')).to.equal('CNTBD.181121.00334');
    expect(findDossierCode(link, 'ma-ho-so')).to.equal(CODE);
    expect(findDossierCode('https://x.example/?hs=HS-9', '')).to.equal(null);
  });
});
