import { html, nothing, type TemplateResult } from 'lit-html';
import { type PropertyDeclarations, type PropertyValues } from '@lit/reactive-element';
import { Task, TaskStatus } from '../../base/task.js';
import { ApiError, isAbort, toApiError } from '../../api/errors.js';
import { listAgencies, listDomains, requestProcedure, searchProcedures } from '../../api/procedures.js';
import type { Agency, CodeName, Page, Procedure, ProcedureSummary } from '../../api/types.js';
import { TIERS } from '../../api/vocabulary.js';
import { apiErrorMessage } from '../../base/api-error-message.js';
import { defineElement } from '../../base/define.js';
import { resolveCatalog } from '../../base/config.js';
import { catalogClient } from '../../base/catalog-client.js';
import { DvcElement, sayAgain } from '../../base/dvc-element.js';
import { TaskLifecycle } from '../../base/task-lifecycle.js';
import { lazyModule } from '../../base/lazy-module.js';
import { normalizeLevel } from '../../domain/service-level.js';
import { levelMessages } from '../../i18n/messages/levels.js';
import { searchMessages, type ScopeNames } from '../../i18n/messages/search.js';
import { pillStyles } from '../service-level-badge/level-pill.styles.js';
import { compact, FILTER_KEYS, renderFilters, type FilterKey, type Filters } from './filters.js';
import { searchStyles } from './procedure-search.styles.js';
import type { SearchUrl, SearchUrlState } from './search-url.js';

/** One search as sent: what the list on screen answers, and what a page change or retry repeats. */
interface SearchParams {
  q: string;
  filters: Filters;
  page: number;
  pageSize: number;
}

interface SearchOutcome {
  params: SearchParams;
  page: Page<ProcedureSummary>;
}

/**
 * The code that shows a procedure's details, with their words (procedure-details.ts): fetched when a citizen first
 * opens one, in parallel with the details themselves, once for every search on the page; a failed fetch fails
 * those details like a lost connection (message and retry), and the retry asks again.
 */
const detailsView = lazyModule(
  () => import('./procedure-details.js'),
  (module) => module.procedureDetailsMessages,
);

/**
 * How results look (results.ts): fetched with the first search, in parallel with its answer, and already on the
 * first key typed; once for every search on the page. A failed fetch fails that search like a lost connection
 * (message and retry), and the retry asks again.
 */
const resultsView = lazyModule(() => import('./results.js'));

/**
 * The search's side of the page URL (search-url.ts, with the URL state it builds on): fetched only by a search with
 * `url-state`, once for every search on the page. Without it (offline), the search works on without the URL.
 */
const urlPart = lazyModule(() => import('./search-url.js'));

/** Details of one procedure: loading while neither is set. */
interface DetailsEntry {
  procedure?: Procedure;
  error?: ApiError;
}

/** Quiet time after the last key (or filter step) before searching: one request per pause, not one per letter. */
export const DEBOUNCE_MS = 300;

