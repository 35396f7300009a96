import type { Agency } from '../../api/types.js';

/** The sample province: Quảng Ngãi (identifier prefix H48), its departments and some of its communes. */
export const PROVINCE = { code: 'H48', name: 'Tỉnh Quảng Ngãi' };

export const AGENCIES: Agency[] = [
  { code: 'STP', name: 'Sở Tư pháp tỉnh Quảng Ngãi', tier: 'province' },
  { code: 'CAT', name: 'Công an tỉnh Quảng Ngãi', tier: 'province' },
  { code: 'SXD', name: 'Sở Xây dựng tỉnh Quảng Ngãi', tier: 'province' },
  { code: 'SCT', name: 'Sở Công Thương tỉnh Quảng Ngãi', tier: 'province' },
  { code: 'SKHCN', name: 'Sở Khoa học và Công nghệ tỉnh Quảng Ngãi', tier: 'province' },
  { code: 'SNNMT', name: 'Sở Nông nghiệp và Môi trường tỉnh Quảng Ngãi', tier: 'province' },
  { code: 'STC', name: 'Sở Tài chính tỉnh Quảng Ngãi', tier: 'province' },
  { code: 'SYT', name: 'Sở Y tế tỉnh Quảng Ngãi', tier: 'province' },
  { code: 'SGDDT', name: 'Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi', tier: 'province' },
  { code: 'XA-CAMTHANH', name: 'UBND phường Cẩm Thành', tier: 'commune' },
  { code: 'XA-NGHIALO', name: 'UBND phường Nghĩa Lộ', tier: 'commune' },
  { code: 'XA-TINHKHE', name: 'UBND xã Tịnh Khê', tier: 'commune' },
  { code: 'XA-BINHSON', name: 'UBND xã Bình Sơn', tier: 'commune' },
  // Districts were abolished on 1/7/2025; old data still names them.
  { code: 'H-SONTINH', name: 'UBND huyện Sơn Tịnh (trước 01/07/2025)', tier: 'district' },
];
