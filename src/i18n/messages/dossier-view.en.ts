import { html } from 'lit-html';
import { markVietnamese } from '../../base/language-of-parts.js';
import type { Timeliness } from '../../domain/timeliness.js';
import { plural } from '../format.js';
import type { DossierViewMessages, NextStepContext } from './dossier-view.js';

// The agency's name comes from the API: marked where it is Vietnamese (language-of-parts.ts).
const agency = (c: NextStepContext) => markVietnamese(c.agency);
const days = (count: number) => plural(count, 'en', { one: '{n} day', other: '{n} days' });

const en: DossierViewMessages = {
  resultHeading: (code: string) => `Dossier ${code}`,
  loaded: (code: string, status: string, timeliness: string) =>
    `Found dossier ${code}. Status: ${status}.${timeliness ? ` ${timeliness}.` : ''}`,
  statusPrefix: 'Status: ',
  timelinessPrefix: 'Time limit: ',

  fields: {
    code: 'Dossier code',
    procedure: 'Procedure',
    agency: 'Receiving agency',
    applicant: 'Applicant',
    channel: 'Submitted via',
    received: 'Received',
    due: 'Result due',
    finished: 'Completed',
    returned: 'Result returned',
  },
  channels: { online: 'Online', 'in-person': 'In person', postal: 'By public postal service' },

  statuses: {
    1: 'Submitted',
    2: 'Accepted',
    3: 'Not accepted',
    4: 'In progress',
    5: 'Documents requested',
    6: 'Payment requested',
    7: 'Withdrawn by applicant',
    8: 'Processing stopped',
    9: 'Completed',
    10: 'Result returned',
  },

  timeliness: (t: Timeliness): string => {
    switch (t.kind) {
      case 'remaining':
        return t.days === 0 ? 'Due today' : `${days(t.days)} left`;
      case 'overdue':
        return `${days(t.days)} overdue`;
      case 'early':
        return `${days(t.days)} early`;
      case 'on-time':
        return 'On time';
      case 'late':
        return `${days(t.days)} late`;
    }
  },

  nextTitle: 'What to do next',
  next: {
    1: (c: NextStepContext) => [
      html`Your dossier has been sent to ${agency(c)} and is waiting to be checked and accepted.`,
      'You do not need to do anything yet. If documents are missing, the office will tell you.',
    ],
    2: () => [
      'Your dossier has been accepted and will be passed on to be handled.',
      'You do not need to do anything yet. Keep your dossier receipt: you will need it to collect the result.',
    ],
    3: (c: NextStepContext) => [
      'The office did not accept this dossier, so it will not be handled.',
      html`The reason is in the history below. If you still need this procedure, prepare the dossier again with that reason in mind and submit a new one. If the reason is unclear, contact ${agency(c)}.`,
    ],
    4: () => [
      'Your dossier is being handled.',
      'You do not need to do anything yet. The office will tell you if more documents are needed or when the result is ready.',
    ],
    5: (c: NextStepContext) => [
      'The office needs more documents to handle your dossier. It is paused until you send them.',
      html`Send the requested documents to ${agency(c)}: at the office where you submitted the dossier, or through the public-service portal if you submitted online. Quote the dossier code ${c.code}.`,
    ],
    6: (c: NextStepContext) => [
      'You need to pay a fee, charge or other financial obligation (for example a tax) before your dossier is handled further.',
      html`Pay as ${agency(c)} has told you: online on the public-service portal, or at the one-stop desk. Quote the dossier code ${c.code}.`,
    ],
    7: () => [
      'The dossier was withdrawn at the applicant\'s request and will not be handled.',
      'You do not need to do anything. If you still need this procedure, submit a new dossier.',
    ],
    8: (c: NextStepContext) => [
      'The office has stopped handling this dossier.',
      html`The reason is in the history below. If it is unclear, contact ${agency(c)}. If you still need this procedure, you can submit a new dossier.`,
    ],
    9: (c: NextStepContext) => [
      'Your dossier has been handled and the result is waiting for you.',
      html`Collect the result at the one-stop desk of ${agency(c)}. Bring your dossier receipt and an identity document. If you asked for the result online or by post, it will be sent to you.`,
    ],
    10: (c: NextStepContext) => [
      'Your dossier is finished and the result has been returned. You do not need to do anything more.',
      html`You can rate your satisfaction with how your dossier was handled, on the public-service portal (with the dossier code ${c.code}) or at the one-stop desk of ${agency(c)}.`,
    ],
  },
  overdueAdvice: (c: NextStepContext) =>
    html`Your dossier is past its due date. The office must send you a letter of apology with a new date for the result; if you have not received one, contact ${agency(c)}.`,
  overdueWaiting: 'Your dossier is past its due date and is waiting for you: do what is asked above now, so that it can be handled further.',

  supplementTitle: 'Documents requested',
  supplementRequested: 'Requested on',
  supplementReason: 'Reason',
  supplementDocuments: 'Documents to send',

  historyTitle: 'History',
  historyEmpty: 'No steps have been recorded yet.',
  historyUnit: 'Unit: ',
  historyNote: 'Note: ',
};

export default en;