/**
 * Finds administrative procedures (thủ tục hành chính) by words and filters: results as the citizen types
 * (without needing Vietnamese accents), each with its level, time, fee and portal link, opening in place to
 * the steps, papers, forms, fees by channel, conditions and legal basis.
 *
 * A webmaster presets a filter with `domain`, `agency`, `tier` or `level`: it applies to every search and its
 * control is not shown; the field says, in words, what the search is limited to (the agency and lĩnh vực by
 * their names from the API). When such a search finds nothing, one action runs the same words over the whole
 * province (a citizen rarely knows which agency handles a procedure), and another brings the search back to the
 * preset scope. `query` pre-fills the field and searches at once.
 *
 * With `url-state`, the search lives in the page URL, so a citizen can share it, bookmark it, reload it and use
 * Back and Forward: `tu-khoa` (words), `linh-vuc`, `co-quan`, `cap`, `muc-do` (filters), `trang` (page) and
 * `thu-tuc` (the procedure whose details are open). A search sent, a filter, a page and opening or closing
 * details each add a history entry; typing only rewrites the current one. The page's other parameters and its
 * hash are kept. A preset filter wins over the URL's; the URL's words win over `query`.
 *
 * @tagname dvc-procedure-search
 * @summary Search the province's administrative procedures and see how to do each one.
 *
 * @fires dvc-search - After each completed search (not when the same search is asked again in a new language). `detail: { query, filters, total }`.
 * @fires dvc-procedure-select - When a result is opened or its portal link followed. `detail: { procedure }`.
 *
 * @csspart form - The search landmark: field, button and filters.
 * @csspart input - The search field.
 * @csspart submit-button - The search button.
 * @csspart scope - The line that says what the presets limit the search to (or that it now covers the whole province).
 * @csspart scope-button - The button that brings a province-wide search back to the preset scope.
 * @csspart filters - The group of filter controls.
 * @csspart filter - Each filter's select.
 * @csspart status - The line that says how many procedures were found (a polite live region).
 * @csspart results - The area with the heading, status, list and pages.
 * @csspart result - One procedure in the list.
 * @csspart result-toggle - The procedure name, a button that opens its details.
 * @csspart highlight - The words of the query marked in a name.
 * @csspart badge - A procedure's online-service level: the pill of `dvc-service-level-badge`, with its colours.
 * @csspart icon - The level's icon inside the pill.
 * @csspart portal-link - The link to apply or read more on the portal.
 * @csspart details - The details of an opened procedure.
 * @csspart form-link - A link to download a form.
 * @csspart empty - Suggestions shown when nothing is found.
 * @csspart pager - The navigation between pages of results.
 * @csspart pager-button - Previous and next page buttons.
 * @csspart error - A failure message; also the note above results that could not be asked again in the page's new
 * language (the results stay, in the texts they came with).
 * @csspart retry-button - The button that tries a failed request again.
 * @csspart config-error - The notice shown to the webmaster when neither an API address nor a catalog is configured.
 *
 * @cssproperty [--dvc-search-max-width=60rem] - Widest the widget grows.
 * @cssproperty [--dvc-badge-color-full=var(--dvc-color-success)] - Colour of the "fully online" level.
 * @cssproperty [--dvc-badge-color-partial=var(--dvc-color-primary)] - Colour of the "partly online" level.
 * @cssproperty [--dvc-badge-color-info=var(--dvc-color-info)] - Colour of the "information only" level.
 * @cssproperty [--dvc-badge-font-size=0.875em] - Font size of the level.
 */
export class DvcProcedureSearch extends DvcElement {
  static override styles = [...DvcElement.styles, pillStyles, searchStyles];
  static override catalogs = [...DvcElement.catalogs, searchMessages, levelMessages, detailsView.words];

  static override properties: PropertyDeclarations = {
    query: {},
    domain: {},
    agency: {},
    tier: {},
    level: {},
    pageSize: { attribute: 'page-size', type: Number },
    urlState: { attribute: 'url-state', type: Boolean },
    catalog: {},
  };

  /**
   * Address of a static catalog folder (…/thu-tuc/, with `index.json`) to search in the browser, without an API.
   * Defaults to the page's `<meta name="dvc-catalog">`. With an API address too, the catalog still serves search.
   */
  declare catalog?: string;

  /** @internal */
  override get resolvedCatalog(): string | null {
    return resolveCatalog(this, this.catalog);
  }

  /** @internal */
  protected static override catalogClient = catalogClient;

  /** Words to search for at once; the field starts with them. */
  declare query?: string;
  /** A lĩnh vực code every search is limited to (its filter is not shown). */
  declare domain?: string;
  /** An agency code every search is limited to (its filter is not shown). */
  declare agency?: string;
  /** `province`, `commune` or `district`: every search is limited to it (its filter is not shown). */
  declare tier?: string;
  /** `full`, `partial`, `info` (or legacy `1`–`4`): every search is limited to it (its filter is not shown). */
  declare level?: string;
  /**
   * Results per page, 1–100.
   * @default 10
   */
  declare pageSize?: number;
  /** Keep the search in the page URL: shared links, bookmarks, reload, Back and Forward show the same search. */
  declare urlState?: boolean;

