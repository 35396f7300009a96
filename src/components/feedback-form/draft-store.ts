import type { FeedbackKind, Rating } from '../../api/types.js';
import type { FeedbackContext } from './body.js';
import { RATINGS } from './validation.js';

/**
 * What survives a reload of the page until it is sent: the rating and the message, nothing else. Contact details
 * are personal data (Decree 13/2023) and are never written anywhere; this type is the whole of what is stored.
 */
export interface Draft {
  rating: Rating | '';
  message: string;
}

const PREFIX = 'dvc-feedback-draft:';

/** One draft per page path, kind and context, so two forms on a page (or two procedures) never mix. */
export const draftKey = (path: string, kind: FeedbackKind, ctx: FeedbackContext): string =>
  PREFIX + JSON.stringify([path, kind, ctx.procedure ?? '', ctx.dossier ?? '', ctx.agency ?? '']);

// Session storage may be missing or throw (privacy modes, sandboxed iframes, full quota): drafts are a courtesy.
const storage = (): Storage | null => {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
};

export function loadDraft(key: string): Draft | null {
  try {
    const raw = storage()?.getItem(key);
    if (!raw) return null;
    const d = JSON.parse(raw) as Partial<Draft>;
    const rating = RATINGS.includes(d.rating as Rating) ? (d.rating as Rating) : '';
    const message = typeof d.message === 'string' ? d.message : '';
    return rating || message ? { rating, message } : null;
  } catch {
    return null;
  }
}

export function saveDraft(key: string, d: Draft): void {
  try {
    // Picks the two fields by name: whatever else the caller holds never reaches storage.
    if (d.rating || d.message) storage()?.setItem(key, JSON.stringify({ rating: d.rating, message: d.message }));
    else storage()?.removeItem(key);
  } catch {
    // Quota or a disabled storage: the form still works, only without a draft.
  }
}

export function clearDraft(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // As above.
  }
}
