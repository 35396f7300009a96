import type { CodeName, ProcedureSummary, ServiceLevel, Tier } from '../api/types.js';
import { fold } from '../text/fold.js';
import { AGENCIES } from './data/agencies.js';
import { DOMAINS, PROCEDURES, type SampleProcedure } from './data/procedures.js';

/** A catalog the mock server searches; names are folded once, up front, as a real search index would. */
export interface Catalog {
  procedures: SampleProcedure[];
  domains: CodeName[];
  folded: string[];
  byCode: Map<string, SampleProcedure>;
}

export function makeCatalog(procedures: SampleProcedure[]): Catalog {
  return {
    procedures,
    domains: DOMAINS,
    folded: procedures.map((p) => `${fold(p.name)} ${p.code}`),
    byCode: new Map(procedures.map((p) => [p.code, p])),
  };
}

// Small deterministic PRNG (mulberry32): the same size always makes the same catalog.
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ACTIONS = ['Cấp', 'Cấp lại', 'Cấp đổi', 'Gia hạn', 'Điều chỉnh', 'Thu hồi', 'Đăng ký', 'Xác nhận', 'Thẩm định', 'Công nhận'];
const OBJECTS = [
  'giấy phép kinh doanh vận tải bằng xe ô tô',
  'chứng chỉ hành nghề dược',
  'giấy phép xây dựng nhà ở riêng lẻ',
  'giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm',
  'giấy phép bưu chính',
  'giấy phép tổ chức hội chợ, triển lãm thương mại',
  'giấy chứng nhận quyền sử dụng đất',
  'giấy phép hoạt động khám bệnh, chữa bệnh',
  'giấy phép thành lập cơ sở giáo dục mầm non tư thục',
  'giấy chứng nhận đăng ký hộ kinh doanh',
  'giấy phép khai thác nước mặt',
  'giấy phép bán lẻ sản phẩm thuốc lá',
  'chứng nhận trang trại',
  'giấy phép sử dụng vật liệu nổ công nghiệp',
  'thẻ hướng dẫn viên du lịch nội địa',
];
const QUALIFIERS = ['', ' cho doanh nghiệp', ' cho hộ kinh doanh', ' có yếu tố nước ngoài', ' trong khu công nghiệp', ' đối với cá nhân'];
const LEVELS: ServiceLevel[] = ['full', 'partial', 'info'];
const TIME = ['03 ngày làm việc', '05 ngày làm việc', '07 ngày làm việc', '10 ngày làm việc', '15 ngày làm việc', 'Trong ngày'];
const FEE = ['Miễn phí', '50.000 đồng', '100.000 đồng', '200.000 đồng', '500.000 đồng', 'Theo quy định'];

/**
 * The sample catalog grown to `size` procedures (e.g. 1,671 — the count one province published — or 20,000 for
 * benchmarks). The real sample procedures come first; generated ones have codes starting `9.` so they are
 * never mistaken for official codes.
 */
export function scaledProcedures(size: number): SampleProcedure[] {
  const out = PROCEDURES.slice(0, size);
  const rand = prng(size);
  for (let i = out.length; i < size; i++) {
    const action = ACTIONS[Math.floor(rand() * ACTIONS.length)];
    const object = OBJECTS[Math.floor(rand() * OBJECTS.length)];
    const qualifier = QUALIFIERS[Math.floor(rand() * QUALIFIERS.length)];
    const agency = AGENCIES[Math.floor(rand() * AGENCIES.length)];
    const domain = DOMAINS[Math.floor(rand() * DOMAINS.length)];
    const tier: Tier = agency.tier;
    const code = `9.${String(100000 + i)}`;
    const summary: ProcedureSummary = {
      code,
      name: `${action} ${object}${qualifier}`,
      domain,
      agency: { code: agency.code, name: agency.name },
      tier,
      level: LEVELS[Math.floor(rand() * LEVELS.length)],
      processingTime: TIME[Math.floor(rand() * TIME.length)],
      fee: FEE[Math.floor(rand() * FEE.length)],
      url: `https://dichvucong.quangngai.gov.vn/thu-tuc/${code}`,
    };
    out.push({ ...summary, confirmed: false });
  }
  return out;
}

export const sampleCatalog = (): Catalog => makeCatalog(PROCEDURES);
