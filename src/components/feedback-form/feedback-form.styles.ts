import { css } from '../../theme/tokens.js';

// Forced-colors mode needs nothing here: the browser draws every border and text in system colours, and the
// tokens already map the private colours to them.
export const feedbackStyles = css`
  :host {
    display: block;
    max-width: var(--dvc-feedback-max-width, 40rem);
  }
  form {
    display: grid;
    gap: calc(var(--_space) * 3);
  }
  h2 {
    margin: 0 0 var(--_space);
    font-size: 1.25em;
  }
  fieldset {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend,
  .block {
    display: block;
    padding: 0;
    margin-bottom: calc(var(--_space) / 2);
    font-weight: 600;
  }
  .hint,
  .field-error {
    margin: 0 0 var(--_space);
    color: var(--_muted);
  }
  .field {
    display: grid;
  }
  .has-error {
    padding-left: calc(var(--_space) * 1.5);
    border-left: 4px solid var(--_danger);
  }
  .field-error,
  .over {
    color: var(--_danger);
    font-weight: 600;
  }
  .field input,
  textarea {
    font: inherit;
    width: 100%;
    min-height: 44px;
    padding: calc(var(--_space) * 0.75);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  textarea {
    min-height: 8rem;
    resize: vertical;
  }
  .field [aria-invalid] {
    border-color: var(--_danger);
  }
  .count {
    margin: calc(var(--_space) / 2) 0 0;
  }

  /* Radios and the checkbox: a 24px control level with the first line of a label that is a 44px target. */
  .choices {
    display: grid;
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: var(--_space);
  }
  .field .choice input {
    flex: none;
    width: 24px;
    min-height: 24px;
    height: 24px;
    padding: 0;
    margin: 10px 0 0;
    accent-color: var(--_primary);
  }
  .choice label {
    flex: 1;
    padding: 10px 0;
    line-height: 24px;
    cursor: pointer;
  }

  .contact {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .contact > legend {
    font-size: 1.125em;
  }

  .context {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 var(--_space);
    margin: 0;
  }
  .context dt::after {
    content: ':';
  }
  .context dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  .error-summary,
  .sent {
    padding: calc(var(--_space) * 2);
    border: 4px solid var(--_danger);
    border-radius: var(--_radius);
  }
  .sent {
    border-color: var(--_success);
  }
  .error-summary ul {
    margin: 0;
    padding-left: 1.25em;
  }
  .error-summary a {
    color: var(--_danger);
    font-weight: 600;
  }
  .reference {
    font-size: 1.25em;
    overflow-wrap: anywhere;
  }

  /* The honeypot: out of sight (and, by aria-hidden and inert in the markup, out of reach). */
  .trap {
    position: absolute;
    left: -10000px;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }
`;
