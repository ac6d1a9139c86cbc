import type { Gender } from '@/lib/domain/constants';
import type { Tx } from '../client';
import { households, people } from '../schema';
import { IdMap } from './ids';

export interface PersonRow {
  key: string;
  fullName: string;
  gender: Gender;
  birthYear: number;
  position: string;
  unit: string;
  /** The unit the person worked in before the 2025 reorganisation, when it differs: it issued the
   * person's titles of those years. */
  formerUnit?: string;
}

// People behind the demo accounts (keyed by username) and the nominees of the demo rounds. Council
// members live in council.ts. Bloc leads represent their ward as its vice-chair, so that the ward's own
// head (who proposes its nominations) is somebody else.
export const PEOPLE: readonly PersonRow[] = [
  { key: 'canbo.hoalu', fullName: 'Trần Thị Mai', gender: 'female', birthYear: 1990, position: 'Công chức Văn phòng – Thống kê, phụ trách thi đua, khen thưởng', unit: 'P-HOALU', formerUnit: 'TP-NINHBINH' },
  { key: 'thutruong.hoalu', fullName: 'Nguyễn Văn Hùng', gender: 'male', birthYear: 1972, position: 'Chủ tịch UBND phường Hoa Lư', unit: 'P-HOALU', formerUnit: 'TP-NINHBINH' },
  { key: 'thutruong.phuly', fullName: 'Lê Thị Thu Hà', gender: 'female', birthYear: 1976, position: 'Chủ tịch UBND phường Phủ Lý', unit: 'P-PHULY', formerUnit: 'TP-PHULY' },
  { key: 'truongcum1', fullName: 'Phạm Minh Tuấn', gender: 'male', birthYear: 1974, position: 'Phó Chủ tịch UBND phường Nam Định', unit: 'P-NAMDINH', formerUnit: 'TP-NAMDINH' },
  { key: 'phocum1', fullName: 'Vũ Thị Lan', gender: 'female', birthYear: 1978, position: 'Phó Chủ tịch UBND phường Tam Điệp', unit: 'P-TAMDIEP', formerUnit: 'TP-TAMDIEP' },
  { key: 'thamdinh', fullName: 'Đỗ Quang Huy', gender: 'male', birthYear: 1986, position: 'Chuyên viên Ban Thi đua – Khen thưởng, Sở Nội vụ', unit: 'S-NOIVU' },
  { key: 'thuky.hoidong', fullName: 'Hoàng Thị Ngọc', gender: 'female', birthYear: 1979, position: 'Phó Trưởng Ban Thi đua – Khen thưởng, Sở Nội vụ', unit: 'S-NOIVU' },
  { key: 'chutich', fullName: 'Trịnh Văn Lâm', gender: 'male', birthYear: 1968, position: 'Chủ tịch UBND tỉnh', unit: 'T-NINHBINH' },
  { key: 'thanhtra', fullName: 'Bùi Đức Thắng', gender: 'male', birthYear: 1981, position: 'Thanh tra viên, Sở Nội vụ', unit: 'S-NOIVU' },
  { key: 'quantri', fullName: 'Ngô Thanh Sơn', gender: 'male', birthYear: 1991, position: 'Chuyên viên công nghệ thông tin, Sở Nội vụ', unit: 'S-NOIVU' },

  // Cluster No. 1 wards.
  { key: 'nhung', fullName: 'Nguyễn Thị Hồng Nhung', gender: 'female', birthYear: 1985, position: 'Phó Chủ tịch UBND phường Hoa Lư', unit: 'P-HOALU', formerUnit: 'TP-NINHBINH' },
  { key: 'thanh', fullName: 'Đinh Văn Thành', gender: 'male', birthYear: 1979, position: 'Công chức Văn phòng – Thống kê phường Hoa Lư', unit: 'P-HOALU', formerUnit: 'TP-NINHBINH' },
  { key: 'trang', fullName: 'Phạm Thị Thu Trang', gender: 'female', birthYear: 1990, position: 'Công chức Văn hóa – Xã hội phường Hoa Lư', unit: 'P-HOALU', formerUnit: 'D-HOALU' },
  { key: 'huong', fullName: 'Vũ Thị Thanh Hương', gender: 'female', birthYear: 1992, position: 'Công chức Địa chính – Xây dựng phường Hoa Lư', unit: 'P-HOALU', formerUnit: 'TP-NINHBINH' },
  { key: 'vanbinh', fullName: 'Hà Văn Bình', gender: 'male', birthYear: 1984, position: 'Công chức Tư pháp – Hộ tịch phường Hoa Lư', unit: 'P-HOALU', formerUnit: 'TP-NINHBINH' },
  { key: 'haiyen', fullName: 'Đặng Thị Hải Yến', gender: 'female', birthYear: 1991, position: 'Công chức Văn phòng – Thống kê phường Hoa Lư', unit: 'P-HOALU', formerUnit: 'D-HOALU' },
  { key: 'minhquang', fullName: 'Tạ Minh Quang', gender: 'male', birthYear: 1987, position: 'Chỉ huy phó Ban Chỉ huy Quân sự phường Hoa Lư', unit: 'P-HOALU', formerUnit: 'TP-NINHBINH' },
  { key: 'khoa', fullName: 'Trần Văn Khoa', gender: 'male', birthYear: 1982, position: 'Trưởng phòng Kinh tế, Hạ tầng và Đô thị phường Phủ Lý', unit: 'P-PHULY', formerUnit: 'TP-PHULY' },
  { key: 'hoa', fullName: 'Lê Thị Hoa', gender: 'female', birthYear: 1988, position: 'Công chức Tư pháp – Hộ tịch phường Phủ Lý', unit: 'P-PHULY', formerUnit: 'TP-PHULY' },
  { key: 'manh', fullName: 'Nguyễn Đức Mạnh', gender: 'male', birthYear: 1975, position: 'Phó Chủ tịch UBND phường Phủ Lý', unit: 'P-PHULY', formerUnit: 'TP-PHULY' },
  { key: 'tung', fullName: 'Đặng Văn Tùng', gender: 'male', birthYear: 1983, position: 'Phó Trưởng phòng Văn hóa – Xã hội phường Phủ Lý', unit: 'P-PHULY', formerUnit: 'TP-PHULY' },
  { key: 'toan', fullName: 'Vũ Văn Toàn', gender: 'male', birthYear: 1980, position: 'Trưởng phòng Văn hóa – Xã hội phường Nam Định', unit: 'P-NAMDINH', formerUnit: 'TP-NAMDINH' },
  { key: 'tam', fullName: 'Đặng Thị Thanh Tâm', gender: 'female', birthYear: 1987, position: 'Công chức Văn phòng – Thống kê phường Tam Điệp', unit: 'P-TAMDIEP', formerUnit: 'TP-TAMDIEP' },
  { key: 'son', fullName: 'Lại Văn Sơn', gender: 'male', birthYear: 1980, position: 'Phó Chủ tịch UBND phường Duy Tiên', unit: 'P-DUYTIEN', formerUnit: 'TX-DUYTIEN' },
  { key: 'yen', fullName: 'Nguyễn Thị Yến', gender: 'female', birthYear: 1990, position: 'Công chức Tài chính – Kế toán phường Đồng Văn', unit: 'P-DONGVAN', formerUnit: 'TX-DUYTIEN' },
  { key: 'ducanh', fullName: 'Vũ Đức Anh', gender: 'male', birthYear: 1985, position: 'Công chức Kinh tế phường Thiên Trường', unit: 'P-THIENTRUONG', formerUnit: 'TP-NAMDINH' },
  { key: 'long', fullName: 'Đỗ Văn Long', gender: 'male', birthYear: 1974, position: 'Phó Trưởng phòng Kinh tế phường Nam Hoa Lư', unit: 'P-NAMHOALU', formerUnit: 'D-HOALU' },
  { key: 'minhtam', fullName: 'Lê Minh Tâm', gender: 'male', birthYear: 1984, position: 'Công chức Địa chính phường Đông A', unit: 'P-DONGA', formerUnit: 'TP-NAMDINH' },
  // Communes.
  { key: 'hai', fullName: 'Bùi Văn Hải', gender: 'male', birthYear: 1983, position: 'Phó Chủ tịch UBND xã Cúc Phương', unit: 'X-CUCPHUONG', formerUnit: 'D-NHOQUAN' },
  { key: 'dung', fullName: 'Quách Thị Dung', gender: 'female', birthYear: 1986, position: 'Công chức Văn hóa – Xã hội xã Nho Quan', unit: 'X-NHOQUAN', formerUnit: 'D-NHOQUAN' },
  { key: 'bien', fullName: 'Trần Văn Biển', gender: 'male', birthYear: 1972, position: 'Công chức Nông nghiệp – Môi trường xã Kim Sơn', unit: 'X-KIMSON', formerUnit: 'D-KIMSON' },
  // Departments.
  { key: 'duc', fullName: 'Hoàng Minh Đức', gender: 'male', birthYear: 1976, position: 'Trưởng phòng Giáo dục phổ thông, Sở Giáo dục và Đào tạo', unit: 'S-GIAODUC' },
  { key: 'lananh', fullName: 'Nguyễn Thị Lan Anh', gender: 'female', birthYear: 1983, position: 'Giáo viên Trường THPT chuyên Lương Văn Tụy', unit: 'S-GIAODUC' },
  { key: 'kimlien', fullName: 'Đinh Thị Kim Liên', gender: 'female', birthYear: 1980, position: 'Hiệu trưởng Trường THPT Hoa Lư A', unit: 'S-GIAODUC' },
  { key: 'bao', fullName: 'Trần Quốc Bảo', gender: 'male', birthYear: 1978, position: 'Phó Giám đốc Bệnh viện Đa khoa tỉnh', unit: 'S-YTE' },
  { key: 'ngocanh', fullName: 'Lương Thị Ngọc Ánh', gender: 'female', birthYear: 1986, position: 'Điều dưỡng trưởng, Bệnh viện Sản Nhi tỉnh', unit: 'S-YTE' },
  { key: 'quyet', fullName: 'Mai Văn Quyết', gender: 'male', birthYear: 1981, position: 'Trưởng phòng Quản lý ngân sách, Sở Tài chính', unit: 'S-TAICHINH' },
  { key: 'tahuong', fullName: 'Tạ Thị Hương', gender: 'female', birthYear: 1984, position: 'Phó Chánh Văn phòng Sở Xây dựng', unit: 'S-XAYDUNG' },
  { key: 'loc', fullName: 'Phan Văn Lộc', gender: 'male', birthYear: 1977, position: 'Chi cục trưởng Chi cục Thủy lợi, Sở Nông nghiệp và Môi trường', unit: 'S-NNMT' },
  { key: 'nguyet', fullName: 'Đoàn Thị Minh Nguyệt', gender: 'female', birthYear: 1989, position: 'Trưởng phòng Quản lý du lịch, Sở Văn hóa, Thể thao và Du lịch', unit: 'S-VHTTDL' },
];

