import { MESSAGE_MAX } from '../../api/vocabulary.js';
import { formatNumber } from '../format.js';
import type { FeedbackMessages } from './feedback.js';

const chars = (n: number) => (n === 1 ? 'character' : 'characters');

const en: FeedbackMessages = {
  context: { procedure: 'Procedure', dossier: 'Dossier' },
  ratingLegend: 'How satisfied are you with this service?',
  ratings: {
    'very-satisfied': 'Very satisfied',
    satisfied: 'Satisfied',
    dissatisfied: 'Dissatisfied',
  },
  commentLabel: 'Tell us more (optional)',
  petitionLabel: 'Your feedback or suggestion',
  petitionHint: 'Say what happened, when, where, and which office was involved.',
  limitHint: (max: number) => `You can enter up to ${formatNumber(max, 'en')} characters.`,
  remaining: (n: number) => `You have ${formatNumber(n, 'en')} ${chars(n)} remaining`,
  tooMany: (n: number) => `You have ${formatNumber(n, 'en')} ${chars(n)} too many`,
  contactLegend: 'Contact details (optional)',
  contactHint: 'Only fill these in if you would like a reply.',
  nameLabel: 'Full name',
  emailLabel: 'Email address',
  phoneLabel: 'Phone number',
  phoneHint: 'For example, 0912 345 678',
  consentStatement:
    'Your contact details are used only to answer this feedback. They are not shared with anyone else and not kept longer than needed.',
  consentLabel: 'I agree that the government office may use these contact details to reply to me.',
  consentHint: 'You only need to tick this if you have given contact details.',
  submit: { satisfaction: 'Send rating', petition: 'Send feedback' },
  sending: 'Sending…',
  sendingStatus: 'Sending your feedback…',
  checkingStatus: 'Waiting for the anti-spam check…',
  summaryTitle: 'There is a problem',
  errorPrefix: 'Error:',
  errors: {
    'rating-required': 'Select how satisfied you are',
    'message-required': 'Enter your feedback or suggestion',
    'message-too-long': `Your message must be ${formatNumber(MESSAGE_MAX, 'en')} characters or fewer`,
    'email-format': 'Enter an email address in the correct format, like name@example.com',
    'phone-format': 'Enter a phone number in the correct format, like 0912 345 678 or +84 912 345 678',
    'consent-required': 'Tick the box to agree to send your contact details, or remove them',
  },
  sendFailed: 'Your feedback has not been sent. Everything you entered is still here.',
  challengeFailed: 'Your feedback has not been sent because the anti-spam check did not work. Please send it again.',
  sentTitle: { satisfaction: 'Rating sent', petition: 'Feedback sent' },
  sentThanks: {
    satisfaction: 'Thank you for your rating. The office uses ratings to improve its service and does not reply to each one.',
    petition: 'Thank you. The responsible office will consider your feedback and reply as the regulations require.',
  },
  reference: { satisfaction: 'Your reference number:', petition: 'Your reference number:' },
  keepReference: 'Keep this number to follow up on the reply.',
  startAgain: 'Send more feedback',
};

export default en;
