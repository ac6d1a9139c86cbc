import { createHash } from 'node:crypto';
import type { InitiativeScope, RestrictionKind, TitleCode } from '@/lib/domain/constants';
import type { Tx } from '../client';
import { awardHistory, initiatives, restrictions } from '../schema';
import type { IdMap } from './ids';
import { keysByName, personRow } from './people';
import { unitRow } from './units';

type TitleRow = readonly [subject: string, title: TitleCode, years: readonly number[]];

// Titles of people, by year. Grassroots titles are decided by the person's own unit (before the
// reorganisation, the old district-level unit). The demo's eligibility cases:
//  - nhung: Chiến sĩ thi đua cơ sở 2023, 2024, 2025 + a province-wide initiative → meets provincial_fighter 2026;
//  - khoa: 2023 and 2025 only (a gap in 2024) → fails it;
//  - hoa: two years of excellent completion + two initiatives → meets the certificate's second alternative.
export const PERSON_TITLES: readonly TitleRow[] = [
  ['nhung', 'advanced_worker', [2019, 2020, 2021, 2022]],
  ['nhung', 'grassroots_fighter', [2023, 2024, 2025]],
  ['thanh', 'advanced_worker', [2021, 2022, 2023]],
  ['thanh', 'grassroots_fighter', [2024, 2025]],
  ['trang', 'advanced_worker', [2023, 2024]],
  ['trang', 'grassroots_fighter', [2025]],
  ['huong', 'advanced_worker', [2022, 2023, 2024]],
  ['huong', 'grassroots_fighter', [2025]],
  ['khoa', 'grassroots_fighter', [2023, 2025]],
  ['khoa', 'advanced_worker', [2024]],
  ['hoa', 'advanced_worker', [2022, 2023]],
  ['hoa', 'excellent_completion', [2024, 2025]],
  ['manh', 'grassroots_fighter', [2024, 2025]],
  ['tung', 'grassroots_fighter', [2024, 2025]],
  ['toan', 'grassroots_fighter', [2024, 2025]],
  ['tam', 'grassroots_fighter', [2024, 2025]],
  ['son', 'grassroots_fighter', [2024, 2025]],
  ['yen', 'grassroots_fighter', [2025]],
  ['ducanh', 'grassroots_fighter', [2024, 2025]],
  ['long', 'advanced_worker', [2021, 2022]],
  ['long', 'grassroots_fighter', [2024, 2025]],
  ['minhtam', 'grassroots_fighter', [2023, 2024]],
  ['hai', 'grassroots_fighter', [2024, 2025]],
  ['dung', 'grassroots_fighter', [2025]],
  ['bien', 'grassroots_fighter', [2024, 2025]],
  ['duc', 'grassroots_fighter', [2024, 2025]],
  ['lananh', 'grassroots_fighter', [2023, 2024, 2025]],
  ['kimlien', 'grassroots_fighter', [2022, 2023, 2024]],
  ['bao', 'grassroots_fighter', [2023, 2024, 2025]],
  ['ngocanh', 'grassroots_fighter', [2024, 2025]],
  ['quyet', 'grassroots_fighter', [2024, 2025]],
  ['tahuong', 'grassroots_fighter', [2024, 2025]],
  ['loc', 'grassroots_fighter', [2025]],
  ['nguyet', 'grassroots_fighter', [2023, 2024, 2025]],
  // Hoa Lư ward's drafts: two meet the certificate's first alternative; minhquang has two years of
  // excellent completion but no initiative yet, so he fails both alternatives until one is attached.
  ['vanbinh', 'grassroots_fighter', [2024, 2025]],
  ['haiyen', 'grassroots_fighter', [2024, 2025]],
  ['minhquang', 'excellent_completion', [2024, 2025]],
];

