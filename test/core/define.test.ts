import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/base/define.js';
import { DvcServiceLevelBadge } from '../../src/components/service-level-badge/service-level-badge.js';
import { VERSION } from '../../src/version.js';

describe('defining tags', () => {
  const warnings: string[] = [];
  const orig = console.warn;
  beforeEach(() => {
    warnings.length = 0;
    console.warn = (m: string) => warnings.push(m);
  });
  afterEach(() => (console.warn = orig));

  it('leaves a tag already defined alone, without error or warning for the same version', async () => {
    expect(customElements.get('dvc-service-level-badge')).to.equal(DvcServiceLevelBadge);
    // A second copy of the same version: a different class object, as a second bundle would have.
    class SecondCopy extends HTMLElement {
      static dvcVersion = VERSION;
    }
    expect(() => defineElement('dvc-service-level-badge', SecondCopy)).not.to.throw();
    expect(() => defineElement('dvc-service-level-badge', DvcServiceLevelBadge)).not.to.throw();
    expect(customElements.get('dvc-service-level-badge')).to.equal(DvcServiceLevelBadge);
    expect(warnings).to.deep.equal([]);
  });

  it('warns, naming both versions, when another version defined the tag first', () => {
    class Older extends HTMLElement {}
    defineElement('dvc-version-probe', Older);
    (customElements.get('dvc-version-probe') as unknown as { dvcVersion: string }).dvcVersion = '0.0.1';
    class Newer extends HTMLElement {}
    expect(() => defineElement('dvc-version-probe', Newer)).not.to.throw();
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('0.0.1').and.to.contain(VERSION).and.to.contain('<dvc-version-probe>');
  });
});
