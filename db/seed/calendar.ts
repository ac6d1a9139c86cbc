import type { RoundKind, RoundState } from '@/lib/domain/constants';
import type { Tx } from '../client';
import { holidays, roundAwardTypes, rounds } from '../schema';
import { AWARD_TYPES, awardTypeKey } from './awards';
import { IdMap } from './ids';

interface RoundRow {
  year: number;
  kind: RoundKind;
  nameVi: string;
  nameEn: string;
  state: RoundState;
  opensOn: string;
  submissionDeadline: string;
  /** When the round's awards are (or are expected to be) decided: the catalogue versions in force on
   * that day are the ones the round offers. Not stored; the link table records the outcome. */
  decidedOn: string;
  /** Award codes offered; all year-end awards when omitted. */
  awardCodes?: readonly string[];
}

// Year-end dossiers reach the province before 10 December; the education sector's before 10 July.
export const ROUNDS: readonly RoundRow[] = [
  { year: 2023, kind: 'year_end', nameVi: 'Đợt xét khen thưởng tổng kết năm 2023', nameEn: 'Year-end commendation round 2023', state: 'closed', opensOn: '2023-10-02', submissionDeadline: '2023-12-09', decidedOn: '2024-01-26' },
  { year: 2024, kind: 'year_end', nameVi: 'Đợt xét khen thưởng tổng kết năm 2024', nameEn: 'Year-end commendation round 2024', state: 'closed', opensOn: '2024-10-01', submissionDeadline: '2024-12-09', decidedOn: '2025-01-24' },
  { year: 2025, kind: 'year_end', nameVi: 'Đợt xét khen thưởng tổng kết năm 2025', nameEn: 'Year-end commendation round 2025', state: 'closed', opensOn: '2025-10-01', submissionDeadline: '2025-12-09', decidedOn: '2026-01-16' },
  { year: 2026, kind: 'year_end', nameVi: 'Đợt xét khen thưởng tổng kết năm 2026', nameEn: 'Year-end commendation round 2026', state: 'open', opensOn: '2026-10-01', submissionDeadline: '2026-12-09', decidedOn: '2027-01-15' },
  {
    year: 2026,
    kind: 'education_year',
    nameVi: 'Đợt xét khen thưởng năm học 2025–2026 (ngành Giáo dục)',
    nameEn: 'Education sector round, school year 2025–2026',
    state: 'closed',
    opensOn: '2026-05-15',
    submissionDeadline: '2026-07-09',
    decidedOn: '2026-08-14',
    awardCodes: ['provincial_fighter', 'excellent_collective', 'certificate_individual'],
  },
];

/** Every demo round: 25 working days of provincial appraisal, public notices of at least 10. */
export const APPRAISAL_WORKING_DAYS = 25;
export const NOTICE_WORKING_DAYS = 10;

export function roundKey(kind: RoundKind, year: number): string {
  return `${kind}/${year}`;
}

export function roundRow(kind: RoundKind, year: number): RoundRow {
  const row = ROUNDS.find((r) => r.kind === kind && r.year === year);
  if (!row) throw new Error(`Demo seed: no ${kind} round in ${year}`);
  return row;
}

/** The award type versions a round offers: those in force on its decision day. */
export function awardVersionsOfRound(round: RoundRow): { code: string; version: number }[] {
  return AWARD_TYPES.filter(
    (a) =>
      (round.awardCodes === undefined || round.awardCodes.includes(a.code)) &&
      a.effectiveFrom <= round.decidedOn &&
      (a.effectiveTo == null || round.decidedOn <= a.effectiveTo),
  ).map((a) => ({ code: a.code, version: a.version }));
}

type HolidayRow = readonly [day: string, nameVi: string, nameEn: string];

const TET_VI = 'Tết Nguyên đán';
const TET_EN = 'Lunar New Year (Tết)';

