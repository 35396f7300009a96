import type { LevelMessages } from './levels.js';

const en: LevelMessages = {
  full: { short: 'Fully online', full: 'Fully online public service' },
  partial: { short: 'Partly online', full: 'Partly online public service' },
  info: { short: 'Information only', full: 'Information only, not offered as an online service' },
};

export default en;
