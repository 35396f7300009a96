import { LitElement, html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { createClient, type DvcApi } from '../api/client.js';
import type { Lang } from '../api/types.js';
import { LangController, type LanguageResource } from '../i18n/lang.js';
import { commonMessages } from '../i18n/messages/common.js';
import { baseStyles, tokens } from '../theme/tokens.js';
import { logOnce, resolveApiBase } from './config.js';

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

  /**
   * The message catalogs the widget reads. A widget adds its own (`[...DvcElement.catalogs, fooMessages]`):
   * it speaks a language only once all of them are loaded in it.
   */
  static catalogs: readonly LanguageResource[] = [commonMessages];

  /** Base URL of the provincial API. Defaults to the page's `<meta name="dvc-api-base">`. */
  declare apiBase?: string;

  private readonly langController = new LangController(
    this,
    (lang) => this.languageChanged(lang),
    (this.constructor as typeof DvcElement).catalogs,
  );
  private readonly fallbackSlot = document.createElement('slot');
  private pendingFocus?: string;
  private cachedClient?: { key: string; client: DvcApi };

  /**
   * The language the widget speaks now: its own `lang`, else the nearest ancestor's, else `vi`, once the
   * widget's catalogs are loaded in it (until then, the language it spoke before). So `fooMessages[this.language]`
   * is always there, and the API is asked in the language the citizen reads.
   */
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

  /**
   * The first update waits for the widget's language: a widget in English fetches its English text first rather
   * than showing Vietnamese for a moment, and its first API requests (sent from that update, and already saying
   * things in the widget's language) go out in English right after. Meanwhile the page shows what it showed
   * before the script ran: the content inside the tag, if any (see createRenderRoot). Later changes of language
   * never hold an update up: the widget keeps its language until the new one is loaded.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = this.hasUpdated ? undefined : this.langController.loading;
    return loading ? loading.then(() => this.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // Until the first render, the webmaster's fallback content inside the tag stays visible, as before the
    // script ran, instead of an empty box.
    root.append(this.fallbackSlot);
    return root;
  }

  protected override update(changed: PropertyValues): void {
    if (!this.hasUpdated) this.fallbackSlot.remove();
    super.update(changed);
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
    if (selector) this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
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