  /** What is in the field: never cleared by a failure or a re-render. */
  private draft = '';
  /** The filters the citizen chose. */
  private chosen: Filters = {};
  /** Whether a search has been asked for (otherwise the widget shows its starting state). */
  private active = false;
  /** Whether the citizen took the search beyond the webmaster's presets, to the whole province. */
  private wide = false;
  private lastParams?: SearchParams;
  /** Where the last search was asked (`dataSource`): a new API address or catalog asks the same search again. */
  private searchedSource?: string | null;
  /** The typing pause's timer; set while a search waits for the pause (also while the widget is away). */
  private debounceTimer?: ReturnType<typeof setTimeout>;
  /** 'push' when a filter changed since the last search: the search waiting for a pause makes a new history entry. */
  private pendingPush?: 'push';
  private readonly openCodes = new Set<string>();
  private readonly details = new Map<string, DetailsEntry>();
  /** Aborts every details request when the widget leaves the page or changes language. */
  private detailsRequests = new AbortController();
  /** A search read from the page URL on start, run once the API address is known. */
  private fromUrl?: SearchUrlState;
  /** The search's side of the page URL, once its code has arrived (`url-state`). */
  private url?: SearchUrl;
  /** The first search waits for that code: the page URL may name another search than `query`. */
  private urlPending = false;
  /** The first search, held for it, is to run now. */
  private heldSearch = false;
  /**
   * The results on screen, asked again for the page's new language: they stay there until the answer arrives,
   * and when it fails, with a note and a retry above them. Ends with that answer, or with a search by the citizen.
   */
  private relocalizing?: SearchOutcome;
  /** The results are asked again for the language alone, unasked: nothing is said until the citizen retries. */
  private quiet = false;
  /**
   * Flips with each search answered (`sayAgain`): a static catalog answers before "Đang tìm…" is ever drawn, so a
   * new search with the same count would otherwise be silent.
   */
  private saidAgain = false;

  // A new run aborts the one in flight, and only the latest run's answer is ever shown (Task's call counter).
  private readonly search = new Task(this, {
    autoRun: false,
    args: () => [this.lastParams] as const,
    task: async ([params]: readonly [SearchParams | undefined], { signal }): Promise<SearchOutcome> => {
      const ask = (p: SearchParams) => searchProcedures(this.client!, { ...p, ...p.filters }, { signal });
      let [answer] = await Promise.all([ask(params!), resultsView.load()]);
      // A page past the last (a bookmark to a search that has fewer results now): the last page, which is then the
      // one on screen and in the URL, in place of the one asked for (not a step: no new history entry).
      const last = Math.ceil(answer.total / params!.pageSize);
      if (params!.page > last && last) {
        answer = await ask((params = { ...params!, page: last }));
        if (!signal.aborted) {
          this.lastParams = params;
          this.toUrl('replace');
        }
      }
      return { params: params!, page: answer };
    },
    onComplete: ({ params, page }) => {
      // The same search asked again in a new language is not one more search (as the tracker's dossier load).
      if (!this.relocalizing) {
        this.emit('dvc-search', { query: params.q, filters: params.filters, total: page.total });
        this.saidAgain = !this.saidAgain;
        // Details opened in the list on screen while this search ran: open on the new page only if they are on it.
        // A result's button with focus shows another procedure now (the list is drawn by place): focus goes to
        // the button of the one opened, or to the heading.
        const codes = page.items.map((p) => p.code);
        const last = [...this.openCodes].pop();
        if (last && this.shadowRoot!.activeElement?.matches('[part=result-toggle]')) {
          const at = codes.indexOf(last);
          this.focusAfterRender(at < 0 ? '#results-heading' : `[aria-controls=details-${at}]`);
        }
        for (const code of this.openCodes) if (!codes.includes(code)) this.openCodes.delete(code);
        if (last && !this.openCodes.has(last)) this.toUrl('replace');
      }
      this.relocalizing = undefined;
    },
  });

  // The options of the filter controls, and the names of a preset agency or lĩnh vực: loaded either way.
  private readonly domainsTask = new Task(this, {
    task: ([source]: readonly [string | null, string], { signal }) => (source ? listDomains(this.client!, { signal }) : ([] as CodeName[])),
    args: () => [this.dataSource, this.language] as const,
  });

  private readonly agenciesTask = new Task(this, {
    task: ([source, tier]: readonly [string | null, Filters['tier'], string], { signal }) =>
      source ? listAgencies(this.client!, tier, { signal }) : ([] as Agency[]),
    args: () => [this.dataSource, this.limits.tier, this.language] as const,
  });

  // Removed mid-request: stop waiting; put back: ask again.
  protected readonly lifecycle = new TaskLifecycle(this, () => [this.search, this.domainsTask, this.agenciesTask]);

  /** The filters fixed by the webmaster's attributes; values that mean nothing are ignored. */
  private get presets(): Filters {
    const tier = this.tier?.trim() as Filters['tier'];
    return compact({
      domain: this.domain?.trim(),
      agency: this.agency?.trim(),
      tier: tier && TIERS.includes(tier) ? tier : undefined,
      level: normalizeLevel(this.level) ?? undefined,
    });
  }

