import { html, nothing, type TemplateResult } from 'lit-html';
import type { ApiError } from '../api/errors.js';
import type { Lang } from '../api/types.js';
import { commonMessages, describeError } from '../i18n/messages/common.js';

export interface ApiErrorMessageOptions {
  /** A sentence before the generic one, saying what failed ("Không tải được danh sách thủ tục."). */
  title?: string;
  /** Shown as a "Thử lại" button when the failure is worth retrying as is. */
  onRetry?: () => void;
  /** `alert` interrupts (a failed action the citizen just took); `status` waits its turn. Default `alert`. */
  role?: 'alert' | 'status';
}

/**
 * The one way widgets show an API failure: what failed, what happened, when to try again, and a retry button.
 * Nothing the citizen typed is touched: this only renders a message.
 */
export function apiErrorMessage(error: ApiError, lang: Lang, opts: ApiErrorMessageOptions = {}): TemplateResult {
  const m = commonMessages[lang];
  return html`<div class="message error" part="error" role=${opts.role ?? 'alert'}>
    ${opts.title ? html`<p><strong>${opts.title}</strong></p>` : nothing}
    <p>${describeError(error, lang)}</p>
    ${opts.onRetry && error.retryable
      ? html`<p><button type="button" class="secondary" part="retry-button" @click=${opts.onRetry}>${m.retry}</button></p>`
      : nothing}
  </div>`;
}
