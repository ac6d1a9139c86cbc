import type { LineageKind, UnitKind } from '@/lib/domain/constants';
import type { Tx } from '../client';
import { unitLineage, units } from '../schema';
import { IdMap } from './ids';

/** The day the 2025 reorganisation took effect: district level abolished, provinces merged. */
export const REORGANISED_ON = '2025-07-01';
const OLD_UNITS_END = '2025-06-30';

type UnitRow = readonly [code: string, kind: UnitKind, nameVi: string, nameEn: string, parent: string | null, validFrom: string, validTo: string | null];

// The demo province, Ninh Bình, before and after the 2025 reorganisation (Resolution 202/2025/QH15:
// Ninh Bình + Hà Nam + Nam Định). The merged province has 129 communes and wards; the demo seeds only
// Cluster No. 1's ten wards and two clusters of communes named after the old districts, enough to show
// blocs, lineage and the pipeline without pretending to be the full administrative map.
export const UNITS: readonly UnitRow[] = [
  ['T-NINHBINH', 'province', 'Tỉnh Ninh Bình', 'Ninh Bình Province', null, '1992-04-01', null],
  // Provinces merged into Ninh Bình on 2025-07-01.
  ['T-HANAM', 'province', 'Tỉnh Hà Nam', 'Hà Nam Province', null, '1997-01-01', OLD_UNITS_END],
  ['T-NAMDINH', 'province', 'Tỉnh Nam Định', 'Nam Định Province', null, '1997-01-01', OLD_UNITS_END],

  // District level of old Ninh Bình, abolished on 2025-07-01.
  ['TP-NINHBINH', 'city', 'Thành phố Ninh Bình', 'Ninh Bình City', 'T-NINHBINH', '1992-04-01', OLD_UNITS_END],
  ['TP-TAMDIEP', 'city', 'Thành phố Tam Điệp', 'Tam Điệp City', 'T-NINHBINH', '1992-04-01', OLD_UNITS_END],
  ['D-NHOQUAN', 'district', 'Huyện Nho Quan', 'Nho Quan District', 'T-NINHBINH', '1992-04-01', OLD_UNITS_END],
  ['D-GIAVIEN', 'district', 'Huyện Gia Viễn', 'Gia Viễn District', 'T-NINHBINH', '1992-04-01', OLD_UNITS_END],
  ['D-HOALU', 'district', 'Huyện Hoa Lư', 'Hoa Lư District', 'T-NINHBINH', '1992-04-01', OLD_UNITS_END],
  ['D-YENKHANH', 'district', 'Huyện Yên Khánh', 'Yên Khánh District', 'T-NINHBINH', '1992-04-01', OLD_UNITS_END],
  ['D-YENMO', 'district', 'Huyện Yên Mô', 'Yên Mô District', 'T-NINHBINH', '1992-04-01', OLD_UNITS_END],
  ['D-KIMSON', 'district', 'Huyện Kim Sơn', 'Kim Sơn District', 'T-NINHBINH', '1992-04-01', OLD_UNITS_END],
  // A few district-level units of Hà Nam and Nam Định, the ones Cluster No. 1's wards came from.
  ['TP-PHULY', 'city', 'Thành phố Phủ Lý', 'Phủ Lý City', 'T-HANAM', '1997-01-01', OLD_UNITS_END],
  ['TX-DUYTIEN', 'town', 'Thị xã Duy Tiên', 'Duy Tiên Town', 'T-HANAM', '2020-02-01', OLD_UNITS_END],
  ['TP-NAMDINH', 'city', 'Thành phố Nam Định', 'Nam Định City', 'T-NAMDINH', '1997-01-01', OLD_UNITS_END],

  // Wards of Cluster No. 1, from 2025-07-01.
  ['P-HOALU', 'ward', 'Phường Hoa Lư', 'Hoa Lư Ward', 'T-NINHBINH', REORGANISED_ON, null],
  ['P-PHULY', 'ward', 'Phường Phủ Lý', 'Phủ Lý Ward', 'T-NINHBINH', REORGANISED_ON, null],
  ['P-NAMDINH', 'ward', 'Phường Nam Định', 'Nam Định Ward', 'T-NINHBINH', REORGANISED_ON, null],
  ['P-THIENTRUONG', 'ward', 'Phường Thiên Trường', 'Thiên Trường Ward', 'T-NINHBINH', REORGANISED_ON, null],
  ['P-NAMHOALU', 'ward', 'Phường Nam Hoa Lư', 'Nam Hoa Lư Ward', 'T-NINHBINH', REORGANISED_ON, null],
  ['P-DONGVAN', 'ward', 'Phường Đồng Văn', 'Đồng Văn Ward', 'T-NINHBINH', REORGANISED_ON, null],
  ['P-DUYTIEN', 'ward', 'Phường Duy Tiên', 'Duy Tiên Ward', 'T-NINHBINH', REORGANISED_ON, null],
  ['P-TAMDIEP', 'ward', 'Phường Tam Điệp', 'Tam Điệp Ward', 'T-NINHBINH', REORGANISED_ON, null],
  ['P-DONGA', 'ward', 'Phường Đông A', 'Đông A Ward', 'T-NINHBINH', REORGANISED_ON, null],
  ['P-TAYHOALU', 'ward', 'Phường Tây Hoa Lư', 'Tây Hoa Lư Ward', 'T-NINHBINH', REORGANISED_ON, null],
  // Sub-units of Hoa Lư ward: a unit may propose one of them as a collective nominee.
  ['P-HOALU-TYT', 'agency', 'Trạm Y tế phường Hoa Lư', 'Hoa Lư Ward Health Station', 'P-HOALU', REORGANISED_ON, null],
  ['P-HOALU-THNK', 'agency', 'Trường Tiểu học Ninh Khánh', 'Ninh Khánh Primary School', 'P-HOALU', REORGANISED_ON, null],

  // Communes of Cluster No. 2 (former Nho Quan and Gia Viễn districts).
  ['X-NHOQUAN', 'commune', 'Xã Nho Quan', 'Nho Quan Commune', 'T-NINHBINH', REORGANISED_ON, null],
  ['X-CUCPHUONG', 'commune', 'Xã Cúc Phương', 'Cúc Phương Commune', 'T-NINHBINH', REORGANISED_ON, null],
  ['X-GIALAM', 'commune', 'Xã Gia Lâm', 'Gia Lâm Commune', 'T-NINHBINH', REORGANISED_ON, null],
  ['X-PHULONG', 'commune', 'Xã Phú Long', 'Phú Long Commune', 'T-NINHBINH', REORGANISED_ON, null],
  ['X-GIAVIEN', 'commune', 'Xã Gia Viễn', 'Gia Viễn Commune', 'T-NINHBINH', REORGANISED_ON, null],
  ['X-GIAHUNG', 'commune', 'Xã Gia Hưng', 'Gia Hưng Commune', 'T-NINHBINH', REORGANISED_ON, null],
  ['X-DAIHOANG', 'commune', 'Xã Đại Hoàng', 'Đại Hoàng Commune', 'T-NINHBINH', REORGANISED_ON, null],
  // Communes of Cluster No. 3 (former Yên Khánh, Yên Mô and Kim Sơn districts).
  ['X-YENKHANH', 'commune', 'Xã Yên Khánh', 'Yên Khánh Commune', 'T-NINHBINH', REORGANISED_ON, null],
  ['X-KHANHNHAC', 'commune', 'Xã Khánh Nhạc', 'Khánh Nhạc Commune', 'T-NINHBINH', REORGANISED_ON, null],
  ['X-YENMO', 'commune', 'Xã Yên Mô', 'Yên Mô Commune', 'T-NINHBINH', REORGANISED_ON, null],
  ['X-YENTU', 'commune', 'Xã Yên Từ', 'Yên Từ Commune', 'T-NINHBINH', REORGANISED_ON, null],
  ['X-KIMSON', 'commune', 'Xã Kim Sơn', 'Kim Sơn Commune', 'T-NINHBINH', REORGANISED_ON, null],
  ['X-PHATDIEM', 'commune', 'Xã Phát Diệm', 'Phát Diệm Commune', 'T-NINHBINH', REORGANISED_ON, null],
  ['X-BINHMINH', 'commune', 'Xã Bình Minh', 'Bình Minh Commune', 'T-NINHBINH', REORGANISED_ON, null],

  // Provincial departments. Their own 2025 mergers are not modelled: each is valid throughout.
  ['S-NOIVU', 'department', 'Sở Nội vụ', 'Department of Home Affairs', 'T-NINHBINH', '1992-04-01', null],
  ['S-TAICHINH', 'department', 'Sở Tài chính', 'Department of Finance', 'T-NINHBINH', '1992-04-01', null],
  ['S-GIAODUC', 'department', 'Sở Giáo dục và Đào tạo', 'Department of Education and Training', 'T-NINHBINH', '1992-04-01', null],
  ['S-YTE', 'department', 'Sở Y tế', 'Department of Health', 'T-NINHBINH', '1992-04-01', null],
  ['S-XAYDUNG', 'department', 'Sở Xây dựng', 'Department of Construction', 'T-NINHBINH', '1992-04-01', null],
  ['S-NNMT', 'department', 'Sở Nông nghiệp và Môi trường', 'Department of Agriculture and Environment', 'T-NINHBINH', '1992-04-01', null],
  ['S-VHTTDL', 'department', 'Sở Văn hóa, Thể thao và Du lịch', 'Department of Culture, Sports and Tourism', 'T-NINHBINH', '1992-04-01', null],
  ['S-TUPHAP', 'department', 'Sở Tư pháp', 'Department of Justice', 'T-NINHBINH', '1992-04-01', null],
  ['S-CONGTHUONG', 'department', 'Sở Công Thương', 'Department of Industry and Trade', 'T-NINHBINH', '1992-04-01', null],
  ['S-KHCN', 'department', 'Sở Khoa học và Công nghệ', 'Department of Science and Technology', 'T-NINHBINH', '1992-04-01', null],
  // Agencies and mass organisations that sit on the provincial council.
  ['A-VPUBND', 'agency', 'Văn phòng UBND tỉnh', 'Office of the Provincial People’s Committee', 'T-NINHBINH', '1992-04-01', null],
  ['A-CONGAN', 'agency', 'Công an tỉnh', 'Provincial Police', 'T-NINHBINH', '1992-04-01', null],
  ['A-QUANSU', 'agency', 'Bộ Chỉ huy Quân sự tỉnh', 'Provincial Military Command', 'T-NINHBINH', '1992-04-01', null],
  ['O-MTTQ', 'organisation', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'Provincial Vietnam Fatherland Front Committee', 'T-NINHBINH', '1992-04-01', null],
  ['O-LDLD', 'organisation', 'Liên đoàn Lao động tỉnh', 'Provincial Federation of Labour', 'T-NINHBINH', '1992-04-01', null],
  ['O-TINHDOAN', 'organisation', 'Tỉnh Đoàn', 'Provincial Youth Union', 'T-NINHBINH', '1992-04-01', null],
  ['O-HOILHPN', 'organisation', 'Hội Liên hiệp Phụ nữ tỉnh', 'Provincial Women’s Union', 'T-NINHBINH', '1992-04-01', null],
  ['O-HOINONGDAN', 'organisation', 'Hội Nông dân tỉnh', 'Provincial Farmers’ Union', 'T-NINHBINH', '1992-04-01', null],
];

