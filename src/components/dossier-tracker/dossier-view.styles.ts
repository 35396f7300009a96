import { css } from '../../theme/tokens.js';

/**
 * The looked-up dossier's styles: they come with its view (dossier-view.ts), not with the tracker every page with
 * a tracker downloads, and are added to a tracker's shadow root with its first dossier (dossier-tracker.ts,
 * `onLoaded`). The custom properties they use are the theme's (src/theme/tokens.ts).
 */
export const viewStyles = css`
  .muted {
    color: var(--_muted);
  }
  .icon {
    flex: none;
    width: 1.25em;
    height: 1.25em;
  }

  /* The result */
  .result h2 {
    margin: 0 0 var(--_space);
    font-size: 1.375em;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .result h2:focus {
    outline: none;
  }
  .result h2:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .result h3 {
    margin: calc(var(--_space) * 2.5) 0 var(--_space);
    font-size: 1.125em;
  }
  .summary {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin-bottom: calc(var(--_space) * 2);
  }
  .status,
  .timeliness {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    margin: 0;
    padding: 0.25em 0.75em;
    border: 2px solid currentColor;
    border-radius: var(--_radius);
    background: var(--_surface);
    font-weight: 700;
  }
  .tone-open,
  .tone-neutral {
    color: var(--dvc-tracker-color-open, var(--_primary));
  }
  .tone-action,
  .tone-warn {
    color: var(--dvc-tracker-color-action, var(--_warning));
  }
  .tone-stopped,
  .tone-bad {
    color: var(--dvc-tracker-color-stopped, var(--_danger));
  }
  .tone-closed {
    color: var(--dvc-tracker-color-closed, var(--_muted));
  }
  .tone-done,
  .tone-good {
    color: var(--dvc-tracker-color-done, var(--_success));
  }
  dl.facts {
    display: grid;
    grid-template-columns: minmax(9rem, max-content) 1fr;
    gap: 0.25rem calc(var(--_space) * 2);
    margin: 0;
  }
  dl.facts > div {
    display: contents;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .supplement,
  .next {
    margin-top: calc(var(--_space) * 2);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-left: 4px solid var(--_primary);
    background: var(--_surface-alt);
  }
  .supplement {
    border-left-color: var(--_warning);
  }
  .supplement h3,
  .next h3 {
    margin-top: 0;
  }
  .supplement p,
  .next p {
    margin: 0 0 var(--_space);
  }
  .supplement ul {
    margin: 0;
    padding-left: 1.25rem;
  }
  .supplement dl.facts {
    margin-bottom: var(--_space);
  }
  .history ol {
    margin: 0;
    padding: 0;
    list-style: none;
    counter-reset: step;
  }
  .history li {
    position: relative;
    padding: 0 0 calc(var(--_space) * 1.5) 2rem;
    border-left: 2px solid var(--_border);
    margin-left: 0.6rem;
    counter-increment: step;
    break-inside: avoid;
  }
  .history li:last-child {
    border-left-color: transparent;
  }
  .history li::before {
    content: counter(step);
    position: absolute;
    left: -0.8rem;
    top: 0;
    width: 1.5rem;
    height: 1.5rem;
    border: 2px solid var(--_primary);
    border-radius: 50%;
    background: var(--_surface);
    color: var(--_primary);
    font-size: 0.8125rem;
    font-weight: 700;
    line-height: 1.25rem;
    text-align: center;
  }
  .history p {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .history .when {
    font-weight: 600;
  }
  .history .unit,
  .history .note {
    color: var(--_muted);
  }

  /* Narrow widgets (a phone at 320 px, a sidebar): labels above values. */
  @container (max-width: 30rem) {
    dl.facts {
      grid-template-columns: 1fr;
      gap: 0;
    }
    dd {
      margin-bottom: var(--_space);
    }
  }

  @media (forced-colors: active) {
    .status,
    .timeliness,
    .history li::before {
      border-color: CanvasText;
    }
  }

  /* On paper: in black. */
  @media print {
    [class*='tone-'],
    .muted,
    .history .unit,
    .history .note {
      color: #000 !important;
    }
    .supplement,
    .next {
      background: none;
      border: 1px solid #000;
    }
    section {
      break-inside: avoid-page;
    }
    .history {
      break-inside: auto;
    }
  }
`;
