import { html, noChange, render, type RenderOptions, type RootPart, type TemplateResult } from 'lit-html';
import { type PropertyValues } from '@lit/reactive-element';
import { DvcBase } from './dvc-base.js';

/**
 * The base of the widgets that render with Lit templates (search, tracker, form): `DvcBase` and the few lines
 * by which `LitElement` renders `render()` into the shadow root after each update. They are written here rather
 * than taken from LitElement because a class has one parent: the shared behaviour lives in `DvcBase`, whose own
 * parent is Lit's `ReactiveElement` without the template library, so that the badge (which builds its elements
 * itself) can share it and a page of badges downloads no templates.
 */
export class DvcElement extends DvcBase {
  /** @internal */
  readonly renderOptions: RenderOptions = { host: this };
  private rendered?: RootPart;

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

  /** The webmaster-facing notice shown instead of a blank box when the API address is missing. */
  protected renderConfigError(): TemplateResult {
    return html`${this.configError()}`;
  }
}
