/**
 * A random UUID v4. `crypto.randomUUID` exists only in secure contexts, and some commune sites are still served
 * over plain http; `getRandomValues` works everywhere.
 */
export function newKey(): string {
  if (typeof crypto.randomUUID === 'function') {
    try {
      return crypto.randomUUID();
    } catch {
      // Falls through to the manual form.
    }
  }
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

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
