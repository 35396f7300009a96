import type { Channel, Lang, ServiceLevel, Tier } from '../../api/types.js';
import { formatNumber, plural } from '../format.js';
import { defineMessages } from './define.js';

/** What a webmaster's presets limit a search to, by name: the agency and lĩnh vực as the API names them. */
export interface ScopeNames {
  agency?: string;
  domain?: string;
  tier?: Tier;
  level?: ServiceLevel;
}

const part = <T>(value: T | undefined, say: (v: T) => string): string[] => (value === undefined ? [] : [say(value)]);

/** "của Sở Tư pháp tỉnh Quảng Ngãi, lĩnh vực Hộ tịch, cấp xã, …": what the procedures of a scope have in common. */
const viScope = (s: ScopeNames): string =>
  [
    ...part(s.agency, (a) => `của ${a}`),
    ...part(s.domain, (d) => `lĩnh vực ${d}`),
    ...part(s.tier, (t) => ({ province: 'cấp tỉnh', commune: 'cấp xã', district: 'cấp huyện (trước 01/7/2025)' })[t]),
    ...part(s.level, (l) => ({ full: 'dịch vụ công trực tuyến toàn trình', partial: 'dịch vụ công trực tuyến một phần', info: 'chỉ cung cấp thông tin' })[l]),
  ].join(', ');

const enScope = (s: ScopeNames): string =>
  [
    ...part(s.agency, (a) => `of ${a}`),
    ...part(s.domain, (d) => `in ${d}`),
    ...part(s.tier, (t) => ({ province: 'at province level', commune: 'at commune level', district: 'at district level (before 1 July 2025)' })[t]),
    ...part(s.level, (l) => ({ full: 'fully online', partial: 'partly online', info: 'information only' })[l]),
  ].join(', ');

/** Everything `<dvc-procedure-search>` says, in Vietnamese first and English second. */
export const searchMessages = defineMessages(
  {
    label: 'Tìm thủ tục hành chính',
    // Examples only where the search can find them: not in a preset scope (an agency may handle neither).
    hint: (examples: boolean) => `Gõ tên thủ tục, có dấu hoặc không dấu.${examples ? ' Ví dụ: khai sinh, dang ky ket hon.' : ''}`,
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
    tryFewerWords: (example: boolean) =>
      `Kiểm tra lại chính tả, hoặc dùng ít từ hơn${example ? ', ví dụ “khai sinh” thay cho “đăng ký khai sinh cho con”' : ''}.`,
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
    // A search limited by the webmaster's presets, and the way out of it to the whole province.
    scope: (s: ScopeNames) => `Chỉ tìm trong các thủ tục ${viScope(s)}.`,
    backToScope: (s: ScopeNames) => `Chỉ tìm trong các thủ tục ${viScope(s)}`,
    wideScope: 'Đang tìm trong toàn tỉnh.',
    noneTryWide: 'Bạn có thể tìm trong toàn tỉnh.',
    elsewhere: 'Thủ tục bạn cần có thể do cơ quan khác thực hiện.',
    searchWide: (q: string) => (q ? `Tìm “${q}” trong toàn tỉnh` : 'Tìm trong toàn tỉnh'),
    /** Added to the results heading and the count once the search is province-wide. */
    inProvince: 'trong toàn tỉnh',
  },
  {
    label: 'Find an administrative procedure',
    hint: (examples: boolean) =>
      `Type the name of a procedure, with or without Vietnamese accents.${examples ? ' For example: khai sinh, dang ky ket hon.' : ''}`,
    submit: 'Search',
    filters: 'Filter results',
    domain: 'Field',
    agency: 'Handling agency',
    tier: 'Government level',
    level: 'Online service level',
    all: {
      domain: 'All fields',
      agency: 'All agencies',
      tier: 'All levels of government',
      level: 'All service levels',
    },
    tiers: {
      province: 'Province',
      commune: 'Commune',
      district: 'District (before 1 July 2025)',
    },
    domainsFailed: 'The list of fields could not be loaded.',
    agenciesFailed: 'The list of agencies could not be loaded.',
    resultsHeading: 'Search results',
    searching: 'Searching for procedures…',
    found: (n: number) => plural(n, 'en', { one: 'Found {n} procedure', other: 'Found {n} procedures' }),
    pageOf: (page: number, pages: number) => `Page ${formatNumber(page, 'en')} of ${formatNumber(pages, 'en')}`,
    none: 'No procedure matches your search.',
    tryFewerWords: (example: boolean) =>
      `Check the spelling, or use fewer words${example ? ', for example “khai sinh” instead of “đăng ký khai sinh cho con”' : ''}.`,
    tryFewerFilters: 'Remove some of the filters you chose.',
    clearFilters: 'Remove all filters',
    searchFailed: 'The search did not work.',
    pages: 'Result pages',
    previous: 'Previous page',
    next: 'Next page',
    code: 'Procedure code',
    processingTime: 'Processing time',
    fee: 'Fees',
    applyOnline: 'Apply online',
    readMore: 'Read more on the public-service portal',
    loadingDetails: 'Loading details…',
    detailsFailed: 'The details of this procedure could not be loaded.',
    channelsHeading: 'Ways to apply, time and fees',
    channels: {
      'in-person': 'In person',
      online: 'Online',
      postal: 'By public post',
    },
    steps: 'Steps',
    documents: 'Documents to submit',
    downloadForm: 'Download form',
    applicants: 'Who can apply',
    conditions: 'Conditions',
    result: 'What you receive',
    legalBasis: 'Legal basis',
    noDetails: 'No details are available for this procedure yet.',
    scope: (s: ScopeNames) => `Searching only procedures ${enScope(s)}.`,
    backToScope: (s: ScopeNames) => `Search only procedures ${enScope(s)}`,
    wideScope: 'Searching the whole province.',
    noneTryWide: 'You can search the whole province.',
    elsewhere: 'Another agency may handle the procedure you need.',
    searchWide: (q: string) => (q ? `Search the whole province for “${q}”` : 'Search the whole province'),
    inProvince: 'in the whole province',
  },
);

export type SearchMessages = (typeof searchMessages)[Lang];
