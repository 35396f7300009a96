import type { PropertyDeclarations, PropertyValues } from '@lit/reactive-element';
import { Task, TaskStatus } from '../../base/task.js';
import { isAbort, toApiError } from '../../api/errors.js';
import { requestStats } from '../../api/stats.js';
import type { ServiceLevel, Stats } from '../../api/types.js';
import { catalogClient } from '../../base/catalog-client.js';
import { DvcBase } from '../../base/dvc-base.js';
import { h } from '../../base/dom.js';
import { logOnce, resolveCatalog } from '../../base/config.js';
import { defineElement } from '../../base/define.js';
import { addPartStyles, lazyModule } from '../../base/lazy-module.js';
import { TaskLifecycle } from '../../base/task-lifecycle.js';
import { normalizeLevel } from '../../domain/service-level.js';
import { badgeMessages } from '../../i18n/messages/badge.js';
import { commonMessages, describeError } from '../../i18n/messages/common.js';
import { levelMessages } from '../../i18n/messages/levels.js';
import { badgeMode, type BadgeMode } from './badge-mode.js';
import { levelBatcherFor } from './level-batcher.js';
import { levelPill, pill } from './level-pill.js';
import { pillStyles } from './level-pill.styles.js';
import { badgeStyles } from './service-level-badge.styles.js';

/**
 * The code that shows an agency's figures (agency-figures.ts): fetched with the first figures, in parallel with
 * the API's answer (the CDN loader fetches it with the badge's code for a badge that has `agency` at start), once
 * for every badge on the page; a failed fetch fails those figures like a lost connection (message and retry), and
 * the retry asks again.
 */
const figures = lazyModule(() => import('./agency-figures.js'));

/**
 * The procedure badges on the page whose level failed to load. One failure (a dropped link, an API down) takes
 * every badge of a list at once, so one press of "Thử lại" on any of them asks again for all of them, in one
 * shared request per source, instead of a press per badge.
 */
const failedLevels = new Set<DvcServiceLevelBadge>();

/**
 * The online-service level of a procedure (Decree 42/2022), or an agency's share of online procedures.
 *
 * Three modes, by the first attribute present (a blank `level` or `procedure` is none):
 * - `level`: shown at once, no request (`full`, `partial`, `info`, or legacy `1`–`4`);
 * - `procedure`: a procedure code, fetched; all badges on a page share batched `GET /procedures?codes=` requests,
 *   and a retry on one whose level failed asks again for all that failed;
 * - `agency`: figures from `GET /stats?agency=`; an empty `agency` attribute means the whole province.
 *
 * With a static catalog (`catalog`, or the page's `<meta name="dvc-catalog">`), procedure levels come from its
 * `index.json`, shared with every badge and search on the page (no other request). Agency figures still come
 * from the API when the page has one (they include dossiers); with a catalog only, they are the catalog's
 * counts of procedures by level, as of its date, without dossier figures.
 *
 * @tagname dvc-service-level-badge
 * @summary Online-service level of a procedure, or an agency's online-service figures.
 *
 * @csspart badge - The pill that shows the level or figure.
 * @csspart icon - The level icon inside the badge.
 * @csspart tooltip - The full label shown while the pointer rests on the badge.
 * @csspart breakdown - The agency figures revealed from the badge (agency mode).
 * @csspart retry-button - The "Thử lại" button shown when the level or figures could not be loaded.
 * @csspart config-error - The notice shown to the webmaster when neither an API address nor a catalog is configured.
 *
 * @cssproperty [--dvc-badge-color-full=var(--dvc-color-success)] - Colour of the "fully online" badge.
 * @cssproperty [--dvc-badge-color-partial=var(--dvc-color-primary)] - Colour of the "partly online" badge.
 * @cssproperty [--dvc-badge-color-info=var(--dvc-color-info)] - Colour of the "information only" badge.
 * @cssproperty [--dvc-badge-font-size=0.875em] - Font size of the badge.
 */