// Titles of units, by year, decided by the province the unit belonged to. The lineage cases:
//  - Hoa Lư ward (from 2025) has excellent completion 2025; its predecessor Ninh Bình city has 2023 and
//    2024, so "consecutive years" holds only when lineage is followed;
//  - Thiên Trường ward has 2025, but its predecessor Nam Định city lacks 2024 → fails.
export const UNIT_TITLES: readonly TitleRow[] = [
  ['TP-NINHBINH', 'excellent_completion', [2019, 2020, 2021, 2022, 2023, 2024]],
  ['TP-NINHBINH', 'provincial_flag', [2019, 2023]],
  ['D-HOALU', 'advanced_collective', [2023, 2024]],
  ['P-HOALU', 'excellent_completion', [2025]],
  ['TP-TAMDIEP', 'excellent_completion', [2023, 2024]],
  ['P-TAMDIEP', 'excellent_completion', [2025]],
  ['TP-PHULY', 'excellent_completion', [2022, 2023, 2024]],
  ['P-PHULY', 'excellent_completion', [2025]],
  ['TX-DUYTIEN', 'excellent_completion', [2024]],
  ['P-DUYTIEN', 'excellent_completion', [2025]],
  ['P-DONGVAN', 'excellent_completion', [2025]],
  ['TP-NAMDINH', 'excellent_completion', [2023]],
  ['P-NAMDINH', 'excellent_completion', [2025]],
  ['P-THIENTRUONG', 'excellent_completion', [2025]],
  ['P-NAMHOALU', 'excellent_completion', [2025]],
  ['P-TAYHOALU', 'excellent_completion', [2025]],
  ['P-DONGA', 'excellent_completion', [2025]],
  ['D-NHOQUAN', 'excellent_completion', [2021, 2022, 2023, 2024]],
  ['D-NHOQUAN', 'provincial_flag', [2024]],
  ['X-NHOQUAN', 'excellent_completion', [2025]],
  ['X-CUCPHUONG', 'excellent_completion', [2025]],
  ['D-GIAVIEN', 'excellent_completion', [2024]],
  ['X-GIALAM', 'excellent_completion', [2025]],
  ['D-YENMO', 'excellent_completion', [2024]],
  ['X-YENMO', 'excellent_completion', [2025]],
  ['D-KIMSON', 'excellent_completion', [2023, 2024]],
  ['X-PHATDIEM', 'excellent_completion', [2025]],
  ['S-GIAODUC', 'excellent_completion', [2023, 2024, 2025]],
  ['S-GIAODUC', 'excellent_collective', [2024, 2025]],
  ['S-YTE', 'excellent_completion', [2024, 2025]],
  ['S-CONGTHUONG', 'excellent_completion', [2024, 2025]],
  ['S-TUPHAP', 'excellent_completion', [2024, 2025]],
  ['S-NNMT', 'excellent_completion', [2025]],
  ['S-KHCN', 'excellent_completion', [2024, 2025]],
  ['S-XAYDUNG', 'excellent_completion', [2024, 2025]],
  ['S-XAYDUNG', 'provincial_flag', [2025]],
  ['S-VHTTDL', 'excellent_completion', [2025]],
];

/** Awards outside the year-end rounds, recorded as they were decided. */
const OTHER_AWARDS: readonly (typeof awardHistory.$inferInsert & { person: string })[] = [
  {
    person: 'son',
    year: 2026,
    titleCode: 'certificate_individual',
    decisionNumber: '1875/QĐ-UBND',
    decisionDate: '2026-08-20',
    issuer: 'Chủ tịch UBND tỉnh Ninh Bình',
  },
];

interface InitiativeRow {
  key: string;
  person: string;
  title: string;
  certifyingBody: string;
  scope: InitiativeScope;
  decisionReference: string;
  certifiedOn: string;
}

const PROVINCE_COUNCIL = 'Hội đồng Sáng kiến tỉnh Ninh Bình';

