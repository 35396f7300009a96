import type { ApiError } from '../../api/errors.js';
import type { FeedbackKind, FieldError, Rating } from '../../api/types.js';
import { MESSAGE_MAX, RATINGS } from '../../api/vocabulary.js';
import { charCount, FIELDS, type FieldName, type FieldProblem, type FormValues } from './form-values.js';

/*
 * The checks of a submission. Only a submission needs them: they arrive with it (submission.ts), and what the
 * form shows from the start is in form-values.ts.
 */

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// Mobiles (03x, 05x, 07x, 08x, 09x + 8 digits) and landlines (02xx area code, 11 digits in all), with +84 or 0.
const PHONE = /^(\+?84|0)([35789]\d{8}|2\d{9})$/;

/** "0912 345 678", "0912.345.678", "(+84) 912-345-678" → the digits the API expects. */
export const normalizePhone = (phone: string): string => phone.trim().replace(/[\s.\-()]/g, '');

export const isEmail = (email: string): boolean => EMAIL.test(email.trim());
export const isPhone = (phone: string): boolean => PHONE.test(normalizePhone(phone));

/** Whether any contact detail has been typed: only then is consent needed, and only then is `contact` sent. */
export const hasContact = (v: FormValues): boolean => [v.name, v.email, v.phone].some((x) => x.trim() !== '');

/** Checks the form before sending: form, not existence (no address or number is looked up). */
export function validate(v: FormValues, kind: FeedbackKind): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (kind === 'satisfaction' && !RATINGS.includes(v.rating as Rating)) problems.push({ field: 'rating', code: 'rating-required' });
  if (kind === 'petition' && !v.message.trim()) problems.push({ field: 'message', code: 'message-required' });
  // Over the limit is an error the citizen fixes: the form never cuts their words off silently.
  if (charCount(v.message) > MESSAGE_MAX) problems.push({ field: 'message', code: 'message-too-long' });
  if (kind === 'petition') {
    if (v.email.trim() && !isEmail(v.email)) problems.push({ field: 'email', code: 'email-format' });
    if (v.phone.trim() && !isPhone(v.phone)) problems.push({ field: 'phone', code: 'phone-format' });
    if (hasContact(v) && !v.consent) problems.push({ field: 'consent', code: 'consent-required' });
  }
  return problems;
}

/**
 * The form's field a server's error names, or null. The contract does not fix how a field is named, and the
 * contact details sit in the body's `contact`: a server may say `email`, `contact.email`, `/contact/email` (a
 * JSON Pointer) or `contact[email]`; each is the form's email field. The API check reads names with this too.
 */
export function formFieldOf(path: string): FieldName | null {
  const name = path.split(/\W+/).filter(Boolean).pop() ?? '';
  return (FIELDS as readonly string[]).includes(name) ? (name as FieldName) : null;
}

/**
 * What the server refused (a 422 problem): its errors per field (named as `formFieldOf` reads them), in form
 * order, fields the form does not know last; without any, its `detail` alone, a reason that names no field;
 * neither, nothing.
 */
export function serverProblems({ fieldErrors, detail }: ApiError): FieldProblem[] {
  const errors: FieldError[] = fieldErrors.length ? fieldErrors : detail ? [{ field: '', message: detail }] : [];
  const problems = errors.map((e): FieldProblem => ({ field: formFieldOf(e.field), text: e.message }));
  const rank = (p: FieldProblem) => (p.field ? FIELDS.indexOf(p.field) : FIELDS.length);
  return problems.sort((a, b) => rank(a) - rank(b));
}