export class DvcServiceLevelBadge extends DvcBase {
  static override styles = [...DvcBase.styles, pillStyles, badgeStyles];
  static override catalogs = [...DvcBase.catalogs, badgeMessages, levelMessages];

  static override properties: PropertyDeclarations = {
    level: { reflect: true },
    procedure: { reflect: true },
    agency: { reflect: true },
    plain: { type: Boolean, reflect: true },
    catalog: {},
  };

  /** Address of a static catalog folder (…/thu-tuc/) that gives procedure levels without an API. Defaults to the page's `<meta name="dvc-catalog">`. */
  declare catalog?: string;

  /** @internal */
  override get resolvedCatalog(): string | null {
    return resolveCatalog(this, this.catalog);
  }

  /** @internal */
  protected static override catalogClient = catalogClient;

  /** A level to show without any request: `full`, `partial`, `info`, or legacy `1`–`4`; a blank one is none. */
  declare level?: string;

  /** A procedure code (e.g. `1.001193`) whose level is fetched. */
  declare procedure?: string;

  /** An agency code whose figures are fetched from `/stats`; an empty value means the whole province. */
  declare agency?: string | null;

  /** No hover tooltip (for lists that say what the levels mean); the full label still reaches screen readers. */
  plain = false;

  /*
   * The hover label. A badge is not a control, so it is not a Tab stop (a list of 30 procedures would add 30):
   * its full label is part of its text for screen readers, and its short label is the level's official name.
   * The pointer gets the full label as a tooltip (CSS :hover), which stays while the pointer is on the badge or
   * the label and closes with Escape until the pointer leaves them (WCAG 1.4.13).
   */
  constructor() {
    super();
    this.addEventListener('mouseenter', this.openTooltip);
    this.addEventListener('mouseleave', this.closeTooltip);
  }

  private get mode(): BadgeMode {
    return badgeMode(this.level, this.procedure, this.agency);
  }

  private readonly levelTask = new Task(this, {
    task: async ([code, source]: readonly [string | undefined, string | null]): Promise<ServiceLevel | null> => {
      if (!code || !source) return null;
      return levelBatcherFor(source, this.client!).level(code.trim());
    },
    args: () => [this.mode === 'procedure' ? this.procedure : undefined, this.dataSource] as const,
  });

  private readonly statsTask = new Task(this, {
    task: async ([agency, source]: readonly [string | null | undefined, string | null, string], { signal }): Promise<Stats | null> => {
      if (agency == null || !source) return null;
      // The figures' own code (and the check of their answer) comes in parallel with them: the request does not
      // wait for it.
      const [answer, part] = await Promise.all([requestStats(this.client!, agency.trim() || undefined, { signal }), figures.load()]);
      const stats = part.statsFrom(answer);
      addPartStyles(this.shadowRoot, part.figuresStyles);
      this.kept = [`${agency}\n${source}`, stats];
      return stats;
    },
    args: () => [this.mode === 'agency' ? this.agency : undefined, this.dataSource, this.language] as const,
  });

  /**
   * The last figures that arrived, and for which agency and source. Asked again in another language (a live
   * switch: the API may translate the agency's name), they stay on screen, in the new language's words, while
   * the new answer comes, and if it fails: the numbers are the same, and the citizen may be reading them.
   */
  private kept?: readonly [string, Stats];

  // A badge removed mid-request stops waiting for it, and asks again if it is put back.
  protected readonly lifecycle = new TaskLifecycle(this, () => [this.levelTask, this.statsTask]);

  protected override needsApi(): boolean {
    return this.mode === 'procedure' || this.mode === 'agency';
  }

  /** What the shadow root shows was built from these; it is built again only when one of them changes. */
  private shown?: readonly unknown[];