export const INITIATIVES: readonly InitiativeRow[] = [
  { key: 'nhung-motcua', person: 'nhung', title: 'Số hóa quy trình tiếp nhận, trả kết quả thủ tục hành chính liên thông cấp xã', certifyingBody: PROVINCE_COUNCIL, scope: 'province', decisionReference: 'Quyết định số 1287/QĐ-UBND ngày 14/11/2025 của Chủ tịch UBND tỉnh', certifiedOn: '2025-11-14' },
  { key: 'khoa-bando', person: 'khoa', title: 'Ứng dụng bản đồ số trong quản lý trật tự xây dựng đô thị', certifyingBody: PROVINCE_COUNCIL, scope: 'province', decisionReference: 'Quyết định số 1287/QĐ-UBND ngày 14/11/2025 của Chủ tịch UBND tỉnh', certifiedOn: '2025-11-14' },
  { key: 'nguyet-dulich', person: 'nguyet', title: 'Mô hình du lịch cộng đồng gắn với bảo tồn di sản Tràng An', certifyingBody: PROVINCE_COUNCIL, scope: 'province', decisionReference: 'Quyết định số 1287/QĐ-UBND ngày 14/11/2025 của Chủ tịch UBND tỉnh', certifiedOn: '2025-11-14' },
  { key: 'lananh-stem', person: 'lananh', title: 'Dạy học theo dự án STEM cho học sinh trung học phổ thông', certifyingBody: PROVINCE_COUNCIL, scope: 'province', decisionReference: 'Quyết định số 2210/QĐ-UBND ngày 18/12/2024 của Chủ tịch UBND tỉnh', certifiedOn: '2024-12-18' },
  { key: 'bao-capcuu', person: 'bao', title: 'Quy trình phối hợp cấp cứu ngoại viện liên thông tuyến xã – tỉnh', certifyingBody: PROVINCE_COUNCIL, scope: 'province', decisionReference: 'Quyết định số 2210/QĐ-UBND ngày 18/12/2024 của Chủ tịch UBND tỉnh', certifiedOn: '2024-12-18' },
  { key: 'kimlien-quantri', person: 'kimlien', title: 'Quản trị trường học trên nền tảng số', certifyingBody: PROVINCE_COUNCIL, scope: 'province', decisionReference: 'Quyết định số 2345/QĐ-UBND ngày 20/12/2023 của Chủ tịch UBND tỉnh', certifiedOn: '2023-12-20' },
  { key: 'hoa-sotay', person: 'hoa', title: 'Sổ tay điện tử hướng dẫn thủ tục hộ tịch cho người dân', certifyingBody: 'Hội đồng Sáng kiến phường Phủ Lý', scope: 'unit', decisionReference: 'Quyết định số 45/QĐ-UBND ngày 10/11/2025 của Chủ tịch UBND phường Phủ Lý', certifiedOn: '2025-11-10' },
  { key: 'hoa-chungthuc', person: 'hoa', title: 'Quy trình chứng thực bản sao điện tử tại Bộ phận Một cửa', certifyingBody: 'Hội đồng Sáng kiến phường Phủ Lý', scope: 'unit', decisionReference: 'Quyết định số 45/QĐ-UBND ngày 10/11/2025 của Chủ tịch UBND phường Phủ Lý', certifiedOn: '2025-11-10' },
  { key: 'thanh-vanban', person: 'thanh', title: 'Theo dõi văn bản đến, đi bằng bảng tính dùng chung', certifyingBody: 'Hội đồng Sáng kiến phường Hoa Lư', scope: 'unit', decisionReference: 'Quyết định số 38/QĐ-UBND ngày 12/11/2025 của Chủ tịch UBND phường Hoa Lư', certifiedOn: '2025-11-12' },
];

interface RestrictionRow {
  kind: RestrictionKind;
  person?: string;
  unit?: string;
  startsOn: string;
  endsOn: string | null;
  reference: string;
  note: string;
}

// Open ones justify the holds of the demo; closed ones show the rules' edges: achievements count only
// from the end of a discipline period; a verified denunciation leads to a revocation.
export const RESTRICTIONS: readonly RestrictionRow[] = [
  { kind: 'complaint', person: 'manh', startsOn: '2026-10-28', endsOn: null, reference: 'Đơn khiếu nại ngày 27/10/2026; Thanh tra tỉnh thụ lý tại Thông báo số 87/TB-TTr', note: 'Khiếu nại liên quan đến việc giải quyết hồ sơ đất đai; đang xác minh.' },
  { kind: 'discipline', person: 'long', startsOn: '2024-03-15', endsOn: '2024-09-15', reference: 'Quyết định số 45/QĐ-UBND ngày 15/3/2024 của Chủ tịch UBND huyện Hoa Lư (khiển trách)', note: 'Thành tích chỉ được tính từ ngày 16/9/2024.' },
  { kind: 'complaint', person: 'toan', startsOn: '2026-10-19', endsOn: '2026-10-29', reference: 'Đơn phản ánh ngày 19/10/2026', note: 'Đã xác minh: nội dung phản ánh không có cơ sở.' },
  { kind: 'complaint', person: 'tung', startsOn: '2026-11-02', endsOn: '2026-11-20', reference: 'Đơn tố cáo ngày 02/11/2026; Kết luận số 112/KL-TTr ngày 20/11/2026 của Thanh tra tỉnh', note: 'Kết luận: kê khai thành tích không trung thực.' },
  { kind: 'inspection', person: 'minhtam', startsOn: '2026-06-08', endsOn: '2026-09-10', reference: 'Kết luận thanh tra số 75/KL-TTr ngày 10/9/2026 của Thanh tra tỉnh', note: 'Báo cáo thành tích năm 2025 sử dụng số liệu không đúng thực tế.' },
  { kind: 'inspection', unit: 'S-CONGTHUONG', startsOn: '2026-11-02', endsOn: null, reference: 'Quyết định thanh tra số 210/QĐ-TTr ngày 02/11/2026 của Thanh tra tỉnh', note: 'Thanh tra việc quản lý, sử dụng ngân sách năm 2025.' },
];

