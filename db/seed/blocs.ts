import type { BlocKind } from '@/lib/domain/constants';
import type { Tx } from '../client';
import { blocMemberships, blocs, blocTerms } from '../schema';
import { IdMap } from './ids';

interface BlocRow {
  code: string;
  kind: BlocKind;
  nameVi: string;
  nameEn: string;
  validFrom: string;
  validTo: string | null;
  members: readonly string[];
}

export const BLOCS: readonly BlocRow[] = [
  {
    code: 'KHOI-HUYEN',
    kind: 'bloc',
    nameVi: 'Khối thi đua các huyện, thành phố',
    nameEn: 'Emulation bloc of districts and cities',
    validFrom: '2021-01-01',
    validTo: '2025-06-30',
    members: ['TP-NINHBINH', 'TP-TAMDIEP', 'D-NHOQUAN', 'D-GIAVIEN', 'D-HOALU', 'D-YENKHANH', 'D-YENMO', 'D-KIMSON'],
  },
  {
    code: 'CUM-01',
    kind: 'cluster',
    nameVi: 'Cụm thi đua số 1',
    nameEn: 'Cluster No. 1',
    validFrom: '2025-07-01',
    validTo: null,
    members: ['P-HOALU', 'P-PHULY', 'P-NAMDINH', 'P-THIENTRUONG', 'P-NAMHOALU', 'P-DONGVAN', 'P-DUYTIEN', 'P-TAMDIEP', 'P-DONGA', 'P-TAYHOALU'],
  },
  {
    code: 'CUM-02',
    kind: 'cluster',
    nameVi: 'Cụm thi đua số 2',
    nameEn: 'Cluster No. 2',
    validFrom: '2025-07-01',
    validTo: null,
    members: ['X-NHOQUAN', 'X-CUCPHUONG', 'X-GIALAM', 'X-PHULONG', 'X-GIAVIEN', 'X-GIAHUNG', 'X-DAIHOANG'],
  },
  {
    code: 'CUM-03',
    kind: 'cluster',
    nameVi: 'Cụm thi đua số 3',
    nameEn: 'Cluster No. 3',
    validFrom: '2025-07-01',
    validTo: null,
    members: ['X-YENKHANH', 'X-KHANHNHAC', 'X-YENMO', 'X-YENTU', 'X-KIMSON', 'X-PHATDIEM', 'X-BINHMINH'],
  },
  {
    code: 'KHOI-SO',
    kind: 'bloc',
    nameVi: 'Khối thi đua các sở, ban, ngành tỉnh',
    nameEn: 'Emulation bloc of provincial departments',
    validFrom: '2025-07-01',
    validTo: null,
    members: ['S-NOIVU', 'S-TAICHINH', 'S-GIAODUC', 'S-YTE', 'S-XAYDUNG', 'S-NNMT', 'S-VHTTDL', 'S-TUPHAP', 'S-CONGTHUONG', 'S-KHCN'],
  },
];

export interface BlocTermRow {
  bloc: string;
  year: number;
  head: string;
  deputy: string;
  /** Who speaks for the head and deputy units that year (the bloc leads). Where a demo account holds
   * the bloc_lead role for the term, its display name is used here and the account acts; otherwise
   * the lead's staff account (staff.ts) does. */
  headLead: string;
  deputyLead: string;
  agreementSignedOn: string | null;
  midYearReviewOn: string | null;
  yearEndReviewOn: string | null;
}