  /*
   * The badge builds its few elements itself (src/base/dom.ts) instead of rendering a template: a page of badges
   * then downloads no template library. Like a template, it keeps what is shown while nothing it shows has
   * changed: the state of an open breakdown, a tooltip closed with Escape, the focus on a retry button.
   */
  protected override update(changed: PropertyValues): void {
    super.update(changed);
    const task = this.mode === 'agency' ? this.statsTask : this.levelTask;
    const shown = [this.mode, this.language, this.plain, this.level, this.procedure, this.dataSource, task.status, task.value, task.error];
    if (this.shown?.every((v, i) => Object.is(v, shown[i]))) return;
    this.shown = shown;
    // Focus inside the badge (on its retry button) is not dropped to the page when what held it is replaced: it
    // moves to the new retry button (or the figures' summary), else to what is shown now (focusable by script
    // only), which is then read. Plain focus(), not focusInPlace (src/base/focus.ts, +0.1 KB on a badge page): the
    // Tab wrap it guards against needs a control before the element in the same shadow root, and here none is left.
    const focused = (this.renderRoot as ShadowRoot).activeElement;
    // An open breakdown of figures stays open when they are shown again (in another language).
    const open = !!this.renderRoot.querySelector('[open]');
    this.renderRoot.replaceChildren(...this.view());
    this.renderRoot.querySelector('details')?.toggleAttribute('open', open);
    // A level that arrives under a resting pointer shows its label (CSS :hover) with no new mouseenter: placed and
    // closable with Escape all the same.
    if (this.matches(':hover')) this.openTooltip();
    const next = focused && ((this.renderRoot as ShadowRoot).querySelector('button,summary') ?? this.renderRoot.firstChild);
    if (next instanceof HTMLElement) {
      // Not focusable yet (a pill): the attribute makes it focusable by script only, out of the Tab order.
      if (next.tabIndex < 0) next.tabIndex = -1;
      next.focus();
    }
  }

  private view(): Node[] {
    const mode = this.mode;
    if (mode === 'none') return [];
    if (mode === 'level') {
      const level = normalizeLevel(this.level);
      if (!level) logOnce(`dvc-elements: <dvc-service-level-badge level="${this.level}"> is not a level; use full, partial, info or 1–4.`);
      return this.viewLevel(level);
    }
    if (!this.dataSource) {
      const notice = this.configError();
      // Quiet in a list of procedures, as a failed level is (viewError): the same alert from dozens of badges
      // would flood a screen reader. It is the webmaster's to read, on the page and in the console.
      if (mode === 'procedure') notice.removeAttribute('role');
      return [notice];
    }
    if (mode === 'procedure') {
      return this.levelTask.render({
        initial: () => this.viewLoading(),
        pending: () => this.viewLoading(),
        complete: (level) => this.viewLevel(level),
        // A badge removed meanwhile is not kept: its request may fail after it left the page.
        error: (e) => (this.isConnected && failedLevels.add(this), this.viewError(e, () => this.retryLevels())),
      });
    }
    // The last figures of this agency, while they are asked again and if that fails (see `kept`), else the task's
    // state. Every answer is kept as it arrives, and only the latest run's arrives: once the task is complete, its
    // figures are these (complete without them: no agency, nothing to show).
    const kept = this.kept?.[0] === `${this.agency}\n${this.dataSource}` && this.kept[1];
    if (kept) return [figures.module!.agencyFigures(kept, this.language)];
    return this.statsTask.render({
      initial: () => this.viewLoading(),
      pending: () => this.viewLoading(),
      complete: () => [],
      error: (e) => this.viewError(e, () => this.statsTask.run()),
    });
  }

  private retryLevels(): void {
    // Only what still failed: a badge given another code since shows its level, and is left as it is.
    for (const b of failedLevels) if (b.isConnected && b.levelTask.status === TaskStatus.ERROR) void b.levelTask.run();
    failedLevels.clear();
  }

  private viewLevel(level: ServiceLevel | null): Node[] {
    const b = badgeMessages[this.language];
    const label = level
      ? levelMessages[this.language][level]
      : { short: b.unknown, full: this.mode === 'procedure' ? b.unknownFull(this.procedure ?? '') : b.unknownLevel };
    const shown = [levelPill(level ?? 'unknown', label)];
    if (!this.plain) shown.push(h('span', { class: 'tooltip', part: 'tooltip', 'aria-hidden': 'true' }, label.full));
    return shown;
  }

