import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { resolveApiBase } from '../../src/base/config.js';
import type { Lang } from '../../src/api/types.js';
import { LangController, normalizeLang, resolveLang, type LanguageResource } from '../../src/i18n/lang.js';
import { Catalog } from '../../src/i18n/messages/define.js';
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

/** Something a widget needs per language, whose loads the test settles by hand. */
class ManualResource implements LanguageResource {
  readonly calls: Lang[] = [];
  private readonly loaded = new Set<Lang>(['vi']);
  private pending: ((ok: boolean) => void)[] = [];
  has(lang: Lang) {
    return this.loaded.has(lang);
  }
  load(lang: Lang) {
    this.calls.push(lang);
    return new Promise<boolean>((resolve) =>
      this.pending.push((ok) => {
        if (ok) this.loaded.add(lang);
        resolve(ok);
      }),
    );
  }
  settle(ok: boolean) {
    this.pending.splice(0).forEach((settle) => settle(ok));
  }
}

class LoadingProbe extends LitElement {
  readonly resource = new ManualResource();
  readonly changes: Lang[] = [];
  readonly langs = new LangController(this, (lang) => this.changes.push(lang), [this.resource]);
  override render() {
    return html`${this.langs.lang}`;
  }
}
customElements.define('loading-probe', LoadingProbe);

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

describe('language that needs loading', () => {
  const mount = async () => {
    const wrap = await fixture<HTMLElement>(html`<div lang="vi"><loading-probe></loading-probe></div>`);
    const probe = wrap.firstElementChild as LoadingProbe;
    await probe.updateComplete;
    return { wrap, probe, shown: () => probe.shadowRoot!.textContent!.trim() };
  };
  const settled = () => new Promise((r) => setTimeout(r, 20));

  it('is spoken only once everything the widget needs in it is loaded; Vietnamese comes back at once', async () => {
    const { wrap, probe, shown } = await mount();
    wrap.lang = 'en';
    await until(() => probe.resource.calls.length === 1);
    await settled();
    expect([probe.langs.lang, shown()]).to.deep.equal(['vi', 'vi']);
    probe.resource.settle(true);
    await until(() => shown() === 'en');
    expect(probe.changes).to.deep.equal(['en']);
    wrap.lang = 'vi';
    await Promise.resolve();
    expect(probe.langs.lang).to.equal('vi');
    wrap.lang = 'en';
    await Promise.resolve();
    expect(probe.langs.lang, 'loaded once, taken at once after').to.equal('en');
    expect(probe.resource.calls).to.deep.equal(['en']);
    expect(probe.changes).to.deep.equal(['en', 'vi', 'en']);
  });

  it('a language given up before it arrived is never taken', async () => {
    const { wrap, probe, shown } = await mount();
    wrap.lang = 'en';
    await until(() => probe.resource.calls.length === 1);
    wrap.lang = 'vi';
    probe.resource.settle(true);
    await settled();
    expect([probe.langs.lang, shown()]).to.deep.equal(['vi', 'vi']);
    expect(probe.changes).to.deep.equal([]);
  });

  it('a failed load keeps the language, and the next change tries again', async () => {
    const { wrap, probe, shown } = await mount();
    wrap.lang = 'en';
    await until(() => probe.resource.calls.length === 1);
    probe.resource.settle(false);
    await settled();
    expect([probe.langs.lang, shown()]).to.deep.equal(['vi', 'vi']);
    wrap.lang = 'vi';
    wrap.lang = 'en';
    await until(() => probe.resource.calls.length === 2);
    probe.resource.settle(true);
    await until(() => shown() === 'en');
    expect(probe.changes).to.deep.equal(['en']);
  });

  it('a catalog loads a language once for every caller, warns once when it fails, and loads again after', async () => {
    let calls = 0;
    let fail = true;
    const loader = () => {
      calls++;
      return fail ? Promise.reject(new TypeError('offline')) : Promise.resolve({ default: { hello: 'Hello' } });
    };
    const a = new Catalog({ hello: 'Xin chào' }, { en: loader });
    const b = new Catalog({ hello: 'Xin chào' }, { en: loader });
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      expect(await Promise.all([a.load('en'), a.load('en'), b.load('en')])).to.deep.equal([false, false, false]);
      expect(calls, 'one load per catalog').to.equal(2);
      expect(warnings.length, 'one warning').to.equal(1);
      expect(String(warnings[0][0])).to.contain('"en"');
      expect(a.has('en')).to.equal(false);
      expect(a.en.hello, 'Vietnamese while English is missing').to.equal('Xin chào');
      fail = false;
      expect(await a.load('en')).to.equal(true);
      expect(calls).to.equal(3);
      expect([a.has('en'), a.en.hello, a.vi.hello]).to.deep.equal([true, 'Hello', 'Xin chào']);
      expect(await a.load('en')).to.equal(true);
      expect(calls, 'loaded once for good').to.equal(3);
      expect(warnings.length).to.equal(1);
    } finally {
      console.warn = warn;
    }
  });
});

describe('number formats', () => {
  it('formats percentages and numbers the Vietnamese way', () => {
    expect(formatPercent(0.623, 'vi')).to.equal('62,3%');
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