const PROVINCE_RESOLUTION = 'Nghị quyết số 202/2025/QH15 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh (2025)';
const COMMUNE_RESOLUTION =
  'Nghị quyết 1674/NQ-UBTVQH15 (2025) của Ủy ban Thường vụ Quốc hội về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Ninh Bình; Nghị quyết số 202/2025/QH15';

type LineageRow = readonly [from: string, to: string, kind: LineageKind];

// A district split over several new wards/communes is a 'split'; a unit absorbed whole into one
// successor is a 'merge'. "3 consecutive years" follows these edges back into the old units' history.
export const LINEAGE: readonly LineageRow[] = [
  ['T-HANAM', 'T-NINHBINH', 'merge'],
  ['T-NAMDINH', 'T-NINHBINH', 'merge'],
  ['TP-NINHBINH', 'P-HOALU', 'split'],
  ['TP-NINHBINH', 'P-NAMHOALU', 'split'],
  ['TP-NINHBINH', 'P-TAYHOALU', 'split'],
  ['D-HOALU', 'P-NAMHOALU', 'split'],
  ['D-HOALU', 'P-TAYHOALU', 'split'],
  ['TP-TAMDIEP', 'P-TAMDIEP', 'merge'],
  ['D-NHOQUAN', 'X-NHOQUAN', 'split'],
  ['D-NHOQUAN', 'X-CUCPHUONG', 'split'],
  ['D-NHOQUAN', 'X-GIALAM', 'split'],
  ['D-NHOQUAN', 'X-PHULONG', 'split'],
  ['D-GIAVIEN', 'X-GIAVIEN', 'split'],
  ['D-GIAVIEN', 'X-GIAHUNG', 'split'],
  ['D-GIAVIEN', 'X-DAIHOANG', 'split'],
  ['D-YENKHANH', 'X-YENKHANH', 'split'],
  ['D-YENKHANH', 'X-KHANHNHAC', 'split'],
  ['D-YENMO', 'X-YENMO', 'split'],
  ['D-YENMO', 'X-YENTU', 'split'],
  ['D-KIMSON', 'X-KIMSON', 'split'],
  ['D-KIMSON', 'X-PHATDIEM', 'split'],
  ['D-KIMSON', 'X-BINHMINH', 'split'],
  ['TP-PHULY', 'P-PHULY', 'merge'],
  ['TX-DUYTIEN', 'P-DUYTIEN', 'split'],
  ['TX-DUYTIEN', 'P-DONGVAN', 'split'],
  ['TP-NAMDINH', 'P-NAMDINH', 'split'],
  ['TP-NAMDINH', 'P-THIENTRUONG', 'split'],
  ['TP-NAMDINH', 'P-DONGA', 'split'],
];