// Days off on working days, as the Ministry of Home Affairs announces them each year (weekend days of
// a holiday need no row: working days already exclude weekends). 2027 follows the lunar calendar and
// is provisional until the Ministry publishes it.
export const HOLIDAYS: readonly HolidayRow[] = [
  ['2025-01-01', 'Tết Dương lịch', 'New Year’s Day'],
  ['2025-01-27', TET_VI, TET_EN],
  ['2025-01-28', TET_VI, TET_EN],
  ['2025-01-29', TET_VI, TET_EN],
  ['2025-01-30', TET_VI, TET_EN],
  ['2025-01-31', TET_VI, TET_EN],
  ['2025-04-07', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Hùng Kings’ Commemoration Day'],
  ['2025-04-30', 'Ngày Giải phóng miền Nam, thống nhất đất nước', 'Reunification Day'],
  ['2025-05-01', 'Ngày Quốc tế Lao động', 'International Labour Day'],
  ['2025-09-01', 'Nghỉ lễ Quốc khánh', 'National Day holiday'],
  ['2025-09-02', 'Quốc khánh', 'National Day'],

  ['2026-01-01', 'Tết Dương lịch', 'New Year’s Day'],
  ['2026-02-16', TET_VI, TET_EN],
  ['2026-02-17', TET_VI, TET_EN],
  ['2026-02-18', TET_VI, TET_EN],
  ['2026-02-19', TET_VI, TET_EN],
  ['2026-02-20', TET_VI, TET_EN],
  ['2026-04-27', 'Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch rơi vào Chủ nhật)', 'Hùng Kings’ Commemoration Day (observed)'],
  ['2026-04-30', 'Ngày Giải phóng miền Nam, thống nhất đất nước', 'Reunification Day'],
  ['2026-05-01', 'Ngày Quốc tế Lao động', 'International Labour Day'],
  ['2026-09-01', 'Nghỉ lễ Quốc khánh', 'National Day holiday'],
  ['2026-09-02', 'Quốc khánh', 'National Day'],

  ['2027-01-01', 'Tết Dương lịch', 'New Year’s Day'],
  ['2027-02-04', TET_VI, TET_EN],
  ['2027-02-05', TET_VI, TET_EN],
  ['2027-02-08', TET_VI, TET_EN],
  ['2027-02-09', TET_VI, TET_EN],
  ['2027-02-10', TET_VI, TET_EN],
  ['2027-04-16', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Hùng Kings’ Commemoration Day'],
  ['2027-04-30', 'Ngày Giải phóng miền Nam, thống nhất đất nước', 'Reunification Day'],
  ['2027-05-03', 'Nghỉ bù Ngày Quốc tế Lao động (1/5 rơi vào thứ Bảy)', 'International Labour Day (observed)'],
  ['2027-09-02', 'Quốc khánh', 'National Day'],
  ['2027-09-03', 'Nghỉ lễ Quốc khánh', 'National Day holiday'],
];

/** Inserts rounds (with the award versions each offers) and holidays; returns `kind/year` → round id. */
export async function seedCalendar(tx: Tx, provinceId: number, awardTypeIds: IdMap): Promise<IdMap> {
  const inserted = await tx
    .insert(rounds)
    .values(
      ROUNDS.map((r) => ({
        provinceUnitId: provinceId,
        year: r.year,
        kind: r.kind,
        nameVi: r.nameVi,
        nameEn: r.nameEn,
        state: r.state,
        opensOn: r.opensOn,
        submissionDeadline: r.submissionDeadline,
        appraisalWorkingDays: APPRAISAL_WORKING_DAYS,
        noticeWorkingDays: NOTICE_WORKING_DAYS,
      })),
    )
    .returning({ id: rounds.id, kind: rounds.kind, year: rounds.year });
  const roundIds = IdMap.of(
    'round',
    inserted.map((r) => ({ key: roundKey(r.kind, r.year), id: r.id })),
  );

  await tx.insert(roundAwardTypes).values(
    ROUNDS.flatMap((round) =>
      awardVersionsOfRound(round).map((a) => ({
        roundId: roundIds.get(roundKey(round.kind, round.year)),
        awardTypeId: awardTypeIds.get(awardTypeKey(a.code, a.version)),
      })),
    ),
  );
  await tx.insert(holidays).values(HOLIDAYS.map(([day, nameVi, nameEn]) => ({ day, nameVi, nameEn })));
  return roundIds;
}
