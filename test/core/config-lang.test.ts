import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { resolveApiBase } from '../../src/base/config.js';
import { LangController, normalizeLang, resolveLang } from '../../src/i18n/lang.js';
import { formatNumber, formatPercent, plural } from '../../src/i18n/format.js';
import { itNeeds } from '../helpers/engines.js';
import { until } from '../helpers/mock-api.js';

class LangProbe extends LitElement {
  readonly langs = new LangController(this);
  override render() {
    return html`${this.langs.lang}`;
  }
}
customElements.define('lang-probe', LangProbe);

describe('configuration', () => {
  afterEach(() => document.querySelectorAll('meta[name="dvc-api-base"]').forEach((m) => m.remove()));

  it('takes api-base from the element, else the page meta, else nothing', async () => {
    const el = await fixture(html`<div></div>`);
    expect(resolveApiBase(el)).to.equal(null);
    const meta = document.createElement('meta');
    meta.name = 'dvc-api-base';
    meta.content = ' https://meta.test/api/v1 ';
    document.head.append(meta);
    expect(resolveApiBase(el)).to.equal('https://meta.test/api/v1');
    el.setAttribute('api-base', 'https://own.test/api/v1');
    expect(resolveApiBase(el)).to.equal('https://own.test/api/v1');
  });
});

describe('language', () => {
  it('normalizes tags and falls back to Vietnamese', () => {
    expect(normalizeLang('vi-VN')).to.equal('vi');
    expect(normalizeLang('EN_gb')).to.equal('en');
    expect(normalizeLang('fr')).to.equal('vi');
    expect(normalizeLang(null)).to.equal('vi');
  });

  it('resolves from the element, then the nearest ancestor, across shadow roots', async () => {
    const outer = await fixture(html`<section lang="en"><div><span></span></div></section>`);
    const span = outer.querySelector('span')!;
    expect(resolveLang(span)).to.equal('en');
    span.setAttribute('lang', 'vi');
    expect(resolveLang(span)).to.equal('vi');
    const host = outer.querySelector('div')!;
    const inner = document.createElement('b');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(resolveLang(inner)).to.equal('en');
  });

  it('re-renders when lang changes on the element or an ancestor at run time', async () => {
    const wrap = await fixture<HTMLElement>(html`<div lang="vi"><lang-probe></lang-probe></div>`);
    const probe = wrap.querySelector('lang-probe') as LangProbe;
    await probe.updateComplete;
    expect(probe.shadowRoot!.textContent).to.contain('vi');
    wrap.setAttribute('lang', 'en');
    await until(() => probe.shadowRoot!.textContent!.includes('en'));
    probe.setAttribute('lang', 'vi-VN');
    await until(() => probe.shadowRoot!.textContent!.includes('vi'));
    document.documentElement.setAttribute('lang', 'en');
    probe.removeAttribute('lang');
    wrap.removeAttribute('lang');
    await until(() => probe.shadowRoot!.textContent!.includes('en'));
    document.documentElement.removeAttribute('lang');
  });
});

describe('number formats', () => {
  it('formats percentages and numbers the Vietnamese way', () => {
    expect(formatPercent(0.623, 'vi')).to.equal('62,3\u00a0%');
    expect(formatPercent(0.623, 'en')).to.equal('62.3%');
    expect(formatNumber(1671, 'vi')).to.equal('1.671');
    expect(formatNumber(1671, 'en')).to.equal('1,671');
  });

  it('chooses plural forms through Intl', () => {
    const forms = { one: '{n} procedure', other: '{n} procedures' };
    expect(plural(1, 'en', forms)).to.equal('1 procedure');
    expect(plural(12, 'en', forms)).to.equal('12 procedures');
    expect(plural(1, 'vi', { other: '{n} thủ tục' })).to.equal('1 thủ tục');
  });
});

describe('version', () => {
  it('matches package.json', async () => {
    const { VERSION } = await import('../../src/version.js');
    const pkg = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(pkg.version);
  });
});

describe('colour scheme', () => {
  const badgeIn = async () => {
    await import('../../src/components/service-level-badge/service-level-badge.js');
    const wrap = await fixture<HTMLElement>(html`<div><dvc-service-level-badge level="full"></dvc-service-level-badge></div>`);
    return { wrap, textColor: () => getComputedStyle(wrap.firstElementChild!).color };
  };
  const LIGHT_TEXT = 'rgb(27, 31, 36)';
  const DARK_TEXT = 'rgb(232, 234, 237)';

  itNeeds(
    'color-scheme',
    'follows the page: light by default, dark when the page says so and the citizen prefers dark',
    async () => {
      const { emulateMedia } = await import('@web/test-runner-commands');
      await emulateMedia({ colorScheme: 'dark' });
      try {
        const { wrap, textColor } = await badgeIn();
        // The page declares nothing: light colours even though the system prefers dark.
        expect(textColor()).to.equal(LIGHT_TEXT);
        wrap.style.colorScheme = 'light dark';
        expect(textColor()).to.equal(DARK_TEXT);
        wrap.style.colorScheme = '';
        wrap.style.setProperty('--dvc-color-scheme', 'dark');
        expect(textColor()).to.equal(DARK_TEXT);
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    },
    {
      check: 'with the browser’s own light preference: light by default and for `light dark`, dark when the page pins dark',
      run: async () => {
        expect(matchMedia('(prefers-color-scheme: light)').matches).to.equal(true);
        const { wrap, textColor } = await badgeIn();
        expect(textColor()).to.equal(LIGHT_TEXT);
        wrap.style.colorScheme = 'light dark';
        expect(textColor()).to.equal(LIGHT_TEXT);
        wrap.style.colorScheme = 'dark';
        expect(textColor()).to.equal(DARK_TEXT);
        wrap.style.colorScheme = '';
        wrap.style.setProperty('--dvc-color-scheme', 'dark');
        expect(textColor()).to.equal(DARK_TEXT);
      },
    },
  );
});
