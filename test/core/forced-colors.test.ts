import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import { API, until, useMockApi } from '../helpers/mock-api.js';

describe('forced colours (Windows high contrast)', () => {
  before(() => executeServerCommand('forced-colors', { active: true }));
  after(() => executeServerCommand('forced-colors', { active: false }));
  beforeEach(() => useMockApi());

  it('the widgets take the system colours instead of the brand colours, and stay accessible', async () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const wrap = await fixture<HTMLElement>(html`<div>
      <dvc-service-level-badge level="full"></dvc-service-level-badge>
      <dvc-procedure-search api-base=${API}></dvc-procedure-search>
      <dvc-dossier-tracker api-base=${API}></dvc-dossier-tracker>
      <dvc-feedback-form api-base=${API}></dvc-feedback-form>
    </div>`);
    const search = wrap.querySelector('dvc-procedure-search')!;
    await until(() => search.shadowRoot!.querySelector('[part="submit-button"]'));
    const button = search.shadowRoot!.querySelector('[part="submit-button"]')!;
    // The brand blue (#0b57a4) is replaced by the system's colours.
    expect(getComputedStyle(button).backgroundColor).not.to.equal('rgb(11, 87, 164)');
    const pill = wrap.querySelector('dvc-service-level-badge')!.shadowRoot!.querySelector('[part="badge"]')!;
    expect(getComputedStyle(pill).borderTopStyle).to.equal('solid');
    for (const el of wrap.children) await expect(el).to.be.accessible();
  });
});
