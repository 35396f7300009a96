import type { CallOptions, DvcApi } from './client.js';
import * as shape from './shape/feedback.js';
import type { FeedbackBody, FeedbackReceipt } from './types.js';

/**
 * `POST /feedback`. Every attempt at one submission must carry the same `idempotencyKey`, so a retry never
 * files a second petition.
 */
export function sendFeedback(
  api: DvcApi,
  body: FeedbackBody,
  h: { idempotencyKey: string; challengeToken?: string },
  opts?: CallOptions,
): Promise<FeedbackReceipt> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', 'Idempotency-Key': h.idempotencyKey };
  if (h.challengeToken) headers['X-Challenge-Token'] = h.challengeToken;
  return api.request('/feedback', shape.feedbackReceipt, opts, { method: 'POST', headers, body: JSON.stringify(body) });
}
