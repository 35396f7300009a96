/**
 * What only sending needs: the checks, the request body, its idempotency key and the request itself. The form
 * imports this on the first submission (feedback-form.ts), so it shows and takes input without waiting for it.
 */
export { sendFeedback } from '../../api/feedback.js';
export { buildBody } from './body.js';
export { SubmissionKey } from './idempotency.js';
export { serverProblems, validate } from './validation.js';
