import { formatNumber, formatPercent } from '../format.js';
import { defineMessages } from './define.js';

/** Messages of `<dvc-service-level-badge>`; the level labels are in levels.ts. */
const vi = {
  loading: 'Đang tải mức độ…',
  loadingStats: 'Đang tải số liệu…',
  unknown: 'Chưa rõ mức độ',
  unknownFull: (code: string) => `Chưa có thông tin mức độ dịch vụ của thủ tục ${code}`,
  unknownLevel: 'Chưa có thông tin mức độ dịch vụ công trực tuyến',
  failed: 'Không tải được mức độ',
  failedStats: 'Không tải được số liệu dịch vụ công',
  onlineShare: (ratio: number) => `${formatPercent(ratio, 'vi')} thủ tục trực tuyến`,
  // In English, the agency's name apart in a list, which the badge marks where it is Vietnamese (agency-figures.ts).
  breakdownTitle: (agency: string | undefined): string | string[] => (agency ? `Số liệu của ${agency}` : 'Số liệu toàn tỉnh'),
  period: (from: string, to: string) => `Từ ${from} đến ${to}`,
  asOf: (date: string) => `Số liệu ngày ${date}`,
  total: 'Tổng số thủ tục',
  dossiersOnTime: (ratio: number, total: number) =>
    `${formatPercent(ratio, 'vi')} hồ sơ giải quyết đúng hạn (trên ${formatNumber(total, 'vi')} hồ sơ)`,
  count: (n: number) => formatNumber(n, 'vi'),
};

export type BadgeMessages = typeof vi;

export const badgeMessages = defineMessages(vi, { en: () => import('./badge.en.js') });
