import { css } from 'lit';

/**
 * The design tokens of every widget. A province brands all widgets from one place by setting `--dvc-*`
 * custom properties on any ancestor (they inherit through shadow roots), e.g. on `:root`:
 *
 *   :root { --dvc-color-primary: #8b0000; --dvc-font-family: "Roboto", sans-serif; }
 *
 * Colours use `light-dark()`, so they follow the page's own `color-scheme` (which inherits into the widgets): a
 * light-only site keeps light widgets, and a site that declares `color-scheme: light dark` gets dark widgets for
 * citizens who prefer dark. `--dvc-color-scheme` overrides it for the widgets alone. Private `--_` names are
 * internal.
 * Defaults meet WCAG 2.2 AA contrast (4.5:1 for text) in both schemes.
 */
export const tokens = css`
  :host {
    /* Unset token: the declaration is invalid at computed time, so color-scheme inherits from the page. */
    color-scheme: var(--dvc-color-scheme);
    --_font: var(--dvc-font-family, system-ui, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif);
    --_font-size: var(--dvc-font-size, 1rem);
    --_radius: var(--dvc-radius, 0.375rem);
    --_space: var(--dvc-space, 0.5rem);
    /* At least 3:1 against the surfaces in both schemes (WCAG 1.4.11). */
    --_focus: var(--dvc-color-focus, light-dark(#9a4a00, #ffbf47));

    --_primary: var(--dvc-color-primary, light-dark(#0b57a4, #8cc2ff));
    --_on-primary: var(--dvc-color-on-primary, light-dark(#ffffff, #00213f));
    --_text: var(--dvc-color-text, light-dark(#1b1f24, #e8eaed));
    --_muted: var(--dvc-color-text-muted, light-dark(#4a5560, #b5bcc4));
    --_surface: var(--dvc-color-surface, light-dark(#ffffff, #16191d));
    --_surface-alt: var(--dvc-color-surface-alt, light-dark(#f3f5f7, #22262b));
    --_border: var(--dvc-color-border, light-dark(#6b7580, #8a949e));
    --_success: var(--dvc-color-success, light-dark(#176c2f, #7fd69a));
    --_warning: var(--dvc-color-warning, light-dark(#8a4b00, #ffc168));
    --_danger: var(--dvc-color-danger, light-dark(#b3261e, #ff9c94));
    --_info: var(--dvc-color-info, light-dark(#3d4a57, #c3ccd6));
    --_highlight: var(--dvc-color-highlight, light-dark(#fff1a8, #5c4b00));

    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.5;
    color: var(--_text);
  }

  @media (forced-colors: active) {
    :host {
      --_primary: LinkText;
      --_on-primary: Canvas;
      --_text: CanvasText;
      --_muted: CanvasText;
      --_surface: Canvas;
      --_surface-alt: Canvas;
      --_border: CanvasText;
      --_success: CanvasText;
      --_warning: CanvasText;
      --_danger: CanvasText;
      --_info: CanvasText;
      --_focus: Highlight;
      --_highlight: Mark;
    }
  }
`;

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
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
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
