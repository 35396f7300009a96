import { html, type SVGTemplateResult, type TemplateResult } from 'lit';

/**
 * The frame of every widget's icons: a decorative 16×16 `<svg>` (the text beside each icon says the same
 * thing), drawn in `currentColor` by its shapes so that it follows the tokens, dark schemes and forced colours.
 *
 * The `<svg>` element itself is HTML content, so the frame is an `html` template; only the shapes inside it are
 * `svg` templates (an `svg` template is for what goes inside an `<svg>`).
 */
export const iconSvg = (shapes: SVGTemplateResult): TemplateResult =>
  html`<svg class="icon" part="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">${shapes}</svg>`;