// Head and deputy rotate yearly among the members. The 2025 terms start after the reorganisation;
// Cluster No. 3's 2026 year-end review is still ahead on the demo's "today" (2026-11-26).
export const BLOC_TERMS: readonly BlocTermRow[] = [
  { bloc: 'KHOI-HUYEN', year: 2023, head: 'D-NHOQUAN', deputy: 'D-GIAVIEN', headLead: 'Đinh Văn Hiển', deputyLead: 'Trương Thị Mơ', agreementSignedOn: '2023-02-24', midYearReviewOn: '2023-09-22', yearEndReviewOn: '2023-12-14' },
  { bloc: 'KHOI-HUYEN', year: 2024, head: 'TP-TAMDIEP', deputy: 'D-KIMSON', headLead: 'Phạm Văn Cường', deputyLead: 'Nguyễn Thị Thoa', agreementSignedOn: '2024-02-28', midYearReviewOn: '2024-07-19', yearEndReviewOn: '2024-12-13' },
  { bloc: 'CUM-01', year: 2025, head: 'P-PHULY', deputy: 'P-THIENTRUONG', headLead: 'Trần Quang Vinh', deputyLead: 'Đỗ Thị Hằng', agreementSignedOn: '2025-08-15', midYearReviewOn: null, yearEndReviewOn: '2025-12-05' },
  { bloc: 'CUM-01', year: 2026, head: 'P-NAMDINH', deputy: 'P-TAMDIEP', headLead: 'Phạm Minh Tuấn', deputyLead: 'Vũ Thị Lan', agreementSignedOn: '2026-02-27', midYearReviewOn: '2026-07-24', yearEndReviewOn: '2026-11-13' },
  { bloc: 'CUM-02', year: 2025, head: 'X-GIAVIEN', deputy: 'X-NHOQUAN', headLead: 'Hà Văn Toản', deputyLead: 'Bùi Thị Nga', agreementSignedOn: '2025-08-20', midYearReviewOn: null, yearEndReviewOn: '2025-12-04' },
  { bloc: 'CUM-02', year: 2026, head: 'X-NHOQUAN', deputy: 'X-CUCPHUONG', headLead: 'Bùi Thị Nga', deputyLead: 'Đinh Văn Khánh', agreementSignedOn: '2026-03-03', midYearReviewOn: '2026-07-22', yearEndReviewOn: '2026-11-11' },
  { bloc: 'CUM-03', year: 2025, head: 'X-YENKHANH', deputy: 'X-KIMSON', headLead: 'Vũ Văn Quang', deputyLead: 'Phạm Thị Lụa', agreementSignedOn: '2025-08-22', midYearReviewOn: null, yearEndReviewOn: '2025-12-03' },
  { bloc: 'CUM-03', year: 2026, head: 'X-KIMSON', deputy: 'X-YENMO', headLead: 'Phạm Thị Lụa', deputyLead: 'Lê Văn Đạt', agreementSignedOn: '2026-03-05', midYearReviewOn: '2026-07-28', yearEndReviewOn: '2026-12-02' },
  { bloc: 'KHOI-SO', year: 2025, head: 'S-YTE', deputy: 'S-TAICHINH', headLead: 'Nguyễn Hữu Phong', deputyLead: 'Trần Thị Bích Ngọc', agreementSignedOn: '2025-08-12', midYearReviewOn: null, yearEndReviewOn: '2025-12-02' },
  { bloc: 'KHOI-SO', year: 2026, head: 'S-TAICHINH', deputy: 'S-XAYDUNG', headLead: 'Trần Thị Bích Ngọc', deputyLead: 'Lý Văn Hòa', agreementSignedOn: '2026-02-25', midYearReviewOn: '2026-07-17', yearEndReviewOn: '2026-11-06' },
];

export function blocTermKey(bloc: string, year: number): string {
  return `${bloc}/${year}`;
}

export function blocRow(code: string): BlocRow {
  const row = BLOCS.find((b) => b.code === code);
  if (!row) throw new Error(`Demo seed: unknown bloc '${code}'`);
  return row;
}

/** The bloc-year a unit competes in; every unit belongs to at most one bloc a year. */
export function termOfUnit(unitCode: string, year: number): BlocTermRow | undefined {
  return BLOC_TERMS.find((t) => t.year === year && blocRow(t.bloc).members.includes(unitCode));
}

/** Inserts blocs, their yearly terms and memberships; returns `BLOC/year` → bloc term id. */
export async function seedBlocs(tx: Tx, unitIds: IdMap, provinceId: number): Promise<IdMap> {
  const insertedBlocs = await tx
    .insert(blocs)
    .values(BLOCS.map(({ code, kind, nameVi, nameEn, validFrom, validTo }) => ({ code, kind, nameVi, nameEn, provinceUnitId: provinceId, validFrom, validTo })))
    .returning({ id: blocs.id, key: blocs.code });
  const blocIds = IdMap.of('bloc', insertedBlocs);

  const terms = new IdMap('bloc term');
  for (const term of BLOC_TERMS) {
    const members = blocRow(term.bloc).members;
    if (!members.includes(term.head) || !members.includes(term.deputy) || term.head === term.deputy) {
      throw new Error(`Demo seed: ${blocTermKey(term.bloc, term.year)} needs a head and a different deputy among its members`);
    }
    const [row] = await tx
      .insert(blocTerms)
      .values({
        blocId: blocIds.get(term.bloc),
        year: term.year,
        headUnitId: unitIds.get(term.head),
        deputyUnitId: unitIds.get(term.deputy),
        agreementSignedOn: term.agreementSignedOn,
        midYearReviewOn: term.midYearReviewOn,
        yearEndReviewOn: term.yearEndReviewOn,
      })
      .returning({ id: blocTerms.id });
    if (!row) throw new Error('Demo seed: bloc term not inserted');
    terms.set(blocTermKey(term.bloc, term.year), row.id);
  }

  await tx.insert(blocMemberships).values(
    BLOC_TERMS.flatMap((term) =>
      blocRow(term.bloc).members.map((unit) => ({ blocTermId: terms.get(blocTermKey(term.bloc, term.year)), unitId: unitIds.get(unit) })),
    ),
  );
  return terms;
}
