import * as shape from '../../api/shape.js';
import type { FeedbackBody } from '../../api/types.js';
import { newKey } from '../../components/feedback-form/idempotency.js';
import { FIELDS } from '../../components/feedback-form/form-values.js';
import { formFieldOf } from '../../components/feedback-form/validation.js';
import { EP } from '../discovery.js';
import { fail, guarded, pass, some, unlessOk, warn } from '../findings.js';
import { jsonOf, type Answer } from '../http.js';
import type { Check, CheckContext } from '../types.js';
import { checkProblem } from './problem.js';

/** The probe's email: no address, so that a server which checks emails refuses it. */
const NOT_AN_EMAIL = 'not-an-email';

function post(ctx: CheckContext, body: FeedbackBody, key: string): Promise<Answer> {
  return ctx.http.request('/feedback', {
    endpoint: EP.feedback,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
    body: JSON.stringify(body),
  });
}

export const feedbackIdempotency: Check = {
  id: 'feedback.idempotency',
  writes: true,
  run: (ctx) =>
    guarded(ctx.t, async () => {
      const m = ctx.t.feedback;
      // A satisfaction rating that says what it is, so the staff who read feedback can set it aside.
      const body: FeedbackBody = { kind: 'satisfaction', rating: 'satisfied', message: m.testMessage, consent: false, lang: ctx.options.lang };
      const key = newKey();
      const ids: string[] = [];
      for (const answer of [await post(ctx, body, key), await post(ctx, body, key)]) {
        const problems = ctx.contract.problems(answer, '/feedback', 'post', shape.feedbackReceipt);
        const bad = unlessOk(ctx.t, answer, problems, m.expectReceipt);
        if (bad) return bad;
        ids.push((jsonOf(answer) as { id: string }).id);
        if (answer.status !== 201) {
          return warn(m.not201(answer.status), { expected: m.expectReceipt, actual: `HTTP ${answer.status}`, fix: m.fix201 });
        }
      }
      if (ids[0] !== ids[1]) {
        return fail(m.twoIds, { expected: m.expectSameId, actual: `id ${ids[0]} ≠ ${ids[1]}`, fix: m.fixIdempotency });
      }
      return pass(m.idempotencyOk(ids[0]));
    }),
};

/** The field names a 422 gave, once each, as the report shows what was received (`field: "msg"`). */
const namesOf = (errors: { field: string }[]) => some([...new Set(errors.map((e) => `field: ${JSON.stringify(e.field)}`))]);

export const feedbackValidation: Check = {
  id: 'feedback.validation',
  writes: true,
  run: (ctx) =>
    guarded(ctx.t, async () => {
      const m = ctx.t.feedback;
      // A petition without its text, and with an email that is not one: every contract-abiding API refuses the text;
      // one that checks emails refuses the email too, and the check reads what it calls that field.
      const body: FeedbackBody = { kind: 'petition', message: '', contact: { email: NOT_AN_EMAIL }, consent: true, lang: ctx.options.lang };
      const answer = await post(ctx, body, newKey());
      if (answer.status >= 200 && answer.status < 300) {
        return fail(m.emptyAccepted, { expected: m.expectFieldErrors, actual: `HTTP ${answer.status}`, fix: m.fixValidation });
      }
      const wrong = checkProblem(ctx, answer, { statuses: [422], type: 'urn:dvc:problem:validation' });
      if (wrong) return wrong;
      // The Problem schema (checked above) makes each entry { field: string, message: string }.
      const errors = (jsonOf(answer) as { errors?: { field: string }[] }).errors;
      if (!Array.isArray(errors) || !errors.length) {
        return warn(m.noFieldErrors, { expected: m.expectFieldErrors, actual: 'errors: —', fix: m.fixFieldErrors });
      }
      // Read as the form reads it: a name it cannot place puts the citizen's error in the summary only.
      if (!errors.some((e) => formFieldOf(e.field) === 'message')) {
        return warn(m.messageNotPlaced, { expected: m.expectMessageField, actual: namesOf(errors), fix: m.fixMessageField });
      }
      // Any other name the form cannot read (`emailAddress` for the email): that error too shows in the summary only.
      const unplaced = errors.filter((e) => !formFieldOf(e.field));
      if (unplaced.length) {
        return warn(m.fieldsNotPlaced, { expected: m.expectFieldNames(FIELDS.join(', ')), actual: namesOf(unplaced), fix: m.fixMessageField });
      }
      return pass(m.validationOk(errors.length));
    }),
};
