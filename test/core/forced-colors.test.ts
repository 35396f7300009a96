import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import { itNeeds } from '../helpers/engines.js';
import { API, until, useMockApi } from '../helpers/mock-api.js';

async function allWidgets(style = '') {
  const wrap = await fixture<HTMLElement>(html`<div style=${style}>
    <dvc-service-level-badge level="full"></dvc-service-level-badge>
    <dvc-procedure-search api-base=${API}></dvc-procedure-search>
    <dvc-dossier-tracker api-base=${API}></dvc-dossier-tracker>
    <dvc-feedback-form api-base=${API}></dvc-feedback-form>
  </div>`);
  const search = wrap.querySelector('dvc-procedure-search')!;
  const button = (await until(() => search.shadowRoot!.querySelector('[part="submit-button"]')))!;
  const pill = wrap.querySelector('dvc-service-level-badge')!.shadowRoot!.querySelector('[part="badge"]')!;
  return { wrap, button, pill };
}

describe('forced colours (Windows high contrast)', () => {
  beforeEach(() => useMockApi());

  itNeeds(
    'forced-colors',
    'the widgets take the system colours instead of the brand colours, and stay accessible',
    async () => {
      await executeServerCommand('forced-colors', { active: true });
      try {
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        const { wrap, button, pill } = await allWidgets();
        // The brand blue (#0b57a4) is replaced by the system's colours.
        expect(getComputedStyle(button).backgroundColor).not.to.equal('rgb(11, 87, 164)');
        expect(getComputedStyle(pill).borderTopStyle).to.equal('solid');
        for (const el of wrap.children) await expect(el).to.be.accessible();
      } finally {
        await executeServerCommand('forced-colors', { active: false });
      }
    },
    {
      check: 'the forced-colours rules stay out of normal rendering: a brand colour set by the page reaches the button, axe clean',
      run: async () => {
        expect(matchMedia('(forced-colors: none)').matches).to.equal(true);
        const { wrap, button } = await allWidgets('--dvc-color-primary: rgb(1, 2, 3)');
        expect(getComputedStyle(button).backgroundColor).to.equal('rgb(1, 2, 3)');
        for (const el of wrap.children) await expect(el).to.be.accessible();
      },
    },
  );
});
