import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { Task } from '@lit/task';
import { isAbort, toApiError } from '../../api/errors.js';
import { getStats } from '../../api/stats.js';
import type { ServiceLevel, Stats } from '../../api/types.js';
import { DvcElement } from '../../base/dvc-element.js';
import { logOnce } from '../../base/config.js';
import { defineElement } from '../../base/define.js';
import { iconSvg } from '../../base/icon.js';
import { TaskLifecycle } from '../../base/task-lifecycle.js';
import { normalizeLevel } from '../../domain/service-level.js';
import { badgeMessages } from '../../i18n/messages/badge.js';
import { commonMessages, describeError } from '../../i18n/messages/common.js';
import { levelMessages } from '../../i18n/messages/levels.js';
import { formatDate } from '../../time/ho-chi-minh.js';
import { levelIcons } from './icons.js';
import { levelBatcherFor } from './level-batcher.js';
import { badgeStyles } from './service-level-badge.styles.js';

/**
 * The online-service level of a procedure (Decree 42/2022), or an agency's share of online procedures.
 *
 * Three modes, by the first attribute present:
 * - `level`: shown at once, no request (`full`, `partial`, `info`, or legacy `1`–`4`);
 * - `procedure`: a procedure code, fetched; all badges on a page share batched `GET /procedures?codes=` requests;
 * - `agency`: figures from `GET /stats?agency=`; an empty `agency` attribute means the whole province.
 *
 * @tagname dvc-service-level-badge
 * @summary Online-service level of a procedure, or an agency's online-service figures.
 *
 * @csspart badge - The pill that shows the level or figure.
 * @csspart icon - The level icon inside the badge.
 * @csspart tooltip - The full label shown on hover and focus.
 * @csspart breakdown - The agency figures revealed from the badge (agency mode).
 * @csspart config-error - The notice shown to the webmaster when no API address is configured.
 *
 * @cssproperty --dvc-badge-color-full - Colour of the "fully online" badge. Default: the success colour.
 * @cssproperty --dvc-badge-color-partial - Colour of the "partly online" badge. Default: the primary colour.
 * @cssproperty --dvc-badge-color-info - Colour of the "information only" badge. Default: the info colour.
 * @cssproperty --dvc-badge-font-size - Font size of the badge. Default: 0.875em.
 */
export class DvcServiceLevelBadge extends DvcElement {
  static override styles = [...DvcElement.styles, badgeStyles];

  static override properties: PropertyDeclarations = {
    level: { reflect: true },
    procedure: { reflect: true },
    agency: { reflect: true },
    plain: { type: Boolean, reflect: true },
  };

  /** A level to show without any request: `full`, `partial`, `info`, or legacy `1`–`4`. */
  declare level?: string;

  /** A procedure code (e.g. `1.001193`) whose level is fetched. */
  declare procedure?: string;

  /** An agency code whose figures are fetched from `/stats`; an empty value means the whole province. */
  declare agency?: string | null;

  /** No tooltip and no tab stop (for use inside lists); the full label still reaches screen readers. */
  plain = false;

  // Escape hides the tooltip until the pointer or focus leaves (WCAG 1.4.13).
  private tooltipDismissed = false;

  private get mode(): 'level' | 'procedure' | 'agency' | 'none' {
    if (this.level != null) return 'level';
    if (this.procedure) return 'procedure';
    if (this.agency != null) return 'agency';
    return 'none';
  }

  private readonly levelTask = new Task(this, {
    task: async ([code, base]: readonly [string | undefined, string | null]): Promise<ServiceLevel | null> => {
      if (!code || !base) return null;
      return levelBatcherFor(base).level(code.trim());
    },
    args: () => [this.mode === 'procedure' ? this.procedure : undefined, this.resolvedApiBase] as const,
  });

