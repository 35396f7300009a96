import { ReactiveElement, type PropertyDeclarations, type PropertyValues } from '@lit/reactive-element';
import { createClient, type DvcApi } from '../api/client.js';
import type { Lang } from '../api/types.js';
import { LangController, type LanguageResource } from '../i18n/lang.js';
import { commonMessages } from '../i18n/messages/common.js';
import { baseStyles, tokens } from '../theme/tokens.js';
import { logOnce, resolveApiBase } from './config.js';
import { h } from './dom.js';

/**
 * What every widget shares: `api-base` and `lang` resolution, the API client for them, tokens and base styles,
 * and the message shown to the webmaster when no API address is configured. It renders nothing itself: the
 * widgets that render with Lit templates extend `DvcElement` (dvc-element.ts), and the badge builds its few
 * elements itself (src/base/dom.ts), so that a page of badges downloads no template library.
 *
 * The design tokens every widget reads (set them on any ancestor). Colour defaults are given as
 * `light-dark(light, dark)`; browsers without `light-dark()` use the light one. The same values are in
 * `src/theme/tokens.ts` and the README; `npm run manifest` fails when they disagree.
 *
 * @cssproperty [--dvc-color-scheme=the page's color-scheme] - `light dark` follows the citizen's preference, `light` or `dark` pins the widgets; each widget paints its own surface, so it reads on any page.
 * @cssproperty [--dvc-font-family=system-ui, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif] - Text font.
 * @cssproperty [--dvc-font-size=1rem] - Base text size.
 * @cssproperty [--dvc-radius=0.375rem] - Corner radius.
 * @cssproperty [--dvc-space=0.5rem] - Base spacing unit.
 * @cssproperty [--dvc-color-primary=light-dark(#0b57a4, #8cc2ff)] - Links, buttons, accents.
 * @cssproperty [--dvc-color-on-primary=light-dark(#ffffff, #00213f)] - Text on primary buttons.
 * @cssproperty [--dvc-color-text=light-dark(#1b1f24, #e8eaed)] - Text.
 * @cssproperty [--dvc-color-text-muted=light-dark(#4a5560, #b5bcc4)] - Secondary text.
 * @cssproperty [--dvc-color-surface=light-dark(#ffffff, #16191d)] - The widget's background, painted under its text; set it to the page's background to blend in.
 * @cssproperty [--dvc-color-surface-alt=light-dark(#f3f5f7, #22262b)] - Panels and messages.
 * @cssproperty [--dvc-color-border=light-dark(#6b7580, #8a949e)] - Borders of controls.
 * @cssproperty [--dvc-color-success=light-dark(#176c2f, #7fd69a)] - "Fully online", on time, sent.
 * @cssproperty [--dvc-color-warning=light-dark(#8a4b00, #ffc168)] - Due soon, documents requested.
 * @cssproperty [--dvc-color-danger=light-dark(#b3261e, #ff9c94)] - Errors, late.
 * @cssproperty [--dvc-color-info=light-dark(#3d4a57, #c3ccd6)] - Neutral states.
 * @cssproperty [--dvc-color-highlight=light-dark(#fff1a8, #5c4b00)] - Search-term highlight.
 * @cssproperty [--dvc-color-focus=light-dark(#9a4a00, #ffbf47)] - Focus ring (3:1 or more against the surfaces).
 */
export class DvcBase extends ReactiveElement {
  static override styles = [tokens, baseStyles];

  // Reactive properties are declared statically rather than with decorators: no decorator helpers in bundles.
  static override properties: PropertyDeclarations = {
    apiBase: { attribute: 'api-base', reflect: true },
  };

  /**
   * The message catalogs the widget reads. A widget adds its own (`[...DvcBase.catalogs, fooMessages]`):
   * it speaks a language only once all of them are loaded in it.
   */
  static catalogs: readonly LanguageResource[] = [commonMessages];

  /** Base URL of the provincial API. Defaults to the page's `<meta name="dvc-api-base">`. */
  declare apiBase?: string;

  private readonly langController = new LangController(
    this,
    (lang) => this.languageChanged(lang),
    (this.constructor as typeof DvcBase).catalogs,
  );
  private readonly fallbackSlot = document.createElement('slot');
  private cachedClient?: { key: string; client: DvcApi };

  /**
   * The language the widget speaks now: its own `lang`, else the nearest ancestor's, else `vi`, once the
   * widget's catalogs are loaded in it (until then, the language it spoke before). So `fooMessages[this.language]`
   * is always there, and the API is asked in the language the citizen reads.
   * @internal
   */
  get language(): Lang {
    return this.langController.lang;
  }

  /**
   * The API base in force, or null when the webmaster has set none.
   * @internal
   */
  get resolvedApiBase(): string | null {
    // The property first: frameworks set `apiBase` before Lit reflects it to the attribute.
    return this.apiBase?.trim() || resolveApiBase(this);
  }

  /**
   * How a widget that can read a static catalog (search, badges) makes its client: set by those widgets' classes
   * only (to `catalogClient` of src/base/catalog-client.ts), so a page with neither never loads catalog code.
   * @internal
   */
  protected static catalogClient?: (catalog: string, api: DvcApi | null) => DvcApi;

  /**
   * The static catalog folder in force, or null. Widgets that can read one (search, badges) override this with
   * their `catalog` attribute and the page's `<meta name="dvc-catalog">`; the others always use the API.
   * @internal
   */
  get resolvedCatalog(): string | null {
    return null;
  }

  /**
   * Where the widget's data comes from, as one key (its catalog and API base), or null when it has neither.
   * Tasks take it as an argument, so a change of either asks again.
   * @internal
   */
  get dataSource(): string | null {
    const catalog = this.resolvedCatalog;
    const base = this.resolvedApiBase;
    return catalog || base ? `${catalog ?? ''} ${base ?? ''}` : null;
  }

  /**
   * A client for the current data source and language (kept while neither changes), or null if not configured.
   * With a catalog, it answers search, details, lists and levels from the catalog and the rest from the API.
   * @internal
   */
  get client(): DvcApi | null {
    const source = this.dataSource;
    if (!source) return null;
    const key = `${source}\n${this.language}`;
    if (this.cachedClient?.key !== key) {
      const base = this.resolvedApiBase;
      const api = base ? createClient({ baseUrl: base, lang: this.language }) : null;
      const catalog = this.resolvedCatalog;
      const withCatalog = (this.constructor as typeof DvcBase).catalogClient;
      this.cachedClient = { key, client: catalog && withCatalog ? withCatalog(catalog, api) : api! };
    }
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
    // A shadow root already there is the loader's, showing that this widget's code once failed to arrive
    // (src/loader/note.ts): the widget renders into it, so its note goes first.
    this.shadowRoot?.replaceChildren();
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
    if (!this.dataSource && this.needsApi()) {
      logOnce(
        `dvc-elements: <${this.localName}> has no API address. Add api-base="https://…" to the tag or <meta name="dvc-api-base" content="https://…"> to the page.`,
      );
    }
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

  private configErrorIn?: [Lang, HTMLElement];

  /**
   * The webmaster-facing notice shown instead of a blank box when the API address is missing. The same element
   * while the language stays, so that a re-render does not announce it again.
   */
  protected configError(): HTMLElement {
    const lang = this.language;
    if (this.configErrorIn?.[0] !== lang) {
      const m = commonMessages[lang];
      this.configErrorIn = [
        lang,
        h('div', { class: 'message error', part: 'config-error', role: 'alert' }, h('p', {}, h('strong', {}, m.configMissing)), h('p', {}, m.configHint)),
      ];
    }
    return this.configErrorIn[1];
  }
}
