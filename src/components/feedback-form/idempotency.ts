import type { FeedbackBody, Lang } from '../../api/types.js';

/**
 * A random UUID v4. `crypto.randomUUID` exists only in secure contexts, and some commune sites are still served
 * over plain http, so the same form is built from `getRandomValues`, which works everywhere.
 */
export const newKey = (): string =>
  crypto.randomUUID?.() ??
  '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (c) =>
    (+c ^ (crypto.getRandomValues(new Uint8Array(1))[0] & (15 >> (+c / 4)))).toString(16),
  );

/**
 * The `Idempotency-Key` of one submission. It is made when the citizen first sends and kept for every retry of
 * the same content, so a retry after a timeout or a 503 can never file a second petition. Changed content is a
 * new submission and gets a new key; so does anything after a success (`reset`).
 */
export class SubmissionKey {
  private current?: { fingerprint: string; key: string; lang: Lang };

  /**
   * The key for this body: the previous one if its content is unchanged since the last attempt. The widget's
   * language is not content: a retry after the page switched language is the same submission, and goes out with
   * the language it was first sent with, so the request is the same too.
   */
  for(body: FeedbackBody): string {
    const fingerprint = JSON.stringify({ ...body, lang: 0 });
    if (this.current?.fingerprint !== fingerprint) this.current = { fingerprint, key: newKey(), lang: body.lang };
    body.lang = this.current.lang;
    return this.current.key;
  }

  reset(): void {
    this.current = undefined;
  }
}
