import type { Lang } from '../../api/types.js';
import { formatNumber, formatPercent } from '../format.js';
import { defineMessages } from './define.js';

export const badgeMessages = defineMessages(
  {
    loading: 'Đang tải mức độ…',
    loadingStats: 'Đang tải số liệu…',
    unknown: 'Chưa rõ mức độ',
    unknownFull: (code: string) => `Chưa có thông tin mức độ dịch vụ của thủ tục ${code}`,
    unknownLevel: 'Chưa có thông tin mức độ dịch vụ công trực tuyến',
    failed: 'Không tải được mức độ',
    failedStats: 'Không tải được số liệu dịch vụ công',
    onlineShare: (ratio: number) => `${formatPercent(ratio, 'vi')} thủ tục trực tuyến`,
    breakdownTitle: (agency: string | undefined) => (agency ? `Số liệu của ${agency}` : 'Số liệu toàn tỉnh'),
    period: (from: string, to: string) => `Từ ${from} đến ${to}`,
    asOf: (date: string) => `Số liệu ngày ${date}`,
    total: 'Tổng số thủ tục',
    dossiersOnTime: (ratio: number, total: number) =>
      `${formatPercent(ratio, 'vi')} hồ sơ giải quyết đúng hạn (trên ${formatNumber(total, 'vi')} hồ sơ)`,
    count: (n: number) => formatNumber(n, 'vi'),
  },
  {
    loading: 'Loading level…',
    loadingStats: 'Loading figures…',
    unknown: 'Level unknown',
    unknownFull: (code: string) => `No service level is known for procedure ${code}`,
    unknownLevel: 'No online-service level is known',
    failed: 'Level could not be loaded',
    failedStats: 'Service figures could not be loaded',
    onlineShare: (ratio: number) => `${formatPercent(ratio, 'en')} of procedures online`,
    breakdownTitle: (agency: string | undefined) => (agency ? `Figures for ${agency}` : 'Figures for the whole province'),
    period: (from: string, to: string) => `From ${from} to ${to}`,
    asOf: (date: string) => `As of ${date}`,
    total: 'Procedures in total',
    dossiersOnTime: (ratio: number, total: number) =>
      `${formatPercent(ratio, 'en')} of dossiers handled on time (of ${formatNumber(total, 'en')})`,
    count: (n: number) => formatNumber(n, 'en'),
  },
);

export type BadgeMessages = (typeof badgeMessages)[Lang];
