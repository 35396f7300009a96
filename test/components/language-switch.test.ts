import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { API, requests, until, useMockApi } from '../helpers/mock-api.js';

/** Changing `lang` at run time: labels switch, and server text is asked for again in the new language. */
const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector(sel) as HTMLElement | null;
const text = (el: Element) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');

describe('language switched at run time', () => {
  beforeEach(() => useMockApi());

  it('the search asks again in the new language and keeps the query', async () => {
    const wrap = await fixture<HTMLElement>(html`<div lang="vi"><dvc-procedure-search api-base=${API} query="khai sinh"></dvc-procedure-search></div>`);
    const el = wrap.firstElementChild!;
    await until(() => /^Tìm thấy/.test($(el, '[part="status"]')?.textContent?.trim() ?? ''));
    const before = requests.filter((r) => r.url.includes('/procedures?')).length;
    wrap.lang = 'en';
    await until(() => /^Found/.test($(el, '[part="status"]')?.textContent?.trim() ?? ''));
    const searches = requests.filter((r) => r.url.includes('/procedures?'));
    expect(searches.length).to.equal(before + 1);
    expect(searches.at(-1)!.headers.get('Accept-Language')).to.equal('en');
    expect(($(el, 'input#q') as HTMLInputElement).value).to.equal('khai sinh');
  });

  it('the tracker reloads the dossier in the new language without a second load event', async () => {
    const events: unknown[] = [];
    const listen = (e: Event) => events.push((e as CustomEvent).detail);
    document.addEventListener('dvc-dossier-load', listen);
    try {
      const wrap = await fixture<HTMLElement>(html`<div lang="vi"><dvc-dossier-tracker api-base=${API} code="000.00.53.H48-220921-0099"></dvc-dossier-tracker></div>`);
      const el = wrap.firstElementChild!;
      await until(() => text(el).includes('Đã trả kết quả'));
      await until(() => events.length === 1);
      wrap.lang = 'en';
      await until(() => text(el).includes('Result returned'));
      await until(() => requests.filter((r) => r.url.includes('/dossiers/')).length === 2);
      expect(requests.at(-1)!.headers.get('Accept-Language')).to.equal('en');
      await new Promise((r) => setTimeout(r, 100));
      expect(events.length).to.equal(1);
    } finally {
      document.removeEventListener('dvc-dossier-load', listen);
    }
  });

  it('a widget moved into a part of the page in another language speaks that language', async () => {
    const wrap = await fixture<HTMLElement>(html`<div>
      <section lang="vi"><dvc-service-level-badge level="full"></dvc-service-level-badge></section>
      <section lang="en"></section>
    </div>`);
    const badge = wrap.querySelector('dvc-service-level-badge')!;
    expect(text(badge)).to.contain('Toàn trình');
    wrap.querySelector('section[lang="en"]')!.append(badge);
    await until(() => text(badge).includes('Fully online'));
  });
});
