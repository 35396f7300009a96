import type { ServiceLevel } from '../../api/types.js';
import { defineMessages } from './define.js';

export type LevelMessages = Record<ServiceLevel, { short: string; full: string }>;

/** Labels of the online-service levels (Decree 42/2022): a short form for badges and the full official one. */
const vi: LevelMessages = {
  full: { short: 'Toàn trình', full: 'Dịch vụ công trực tuyến toàn trình' },
  partial: { short: 'Một phần', full: 'Dịch vụ công trực tuyến một phần' },
  info: { short: 'Chỉ cung cấp thông tin', full: 'Thủ tục chỉ cung cấp thông tin, chưa có dịch vụ công trực tuyến' },
};

export const levelMessages = defineMessages(vi, { en: () => import('./levels.en.js') });
