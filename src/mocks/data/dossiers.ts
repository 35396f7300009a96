import type { Dossier, DossierStatus } from '../../api/types.js';
import { VN_OFFSET_MS, vnDay } from '../../time/ho-chi-minh.js';

/** A sample dossier; `verifier`, when set, must be sent as X-Dossier-Verifier (never part of the answer). */
export interface MockDossier extends Dossier {
  verifier?: string;
  verifierLabel?: string;
}

const DAY = 86_400_000;

/** An ISO timestamp in +07:00, `days` calendar days from today in Vietnam, at hh:mm local time. */
export function vnIso(now: number, days: number, hh = 8, mm = 0): string {
  const ms = (vnDay(now) + days) * DAY - VN_OFFSET_MS + (hh * 60 + mm) * 60_000;
  const d = new Date(ms + VN_OFFSET_MS);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}T${p(hh)}:${p(mm)}:00+07:00`;
}

function code(now: number, receivedDays: number, counter: number, unit = '000.00.53.H48'): string {
  const d = new Date((vnDay(now) + receivedDays) * DAY);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${unit}-${String(d.getUTCFullYear()).slice(2)}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}-${String(counter).padStart(4, '0')}`;
}

const KHAI_SINH = { code: '1.001193', name: 'Đăng ký khai sinh' };
const KET_HON = { code: '1.000894', name: 'Đăng ký kết hôn' };
const THUONG_TRU = { code: '1.004222', name: 'Đăng ký thường trú' };
const CHUNG_THUC = { code: '2.000815', name: 'Chứng thực bản sao từ bản chính' };
const HKD = { code: '1.001612', name: 'Đăng ký thành lập hộ kinh doanh' };
const LLTP = { code: '3.000333', name: 'Cấp Phiếu lý lịch tư pháp cho công dân' };
const CAM_THANH = { code: 'XA-CAMTHANH', name: 'UBND phường Cẩm Thành' };
const TINH_KHE = { code: 'XA-TINHKHE', name: 'UBND xã Tịnh Khê' };
const CAT = { code: 'CAT', name: 'Công an tỉnh Quảng Ngãi' };

const received = (now: number, days: number, unit = 'Bộ phận Một cửa UBND phường Cẩm Thành') => ({
  at: vnIso(now, days, 8, 15),
  action: 'Tiếp nhận hồ sơ',
  unit,
});

/**
 * Dossiers in every status (1–10), dated relative to `now` so that "days left" and "late" stay true whenever
 * the mocks run: open and on schedule, open and overdue, finished early, on time and late, documents
 * requested, and one that needs a verifier. The first is a fixed historical one with the canonical code.
 */
