import { html, noChange, render, type RenderOptions, type RootPart, type TemplateResult } from 'lit-html';
import type { PropertyValues } from '@lit/reactive-element';
import { DvcBase } from './dvc-base.js';
import { focusInPlace } from './focus.js';

/**
 * The base of the widgets that render with Lit templates (search, tracker, form): `DvcBase`, the few lines by
 * which `LitElement` renders `render()` into the shadow root after each update, and focus moved to what a render
 * brought (a result heading, an error summary). Those lines are written here rather than taken from LitElement
 * because a class has one parent: the shared behaviour lives in `DvcBase`, whose parent is Lit's
 * `ReactiveElement` without the template library, so that the badge (which builds its elements itself) shares it
 * and a page of badges downloads no templates.
 */
export class DvcElement extends DvcBase {
  /** @internal */
  readonly renderOptions: RenderOptions = { host: this };
  private rendered?: RootPart;
  private pendingFocus?: string;

  // Unlike LitElement, no `renderBefore`: the render root holds no <style> elements (every supported browser
  // adopts stylesheets), and the fallback slot DvcBase puts there is gone before the first render.
  protected override update(changed: PropertyValues): void {
    const value = this.render();
    if (!this.hasUpdated) this.renderOptions.isConnected = this.isConnected;
    super.update(changed);
    this.rendered = render(value, this.renderRoot, this.renderOptions);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.rendered?.setConnected(true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.rendered?.setConnected(false);
  }

  /** What the widget shows: a Lit template, rendered into its shadow root after each update. */
  protected render(): unknown {
    return noChange;
  }

  /**
   * Moves keyboard focus to the element matching `selector` in the widget once the coming render is done (it
   * may not exist yet): to a heading after a lookup, to the error summary after a failed check, and so on.
   * Only while focus is in the widget, or nowhere (the page's body, as after a tap in Safari): a citizen who went
   * on to another part of the page while a slow answer came keeps their place. Returns whether focus will move;
   * when it will not, the caller has what it shows announced.
   */
  protected focusAfterRender(selector: string): boolean {
    const here = this.matches(':focus-within') || document.activeElement === document.body;
    if (here) {
      this.pendingFocus = selector;
      this.requestUpdate();
    }
    return here;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const selector = this.pendingFocus;
    this.pendingFocus = undefined;
    if (selector) focusInPlace(this.renderRoot.querySelector<HTMLElement>(selector));
  }

  /** The webmaster-facing notice shown instead of a blank box when the API address is missing. */
  protected renderConfigError(): TemplateResult {
    return html`${this.configError()}`;
  }
}

/**
 * The content of a live region that may have to say the same sentence twice (the search's count, the tracker's
 * announcements). A screen reader says a status region only when its content changes: a second search with the
 * same count, or the same error twice, would be silent. The region's owner flips `again` each time it has
 * something to say; a no-break space at the end then changes the content while the sentence reads the same. An
 * empty region stays empty. (Here, beside the focus that moves where nothing is announced, rather than in a module
 * of its own: two tags use it, and a module of its own would be one more file to download for a page with both.)
 */
export const sayAgain = <T>(text: T, again: boolean): readonly [T, string] => [text, text && again ? '\u00a0' : ''];
