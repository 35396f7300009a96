import { expect } from '@open-wc/testing';
import { buildSearchIndex, searchIndex, type Filters } from '../../src/catalog/search-index.js';
import { catalogIndexOf } from '../../src/mocks/catalog-folder.js';
import { sampleCatalog } from '../../src/mocks/catalog.js';
import { fold } from '../../src/text/fold.js';

const { procedures } = catalogIndexOf(sampleCatalog());
const index = buildSearchIndex(procedures);
const names = (q: string, filters?: Filters) => searchIndex(index, q, filters).map((i) => procedures[i].name);
const codes = (q: string, filters?: Filters) => searchIndex(index, q, filters).map((i) => procedures[i].code);

/** Every procedure whose name, code, domain or agency has a word starting with each query word: the rule, spelled out slowly. */
function byTheRule(q: string): string[] {
  const words = (s: string) => fold(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return procedures
    .filter((p) => {
      const all = [p.name, p.code, p.domain.name, p.agency.name].flatMap(words);
      return words(q).every((w) => all.some((x) => x.startsWith(w)));
    })
    .map((p) => p.code)
    .sort();
}

describe('static catalog search: which procedures match', () => {
  // query → what a citizen typed it for; the set must be exactly the rule's (word starts, any of four fields).
  const QUERIES = [
    'khai sinh', 'dang ky khai sinh', 'ĐĂNG KÝ KẾT HÔN', 'đất', 'dat', 'Đ', 'đ', 'chung thuc ban', 'cap gi', 'ho tich',
    'cam thanh', 'tu phap', 'an', 'xe o to', '1.001193', '001193', '2.000815', 'thuong tru', 'lý lịch tư pháp',
  ];
  for (const q of QUERIES) {
    it(`"${q}" finds exactly the procedures with a word starting with each query word`, () => {
      const found = codes(q).sort();
      expect(found).to.deep.equal(byTheRule(q));
      expect(found.length, 'the table must test something').to.be.greaterThan(0);
    });
  }

  it('ignores diacritics, case, đ/Đ and decomposed (NFD) input alike', () => {
    const reference = codes('dang ky ket hon');
    for (const q of ['đăng ký kết hôn', 'ĐĂNG KÝ KẾT HÔN', 'Dang Ky Ket Hon', 'đăng ký kết hôn'.normalize('NFD'), 'ĐĂNG KÝ KẾT HÔN'.normalize('NFD')]) {
      expect(codes(q), q).to.deep.equal(reference);
    }
    expect(codes('Đất')).to.deep.equal(codes('dat'));
    expect(codes('đ')).to.deep.equal(codes('D'));
  });

  it('finds a name copied out of a PDF with the look-alike ƣ (U+01A3) for ư, by either spelling', () => {
    const copied = { ...procedures[0], code: '9.000001', name: 'Cấp thẻ tạm trú cho ng\u01a3ời n\u01a3ớc ngoài' };
    const own = buildSearchIndex([...procedures, copied]);
    for (const q of ['người nước ngoài', 'nguoi nuoc', 'ng\u01a3ời']) {
      expect(searchIndex(own, q).map((i) => [...procedures, copied][i].code), q).to.include('9.000001');
    }
  });

  it('finds a name with invisible characters inside its words (soft hyphen, zero-width space, non-joiner or joiner, BOM)', () => {
    // Names copied from a word processor or a web page carry them; nobody sees them, and nobody types them.
    const invisible = ['\u00ad', '\u200b', '\u200c', '\u200d', '\ufeff'];
    const copied = invisible.map((mark, i) => ({ ...procedures[0], code: `9.00010${i}`, name: `Đăng ký khai si${mark}nh cho trẻ em` }));
    const all = [...procedures, ...copied];
    const own = buildSearchIndex(all);
    for (const q of ['khai sinh', 'sinh', 'si']) {
      const found = searchIndex(own, q).map((i) => all[i].code);
      expect(copied.filter((c) => !found.includes(c.code)).map((c) => c.code), q).to.deep.equal([]);
    }
    // Nor does the inside of a word match because a mark cut it: "nh" starts no word of "khai si\u00adnh".
    expect(searchIndex(own, 'nh').map((i) => all[i].code).filter((c) => c.startsWith('9.'))).to.deep.equal([]);
  });

  it('matches word starts only, not the inside of words', () => {
    // "inh" is inside "sinh" and "định": an API may match it, the catalog does not.
    expect(names('inh')).to.deep.equal([]);
    // "an" starts "an toàn" (a name and a domain) but is only inside "thành", "toàn", "bản".
    const an = names('an');
    expect(an).to.include('Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm');
    expect(an).not.to.include('Đăng ký thành lập hộ kinh doanh');
    expect(an).not.to.include('Đăng ký khai sinh');
  });

  it('finds a procedure by its code, whole or without its leading group, and by a code begun', () => {
    expect(names('1.001193')).to.deep.equal(['Đăng ký khai sinh']);
    expect(names('001193')).to.deep.equal(['Đăng ký khai sinh']);
    expect(names('1.0011')).to.deep.equal(['Đăng ký khai sinh']);
    expect(names('2.000815')).to.deep.equal(['Chứng thực bản sao từ bản chính giấy tờ, văn bản']);
  });

  it('matches words of the domain and of the agency, ranked after matches in the name', () => {
    // "Cấp lại Giấy chứng nhận do bị mất" has no "đất" in its name: found through its domain "Đất đai", last.
    const dat = names('đất');
    expect(dat.at(-1)).to.equal('Cấp lại Giấy chứng nhận do bị mất');
    expect(dat.slice(0, -1).every((n) => /đất/i.test(n))).to.equal(true);
    // Every procedure of UBND phường Cẩm Thành, and nothing else.
    const camThanh = searchIndex(index, 'cam thanh').map((i) => procedures[i].agency.code);
    expect(new Set(camThanh)).to.deep.equal(new Set(['XA-CAMTHANH']));
    expect(camThanh.length).to.equal(procedures.filter((p) => p.agency.code === 'XA-CAMTHANH').length);
  });

  it('an empty query lists every procedure (with the filters) in the catalog\'s order', () => {
    expect(codes('')).to.deep.equal(procedures.map((p) => p.code));
    expect(codes('  ', { domain: 'CUTRU' })).to.deep.equal(procedures.filter((p) => p.domain.code === 'CUTRU').map((p) => p.code));
  });

  it('applies every filter exactly, with or without words', () => {
    const f: Filters = { domain: 'HT', tier: 'commune', level: 'full' };
    const expected = procedures.filter((p) => p.domain.code === 'HT' && p.tier === 'commune' && p.level === 'full').map((p) => p.code);
    expect(codes('', f)).to.deep.equal(expected);
    expect(codes('dang ky', f).sort()).to.deep.equal(expected.filter((c) => byTheRule('dang ky').includes(c)).sort());
    expect(codes('', { agency: 'CAT' })).to.deep.equal(procedures.filter((p) => p.agency.code === 'CAT').map((p) => p.code));
    expect(codes('khai sinh', { agency: 'NOPE' })).to.deep.equal([]);
  });
});

describe('static catalog search: ranking', () => {
  // query → the first results, in order. Name matches first, then the whole phrase, then shorter names.
  const TABLE: [string, string[]][] = [
    ['khai sinh', ['Đăng ký khai sinh', 'Đăng ký lại khai sinh', 'Đăng ký khai sinh có yếu tố nước ngoài']],
    // All four words are in "Đăng ký lại khai sinh" too, but not as the phrase: it comes after the phrases.
    [
      'dang ky khai sinh',
      ['Đăng ký khai sinh', 'Đăng ký khai sinh có yếu tố nước ngoài', 'Đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con', 'Đăng ký lại khai sinh'],
    ],
    ['ĐĂNG KÝ KẾT HÔN', ['Đăng ký kết hôn', 'Đăng ký kết hôn có yếu tố nước ngoài']],
    ['ket hon', ['Đăng ký kết hôn', 'Đăng ký kết hôn có yếu tố nước ngoài']],
    ['thường trú'.normalize('NFD'), ['Đăng ký thường trú', 'Xóa đăng ký thường trú']],
    ['tam tru', ['Đăng ký tạm trú', 'Gia hạn tạm trú']],
    // Same length: the catalog's order decides.
    ['giay phep lai xe', ['Cấp giấy phép lái xe', 'Đổi giấy phép lái xe']],
    ['chung thuc', ['Chứng thực chữ ký trong các giấy tờ, văn bản', 'Chứng thực bản sao từ bản chính giấy tờ, văn bản']],
    ['ly lich tu phap', ['Cấp Phiếu lý lịch tư pháp cho công dân']],
    // Domain words: names that say "hộ tịch" first, then the rest of the domain Hộ tịch.
    ['ho tich', ['Cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh', 'Thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc']],
    ['ho kinh doanh', ['Đăng ký thành lập hộ kinh doanh', 'Chấm dứt hoạt động hộ kinh doanh']],
  ];
  for (const [q, first] of TABLE) {
    it(`"${q}" → ${first.join(' · ')}`, () => {
      expect(names(q).slice(0, first.length)).to.deep.equal(first);
    });
  }

  it('ranks a name written in NFD (decomposed marks) by its letters, as the same name in NFC', () => {
    // The shorter name first, whichever form a hand-made catalog wrote it in: NFD adds a code unit per mark.
    const short = 'Đăng ký kết hôn';
    const long = 'Đăng ký lại kết hôn';
    const at = (name: string, code: string) => ({ ...procedures[0], name, code });
    for (const [a, b] of [[short.normalize('NFD'), long], [long, short.normalize('NFD')], [short, long.normalize('NFD')]]) {
      const list = [at(a, '9.000001'), at(b, '9.000002')];
      const order = searchIndex(buildSearchIndex(list), 'ket hon').map((i) => list[i].name.normalize('NFC'));
      expect(order).to.deep.equal([short, long]);
    }
  });

  it('puts names with more query words before names found through their domain or agency', () => {
    const found = searchIndex(index, 'dang ky ho tich');
    const inName = found.map((i) => fold(procedures[i].name)).map((n) => ['dang', 'ky', 'ho', 'tich'].filter((w) => new RegExp(`(^|[^a-z0-9])${w}`).test(n)).length);
    expect(inName).to.deep.equal([...inName].sort((a, b) => b - a));
  });
});
