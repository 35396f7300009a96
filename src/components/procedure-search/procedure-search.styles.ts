import { css } from '../../theme/tokens.js';

// Mobile first: one column at 320 px; the field and its button share a row as soon as there is room.
export const searchStyles = css`
  :host {
    display: block;
    max-width: var(--dvc-search-max-width, 60rem);
  }
  label,
  legend {
    display: block;
    font-weight: 600;
  }
  .hint {
    margin: 0.125rem 0 var(--_space);
    color: var(--_muted);
  }
  /* The preset scope, in words: what every search here is limited to. */
  .scope {
    padding-inline-start: var(--_space);
    border-inline-start: 4px solid var(--_primary);
    font-weight: 600;
  }
  .field {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  input,
  select {
    font: inherit;
    color: inherit;
    min-height: 44px;
    max-width: 100%;
    padding: 0 var(--_space);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  input {
    flex: 1 1 14rem;
    min-width: 0;
  }
  select {
    width: 100%;
  }
  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 13rem), 1fr));
    gap: var(--_space);
    margin: var(--_space) 0 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .filters legend {
    padding: 0;
    margin-bottom: 0.25rem;
  }
  .filter .message {
    margin-top: 0.25rem;
    font-size: 0.875rem;
  }
  .filter label {
    font-weight: 400;
  }
  h2 {
    margin: calc(var(--_space) * 2) 0 0;
    font-size: 1.25em;
  }
  .status {
    margin: 0.25rem 0 var(--_space);
    font-weight: 600;
  }
  .status:empty {
    margin: 0;
  }
  .list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .result {
    border-top: 1px solid var(--_border);
    padding: var(--_space) 0;
  }
  h3 {
    margin: 0;
    font-size: 1.0625em;
  }
  button.toggle {
    display: flex;
    gap: 0.5em;
    width: 100%;
    padding: 0.5em 0;
    border: 0;
    background: none;
    color: var(--_primary);
    font-weight: 600;
    text-align: left;
  }
  button.toggle:hover > span:last-child {
    text-decoration: underline;
  }
  .chevron::before {
    content: '▸';
  }
  [aria-expanded='true'] .chevron::before {
    content: '▾';
  }
  mark {
    background: var(--_highlight);
    color: inherit;
  }
  .summary {
    padding-left: 1.5em;
  }
  .facts {
    margin: 0.25rem 0;
  }
  .facts div {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.5em;
  }
  dt {
    color: var(--_muted);
  }
  dt::after {
    content: ':';
  }
  dd {
    margin: 0;
  }
  dd,
  li,
  .text {
    overflow-wrap: anywhere;
  }
  a {
    color: var(--_primary);
    display: inline-block;
    padding: 0.6em 0;
  }
  .details {
    margin: var(--_space) 0 0 1.5em;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-left: 4px solid var(--_primary);
    background: var(--_surface-alt);
  }
  .details h4 {
    margin: var(--_space) 0 0.25rem;
    font-size: 1em;
  }
  .details ul,
  .details ol {
    margin: 0;
    padding-left: 1.25em;
  }
  .details li + li {
    margin-top: 0.25rem;
  }
  .text {
    margin: 0;
    white-space: pre-line;
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    margin-top: var(--_space);
    padding-top: var(--_space);
    border-top: 1px solid var(--_border);
  }
  [part='empty'] ul {
    margin: 0 0 var(--_space);
    padding-left: 1.25em;
  }
  /* On a phone the position goes above the two buttons, which then share one row. */
  @media (max-width: 30rem) {
    .position {
      order: -1;
      flex-basis: 100%;
      text-align: center;
    }
    .details {
      margin-left: 0;
    }
  }
  @media (forced-colors: active) {
    input,
    select,
    .details {
      border-color: CanvasText;
    }
  }
`;
