import type { Rating } from '../../api/types.js';
import { MESSAGE_MAX } from '../../api/vocabulary.js';
import type { FeedbackErrorCode } from '../../i18n/messages/feedback.js';

/* What the form holds and shows from the start; the checks of a submission are in validation.ts. */

export { MESSAGE_MAX };

/** The fields the citizen can be told about, in the order they appear on the form (and in the error summary). */
export const FIELDS = ['rating', 'message', 'name', 'email', 'phone', 'consent'] as const;
export type FieldName = (typeof FIELDS)[number];

/** Everything the citizen has entered, as typed. */
export interface FormValues {
  rating: Rating | '';
  message: string;
  name: string;
  email: string;
  phone: string;
  consent: boolean;
}

export const emptyValues = (): FormValues => ({ rating: '', message: '', name: '', email: '', phone: '', consent: false });

/**
 * One thing to fix. Our own checks carry a `code` (localized when shown); the server's carry its `text`, shown
 * as given. `field` is null when the server names a field the form does not have.
 */
export interface FieldProblem {
  field: FieldName | null;
  code?: FeedbackErrorCode;
  text?: string;
}

/**
 * Characters as the API counts them (UTF-16 units of the NFC form). Some Vietnamese keyboards produce
 * decomposed diacritics, which would count twice; the form sends NFC, so it counts NFC.
 */
export const charCount = (text: string): number => text.normalize('NFC').length;
