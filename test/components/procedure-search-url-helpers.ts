import type { DvcProcedureSearch } from '../../src/components/procedure-search/procedure-search.js';
import { requests, until } from '../helpers/mock-api.js';

/** Shared helpers of the tests of the search's side of the page URL (not a test file itself). */

/** The request for that module (src/components/procedure-search/search-url.ts), as the test server names it. */
export const URL_PART = /\/procedure-search\/search-url\.(ts|js)(\?.*)?$/;

export const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector(sel) as HTMLElement | null;
export const status = (el: Element) => $(el, '[part="status"]')?.textContent?.trim() ?? '';
export const field = (el: Element) => $(el, 'input#q') as HTMLInputElement;
/** The query parameters of each search request sent so far. */
export const sentSearches = () => requests.filter((r) => new URL(r.url).pathname.endsWith('/procedures')).map((r) => new URL(r.url).searchParams);

/** Waits until the search on screen has its answer. */
export async function settled(el: DvcProcedureSearch): Promise<void> {
  await el.updateComplete;
  await until(() => $(el, '.outcome')?.getAttribute('aria-busy') === 'false' && /^(Tìm thấy|Không tìm thấy)/.test(status(el)));
}

/** Types `words` into the field and sends them, as a citizen would, and waits for the answer. */
export async function submit(el: DvcProcedureSearch, words: string): Promise<void> {
  field(el).value = words;
  field(el).dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  ($(el, '[part="submit-button"]') as HTMLButtonElement).click();
  await settled(el);
}