  private viewLoading(): Node[] {
    const b = badgeMessages[this.language];
    return [pill('loading', [h('span', {}, this.mode === 'agency' ? b.loadingStats : b.loading)])];
  }

  private viewError(e: unknown, retry: () => void): Node[] {
    if (isAbort(e)) return this.viewLoading();
    const error = toApiError(e);
    const b = badgeMessages[this.language];
    const agency = this.mode === 'agency';
    // An agency the API or catalog does not know (a mistyped code) fails the same way every time: no retry offered.
    // The button is described by the failure: a screen reader on it (Tab in a list, or focus kept on it after a
    // retry that failed again) says what failed and why, not a bare "Thử lại" as if nothing had happened.
    const button = error.retryable && h('button', { class: 'retry secondary', part: 'retry-button', 'aria-describedby': 'e f' }, commonMessages[this.language].retry);
    // A badge often sits inside the procedure's link (its name and level, one link): the press is the retry's
    // alone, not also a click on the link that would take the citizen to another page.
    if (button) button.addEventListener('click', (e) => (e.preventDefault(), retry()));
    // Agency figures are a region of their own: their failure is announced, and why, with when to try again, is
    // shown beside it (an agency the API does not know says so). A procedure badge sits inside a list where
    // dozens failing at once would flood a screen reader and the page: it stays quiet and short, its reason for
    // screen readers only (and in its button's description).
    return [
      h(
        'span',
        { role: agency && 'status' },
        pill('error', [h('span', { id: 'e' }, agency ? b.failedStats : b.failed)]),
        ' ',
        h('span', { id: 'f', class: !agency && 'visually-hidden' }, describeError(error, this.language)),
        button || '',
      ),
    ];
  }

  private get tip(): HTMLElement | null {
    return this.renderRoot.querySelector('.tooltip');
  }

  private readonly openTooltip = (): void => {
    const tip = this.tip;
    if (!tip) return;
    // Escape reaches the page, not the badge (it has no focus): listen there only while the label shows.
    document.addEventListener('keydown', this.onEscape);
    placeInViewport(tip);
  };

  private readonly closeTooltip = (): void => {
    document.removeEventListener('keydown', this.onEscape);
    if (this.tip) this.tip.hidden = false;
  };

  private readonly onEscape = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && this.tip) this.tip.hidden = true;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    // Put back with its level still failed (a list sorted again moves every badge): a retry on any badge brings it
    // back with the others, though nothing it shows changed to render it again.
    if (this.levelTask.status === TaskStatus.ERROR) failedLevels.add(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.closeTooltip();
    failedLevels.delete(this);
  }
}

/**
 * Keeps an open tooltip inside the viewport, so that it never makes the page scroll sideways (WCAG 1.4.10):
 * moved left as far as it would pass the right edge, and above its badge when there is no room below. The CSS
 * caps its width to the viewport and wraps its text. (CSS anchor positioning will replace this once every
 * supported browser has it.)
 */
function placeInViewport(tip: HTMLElement): void {
  const style = tip.style;
  style.removeProperty('--_shift');
  delete tip.dataset.side;
  // Measured shown, whether or not the browser has applied :hover yet.
  style.display = 'block';
  const margin = TOOLTIP_MARGIN_PX;
  const box = tip.getBoundingClientRect();
  const right = document.documentElement.clientWidth - margin;
  const shift = box.right > right ? right - box.right : 0;
  style.setProperty('--_shift', `${Math.max(shift, margin - box.left)}px`);
  const anchor = tip.previousElementSibling!.getBoundingClientRect();
  if (box.bottom > innerHeight && anchor.top > innerHeight - anchor.bottom) tip.dataset.side = 'above';
  style.display = '';
}

/** Least room kept between an open tooltip and the viewport's edges. */
const TOOLTIP_MARGIN_PX = 8;

defineElement('dvc-service-level-badge', DvcServiceLevelBadge);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-service-level-badge': DvcServiceLevelBadge;
  }
}
