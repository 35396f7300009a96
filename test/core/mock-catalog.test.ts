import { expect } from '@open-wc/testing';
import { scaledProcedures } from '../../src/mocks/catalog.js';
import { PROCEDURES } from '../../src/mocks/data/procedures.js';
import { sampleDossiers } from '../../src/mocks/data/dossiers.js';
import { timeliness } from '../../src/domain/timeliness.js';

describe('sample data', () => {
  it('scales the catalog deterministically to 1,671 and 20,000 procedures, real ones first', () => {
    const a = scaledProcedures(1671);
    const b = scaledProcedures(1671);
    expect(a.length).to.equal(1671);
    expect(JSON.stringify(a)).to.equal(JSON.stringify(b));
    expect(a.slice(0, PROCEDURES.length).map((p) => p.code)).to.deep.equal(PROCEDURES.map((p) => p.code));
    const big = scaledProcedures(20_000);
    expect(big.length).to.equal(20_000);
    expect(new Set(big.map((p) => p.code)).size, 'codes are unique').to.equal(20_000);
    expect(big.slice(PROCEDURES.length).every((p) => p.code.startsWith('9.') && !p.confirmed), 'generated codes never look official').to.equal(true);
    expect(new Set(big.map((p) => p.level))).to.deep.equal(new Set(['full', 'partial', 'info']));
  });

  it('has at least 40 procedures across the domains the widgets are shown with, at all three levels', () => {
    expect(PROCEDURES.length).to.be.at.least(40);
    const domains = new Set(PROCEDURES.map((p) => p.domain.name));
    for (const d of ['Hộ tịch', 'Chứng thực', 'Lý lịch tư pháp', 'Cư trú', 'Đường bộ', 'Bưu chính', 'Xúc tiến thương mại', 'Đất đai']) {
      expect([...domains].some((x) => x.includes(d)), d).to.equal(true);
    }
    expect(new Set(PROCEDURES.map((p) => p.level)).size).to.equal(3);
    expect(PROCEDURES.every((p) => typeof p.code === 'string')).to.equal(true);
  });

  it('has dossiers in every status, early, late, overdue, with days left, documents requested and a verifier', () => {
    const list = sampleDossiers();
    expect(new Set(list.map((d) => d.status))).to.deep.equal(new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
    const kinds = new Set<string | undefined>(list.map((d) => timeliness(d)?.kind));
    for (const k of ['early', 'on-time', 'late', 'remaining', 'overdue']) expect(kinds.has(k), k).to.equal(true);
    expect(list.some((d) => d.status === 5 && d.supplement?.documents?.length)).to.equal(true);
    expect(list.some((d) => d.verifier && d.verifierLabel)).to.equal(true);
  });
});
