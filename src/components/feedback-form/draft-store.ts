import type { FeedbackKind, Rating } from '../../api/types.js';
import { RATINGS } from '../../api/vocabulary.js';
import type { FeedbackContext } from './body.js';

/**
 * What survives a reload of the page until it is sent: the rating and the message, nothing else (but, after a
 * send of a body without contact details, its key: kept-submission-key.ts). Contact details are personal data
 * (Decree 13/2023) and are never written anywhere.
 */
export interface Draft {
  rating: Rating | '';
  message: string;
}

/**
 * How long a draft outlives its last change. Forms stand on shared kiosks: a citizen who walks away must not
 * hand their words to the next one, who may reload the page.
 */
export const DRAFT_TTL_MS = 30 * 60_000;

/** The clock drafts are dated by. Tests move `now` to let half an hour pass at once. */
export const draftClock = { now: (): number => Date.now() };

const PREFIX = 'dvc-feedback-draft:';

/** One draft per page path, kind and context, so two forms on a page (or two procedures) never mix. */
export const draftKey = (path: string, kind: FeedbackKind, ctx: FeedbackContext): string =>
  PREFIX + JSON.stringify([path, kind, ctx.procedure ?? '', ctx.dossier ?? '', ctx.agency ?? '']);

// Session storage may be missing or throw (privacy modes, sandboxed iframes, a full quota): drafts are a
// courtesy, and the form works without them.
export function safely<T>(use: (s: Storage) => T): T | undefined {
  try {
    return use(sessionStorage);
  } catch {
    return undefined;
  }
}

/** A stored draft, or null when there is none, it cannot be read, or it has not been changed for too long. */
function read(s: Storage, key: string, now: number): Draft | null {
  let d: Partial<Draft & { savedAt: number }>;
  try {
    d = JSON.parse(s.getItem(key) ?? 'null') ?? {};
  } catch {
    return null;
  }
  if (typeof d.savedAt !== 'number' || now - d.savedAt > DRAFT_TTL_MS) return null;
  const rating = RATINGS.includes(d.rating as Rating) ? (d.rating as Rating) : '';
  const message = typeof d.message === 'string' ? d.message : '';
  return rating || message ? { rating, message } : null;
}

/** The draft kept under `key`. Every draft of the page left untouched too long is removed on the way. */
export function loadDraft(key: string): Draft | null {
  const now = draftClock.now();
  return (
    safely((s) => {
      const keys = Array.from({ length: s.length }, (_, i) => s.key(i)).filter((k): k is string => !!k?.startsWith(PREFIX));
      for (const k of keys) if (!read(s, k, now)) s.removeItem(k);
      return read(s, key, now);
    }) ?? null
  );
}

export function saveDraft(key: string, d: Draft): void {
  // Picks the two fields by name: whatever else the caller holds never reaches storage.
  const stored = { rating: d.rating, message: d.message, savedAt: draftClock.now() };
  safely((s) => (d.rating || d.message ? s.setItem(key, JSON.stringify(stored)) : s.removeItem(key)));
}

export const clearDraft = (key: string): void => safely((s) => s.removeItem(key));