export function sampleDossiers(now = Date.now()): MockDossier[] {
  const list: MockDossier[] = [
    {
      code: '000.00.53.H48-220921-0099',
      procedure: KHAI_SINH,
      agency: CAM_THANH,
      applicant: 'Nguyễn V*** A**',
      status: 10,
      receivedAt: '2022-09-21T08:30:00+07:00',
      dueAt: '2022-09-22T17:00:00+07:00',
      finishedAt: '2022-09-21T15:10:00+07:00',
      returnedAt: '2022-09-22T09:00:00+07:00',
      channel: 'online',
      history: [
        { at: '2022-09-21T08:30:00+07:00', action: 'Tiếp nhận hồ sơ', unit: 'Bộ phận Một cửa UBND phường Cẩm Thành' },
        { at: '2022-09-21T10:05:00+07:00', action: 'Chuyển công chức tư pháp - hộ tịch xử lý', unit: 'Công chức tư pháp - hộ tịch' },
        { at: '2022-09-21T15:10:00+07:00', action: 'Ký duyệt, cấp Giấy khai sinh', unit: 'Lãnh đạo UBND phường' },
        { at: '2022-09-22T09:00:00+07:00', action: 'Trả kết quả', unit: 'Bộ phận Một cửa UBND phường Cẩm Thành' },
      ],
    },
    {
      code: code(now, 0, 1),
      procedure: THUONG_TRU,
      agency: CAM_THANH,
      applicant: 'Trần T*** B**',
      status: 1,
      receivedAt: vnIso(now, 0, 7, 45),
      dueAt: vnIso(now, 7, 17),
      channel: 'online',
      history: [{ at: vnIso(now, 0, 7, 45), action: 'Công dân nộp hồ sơ trực tuyến', unit: 'Cổng Dịch vụ công' }],
    },
    {
      code: code(now, -1, 2),
      procedure: KHAI_SINH,
      agency: CAM_THANH,
      applicant: 'Lê T*** C**',
      status: 2,
      receivedAt: vnIso(now, -1, 9),
      dueAt: vnIso(now, 3, 17),
      channel: 'in-person',
      history: [received(now, -1)],
    },
    {
      code: code(now, -2, 3),
      procedure: HKD,
      agency: TINH_KHE,
      applicant: 'Phạm V*** D**',
      status: 3,
      receivedAt: vnIso(now, -2, 14),
      channel: 'online',
      history: [
        { at: vnIso(now, -2, 14), action: 'Công dân nộp hồ sơ trực tuyến', unit: 'Cổng Dịch vụ công' },
        {
          at: vnIso(now, -1, 10),
          action: 'Từ chối tiếp nhận hồ sơ',
          unit: 'Bộ phận Một cửa UBND xã Tịnh Khê',
          note: 'Tên hộ kinh doanh trùng với hộ kinh doanh đã đăng ký trên địa bàn.',
        },
      ],
    },
    {
      code: code(now, -3, 4),
      procedure: KET_HON,
      agency: CAM_THANH,
      applicant: 'Hoàng T*** E**',
      status: 4,
      receivedAt: vnIso(now, -3, 8, 20),
      dueAt: vnIso(now, 2, 17),
      channel: 'in-person',
      history: [
        received(now, -3),
        { at: vnIso(now, -3, 10), action: 'Chuyển công chức tư pháp - hộ tịch xử lý', unit: 'Công chức tư pháp - hộ tịch' },
      ],
    },
    {
      code: code(now, -10, 5),
      procedure: LLTP,
      agency: CAT,
      applicant: 'Võ V*** G**',
      status: 4,
      receivedAt: vnIso(now, -10, 9),
      dueAt: vnIso(now, -2, 17),
      channel: 'postal',
      history: [
        received(now, -10, 'Trung tâm Phục vụ hành chính công tỉnh'),
        { at: vnIso(now, -9, 9), action: 'Gửi xác minh nhân thân', unit: 'Phòng Hồ sơ nghiệp vụ, Công an tỉnh' },
      ],
    },
    {
      code: code(now, -4, 6),
      procedure: THUONG_TRU,
      agency: CAM_THANH,
      applicant: 'Đặng T*** H**',
      status: 5,
      receivedAt: vnIso(now, -4, 8),
      dueAt: vnIso(now, 3, 17),
      channel: 'online',
      history: [
        { at: vnIso(now, -4, 8), action: 'Công dân nộp hồ sơ trực tuyến', unit: 'Cổng Dịch vụ công' },
        { at: vnIso(now, -3, 15, 30), action: 'Yêu cầu bổ sung, hoàn thiện hồ sơ', unit: 'Công an phường Cẩm Thành' },
      ],
      supplement: {
        requestedAt: vnIso(now, -3, 15, 30),
        reason: 'Giấy tờ chứng minh chỗ ở hợp pháp chưa có xác nhận của chủ sở hữu nhà.',
        documents: ['Văn bản đồng ý cho đăng ký thường trú của chủ sở hữu chỗ ở hợp pháp', 'Bản sao Giấy chứng nhận quyền sử dụng đất'],
      },
    },
    {
      code: code(now, -2, 7),
      procedure: HKD,
      agency: TINH_KHE,
      applicant: 'Bùi V*** K**',
      status: 6,
      receivedAt: vnIso(now, -2, 9),
      dueAt: vnIso(now, 1, 17),
      channel: 'online',
      history: [
        { at: vnIso(now, -2, 9), action: 'Công dân nộp hồ sơ trực tuyến', unit: 'Cổng Dịch vụ công' },
        { at: vnIso(now, -1, 11), action: 'Thông báo nộp lệ phí đăng ký hộ kinh doanh (100.000 đồng)', unit: 'Bộ phận Một cửa UBND xã Tịnh Khê' },
      ],
    },
    {
      code: code(now, -5, 8),
      procedure: CHUNG_THUC,
      agency: CAM_THANH,
      applicant: 'Đỗ T*** L**',
      status: 7,
      receivedAt: vnIso(now, -5, 10),
      dueAt: vnIso(now, -4, 17),
      channel: 'in-person',
      history: [received(now, -5), { at: vnIso(now, -5, 11), action: 'Công dân rút hồ sơ', unit: 'Bộ phận Một cửa UBND phường Cẩm Thành' }],
    },
    {
      code: code(now, -20, 9),
      procedure: THUONG_TRU,
      agency: CAM_THANH,
      applicant: 'Ngô V*** M**',
      status: 8,
      receivedAt: vnIso(now, -20, 9),
      dueAt: vnIso(now, -13, 17),
      channel: 'online',
      history: [
        { at: vnIso(now, -20, 9), action: 'Công dân nộp hồ sơ trực tuyến', unit: 'Cổng Dịch vụ công' },
        { at: vnIso(now, -15, 9), action: 'Dừng xử lý hồ sơ', unit: 'Công an phường Cẩm Thành', note: 'Quá thời hạn bổ sung hồ sơ mà công dân không bổ sung.' },
      ],
    },
    {
      code: code(now, -3, 10),
      procedure: KHAI_SINH,
      agency: CAM_THANH,
      applicant: 'Dương T*** N**',
      status: 9,
      receivedAt: vnIso(now, -3, 8),
      dueAt: vnIso(now, 1, 17),
      finishedAt: vnIso(now, -1, 16),
      channel: 'in-person',
      history: [received(now, -3), { at: vnIso(now, -1, 16), action: 'Ký duyệt, cấp Giấy khai sinh', unit: 'Lãnh đạo UBND phường' }],
    },
    {
      code: code(now, -6, 11),
      procedure: KET_HON,
      agency: CAM_THANH,
      applicant: 'Lý V*** P**',
      status: 10,
      receivedAt: vnIso(now, -6, 8),
      dueAt: vnIso(now, -2, 17),
      finishedAt: vnIso(now, -2, 10),
      returnedAt: vnIso(now, -1, 9),
      channel: 'in-person',
      history: [
        received(now, -6),
        { at: vnIso(now, -2, 10), action: 'Ký Giấy chứng nhận kết hôn', unit: 'Lãnh đạo UBND phường' },
        { at: vnIso(now, -1, 9), action: 'Trả kết quả', unit: 'Bộ phận Một cửa UBND phường Cẩm Thành' },
      ],
    },
    {
      code: code(now, -12, 12),
      procedure: LLTP,
      agency: CAT,
      applicant: 'Trương T*** Q**',
      status: 10,
      receivedAt: vnIso(now, -12, 9),
      dueAt: vnIso(now, -4, 17),
      finishedAt: vnIso(now, -3, 15),
      returnedAt: vnIso(now, -2, 10),
      channel: 'postal',
      history: [
        received(now, -12, 'Trung tâm Phục vụ hành chính công tỉnh'),
        { at: vnIso(now, -3, 15), action: 'Ký Phiếu lý lịch tư pháp', unit: 'Công an tỉnh' },
        { at: vnIso(now, -2, 10), action: 'Gửi kết quả qua dịch vụ bưu chính công ích', unit: 'Bưu điện tỉnh' },
      ],
    },
    {
      code: code(now, -1, 13),
      procedure: THUONG_TRU,
      agency: CAM_THANH,
      applicant: 'Huỳnh V*** R**',
      status: 4,
      receivedAt: vnIso(now, -1, 14),
      dueAt: vnIso(now, 5, 17),
      channel: 'online',
      history: [{ at: vnIso(now, -1, 14), action: 'Công dân nộp hồ sơ trực tuyến', unit: 'Cổng Dịch vụ công' }],
      verifier: '1234',
      verifierLabel: '4 số cuối CCCD của người nộp',
    },
  ];
  return list;
}

/** The code of the sample dossier with the given status (the first one), for stories and tests. */
export const dossierCodeFor = (status: DossierStatus, now = Date.now()): string =>
  sampleDossiers(now).find((d) => d.status === status)!.code;
