import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { Task } from '../../base/task.js';
import { ApiError, isAbort, toApiError } from '../../api/errors.js';
import { getStats } from '../../api/stats.js';
import type { ServiceLevel, Stats } from '../../api/types.js';
import { catalogClient } from '../../base/catalog-client.js';
import { DvcElement } from '../../base/dvc-element.js';
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
import { levelPill, pill, pillStyles } from './level-pill.js';
import { badgeStyles } from './service-level-badge.styles.js';

/**
 * The code that shows an agency's figures (agency-figures.ts): fetched with the first figures, in parallel with
 * the API's answer (the CDN loader fetches it with the badge's code for a badge that has `agency` at start), once
 * for every badge on the page; a failed fetch fails those figures like a lost connection (message and retry), and
 * the retry asks again.
 */
const figures = lazyModule(
  () => import('./agency-figures.js'),
  (cause) => new ApiError('network', 'The agency figures could not be loaded', { cause }),
);

/**
 * The online-service level of a procedure (Decree 42/2022), or an agency's share of online procedures.
 *
 * Three modes, by the first attribute present:
 * - `level`: shown at once, no request (`full`, `partial`, `info`, or legacy `1`–`4`);
 * - `procedure`: a procedure code, fetched; all badges on a page share batched `GET /procedures?codes=` requests;
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
 * @csspart config-error - The notice shown to the webmaster when neither an API address nor a catalog is configured.
 *
 * @cssproperty [--dvc-badge-color-full=var(--dvc-color-success)] - Colour of the "fully online" badge.
 * @cssproperty [--dvc-badge-color-partial=var(--dvc-color-primary)] - Colour of the "partly online" badge.
 * @cssproperty [--dvc-badge-color-info=var(--dvc-color-info)] - Colour of the "information only" badge.
 * @cssproperty [--dvc-badge-font-size=0.875em] - Font size of the badge.
 */
export class DvcServiceLevelBadge extends DvcElement {
  static override styles = [...DvcElement.styles, pillStyles, badgeStyles];
  static override catalogs = [...DvcElement.catalogs, badgeMessages, levelMessages];

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

  /** A level to show without any request: `full`, `partial`, `info`, or legacy `1`–`4`. */
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
      // The figures' own code comes in parallel with them: the request does not wait for it.
      const [stats, part] = await Promise.all([getStats(this.client!, agency.trim() || undefined, { signal }), figures.load()]);
      addPartStyles(this.shadowRoot, part.figuresStyles);
      return stats;
    },
    args: () => [this.mode === 'agency' ? this.agency : undefined, this.dataSource, this.language] as const,
  });

  // A badge removed mid-request stops waiting for it, and asks again if it is put back.
  protected readonly lifecycle = new TaskLifecycle(this, () => [this.levelTask, this.statsTask]);

  protected override needsApi(): boolean {
    return this.mode === 'procedure' || this.mode === 'agency';
  }

  override render(): TemplateResult | typeof nothing {
    const mode = this.mode;
    if (mode === 'none') return nothing;
    if (mode === 'level') {
      const level = normalizeLevel(this.level);
      if (!level) logOnce(`dvc-elements: <dvc-service-level-badge level="${this.level}"> is not a level; use full, partial, info or 1–4.`);
      return this.renderLevel(level);
    }
    if (!this.dataSource) return this.renderConfigError();
    if (mode === 'procedure') {
      return this.levelTask.render({
        initial: () => this.renderLoading(),
        pending: () => this.renderLoading(),
        complete: (level) => this.renderLevel(level),
        error: (e) => this.renderError(e, () => this.levelTask.run()),
      });
    }
    return this.statsTask.render({
      initial: () => this.renderLoading(),
      pending: () => this.renderLoading(),
      complete: (stats) => (stats ? figures.module!.agencyFigures(stats, this.language) : nothing),
      error: (e) => this.renderError(e, () => this.statsTask.run()),
    });
  }

  private renderLevel(level: ServiceLevel | null): TemplateResult {
    const b = badgeMessages[this.language];
    const label = level
      ? levelMessages[this.language][level]
      : { short: b.unknown, full: this.mode === 'procedure' ? b.unknownFull(this.procedure ?? '') : b.unknownLevel };
    return html`${levelPill(level ?? 'unknown', label)}${this.plain
      ? nothing
      : html`<span class="tooltip" part="tooltip" aria-hidden="true">${label.full}</span>`}`;
  }

  private renderLoading(): TemplateResult {
    const b = badgeMessages[this.language];
    return pill('loading', html`<span>${this.mode === 'agency' ? b.loadingStats : b.loading}</span>`);
  }

  private renderError(e: unknown, retry: () => void): TemplateResult | typeof nothing {
    if (isAbort(e)) return this.renderLoading();
    const error = toApiError(e);
    const b = badgeMessages[this.language];
    // Agency figures are a region of their own and announce their failure; a procedure badge sits inside a
    // list where dozens failing at once would flood a screen reader, so it stays quiet but visible.
    return html`<span role=${this.mode === 'agency' ? 'status' : nothing}
      >${pill(
        'error',
        html`<span>${this.mode === 'agency' ? b.failedStats : b.failed}</span>
          <span class="visually-hidden">${describeError(error, this.language)}</span>`,
      )}
      <button class="retry secondary" @click=${retry}>${commonMessages[this.language].retry}</button>
    </span>`;
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

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.closeTooltip();
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
