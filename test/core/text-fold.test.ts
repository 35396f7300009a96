import { expect } from '@open-wc/testing';
import { fold, highlight } from '../../src/text/fold.js';

const marked = (text: string, q: string) => highlight(text, q).filter((s) => s.match).map((s) => s.text);

describe('Vietnamese text folding', () => {
  it('ignores case and diacritics, and folds đ to d', () => {
    expect(fold('Đăng ký khai sinh')).to.equal('dang ky khai sinh');
    expect(fold('ĐĂNG KÝ KẾT HÔN')).to.equal('dang ky ket hon');
    expect(fold('đường bộ')).to.equal('duong bo');
  });

  it('folds the look-alike Ð (U+00D0) of text converted from older Vietnamese encodings to d, as Đ', () => {
    // "Ðăng ký" with U+00D0 looks the same as "Đăng ký" (U+0110) on screen; a citizen types "dang ky".
    expect(fold('\u00d0ăng ký kết hôn')).to.equal('dang ky ket hon');
    expect(fold('\u00f0ất')).to.equal('dat');
    expect(marked('\u00d0ăng ký kết hôn', 'dang')).to.deep.equal(['\u00d0ăng']);
    expect(marked('\u00d0ăng ký kết hôn', 'đăng')).to.deep.equal(['\u00d0ăng']);
  });

  it('folds the look-alike ƣ (U+01A3) of text copied out of PDF documents to u, as ư', () => {
    // "ngƣời nƣớc ngoài" with U+01A3 looks like "người nước ngoài" on screen; a citizen types either spelling.
    const name = 'Cấp giấy phép cho ng\u01a3ời n\u01b0ớc ngoài, \u01a2U TIÊN';
    expect(fold(name)).to.equal('cap giay phep cho nguoi nuoc ngoai, uu tien');
    expect(fold('ng\u01a3ời')).to.equal(fold('người'));
    expect(marked(name, 'người nước')).to.deep.equal(['ng\u01a3ời', 'n\u01b0ớc']);
  });

  it('ignores invisible characters inside words and highlights the word whole', () => {
    // A soft hyphen (U+00AD) or a zero-width space (U+200B) copied with a name splits nothing on screen.
    expect(fold('si\u00adnh')).to.equal('sinh');
    expect(fold('Đăng\u200b ký\u200c khai\ufeff sinh\u200c\u200d')).to.equal('dang ky khai sinh');
    expect(marked('Đăng ký khai si\u00adnh', 'sinh')).to.deep.equal(['si\u00adnh']);
    expect(highlight('Đăng ký khai si\u200bnh', 'sinh', true).filter((s) => s.match).map((s) => s.text)).to.deep.equal(['si\u200bnh']);
  });

  it('treats precomposed (NFC) and combining (NFD) input alike', () => {
    const nfc = 'Chứng thực'.normalize('NFC');
    const nfd = 'Chứng thực'.normalize('NFD');
    expect(nfc).not.to.equal(nfd);
    expect(fold(nfc)).to.equal(fold(nfd));
    expect(fold(nfd)).to.equal('chung thuc');
  });

  it('highlights query words in the original spelling', () => {
    expect(marked('Đăng ký khai sinh', 'dang ky')).to.deep.equal(['Đăng', 'ký']);
    expect(marked('Đăng ký khai sinh', 'KHAI')).to.deep.equal(['khai']);
    expect(marked('Cấp Phiếu lý lịch tư pháp', 'ly lich')).to.deep.equal(['lý', 'lịch']);
    expect(marked('Đường bộ', 'đ')).to.deep.equal(['Đ']);
    expect(marked('Đường bộ', 'd')).to.deep.equal(['Đ']);
  });

  it('highlights an NFD query against NFC text and keeps the whole text', () => {
    const segments = highlight('Đăng ký thường trú', 'thường'.normalize('NFD'));
    expect(segments.map((s) => s.text).join('')).to.equal('Đăng ký thường trú');
    expect(segments.filter((s) => s.match).map((s) => s.text)).to.deep.equal(['thường']);
  });

  it('with wordStart, marks only the starts of words, cutting words at anything not a letter or digit', () => {
    const starts = (text: string, q: string) => highlight(text, q, true).filter((s) => s.match).map((s) => s.text);
    expect(starts('Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm', 'an')).to.deep.equal(['an']);
    expect(marked('Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm', 'an')).to.deep.equal(['ận', 'an', 'àn']);
    expect(starts('Đăng ký kết hôn', 'dang ky ket ho')).to.deep.equal(['Đăng', 'ký', 'kết', 'hô']);
    expect(starts('Tách thửa đất, hợp thửa đất', 'đất,')).to.deep.equal(['đất', 'đất']);
    expect(starts('Đăng ký khai sinh', 'inh')).to.deep.equal([]);
    expect(starts('Đăng ký thường trú', 'THƯỜNG'.normalize('NFD'))).to.deep.equal(['thường']);
    expect(starts('Đường bộ', 'đ')).to.deep.equal(['Đ']);
    expect(highlight('Đăng ký', 'dang', true).map((s) => s.text).join('')).to.equal('Đăng ký');
  });

  it('foldedTokens cuts names, codes and queries the way the catalog search does', async () => {
    const { foldedTokens } = await import('../../src/text/fold.js');
    expect(foldedTokens('Tách thửa đất, hợp thửa đất')).to.deep.equal(['tach', 'thua', 'dat', 'hop', 'thua', 'dat']);
    expect(foldedTokens('1.001193.000.00.00.H56')).to.deep.equal(['1', '001193', '000', '00', '00', 'h56']);
    expect(foldedTokens('  Đ  ')).to.deep.equal(['d']);
    expect(foldedTokens('—')).to.deep.equal([]);
  });

  it('returns the text unmarked for an empty query or no match', () => {
    expect(highlight('Đăng ký', '  ')).to.deep.equal([{ text: 'Đăng ký', match: false }]);
    expect(marked('Đăng ký', 'xyz')).to.deep.equal([]);
  });
});

describe('bidirectional controls in API text', () => {
  it('are removed, and nothing else is', async () => {
    const { stripBidiControls, stripBidiControlsDeep } = await import('../../src/text/bidi.js');
    expect(stripBidiControls('\u202Eexe.fdp\u202C Đăng ký')).to.equal('exe.fdp Đăng ký');
    expect(stripBidiControlsDeep({ a: ['x\u2066y\u2069'], n: 3, b: { c: '\u202Bz' } })).to.deep.equal({ a: ['xy'], n: 3, b: { c: 'z' } });
  });
});
