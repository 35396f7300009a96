import type { Channel, Tier } from '../../api/types.js';
import { formatNumber } from '../format.js';
import { defineMessages } from './define.js';

/** Everything `<dvc-procedure-search>` says. */
const vi = {
  label: 'Tìm thủ tục hành chính',
  hint: 'Gõ tên thủ tục, có dấu hoặc không dấu. Ví dụ: khai sinh, dang ky ket hon.',
  submit: 'Tìm kiếm',
  filters: 'Lọc kết quả',
  domain: 'Lĩnh vực',
  agency: 'Cơ quan thực hiện',
  tier: 'Cấp thực hiện',
  level: 'Mức độ dịch vụ công',
  all: {
    domain: 'Tất cả lĩnh vực',
    agency: 'Tất cả cơ quan',
    tier: 'Tất cả các cấp',
    level: 'Tất cả mức độ',
  },
  tiers: {
    province: 'Cấp tỉnh',
    commune: 'Cấp xã',
    district: 'Cấp huyện (trước 01/7/2025)',
  } satisfies Record<Tier, string>,
  domainsFailed: 'Không tải được danh sách lĩnh vực.',
  agenciesFailed: 'Không tải được danh sách cơ quan.',
  resultsHeading: 'Kết quả tìm kiếm',
  searching: 'Đang tìm thủ tục…',
  found: (n: number) => `Tìm thấy ${formatNumber(n, 'vi')} thủ tục`,
  pageOf: (page: number, pages: number) => `Trang ${formatNumber(page, 'vi')}/${formatNumber(pages, 'vi')}`,
  none: 'Không tìm thấy thủ tục nào phù hợp.',
  tryFewerWords: 'Kiểm tra lại chính tả, hoặc dùng ít từ hơn, ví dụ “khai sinh” thay cho “đăng ký khai sinh cho con”.',
  tryFewerFilters: 'Bỏ bớt bộ lọc đang chọn.',
  clearFilters: 'Bỏ tất cả bộ lọc',
  searchFailed: 'Chưa tìm được thủ tục.',
  pages: 'Phân trang kết quả',
  previous: 'Trang trước',
  next: 'Trang sau',
  code: 'Mã thủ tục',
  processingTime: 'Thời hạn giải quyết',
  fee: 'Phí, lệ phí',
  applyOnline: 'Nộp hồ sơ trực tuyến',
  readMore: 'Xem trên Cổng Dịch vụ công',
  loadingDetails: 'Đang tải thông tin chi tiết…',
  detailsFailed: 'Chưa tải được thông tin chi tiết của thủ tục.',
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

export type SearchMessages = typeof vi;

export const searchMessages = defineMessages(vi, { en: () => import('./search.en.js') });
