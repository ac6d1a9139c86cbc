import type { Role } from '@/lib/domain/constants';

/** The demo province's accounts (one per role, plus a second unit head and the bloc's deputy).
 * Listed on the login page in development only, and in the README. */
export const DEMO_PASSWORD = 'Laurel@2026';

export interface DemoAccount {
  username: string;
  displayName: string;
  role: Role;
  /** The unit code (units.code) or bloc code the role is scoped to, as the seed creates it. */
  scope: { kind: 'unit' | 'province'; unitCode: string } | { kind: 'bloc_term'; blocCode: string; year: number };
  descriptionVi: string;
  descriptionEn: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { username: 'canbo.hoalu', displayName: 'Trần Thị Mai', role: 'unit_officer', scope: { kind: 'unit', unitCode: 'P-HOALU' }, descriptionVi: 'Cán bộ thi đua, phường Hoa Lư', descriptionEn: 'Emulation officer, Hoa Lư ward' },
  { username: 'thutruong.hoalu', displayName: 'Nguyễn Văn Hùng', role: 'unit_head', scope: { kind: 'unit', unitCode: 'P-HOALU' }, descriptionVi: 'Chủ tịch UBND phường Hoa Lư', descriptionEn: 'Chairman, Hoa Lư ward People’s Committee' },
  { username: 'thutruong.phuly', displayName: 'Lê Thị Thu Hà', role: 'unit_head', scope: { kind: 'unit', unitCode: 'P-PHULY' }, descriptionVi: 'Chủ tịch UBND phường Phủ Lý', descriptionEn: 'Chairwoman, Phủ Lý ward People’s Committee' },
  { username: 'truongcum1', displayName: 'Phạm Minh Tuấn', role: 'bloc_lead', scope: { kind: 'bloc_term', blocCode: 'CUM-01', year: 2026 }, descriptionVi: 'Trưởng Cụm thi đua số 1 (phường Nam Định)', descriptionEn: 'Head of Cluster No. 1 (Nam Định ward)' },
  { username: 'phocum1', displayName: 'Vũ Thị Lan', role: 'bloc_lead', scope: { kind: 'bloc_term', blocCode: 'CUM-01', year: 2026 }, descriptionVi: 'Phó Cụm thi đua số 1 (phường Tam Điệp)', descriptionEn: 'Deputy head of Cluster No. 1 (Tam Điệp ward)' },
  { username: 'thamdinh', displayName: 'Đỗ Quang Huy', role: 'appraiser', scope: { kind: 'province', unitCode: 'T-NINHBINH' }, descriptionVi: 'Chuyên viên Ban Thi đua – Khen thưởng, Sở Nội vụ', descriptionEn: 'Specialist, Emulation and Commendation Board, Department of Home Affairs' },
  { username: 'thuky.hoidong', displayName: 'Hoàng Thị Ngọc', role: 'council_secretary', scope: { kind: 'province', unitCode: 'T-NINHBINH' }, descriptionVi: 'Thư ký Hội đồng Thi đua – Khen thưởng tỉnh', descriptionEn: 'Secretary of the provincial council' },
  { username: 'chutich', displayName: 'Trịnh Văn Lâm', role: 'approver', scope: { kind: 'province', unitCode: 'T-NINHBINH' }, descriptionVi: 'Chủ tịch UBND tỉnh', descriptionEn: 'Chairman of the Provincial People’s Committee' },
  { username: 'thanhtra', displayName: 'Bùi Đức Thắng', role: 'auditor', scope: { kind: 'province', unitCode: 'T-NINHBINH' }, descriptionVi: 'Thanh tra Sở Nội vụ', descriptionEn: 'Inspector, Department of Home Affairs' },
  { username: 'quantri', displayName: 'Ngô Thanh Sơn', role: 'admin', scope: { kind: 'province', unitCode: 'T-NINHBINH' }, descriptionVi: 'Quản trị hệ thống', descriptionEn: 'System administrator' },
];