  /** The presets that limit the search now: none once the citizen took it to the whole province. */
  private get limits(): Filters {
    return this.wide ? {} : this.presets;
  }

  /** Whether the webmaster limited every search with a preset. */
  private get scoped(): boolean {
    return Object.keys(this.presets).length > 0;
  }

  /** The presets by name, for the scope line; undefined while a name is still being loaded. */
  private get scopeNames(): ScopeNames | undefined {
    const { agency, domain, tier, level } = this.presets;
    // A name from its list; the code itself when the list failed or does not have it.
    const named = (list: { status: TaskStatus; value?: CodeName[] }, code?: string): string | null | undefined => {
      if (!code) return undefined;
      if (!list.value && (list.status === TaskStatus.INITIAL || list.status === TaskStatus.PENDING)) return null;
      return list.value?.find((x) => x.code === code)?.name ?? code;
    };
    const agencyName = named(this.agenciesTask, agency);
    const domainName = named(this.domainsTask, domain);
    if (agencyName === null || domainName === null) return undefined;
    return { agency: agencyName, domain: domainName, tier, level };
  }

  private get size(): number {
    const n = Math.round(Number(this.pageSize));
    return n >= 1 ? Math.min(n, 100) : 10;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('query')) this.draft = this.query ?? '';
    // A new scope from the webmaster: the citizen's step beyond the old one no longer applies.
    if (FILTER_KEYS.some((k) => changed.has(k))) this.wide = false;
    // A shared link, a bookmark or a reload: the search the URL names, instead of the `query` attribute's. Its
    // code comes apart: the first search waits for it.
    if (changed.has('urlState') && this.urlState && !this.url) void this.loadUrl(!this.hasUpdated);
    // A new source: what the old one said of a procedure (its steps, fees, channels) is not what this one says.
    const source = changed.has('apiBase') || changed.has('catalog');
    if (source) {
      this.abortDetails();
      this.details.clear();
    }
    if (!this.dataSource || this.urlPending) return;
    if (this.fromUrl) {
      this.show(this.fromUrl);
      this.fromUrl = undefined;
    }
    // On load, and whenever the webmaster changes the configuration: search with it. A change asks the search on
    // screen again, every procedure too (Enter in the empty field), and the page URL follows (its first page).
    else if (this.heldSearch || source || ['query', 'pageSize', ...FILTER_KEYS].some((k) => changed.has(k))) {
      this.searchNow(this.active);
      if (!this.heldSearch) this.toUrl('replace');
    }
    this.heldSearch = false;
  }

  /**
   * Fetches the search's side of the page URL. `first`: on start, where the first search waits for it, then runs
   * the search the URL names (or `query`'s), unless the citizen has begun a search meanwhile: theirs stays. Given
   * `url-state` later, the search on screen goes into the URL once the code is there. Without it (offline), the
   * search works on without the URL.
   */
  private async loadUrl(first: boolean): Promise<void> {
    // Another call while the first is on its way (the attribute toggled) leaves the first search held.
    if (first) this.urlPending = true;
    const part = await urlPart.load().catch(() => undefined);
    this.url ??= part?.searchUrl(this, { presets: () => this.presets, restore: (state) => this.restoreFromUrl(state) });
    if (!first) return this.toUrl('replace');
    this.urlPending = false;
    // The citizen began a search meanwhile: theirs stays, and the URL catches up with it now.
    if (this.active || this.draft !== (this.query ?? '')) return this.toUrl('replace');
    this.fromUrl = this.url?.read() ?? undefined;
    this.heldSearch = true;
    this.requestUpdate();
  }

  /** A step the citizen took (`push`: a new history entry) or typing (`replace`): the search on screen, in the URL. */
  private toUrl(method: 'push' | 'replace'): void {
    this.url?.write(method, this.urlValues());
  }

  // Names, steps and fees come from the server in the language asked for: ask again in the new one. Details
  // still on their way in the old language are cancelled: their answer would be discarded anyway. Results on
  // screen are asked again for the language only: nothing is said, and they stay (the texts they came with) if
  // the new answer fails; so do open details.
  protected override languageChanged(): void {
    this.abortDetails();
    for (const [code, entry] of this.details) if (!entry.procedure || !this.openCodes.has(code)) this.details.delete(code);
    for (const code of this.openCodes) void this.loadDetails(code);
    if (!this.active || !this.lastParams || !this.dataSource) return;
    if (this.search.status === TaskStatus.COMPLETE) this.relocalizing = this.search.value;
    this.quiet = !!this.relocalizing;
    void this.search.run();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Details cancelled by a removal (see below) load again once the widget is back.
    for (const code of this.openCodes) if (!this.details.has(code)) void this.loadDetails(code);
    // Words typed, or a filter chosen, just before a removal (a page that moves the widget): their search waits
    // for a pause again, now that the widget is back.
    if (this.debounceTimer) this.searchOnPause();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // The timer's id stays: the search it held runs once the widget is back (connectedCallback).
    clearTimeout(this.debounceTimer);
    this.abortDetails();
  }

  private abortDetails(): void {
    this.detailsRequests.abort();
    this.detailsRequests = new AbortController();
  }

  override render(): TemplateResult {
    if (!this.dataSource) return this.renderConfigError();
    const m = searchMessages[this.language];
    // aria-busy on the list only (.outcome): on an ancestor of the live region it would hold back "Đang tìm…".
    return html`<form role="search" aria-labelledby="q-label" part="form" @submit=${this.onSubmit}>
        <label id="q-label" for="q">${m.label}</label>
        <p id="q-hint" class="hint">${m.hint(!this.scoped || this.wide)}</p>
        ${this.renderScope()}
        <div class="field">
          <input id="q" part="input" type="search" autocomplete="off" spellcheck="false" enterkeyhint="search"
            aria-describedby="q-hint${this.scoped ? ' q-scope' : ''}" .value=${this.draft} @input=${this.onInput} />
          <button type="submit" part="submit-button">${m.submit}</button>
        </div>
        ${renderFilters({
          lang: this.language,
          presets: this.limits,
          chosen: this.chosen,
          domains: this.domainsTask.value,
          agencies: this.agenciesTask.value,
          domainsError: this.listError(this.domainsTask, m.domainsFailed, 'domain'),
          agenciesError: this.listError(this.agenciesTask, m.agenciesFailed, 'agency'),
          onChange: (key, value) => this.onFilter(key, value),
        })}
      </form>
      <div class="results" part="results">
        ${this.active ? html`<h2 id="results-heading" tabindex="-1">${m.resultsHeading}${this.wide ? ` ${m.inProvince}` : ''}</h2>` : nothing}
        <p class="status" part="status" role="status">${sayAgain(this.statusText(), this.saidAgain)}</p>
        <div class="outcome" aria-busy=${this.search.status === TaskStatus.PENDING}>${this.renderNote()}${this.active ? this.renderOutcome() : nothing}</div>
      </div>`;
  }

  /**
   * What the presets limit the search to, in words (its hint examples are left out: they may lie outside it);
   * once the citizen has gone province-wide, that it is so, and the way back. That button is named by the presets'
   * names: it waits for them (a shared link to the whole province opens before they are loaded), never nameless.
   */
  private renderScope(): TemplateResult | typeof nothing {
    if (!this.scoped) return nothing;
    const m = searchMessages[this.language];
    const names = this.scopeNames;
    return html`<p id="q-scope" class="scope" part="scope">${this.wide ? m.wideScope : names && m.scope(names)}</p>
      ${this.wide && names
        ? html`<p><button type="button" class="secondary" part="scope-button" @click=${() => this.setWide(false)}>${m.backToScope(names)}</button></p>`
        : nothing}`;
  }

  /** The sentence in the live region: searching, how many were found, or nothing found. */
  private statusText(): string {
    const m = searchMessages[this.language];
    const s = this.search;
    if (!this.active) return '';
    const outcome = this.relocalizing ?? s.value;
    if (s.status === TaskStatus.PENDING && !(this.relocalizing && this.quiet)) return m.searching;
    if (!outcome) return '';
    const { page, pageSize, total } = outcome.page;
    // In a preset scope, nothing found also says where to look next (the action below the status).
    if (!total) return this.scoped && !this.wide ? `${m.none} ${m.noneTryWide}` : m.none;
    const found = this.wide ? `${m.found(total)} ${m.inProvince}` : m.found(total);
    const pages = Math.ceil(total / pageSize);
    return pages > 1 ? `${found}. ${m.pageOf(page, pages)}` : found;
  }

  private renderOutcome(): TemplateResult | typeof nothing {
    const m = searchMessages[this.language];
    const s = this.search;
    // A failure stays while a search typed after it runs: the same message, not said again at each pause in typing.
    // A search asked for (Enter, a button, a link) takes it away, so that its own failure is said (searchNow).
    if (s.error && !this.relocalizing) {
      return isAbort(s.error) ? nothing : apiErrorMessage(toApiError(s.error), this.language, { title: m.searchFailed, onRetry: () => this.retry() });
    }
    // While a newer search runs, the previous results stay instead of the page jumping; the status says it is searching.
    const outcome = this.relocalizing ?? s.value;
    if (!outcome) return nothing;
    const { params, page } = outcome;
    if (!page.total) return this.renderEmpty(params);
    return resultsView.module!.renderResults({
      lang: this.language,
      page,
      query: params.q,
      wordStart: !!this.resolvedCatalog,
      open: this.openCodes,
      details: (code, index) => this.renderDetails(code, index),
      onToggle: (p) => this.toggle(p),
      onFollow: (procedure) => this.emit('dvc-procedure-select', { procedure }),
      goToPage: (n) => this.step(n),
    });
  }

  /**
   * Above results that could not be asked again in the page's new language, in a part of its own (the results'
   * elements stay the same ones, and so does focus in them): quiet unless the citizen pressed its retry.
   */
  private renderNote(): TemplateResult | typeof nothing {
    const e = this.search.error;
    if (!this.relocalizing || !e || isAbort(e)) return nothing;
    const m = searchMessages[this.language];
    return apiErrorMessage(toApiError(e), this.language, { title: m.notRelocalized, role: this.quiet ? 'status' : 'alert', onRetry: () => this.retry() });
  }

  private renderEmpty(params: SearchParams): TemplateResult | typeof nothing {
    const m = searchMessages[this.language];
    // One way forward, with why: in a preset scope, the same words over the whole province (the hint's examples,
    // found only there, are left out); elsewhere, taking back the filters the citizen chose.
    const scoped = this.scoped && !this.wide;
    const way = scoped
      ? ([m.elsewhere, m.searchWide(params.q), () => this.setWide(true)] as const)
      : Object.keys(compact(this.chosen)).length > 0 && ([m.tryFewerFilters, m.clearFilters, this.clearFilters] as const);
    // Nothing the citizen chose to take back (only the webmaster's presets): the status line says it all.
    if (!params.q && !way) return nothing;
    return html`<div class="message" part="empty">
      <ul>
        ${params.q ? html`<li>${m.tryFewerWords(!scoped)}</li>` : nothing}
        ${way ? html`<li>${way[0]}</li>` : nothing}
      </ul>
      ${way ? html`<p><button type="button" class="secondary" @click=${way[2]}>${way[1]}</button></p>` : nothing}
    </div>`;
  }

  private renderDetails(code: string, index: number): TemplateResult {
    const entry = this.details.get(code);
    if (entry?.procedure) return detailsView.module!.renderProcedureDetails(entry.procedure, this.language);
    const m = searchMessages[this.language];
    if (entry?.error) return apiErrorMessage(entry.error, this.language, { title: m.detailsFailed, onRetry: () => this.loadDetails(code, index) });
    return html`<p class="loading" role="status">${m.loadingDetails}</p>`;
  }

  /**
   * A filter list's failure, beside its select; its retry button goes with it, so focus moves to the select. When
   * the search failed too (one lost connection), that retry is the search's, which brings back all that failed:
   * the first retry a citizen meets is the one.
   */
  private listError(task: Task<readonly unknown[], unknown[]>, title: string, key: string): TemplateResult | undefined {
    if (task.status !== TaskStatus.ERROR || isAbort(task.error)) return undefined;
    const onRetry = () => {
      if (this.active && this.search.status === TaskStatus.ERROR && !isAbort(this.search.error)) this.retry();
      else void task.run();
      this.focusAfterRender(`#f-${key}`);
    };
    return apiErrorMessage(toApiError(task.error), this.language, { title, role: 'status', onRetry });
  }

  private onInput(e: Event): void {
    this.draft = (e.target as HTMLInputElement).value;
    // Results are coming: their look is fetched while the citizen types (a failure shows with the search).
    resultsView.load().catch(() => {});
    this.searchOnPause();
  }

  /**
   * Searches once the citizen pauses, after typing and after choosing a filter: on a closed select, some browsers
   * (Chrome and Firefox on Windows) change the value at each arrow key, and each step would otherwise send a
   * search, be announced and, with `url-state`, add a Back entry. A filter chosen before the pause makes the
   * search a new history entry; words alone replace the current one.
   */
  private searchOnPause(method?: 'push'): void {
    this.pendingPush ||= method;
    clearTimeout(this.debounceTimer);
    this.debounceTimer = setTimeout(() => {
      const push = this.pendingPush;
      // A filter taken back to "all" while results show: all of them, as its option says, not the empty start.
      this.searchNow(!!push && this.active);
      this.toUrl(push ?? 'replace');
    }, DEBOUNCE_MS);
  }

  private onSubmit(e: Event): void {
    e.preventDefault();
    this.searchNow(true);
    this.toUrl('push');
  }

  private onFilter(key: FilterKey, value: string): void {
    const chosen: Record<string, string | undefined> = { ...this.chosen, [key]: value || undefined };
    // An agency of another tier would find nothing: drop it when the tier changes. Not while the list that says
    // its tier is missing (it could not be loaded): nobody can tell, and the choice stays, shown by its code.
    const agencies = this.agenciesTask.value;
    if (key === 'tier' && value && chosen.agency && agencies && agencies.find((a) => a.code === chosen.agency)?.tier !== value) chosen.agency = undefined;
    this.chosen = chosen as Filters;
    this.searchOnPause('push');
  }

  private clearFilters(): void {
    this.chosen = {};
    this.step();
  }

  /** The search on screen as the URL holds it (none at the start); the details named are the last ones opened. */
  private urlValues(): SearchUrlState | undefined {
    if (!this.active || !this.lastParams) return undefined;
    const { q, page } = this.lastParams;
    return { q, page, chosen: this.chosen, open: [...this.openCodes].pop(), wide: this.wide };
  }

  /** Back or Forward: the search of that history entry (or the page's start), without moving focus. */
  private restoreFromUrl(state: SearchUrlState | null): Promise<unknown> | false | void {
    if (state) return this.show(state) && this.search.taskComplete;
    this.chosen = {};
    this.wide = false;
    this.draft = this.query ?? '';
    // The start shows no details: closed even when its search is the one on screen (not sent again).
    this.openCodes.clear();
    this.syncControls();
    this.searchNow();
    this.requestUpdate();
    return this.search.taskComplete;
  }

  /**
   * Shows the search a URL names: its words, filters, page and open details. Whether a search was sent: only Back
   * and Forward wait for it (their `taskComplete`, which fails with the search; a search read on start has no one
   * to wait for it, and a failure must not reach the page as an error nobody caught).
   */
  private show(state: SearchUrlState): boolean {
    this.draft = state.q;
    this.chosen = state.chosen;
    // Where no preset limits the search, it is the whole province already: `pham-vi` means nothing there.
    this.wide = !!state.wide && this.scoped;
    const sent = this.searchNow(true, state.page);
    this.openCodes.clear();
    if (state.open) {
      this.openCodes.add(state.open);
      const entry = this.details.get(state.open);
      if (!entry || entry.error) void this.loadDetails(state.open);
    }
    this.syncControls();
    this.requestUpdate();
    return sent;
  }

  /**
   * The field and selects show what a restore put in place. Their values are set directly: a control the
   * citizen has touched no longer follows its `selected` attribute or the last rendered value.
   */
  private syncControls(): void {
    void this.updateComplete.then(() => {
      const field = this.renderRoot.querySelector<HTMLInputElement>('#q');
      if (field) field.value = this.draft;
      for (const key of FILTER_KEYS) {
        const select = this.renderRoot.querySelector<HTMLSelectElement>(`#f-${key}`);
        if (select) select.value = this.chosen[key] ?? '';
      }
    });
  }

  /**
   * Leaves the preset scope for the whole province (the same words, and no filter), or comes back to it (the
   * same words).
   */
  private setWide(wide: boolean): void {
    this.wide = wide;
    if (wide) this.chosen = {};
    this.step();
  }

  /**
   * Starts a search for what is in the field and the filters, from page 1 (or `page`). Typing away everything (no
   * words, no filter) returns to the starting state; `explicit` (Enter, the button, a URL) searches even then: all
   * procedures. The same search as the one shown or running is not sent again (false).
   */
  private searchNow(explicit = false, page = 1): boolean {
    clearTimeout(this.debounceTimer);
    this.debounceTimer = undefined;
    this.pendingPush = undefined;
    if (explicit || !this.active) this.search.error = undefined;
    const filters = compact({ ...this.chosen, ...this.limits });
    const params: SearchParams = { q: this.draft.trim(), filters, page, pageSize: this.size };
    if (!explicit && !params.q && !Object.keys(filters).length) {
      this.active = false;
      this.lastParams = this.relocalizing = undefined;
      this.search.abort();
      this.requestUpdate();
    } else if (!this.active || this.search.status === TaskStatus.ERROR || this.dataSource !== this.searchedSource || JSON.stringify(params) !== JSON.stringify(this.lastParams)) {
      this.run(params);
      return true;
    }
    return false;
  }

  private run(params: SearchParams): void {
    // A search by the citizen ends a relocalization: its results stay while the search runs; its note goes.
    if (this.relocalizing) {
      this.search.value = this.relocalizing;
      this.search.error = this.relocalizing = undefined;
    }
    this.active = true;
    this.lastParams = params;
    this.searchedSource = this.dataSource;
    this.openCodes.clear();
    this.search.run();
  }

  /**
   * A page, clearing the filters or changing the scope: a search and a history entry. What the form shows goes
   * with it: words or a filter chosen just before, whose pause had not ended, too (one search, one history entry).
   * The button pressed may be gone: focus goes to the results heading, which names the scope; the live region
   * then says the count.
   */
  private step(page = 1): void {
    this.searchNow(true, page);
    this.toUrl('push');
    this.focusAfterRender('#results-heading');
  }

  private retry(): void {
    this.quiet = false;
    // Open details kept from before a language switch are asked again too, and the filter lists that failed with
    // the search (one lost connection; with a catalog, one index): one press brings back all the search shows.
    for (const code of this.openCodes) if (this.details.get(code)?.error) void this.loadDetails(code);
    for (const list of [this.domainsTask, this.agenciesTask]) if (list.status === TaskStatus.ERROR) void list.run();
    this.search.error = undefined;
    this.search.run();
    // Its button is gone: focus goes to the results heading (as after a step).
    this.focusAfterRender('#results-heading');
  }

  private toggle(p: ProcedureSummary): void {
    if (!this.openCodes.delete(p.code)) {
      // Words typed just before, whose pause had not ended, are searched now (as with a page): the details stay
      // open if the new results hold them, and the URL takes both in one entry.
      if (this.debounceTimer) this.searchNow(true);
      this.openCodes.add(p.code);
      this.emit('dvc-procedure-select', { procedure: p });
      const entry = this.details.get(p.code);
      if (!entry || entry.error) void this.loadDetails(p.code);
    }
    this.toUrl('push');
    this.requestUpdate();
  }

  private async loadDetails(code: string, focusIndex?: number): Promise<void> {
    // Details asked again for the page's new language stay on screen meanwhile, and if that fails.
    const entry: DetailsEntry = { procedure: this.details.get(code)?.procedure };
    this.details.set(code, entry);
    this.requestUpdate();
    // The retry button is replaced by the loading line: keep focus on this procedure's toggle.
    if (focusIndex !== undefined) this.focusAfterRender(`[aria-controls=details-${focusIndex}]`);
    try {
      // The details' own code and words (and the check of their answer) come in parallel with them.
      const [answer, view] = await Promise.all([requestProcedure(this.client!, code, { signal: this.detailsRequests.signal }), detailsView.load(this.language)]);
      entry.procedure = view.procedureFrom(answer);
    } catch (e) {
      if (isAbort(e)) {
        // Replaced by a newer request (a language switch): that one stands.
        if (this.details.get(code) !== entry) return;
        // Removed from the page meanwhile: forget the attempt, so that it is made again on return (at once, if
        // the widget was only moved and is already back).
        this.details.delete(code);
        if (this.isConnected && this.openCodes.has(code)) void this.loadDetails(code);
        return;
      }
      entry.error = toApiError(e);
    }
    this.requestUpdate();
  }
}

defineElement('dvc-procedure-search', DvcProcedureSearch);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-procedure-search': DvcProcedureSearch;
  }
  interface HTMLElementEventMap {
    'dvc-search': CustomEvent<{ query: string; filters: Filters; total: number }>;
    'dvc-procedure-select': CustomEvent<{ procedure: ProcedureSummary }>;
  }
}
