import type { ServiceLevel, Tier } from '../../api/types.js';
import type { MarkedText } from '../../base/language-of-parts.js';
import { formatNumber } from '../format.js';
import { defineMessages } from './define.js';

/** What a webmaster's presets limit a search to, by name: the agency and lĩnh vực as the API names them. */
export interface ScopeNames {
  agency?: string;
  domain?: string;
  tier?: Tier;
  level?: ServiceLevel;
}

/** The tiers by name, as a filter's options show them; within a sentence, in lower case ("cấp xã"). */
const tiers: Record<Tier, string> = {
  province: 'Cấp tỉnh',
  commune: 'Cấp xã',
  district: 'Cấp huyện (trước 01/07/2025)',
};

/** "của Sở Tư pháp tỉnh Quảng Ngãi, lĩnh vực Hộ tịch, cấp xã, …": what the procedures of a scope have in common. */
const scope = (s: ScopeNames): string =>
  [
    s.agency && `của ${s.agency}`,
    s.domain && `lĩnh vực ${s.domain}`,
    s.tier && tiers[s.tier].toLowerCase(),
    s.level && { full: 'dịch vụ công trực tuyến toàn trình', partial: 'dịch vụ công trực tuyến một phần', info: 'chỉ cung cấp thông tin' }[s.level],
  ]
    .filter(Boolean)
    .join(', ');

/** Everything `<dvc-procedure-search>` says. */
const vi = {
  label: 'Tìm thủ tục hành chính',
  // Examples only where the search can find them: not in a preset scope (an agency may handle neither).
  hint: (examples: boolean): MarkedText => `Gõ tên thủ tục, có dấu hoặc không dấu.${examples ? ' Ví dụ: khai sinh, dang ky ket hon.' : ''}`,
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
  tiers,
  domainsFailed: 'Không tải được danh sách lĩnh vực.',
  agenciesFailed: 'Không tải được danh sách cơ quan.',
  resultsHeading: 'Kết quả tìm kiếm',
  searching: 'Đang tìm thủ tục…',
  found: (n: number) => `Tìm thấy ${formatNumber(n, 'vi')} thủ tục`,
  pageOf: (page: number, pages: number) => `Trang ${formatNumber(page, 'vi')}/${formatNumber(pages, 'vi')}`,
  none: 'Không tìm thấy thủ tục nào phù hợp.',
  tryFewerWords: (example: boolean): MarkedText =>
    `Kiểm tra lại chính tả, hoặc dùng ít từ hơn${example ? ', ví dụ “khai sinh” thay cho “đăng ký khai sinh cho con”' : ''}.`,
  tryFewerFilters: 'Bỏ bớt bộ lọc đang chọn.',
  clearFilters: 'Bỏ tất cả bộ lọc',
  searchFailed: 'Chưa tìm được thủ tục.',
  notRelocalized: 'Chưa tải lại được kết quả bằng tiếng Việt.',
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
  // A search limited by the webmaster's presets, and the way out of it to the whole province.
  scope: (s: ScopeNames): MarkedText => `Chỉ tìm trong các thủ tục ${scope(s)}.`,
  backToScope: (s: ScopeNames): MarkedText => `Chỉ tìm trong các thủ tục ${scope(s)}`,
  wideScope: 'Đang tìm trong toàn tỉnh.',
  noneTryWide: 'Bạn có thể tìm trong toàn tỉnh.',
  elsewhere: 'Thủ tục bạn cần có thể do cơ quan khác thực hiện.',
  searchWide: (q: string): MarkedText => (q ? `Tìm “${q}” trong toàn tỉnh` : 'Tìm trong toàn tỉnh'),
  /** Added to the results heading and the count once the search is province-wide. */
  inProvince: 'trong toàn tỉnh',
};

export type SearchMessages = typeof vi;

export const searchMessages = defineMessages(vi, { en: () => import('./search.en.js') });
