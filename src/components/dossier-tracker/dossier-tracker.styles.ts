import { css } from 'lit';

export const trackerStyles = css`
  :host {
    display: block;
    /* The layout follows the widget's own width, not the page's: it may sit in a narrow sidebar. */
    container-type: inline-size;
    max-width: var(--dvc-tracker-max-width, 48rem);
  }
  .muted {
    color: var(--_muted);
  }
  .icon {
    flex: none;
    width: 1.25em;
    height: 1.25em;
  }

  /* The lookup form */
  form {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--_space) calc(var(--_space) * 1.5);
    margin: 0 0 calc(var(--_space) * 2);
  }
  .field {
    flex: 1 1 16rem;
    min-width: 0;
  }
  .field.verifier {
    flex-basis: 100%;
  }
  .field.verifier input {
    max-width: 24rem;
  }
  label {
    display: block;
    font-weight: 600;
  }
  .hint,
  .field-error {
    margin: 0.125rem 0 0.25rem;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .field-error {
    display: flex;
    gap: 0.35em;
    align-items: flex-start;
    color: var(--_danger);
    font-weight: 600;
  }
  input {
    display: block;
    width: 100%;
    min-height: 44px;
    padding: 0 calc(var(--_space) * 1.25);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  input[aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 3px;
  }
  form button {
    flex: none;
  }

  /* Loading, errors */
  .loading {
    display: flex;
    align-items: center;
    gap: var(--_space);
    color: var(--_muted);
  }
  .spinner {
    width: 1.25em;
    height: 1.25em;
    border: 3px solid var(--_border);
    border-top-color: transparent;
    border-radius: 50%;
    animation: spin 0.9s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  .message ul {
    margin: 0 0 var(--_space);
    padding-left: 1.25rem;
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

  /* Narrow widgets (a phone at 320 px, a sidebar): labels above values, the button full width. */
  @container (max-width: 30rem) {
    dl.facts {
      grid-template-columns: 1fr;
      gap: 0;
    }
    dd {
      margin-bottom: var(--_space);
    }
    form button {
      flex: 1 1 100%;
    }
  }

  @media (forced-colors: active) {
    .status,
    .timeliness,
    .history li::before {
      border-color: CanvasText;
    }
  }

  /* On paper: the dossier only, in black, without the form or buttons. */
  @media print {
    form,
    button,
    .loading,
    .announcer {
      display: none !important;
    }
    :host {
      max-width: none;
      color: #000;
    }
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
