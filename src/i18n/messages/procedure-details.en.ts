import type { ProcedureDetailsMessages } from './procedure-details.js';

const en: ProcedureDetailsMessages = {
  channelsHeading: 'Ways to apply, time and fees',
  channels: {
    'in-person': 'In person',
    online: 'Online',
    postal: 'By public post',
  },
  steps: 'Steps',
  documents: 'Documents to submit',
  downloadForm: 'Download form',
  applicants: 'Who can apply',
  conditions: 'Conditions',
  result: 'What you receive',
  legalBasis: 'Legal basis',
  noDetails: 'No details are available for this procedure yet.',
};

export default en;
