import type { FeedbackBody, Lang } from '../../api/types.js';
import { keepSentAs, sentAs } from './kept-submission-key.js';

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
 *
 * It is also kept with the form's draft (kept-submission-key.ts, under `draftKey`), so a citizen who reloads the
 * page after a send whose answer was lost, and sends the restored words, sends the same submission. Only for a
 * body without contact details: the key stands for the whole body, and nothing that names the person is stored.
 * It goes when the draft goes: once sent, or after the draft's half hour.
 */
export class SubmissionKey {
  private current?: { fingerprint: string; key: string; lang: Lang };

  /**
   * The key for this body: the previous one if its content is unchanged since the last attempt. The widget's
   * language is not content: a retry after the page switched language is the same submission, and goes out with
   * the language it was first sent with, so the request is the same too.
   */
  for(body: FeedbackBody, draftKey: string): string {
    const fingerprint = JSON.stringify({ ...body, lang: 0 });
    if (this.current?.fingerprint !== fingerprint) {
      // After a reload, the same content is the same submission, in the language it first went out in.
      const kept = sentAs(draftKey);
      this.current = kept?.fingerprint === fingerprint ? kept : { fingerprint, key: newKey(), lang: body.lang };
    }
    if (!body.contact) keepSentAs(draftKey, this.current);
    body.lang = this.current.lang;
    return this.current.key;
  }

  reset(): void {
    this.current = undefined;
  }
}
