import { formatNumber } from '../format.js';
import type { CommonMessages } from './common.js';

const en: CommonMessages = {
  configMissing: 'This widget has no public-service API address configured.',
  configHint: 'Site administrator: add an api-base attribute to this tag, or a <meta name="dvc-api-base" content="…"> tag to the page.',
  loading: 'Loading…',
  retry: 'Try again',
  errors: {
    'not-found': 'The requested information was not found.',
    validation: 'Some of the information sent is not valid.',
    'verifier-required': 'More information is needed to verify your request.',
    'rate-limited': 'Too many requests were sent in a short time.',
    unavailable: 'The public-service system is temporarily unavailable or overloaded.',
    server: 'The public-service system has a problem.',
    network: 'The public-service system could not be reached. Please check your connection.',
    timeout: 'The public-service system took too long to answer.',
    'bad-answer': 'The public-service system sent data in an unexpected format.',
    aborted: '',
  },
  tryAgainNow: 'Please try again.',
  tryAgainIn: (seconds: number) =>
    seconds >= 90
      ? `Please try again in about ${formatNumber(Math.ceil(seconds / 60), 'en')} minutes.`
      : `Please try again in ${formatNumber(seconds, 'en')} ${seconds === 1 ? 'second' : 'seconds'}.`,
};

export default en;
