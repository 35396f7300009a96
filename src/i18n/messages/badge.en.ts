import { formatNumber, formatPercent } from '../format.js';
import type { BadgeMessages } from './badge.js';

const en: BadgeMessages = {
  loading: 'Loading level…',
  loadingStats: 'Loading figures…',
  unknown: 'Level unknown',
  unknownFull: (code: string) => `No service level is known for procedure ${code}`,
  unknownLevel: 'No online-service level is known',
  failed: 'Level could not be loaded',
  failedStats: 'Service figures could not be loaded',
  onlineShare: (ratio: number) => `${formatPercent(ratio, 'en')} of procedures online`,
  // The agency's name apart: the badge marks it where it is Vietnamese (agency-figures.ts).
  breakdownTitle: (agency: string | undefined) => (agency ? ['Figures for ', agency] : 'Figures for the whole province'),
  period: (from: string, to: string) => `From ${from} to ${to}`,
  asOf: (date: string) => `As of ${date}`,
  total: 'Procedures in total',
  dossiersOnTime: (ratio: number, total: number) =>
    `${formatPercent(ratio, 'en')} of ${formatNumber(total, 'en')} dossiers handled on time`,
  count: (n: number) => formatNumber(n, 'en'),
};

export default en;
