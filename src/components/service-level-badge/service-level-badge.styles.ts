import { css } from '../../theme/tokens.js';

export const badgeStyles = css`
  :host {
    display: inline-block;
    vertical-align: middle;
    position: relative;
    /* A badge sits in the page's text: no box of its own. Each thing it shows (the pill, the tooltip, the
       figures, the retry button) paints the surface under its own text instead. */
    background: none;
  }
  .unknown,
  .loading {
    color: var(--_muted);
    font-weight: 400;
  }
  .error {
    color: var(--_danger);
    font-weight: 400;
  }
  /* The full label, shown while the pointer rests on the badge or on the label itself. Placed under the badge,
     moved sideways (--_shift) or above (data-side) by the component to stay in the viewport; never wider than it.
     display, not visibility, hides it: a hidden label must not widen the page. */
  .tooltip {
    display: none;
    position: absolute;
    left: var(--_shift, 0px);
    top: 100%;
    /* The gap is a transparent border, part of the tooltip: the pointer can move onto it (WCAG 1.4.13). */
    border-top: 4px solid transparent;
    background-clip: padding-box;
    z-index: 10;
    width: max-content;
    max-width: min(20rem, calc(100vw - 2rem));
    padding: 0.25rem 0.5rem;
    border-radius: var(--_radius);
    background: var(--_text);
    color: var(--_surface);
    font-size: 0.875rem;
    white-space: normal;
    text-align: start;
    overflow-wrap: anywhere;
  }
  .tooltip[data-side='above'] {
    top: auto;
    bottom: 100%;
    border-top: 0;
    border-bottom: 4px solid transparent;
  }
  /* The host holds the badge and the label: the pointer can move from one to the other (WCAG 1.4.13). */
  :host(:hover) .tooltip {
    display: block;
  }
  /* Closed with Escape. */
  .tooltip[hidden] {
    display: none !important;
  }
  button.retry {
    background: var(--_surface);
    min-height: 24px;
    margin-left: 0.25em;
    padding: 0 0.5em;
    font-size: 0.8125rem;
  }
  @media (forced-colors: active) {
    .tooltip {
      border: 1px solid CanvasText;
      background: Canvas;
      color: CanvasText;
    }
  }
`;
