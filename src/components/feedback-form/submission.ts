/**
 * What only sending needs: the checks, the request body, its idempotency key and the request itself, and how the
 * problems the checks find are shown (the error summary, the messages at fields). The form imports this on the
 * first submission (feedback-form.ts), so it shows and takes input without waiting for it.
 */
export { errorSummary, fieldError } from './error-summary.js';
export { sendFeedback } from '../../api/feedback.js';
export { buildBody } from './body.js';
export { SubmissionKey } from './idempotency.js';
export { serverProblems, validate } from './validation.js';