/** "Phường Hoa Lư" → "phường Hoa Lư", for use inside a sentence. */
function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

export function unitRow(code: string): UnitRow {
  const row = UNITS.find(([c]) => c === code);
  if (!row) throw new Error(`Demo seed: unknown unit '${code}'`);
  return row;
}

/** Inserts the unit tree (parents before children) and its lineage; returns unit code → id. */
export async function seedUnits(tx: Tx): Promise<IdMap> {
  const ids = new IdMap('unit');
  // Parents first: roots, then each level whose parent already has an id.
  let pending = [...UNITS];
  while (pending.length > 0) {
    const ready = pending.filter(([, , , , parent]) => parent === null || ids.has(parent));
    if (ready.length === 0) throw new Error('Demo seed: unit tree has a cycle or a missing parent');
    const inserted = await tx
      .insert(units)
      .values(
        ready.map(([code, kind, nameVi, nameEn, parent, validFrom, validTo]) => ({
          code,
          kind,
          nameVi,
          nameEn,
          parentId: parent === null ? null : ids.get(parent),
          validFrom,
          validTo,
        })),
      )
      .returning({ id: units.id, code: units.code });
    for (const row of inserted) ids.set(row.code, row.id);
    pending = pending.filter(([code]) => !ids.has(code));
  }

  await tx.insert(unitLineage).values(
    LINEAGE.map(([from, to, kind]) => ({
      kind,
      fromUnitId: ids.get(from),
      toUnitId: ids.get(to),
      effectiveOn: REORGANISED_ON,
      legalBasis: from.startsWith('T-') ? PROVINCE_RESOLUTION : COMMUNE_RESOLUTION,
      note:
        kind === 'split'
          ? `${unitRow(from)[2]} được sắp xếp vào nhiều đơn vị hành chính mới, trong đó có ${lowerFirst(unitRow(to)[2])}`
          : `${unitRow(from)[2]} được sắp xếp, hợp nhất vào ${lowerFirst(unitRow(to)[2])}`,
    })),
  );
  return ids;
}