  private readonly statsTask = new Task(this, {
    task: async ([agency, base]: readonly [string | null | undefined, string | null, string], { signal }): Promise<Stats | null> => {
      if (agency == null || !base) return null;
      return getStats(this.client!, agency.trim() || undefined, { signal });
    },
    args: () => [this.mode === 'agency' ? this.agency : undefined, this.resolvedApiBase, this.language] as const,
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
    if (!this.resolvedApiBase) return this.renderConfigError();
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
      complete: (stats) => (stats ? this.renderStats(stats) : nothing),
      error: (e) => this.renderError(e, () => this.statsTask.run()),
    });
  }

  private renderLevel(level: ServiceLevel | null): TemplateResult {
    const b = badgeMessages[this.language];
    const label = level
      ? levelMessages[this.language][level]
      : { short: b.unknown, full: this.mode === 'procedure' ? b.unknownFull(this.procedure ?? '') : b.unknownLevel };
    const cls = level ?? 'unknown';
    const focusable = !this.plain;
    return html`<span
        class="badge ${cls}"
        part="badge"
        data-level=${cls}
        tabindex=${focusable ? '0' : nothing}
        @keydown=${this.onKeydown}
        @blur=${this.resetTooltip}
        @mouseleave=${this.resetTooltip}
        >${iconSvg(levelIcons[cls])}<span aria-hidden="true">${label.short}</span><span class="visually-hidden"
          >${label.full}</span
        ></span
      >${focusable
        ? html`<span class="tooltip ${this.tooltipDismissed ? 'dismissed' : ''}" part="tooltip" aria-hidden="true"
            >${label.full}</span
          >`
        : nothing}`;
  }

  private renderLoading(): TemplateResult {
    const b = badgeMessages[this.language];
    return html`<span class="badge loading" part="badge" data-level="loading">
      ${iconSvg(levelIcons.unknown)}<span>${this.mode === 'agency' ? b.loadingStats : b.loading}</span>
    </span>`;
  }

  private renderError(e: unknown, retry: () => void): TemplateResult | typeof nothing {
    if (isAbort(e)) return this.renderLoading();
    const error = toApiError(e);
    const b = badgeMessages[this.language];
    // Agency figures are a region of their own and announce their failure; a procedure badge sits inside a
    // list where dozens failing at once would flood a screen reader, so it stays quiet but visible.
    return html`<span role=${this.mode === 'agency' ? 'status' : nothing}>
      <span class="badge error" part="badge" data-level="error">
        ${iconSvg(levelIcons.unknown)}<span>${this.mode === 'agency' ? b.failedStats : b.failed}</span>
        <span class="visually-hidden">${describeError(error, this.language)}</span>
      </span>
      <button class="retry secondary" @click=${retry}>${commonMessages[this.language].retry}</button>
    </span>`;
  }

  private renderStats(s: Stats): TemplateResult {
    const b = badgeMessages[this.language];
    const lv = levelMessages[this.language];
    const p = s.procedures;
    const ratio = p.total > 0 ? (p.full + p.partial) / p.total : 0;
    const d = s.dossiers;
    return html`<details>
      <summary>
        <span class="badge partial" part="badge" data-level="stats">${iconSvg(levelIcons.partial)}<span>${b.onlineShare(ratio)}</span></span>
      </summary>
      <div class="breakdown" part="breakdown">
        <h3>${b.breakdownTitle(s.agency?.name)}</h3>
        <dl>
          <dt>${lv.full.full}</dt>
          <dd>${b.count(p.full)}</dd>
          <dt>${lv.partial.full}</dt>
          <dd>${b.count(p.partial)}</dd>
          <dt>${lv.info.short}</dt>
          <dd>${b.count(p.info)}</dd>
          <dt>${b.total}</dt>
          <dd>${b.count(p.total)}</dd>
        </dl>
        ${d && d.total > 0 ? html`<p>${b.dossiersOnTime(d.onTime / d.total, d.total)}</p>` : nothing}
        <p>${b.period(formatDate(s.period.from), formatDate(s.period.to))}</p>
      </div>
    </details>`;
  }

  // WCAG 1.4.13: content shown on hover or focus can be dismissed without moving focus.
  private onKeydown(e: KeyboardEvent): void {
    if (e.key === 'Escape') {
      this.tooltipDismissed = true;
      this.requestUpdate();
    }
  }

  private resetTooltip(): void {
    if (!this.tooltipDismissed) return;
    this.tooltipDismissed = false;
    this.requestUpdate();
  }
}

defineElement('dvc-service-level-badge', DvcServiceLevelBadge);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-service-level-badge': DvcServiceLevelBadge;
  }
}
