import { LitElement, html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { createClient, type DvcApi } from '../api/client.js';
import type { Lang } from '../api/types.js';
import { LangController } from '../i18n/lang.js';
import { commonMessages } from '../i18n/messages/common.js';
import { baseStyles, tokens } from '../theme/tokens.js';
import { logOnce, resolveApiBase } from './config.js';
import { focusInPlace } from './focus.js';

/**
 * What every widget shares: `api-base` and `lang` resolution, the API client for them, tokens and base styles,
 * and the message shown to the webmaster when no API address is configured.
 */
export class DvcElement extends LitElement {
  static override styles = [tokens, baseStyles];

  // Reactive properties are declared statically rather than with decorators: no decorator helpers in bundles.
  static override properties: PropertyDeclarations = {
    apiBase: { attribute: 'api-base', reflect: true },
  };

  /** Base URL of the provincial API. Defaults to the page's `<meta name="dvc-api-base">`. */
  declare apiBase?: string;

  private readonly langController = new LangController(this, (lang) => this.languageChanged(lang));
  private pendingFocus?: string;
  private cachedClient?: { key: string; client: DvcApi };

  /** The language the widget speaks now: its own `lang`, else the nearest ancestor's, else `vi`. */
  get language(): Lang {
    return this.langController.lang;
  }

  /** The API base in force, or null when the webmaster has set none. */
  get resolvedApiBase(): string | null {
    // The property first: frameworks set `apiBase` before Lit reflects it to the attribute.
    return this.apiBase?.trim() || resolveApiBase(this);
  }

  /** A client for the current API base and language (kept while neither changes), or null if not configured. */
  get client(): DvcApi | null {
    const base = this.resolvedApiBase;
    if (!base) return null;
    const key = `${base}\n${this.language}`;
    if (this.cachedClient?.key !== key) this.cachedClient = { key, client: createClient({ baseUrl: base, lang: this.language }) };
    return this.cachedClient.client;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.resolvedApiBase && this.needsApi()) {
      logOnce(
        `dvc-elements: <${this.localName}> has no API address. Add api-base="https://…" to the tag or <meta name="dvc-api-base" content="https://…"> to the page.`,
      );
    }
  }

  /**
   * Moves keyboard focus to the element matching `selector` in the widget once the coming render is done (it
   * may not exist yet): to a heading after a lookup, to the error summary after a failed check, and so on.
   */
  protected focusAfterRender(selector: string): void {
    this.pendingFocus = selector;
    this.requestUpdate();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const selector = this.pendingFocus;
    this.pendingFocus = undefined;
    const target = selector ? this.renderRoot.querySelector<HTMLElement>(selector) : null;
    if (target) focusInPlace(target);
  }

  /** Dispatches a public event the way the SPEC fixes them: bubbling and composed, out of the shadow root. */
  protected emit<T>(type: `dvc-${string}`, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
  }

  /**
   * Called when the widget's language changes at run time (its own `lang`, an ancestor's, or a move). The API
   * answers in the language asked for, so a widget showing server text asks again.
   */
  protected languageChanged(_lang: Lang): void {}

  /** Whether the widget needs the API in its current configuration (a badge with a static level does not). */
  protected needsApi(): boolean {
    return true;
  }

  /** The webmaster-facing notice shown instead of a blank box when the API address is missing. */
  protected renderConfigError(): TemplateResult {
    const m = commonMessages[this.language];
    return html`<div class="message error" part="config-error" role="alert">
      <p><strong>${m.configMissing}</strong></p>
      <p>${m.configHint}</p>
    </div>`;
  }
}
