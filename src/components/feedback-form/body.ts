import type { FeedbackBody, FeedbackKind, Lang } from '../../api/types.js';
import type { FormValues } from './form-values.js';
import { hasContact, normalizePhone } from './validation.js';

/** What the page says the feedback is about (the element's `procedure`, `dossier` and `agency`). */
export interface FeedbackContext {
  procedure?: string;
  dossier?: string;
  agency?: string;
}

const code = (s: string | undefined): string | undefined => s?.trim() || undefined;
const text = (s: string): string | undefined => s.trim().normalize('NFC') || undefined;

/** The embedding page's address without query or hash: a query can carry a search or a session token. */
export const pageUrl = (loc: Pick<Location, 'origin' | 'pathname'> = location): string => loc.origin + loc.pathname;

/**
 * The `POST /feedback` body for what the citizen entered. Contact details go only with consent, and `contact`
 * is left out entirely when there are none (validation already refuses contact without consent; this is the
 * second lock).
 */
export function buildBody(v: FormValues, kind: FeedbackKind, ctx: FeedbackContext, lang: Lang, page = pageUrl()): FeedbackBody {
  const body: FeedbackBody = { kind, consent: false, lang, page };
  if (kind === 'satisfaction' && v.rating) body.rating = v.rating;
  const procedureCode = code(ctx.procedure);
  const dossierCode = code(ctx.dossier);
  const agencyCode = code(ctx.agency);
  if (procedureCode) body.procedureCode = procedureCode;
  if (dossierCode) body.dossierCode = dossierCode;
  if (agencyCode) body.agencyCode = agencyCode;
  const message = text(v.message);
  if (message) body.message = message;
  if (kind === 'petition' && v.consent && hasContact(v)) {
    const contact: NonNullable<FeedbackBody['contact']> = {};
    const name = text(v.name);
    const email = v.email.trim();
    const phone = normalizePhone(v.phone);
    if (name) contact.name = name;
    if (email) contact.email = email;
    if (phone) contact.phone = phone;
    body.contact = contact;
    body.consent = true;
  }
  return body;
}
