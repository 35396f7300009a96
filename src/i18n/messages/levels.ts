import type { ServiceLevel } from '../../api/types.js';
import { defineMessages } from './define.js';

/** Labels of the online-service levels (Decree 42/2022): a short form for badges and the full official one. */
export const levelMessages = defineMessages<Record<ServiceLevel, { short: string; full: string }>>(
  {
    full: { short: 'Toàn trình', full: 'Dịch vụ công trực tuyến toàn trình' },
    partial: { short: 'Một phần', full: 'Dịch vụ công trực tuyến một phần' },
    info: { short: 'Cung cấp thông tin', full: 'Thủ tục chỉ cung cấp thông tin, chưa có dịch vụ công trực tuyến' },
  },
  {
    full: { short: 'Fully online', full: 'Fully online public service' },
    partial: { short: 'Partly online', full: 'Partly online public service' },
    info: { short: 'Information only', full: 'Information only, not offered as an online service' },
  },
);
