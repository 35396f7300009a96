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
  private current?: { fingerprint: string; key: string };

  /** The key for this content: the previous one if the content is unchanged since the last attempt. */
  for(fingerprint: string): string {
    if (this.current?.fingerprint !== fingerprint) this.current = { fingerprint, key: newKey() };
    return this.current.key;
  }

  reset(): void {
    this.current = undefined;
  }
}