interface HouseholdRow {
  key: string;
  headName: string;
  address: string;
  unit: string;
}

export const HOUSEHOLDS: readonly HouseholdRow[] = [
  { key: 'ho-luuthang', headName: 'Lưu Văn Thắng', address: 'Tổ dân phố số 7, phường Hoa Lư, tỉnh Ninh Bình', unit: 'P-HOALU' },
  { key: 'ho-xuan', headName: 'Nguyễn Thị Xuân', address: 'Tổ dân phố số 12, phường Phủ Lý, tỉnh Ninh Bình', unit: 'P-PHULY' },
  { key: 'ho-trang', headName: 'Đinh Công Tráng', address: 'Thôn 3, xã Gia Viễn, tỉnh Ninh Bình', unit: 'X-GIAVIEN' },
  { key: 'ho-thuoc', headName: 'Trần Văn Thược', address: 'Xóm 4, xã Kim Sơn, tỉnh Ninh Bình', unit: 'X-KIMSON' },
];

export function personRow(key: string): PersonRow {
  const row = PEOPLE.find((p) => p.key === key);
  if (!row) throw new Error(`Demo seed: unknown person '${key}'`);
  return row;
}

export function householdRow(key: string): HouseholdRow {
  const row = HOUSEHOLDS.find((h) => h.key === key);
  if (!row) throw new Error(`Demo seed: unknown household '${key}'`);
  return row;
}

