import type { FeedbackKind, Rating } from '../../api/types.js';
import type { FeedbackContext } from './body.js';
import { RATINGS } from '../../api/vocabulary.js';

/**
 * What survives a reload of the page until it is sent: the rating and the message, nothing else. Contact details
 * are personal data (Decree 13/2023) and are never written anywhere; this type is the whole of what is stored.
 */
export interface Draft {
  rating: Rating | '';
  message: string;
}

/** One draft per page path, kind and context, so two forms on a page (or two procedures) never mix. */
export const draftKey = (path: string, kind: FeedbackKind, ctx: FeedbackContext): string =>
  'dvc-feedback-draft:' + JSON.stringify([path, kind, ctx.procedure ?? '', ctx.dossier ?? '', ctx.agency ?? '']);

// Session storage may be missing or throw (privacy modes, sandboxed iframes, a full quota): drafts are a
// courtesy, and the form works without them.
function safely<T>(use: (s: Storage) => T): T | undefined {
  try {
    return use(sessionStorage);
  } catch {
    return undefined;
  }
}

export function loadDraft(key: string): Draft | null {
  const d = safely((s) => JSON.parse(s.getItem(key) ?? '{}') as Partial<Draft>);
  const rating = RATINGS.includes(d?.rating as Rating) ? (d!.rating as Rating) : '';
  const message = typeof d?.message === 'string' ? d.message : '';
  return rating || message ? { rating, message } : null;
}

export function saveDraft(key: string, d: Draft): void {
  // Picks the two fields by name: whatever else the caller holds never reaches storage.
  safely((s) => (d.rating || d.message ? s.setItem(key, JSON.stringify({ rating: d.rating, message: d.message })) : s.removeItem(key)));
}

export const clearDraft = (key: string): void => safely((s) => s.removeItem(key));
