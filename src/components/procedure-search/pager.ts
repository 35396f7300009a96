import { html, nothing, type TemplateResult } from 'lit-html';
import type { Lang } from '../../api/types.js';
import { searchMessages } from '../../i18n/messages/search.js';

/**
 * Previous / "Trang 2/7" / next. Page numbers would not fit 168 pages (1,671 procedures) on a 320 px phone;
 * the two buttons and the position always do.
 */
export function renderPager(lang: Lang, page: number, pages: number, go: (page: number) => void): TemplateResult | typeof nothing {
  if (pages <= 1) return nothing;
  const m = searchMessages[lang];
  return html`<nav class="pager" part="pager" aria-label=${m.pages}>
    <button type="button" class="secondary" part="pager-button" ?disabled=${page <= 1} @click=${() => go(page - 1)}>
      <span aria-hidden="true">‹ </span>${m.previous}
    </button>
    <span class="position">${m.pageOf(page, pages)}</span>
    <button type="button" class="secondary" part="pager-button" ?disabled=${page >= pages} @click=${() => go(page + 1)}>
      ${m.next}<span aria-hidden="true"> ›</span>
    </button>
  </nav>`;
}