/** Inserts the people and households above; returns their keys → ids. */
export async function seedPeople(tx: Tx, unitIds: IdMap): Promise<{ people: IdMap; households: IdMap }> {
  const insertedPeople = await tx
    .insert(people)
    .values(PEOPLE.map((p) => ({ fullName: p.fullName, gender: p.gender, birthYear: p.birthYear, position: p.position, unitId: unitIds.get(p.unit) })))
    .returning({ id: people.id, name: people.fullName });
  const insertedHouseholds = await tx
    .insert(households)
    .values(HOUSEHOLDS.map((h) => ({ headName: h.headName, address: h.address, unitId: unitIds.get(h.unit) })))
    .returning({ id: households.id, name: households.headName });
  return {
    people: keysByName('person', PEOPLE.map((p) => ({ key: p.key, name: p.fullName })), insertedPeople),
    households: keysByName('household', HOUSEHOLDS.map((h) => ({ key: h.key, name: h.headName })), insertedHouseholds),
  };
}

/** Maps inserted rows back to their seed keys by name: the seed keeps names unique, so no reliance on
 * the order RETURNING happens to use. */
export function keysByName(kind: string, rows: readonly { key: string; name: string }[], inserted: readonly { id: number; name: string }[]): IdMap {
  const idByName = IdMap.of(kind, inserted.map((r) => ({ key: r.name, id: r.id })));
  return IdMap.of(kind, rows.map((r) => ({ key: r.key, id: idByName.get(r.name) })));
}
