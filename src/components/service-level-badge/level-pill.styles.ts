import { css } from '../../theme/tokens.js';

/** The pill's look, in the styles of every widget that shows one. */
export const pillStyles = css`
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    padding: 0.1em 0.6em;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: var(--dvc-badge-font-size, 0.875em);
    font-weight: 600;
    line-height: 1.6;
    background: var(--_surface);
  }
  .icon {
    flex: none;
    width: 1em;
    height: 1em;
  }
  .full {
    color: var(--dvc-badge-color-full, var(--_success));
  }
  /* An agency's figures are about its online (full and partial) procedures. */
  .partial,
  .stats {
    color: var(--dvc-badge-color-partial, var(--_primary));
  }
  .info {
    color: var(--dvc-badge-color-info, var(--_info));
  }
  @media (forced-colors: active) {
    .badge {
      border-color: CanvasText;
    }
  }
`;
