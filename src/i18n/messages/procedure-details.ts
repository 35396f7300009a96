import type { Channel } from '../../api/types.js';
import { defineMessages } from './define.js';

/**
 * What `<dvc-procedure-search>` says only in a procedure's details: its headings, the ways to apply. Fetched with
 * the details' code when a citizen first opens a procedure, not with the search (search.ts has the rest).
 */
const vi = {
  channelsHeading: 'Cách thực hiện, thời hạn và phí',
  channels: {
    'in-person': 'Nộp trực tiếp',
    online: 'Nộp trực tuyến',
    postal: 'Qua dịch vụ bưu chính công ích',
  } satisfies Record<Channel, string>,
  steps: 'Trình tự thực hiện',
  documents: 'Thành phần hồ sơ',
  downloadForm: 'Tải mẫu',
  applicants: 'Đối tượng thực hiện',
  conditions: 'Điều kiện thực hiện',
  result: 'Kết quả thực hiện',
  legalBasis: 'Căn cứ pháp lý',
  noDetails: 'Chưa có thông tin chi tiết cho thủ tục này.',
};

export type ProcedureDetailsMessages = typeof vi;

export const procedureDetailsMessages = defineMessages(vi, { en: () => import('./procedure-details.en.js') });
