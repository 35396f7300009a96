import { unsafeCSS, type CSSResult } from '@lit/reactive-element';

/**
 * The tag of our style sheets, in place of Lit's: every one of ours is a single literal, without interpolations
 * (the build squeezes them, rollup.config.js `minifyLitCss`), so it is `unsafeCSS` of that text, the same
 * `CSSResult`, adopted the same way. Lit's tag, with its checks of interpolated values and their error message,
 * then stays out of every page's code. A template with an interpolation does not type-check: this tag takes the
 * strings alone.
 */
export const css = (strings: TemplateStringsArray): CSSResult => unsafeCSS(strings[0]);

/**
 * The colour tokens, one row each: the private name, the public `--dvc-color-*` name, the light and dark defaults,
 * and the system colour in forced-colours mode. The three blocks of `tokens` are written from this table when the
 * module loads: each colour is named once here instead of three times in the CSS every page downloads.
 */
const COLOURS: readonly (readonly [name: string, token: string, light: string, dark: string, forced: string])[] = [
  // The focus ring: at least 3:1 against the surfaces in both schemes (WCAG 1.4.11). In forced colours, the
  // citizen's own text colour: Highlight can be too pale on Canvas (2.9:1 in Firefox's default palette).
  ['focus', 'focus', '#9a4a00', '#ffbf47', 'CanvasText'],
  ['primary', 'primary', '#0b57a4', '#8cc2ff', 'LinkText'],
  ['on-primary', 'on-primary', '#ffffff', '#00213f', 'Canvas'],
  ['text', 'text', '#1b1f24', '#e8eaed', 'CanvasText'],
  ['muted', 'text-muted', '#4a5560', '#b5bcc4', 'CanvasText'],
  ['surface', 'surface', '#ffffff', '#16191d', 'Canvas'],
  ['surface-alt', 'surface-alt', '#f3f5f7', '#22262b', 'Canvas'],
  ['border', 'border', '#6b7580', '#8a949e', 'CanvasText'],
  ['success', 'success', '#176c2f', '#7fd69a', 'CanvasText'],
  ['warning', 'warning', '#8a4b00', '#ffc168', 'CanvasText'],
  ['danger', 'danger', '#b3261e', '#ff9c94', 'CanvasText'],
  ['info', 'info', '#3d4a57', '#c3ccd6', 'CanvasText'],
  ['highlight', 'highlight', '#fff1a8', '#5c4b00', 'Mark'],
];

/** The colour declarations, each row's value as `value` makes it. */
const colours = (value: (row: (typeof COLOURS)[number]) => string): string =>
  COLOURS.map((row) => `--_${row[0]}:${value(row)};`).join('');

/**
 * The design tokens of every widget. A province brands all widgets from one place by setting `--dvc-*`
 * custom properties on any ancestor (they inherit through shadow roots), e.g. on `:root`:
 *
 *   :root { --dvc-color-primary: #8b0000; --dvc-font-family: "Roboto", sans-serif; }
 *
 * Schemes. Colours use `light-dark()`, so they follow the widget's `color-scheme`: the page's own (it inherits
 * into the widgets), or `--dvc-color-scheme` when the webmaster sets it. A widget's scheme can then differ from
 * the colours the page paints (a light page whose widgets follow a citizen who prefers dark; a page that paints
 * itself dark without declaring it), so every widget paints its own surface under its text and never relies on
 * the page's background: it reads the same on any page.
 *
 * Older browsers. `light-dark()` needs Safari 17.5, Chrome 123, Firefox 120; the supported browsers go back to
 * Safari 16.4, Chrome 111, Firefox 115. So the light values come first, plain, and the `light-dark()` pairs only
 * under `@supports`: a browser without it shows the light scheme (and says so with `color-scheme: light`, so its
 * own scrollbars and lists match), whatever the page. A dark fallback through `prefers-color-scheme` would be
 * wrong on every light-only page, since CSS cannot tell whether the page or the webmaster allows dark.
 *
 * The private `--_` names are internal. Defaults meet WCAG 2.2 AA contrast (4.5:1 for text, 3:1 for the focus
 * ring and borders) in both schemes. The light and dark values (the table `COLOURS` below) are also in the base
 * element's `@cssproperty` docs and the README; `npm run manifest` checks that the three agree.
 */
export const tokens = unsafeCSS(
  // The light values, plain, for every browser.
  `:host{color-scheme:light;` +
    `--_font:var(--dvc-font-family,system-ui,'Segoe UI',Roboto,'Noto Sans',Arial,sans-serif);` +
    `--_font-size:var(--dvc-font-size,1rem);--_radius:var(--dvc-radius,0.375rem);--_space:var(--dvc-space,0.5rem);` +
    colours(([, token, light]) => `var(--dvc-color-${token},${light})`) +
    // The widget's own surface: its text never depends on the page's background.
    `font-family:var(--_font);font-size:var(--_font-size);line-height:1.5;color:var(--_text);background-color:var(--_surface)}` +
    // Unset, --dvc-color-scheme makes the declaration invalid at computed time: color-scheme inherits from the page.
    `@supports (color:light-dark(#000,#fff)){:host{color-scheme:var(--dvc-color-scheme);` +
    colours(([, token, light, dark]) => `var(--dvc-color-${token},light-dark(${light},${dark}))`) +
    `}}@media (forced-colors:active){:host{` +
    colours(([, , , , forced]) => forced) +
    `}}`,
);

/** Pieces every widget uses: hidden-but-announced text, buttons, focus rings, status messages. */
export const baseStyles = css`
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  /* The gap between a control and its ring is filled with the surface, so the ring contrasts with what is right
     next to it even where it reaches past the widget's edge onto a page of another colour. */
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 2px var(--_surface);
  }
  button {
    font: inherit;
    min-height: 44px;
    padding: 0 calc(var(--_space) * 2);
    border-radius: var(--_radius);
    border: 2px solid var(--_primary);
    background: var(--_primary);
    color: var(--_on-primary);
    cursor: pointer;
  }
  button.secondary {
    background: transparent;
    color: var(--_primary);
  }
  button[disabled],
  button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .message {
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-left: 4px solid var(--_info);
    background: var(--_surface-alt);
  }
  .message.error {
    border-left-color: var(--_danger);
  }
  .message p {
    margin: 0 0 var(--_space);
  }
  .message p:last-child {
    margin-bottom: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      animation: none !important;
      transition: none !important;
    }
  }
`;
