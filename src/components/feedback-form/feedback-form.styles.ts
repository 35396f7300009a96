import { css } from 'lit';

export const feedbackStyles = css`
  :host {
    display: block;
    max-width: var(--dvc-feedback-max-width, 40rem);
  }
  form {
    display: grid;
    gap: calc(var(--_space) * 3);
    margin: 0;
  }
  h2 {
    margin: 0 0 var(--_space);
    font-size: 1.25em;
    line-height: 1.3;
  }
  fieldset {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend,
  label.block {
    display: block;
    margin-bottom: calc(var(--_space) / 2);
    font-weight: 600;
  }
  legend {
    padding: 0;
  }
  .hint {
    margin: 0 0 var(--_space);
    color: var(--_muted);
  }
  .field {
    display: grid;
  }
  .field.has-error {
    padding-left: calc(var(--_space) * 1.5);
    border-left: 4px solid var(--_danger);
  }
  .field-error {
    margin: 0 0 var(--_space);
    color: var(--_danger);
    font-weight: 600;
  }
  input[type='text'],
  input[type='email'],
  input[type='tel'],
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
  [aria-invalid='true']:not([type='radio']):not([type='checkbox']) {
    border-color: var(--_danger);
  }
  .short {
    max-width: 20rem;
  }
  .count {
    margin: calc(var(--_space) / 2) 0 0;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .count.over {
    color: var(--_danger);
    font-weight: 600;
  }

  /* Radios and the checkbox: a 24px control and a label that makes the whole row a 44px target. */
  .choices {
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .choice {
    display: flex;
    align-items: center;
    gap: var(--_space);
  }
  .choice input {
    flex: none;
    width: 24px;
    height: 24px;
    margin: 0;
    accent-color: var(--_primary);
  }
  .choice label {
    flex: 1;
    display: flex;
    align-items: center;
    min-height: 44px;
    cursor: pointer;
  }

  .contact {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .contact > legend {
    margin-bottom: 0;
    font-size: 1.125em;
  }
  .consent-statement {
    margin: 0;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-left: 4px solid var(--_info);
    background: var(--_surface-alt);
  }

  .context {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 var(--_space);
    margin: 0;
    color: var(--_muted);
  }
  .context dt::after {
    content: ':';
  }
  .context dd {
    margin: 0;
    overflow-wrap: anywhere;
    color: var(--_text);
  }

  .error-summary {
    padding: calc(var(--_space) * 2);
    border: 4px solid var(--_danger);
    border-radius: var(--_radius);
  }
  .error-summary ul {
    margin: 0;
    padding-left: 1.25em;
  }
  .error-summary li + li {
    margin-top: calc(var(--_space) / 2);
  }
  .error-summary a {
    color: var(--_danger);
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .actions button {
    max-width: 100%;
  }

  .sent {
    padding: calc(var(--_space) * 2);
    border: 4px solid var(--_success);
    border-radius: var(--_radius);
  }
  .sent p {
    margin: 0 0 var(--_space);
  }
  .reference {
    display: inline-block;
    font-size: 1.25em;
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }

  /* The honeypot: out of sight, out of the tab order and out of the accessibility tree (aria-hidden, inert). */
  .trap {
    position: absolute;
    left: -10000px;
    top: auto;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }

  @media (forced-colors: active) {
    .field.has-error,
    .error-summary,
    .sent,
    .consent-statement {
      border-color: CanvasText;
    }
  }
`;
