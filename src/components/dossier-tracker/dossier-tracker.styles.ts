import { css } from '../../theme/tokens.js';

/** The tracker's form, loading line and messages. The dossier's own styles come with its view (dossier-view.styles.ts). */
export const trackerStyles = css`
  :host {
    display: block;
    /* The layout follows the widget's own width, not the page's: it may sit in a narrow sidebar. */
    container-type: inline-size;
    max-width: var(--dvc-tracker-max-width, 48rem);
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

  /* Narrow widgets (a phone at 320 px, a sidebar): the button full width. */
  @container (max-width: 30rem) {
    form button {
      flex: 1 1 100%;
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
  }
`;