const DEPARTMENT_SYMBOLS: Readonly<Record<string, string>> = {
  'S-NOIVU': 'SNV',
  'S-TAICHINH': 'STC',
  'S-GIAODUC': 'SGDĐT',
  'S-YTE': 'SYT',
  'S-XAYDUNG': 'SXD',
  'S-NNMT': 'SNNMT',
  'S-VHTTDL': 'SVHTTDL',
  'S-TUPHAP': 'STP',
  'S-CONGTHUONG': 'SCT',
  'S-KHCN': 'SKHCN',
};

/** One recognition decision per issuing unit and year, with a stable made-up number and date. */
function decisionOf(issuerCode: string, year: number, decidedInJanuary: boolean): { decisionNumber: string; decisionDate: string; issuer: string } {
  const [, kind, nameVi] = unitRow(issuerCode);
  const digest = createHash('sha256').update(`${issuerCode}/${year}`).digest();
  const number = 20 + (digest.readUInt16BE(0) % 460);
  const day = 18 + (digest.readUInt8(2) % 10);
  const symbol = kind === 'department' ? `QĐ-${DEPARTMENT_SYMBOLS[issuerCode] ?? 'SNV'}` : 'QĐ-UBND';
  return {
    decisionNumber: `${number}/${symbol}`,
    decisionDate: decidedInJanuary ? `${year + 1}-01-${day}` : `${year}-12-${day}`,
    issuer: kind === 'department' ? `Giám đốc ${nameVi}` : `Chủ tịch UBND ${nameVi.charAt(0).toLowerCase()}${nameVi.slice(1)}`,
  };
}

/** The province a unit's titles were decided by: its parent before the reorganisation, else Ninh Bình. */
function provinceOf(unitCode: string, year: number): string {
  const parent = unitRow(unitCode)[4];
  return year <= 2024 && parent !== null ? parent : 'T-NINHBINH';
}

/** Inserts past titles, initiatives and restrictions; returns initiative key → id. */
export async function seedHistory(tx: Tx, ids: { units: IdMap; people: IdMap }): Promise<IdMap> {
  const personTitles = PERSON_TITLES.flatMap(([key, titleCode, years]) =>
    years.map((year) => {
      const person = personRow(key);
      const issuerUnit = year <= 2024 ? (person.formerUnit ?? person.unit) : person.unit;
      return { personId: ids.people.get(key), year, titleCode, ...decisionOf(issuerUnit, year, false) };
    }),
  );
  const unitTitles = UNIT_TITLES.flatMap(([code, titleCode, years]) =>
    years.map((year) => ({ unitId: ids.units.get(code), year, titleCode, ...decisionOf(provinceOf(code, year), year, true) })),
  );
  const other = OTHER_AWARDS.map(({ person, ...row }) => ({ ...row, personId: ids.people.get(person) }));
  await tx.insert(awardHistory).values([...personTitles, ...unitTitles, ...other]);

  const insertedInitiatives = await tx
    .insert(initiatives)
    .values(
      INITIATIVES.map((row) => ({
        title: row.title,
        personId: ids.people.get(row.person),
        certifyingBody: row.certifyingBody,
        scope: row.scope,
        decisionReference: row.decisionReference,
        certifiedOn: row.certifiedOn,
      })),
    )
    .returning({ id: initiatives.id, name: initiatives.title });
  const initiativeIds = keysByName('initiative', INITIATIVES.map((i) => ({ key: i.key, name: i.title })), insertedInitiatives);

  await tx.insert(restrictions).values(
    RESTRICTIONS.map(({ person, unit, ...row }) => ({
      ...row,
      personId: person === undefined ? null : ids.people.get(person),
      unitId: unit === undefined ? null : ids.units.get(unit),
    })),
  );
  return initiativeIds;
}
