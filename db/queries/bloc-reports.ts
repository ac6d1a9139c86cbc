import 'server-only';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { ReportPeriod } from '@/lib/domain/constants';
import type { Viewer } from '@/lib/policy/viewer';
import type { BlocReportInput } from '@/lib/validation/bloc-report';
import { WorkflowError } from '@/lib/workflow/refusals';
import { actorFields, appendAuditEvent } from '../audit-append';
import { getDb, type Db } from '../client';
import { blocReports, blocs, indicators, reportFigures, units } from '../schema';
import { blocTermsOf, loadBlocTerm, memberUnitOf, readableBlocTerm, type BlocTermFacts } from './bloc-access';
import type { ActionContext } from './workflow/run-transition';

export interface ReportFigureRow {
  indicatorId: number;
  nameVi: string;
  nameEn: string;
  unitVi: string;
  unitEn: string;
  target: string | null;
  result: string;
  changePct: string | null;
}

export interface MemberReport {
  unitId: number;
  nameVi: string;
  nameEn: string;
  report: { id: number; summaryVi: string; submittedAt: Date | null; figures: ReportFigureRow[] } | null;
}

/** One indicator summed over the members that reported it. */
export interface AggregateFigure {
  indicatorId: number;
  nameVi: string;
  nameEn: string;
  unitVi: string;
  unitEn: string;
  target: number | null;
  result: number;
  /** Result as a share of the summed target, in percent (null without targets). */
  targetSharePct: number | null;
  reporting: number;
}

export interface BlocPeriodReport {
  term: BlocTermFacts;
  provinceVi: string;
  provinceEn: string;
  headVi: string;
  headEn: string;
  period: ReportPeriod;
  members: MemberReport[];
  /** Only submitted member reports count. */
  aggregate: AggregateFigure[];
  submitted: number;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Sums each indicator over the submitted reports. Rates and ranks (%, points, places) are not sums:
 * they are averaged, so a bloc's "on time" share stays a share. */
export function aggregateFigures(reports: readonly { figures: readonly ReportFigureRow[] }[]): AggregateFigure[] {
  const byIndicator = new Map<number, { row: ReportFigureRow; targets: number[]; results: number[] }>();
  for (const r of reports) {
    for (const f of r.figures) {
      const entry = byIndicator.get(f.indicatorId) ?? { row: f, targets: [], results: [] };
      if (f.target !== null) entry.targets.push(Number(f.target));
      entry.results.push(Number(f.result));
      byIndicator.set(f.indicatorId, entry);
    }
  }
  return [...byIndicator.values()].map(({ row, targets, results }) => {
    const averaged = ['%', 'điểm', 'points'].includes(row.unitVi) || ['%', 'points'].includes(row.unitEn) || row.unitVi.startsWith('hạng');
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    const combine = (xs: number[]) => (averaged ? sum(xs) / xs.length : sum(xs));
    const target = targets.length ? round2(combine(targets)) : null;
    const result = round2(combine(results));
    return {
      indicatorId: row.indicatorId,
      nameVi: row.nameVi,
      nameEn: row.nameEn,
      unitVi: row.unitVi,
      unitEn: row.unitEn,
      target,
      result,
      targetSharePct: target && target > 0 ? round2((result / target) * 100) : null,
      reporting: results.length,
    };
  });
}

async function loadPeriod(db: Db, term: BlocTermFacts, period: ReportPeriod): Promise<BlocPeriodReport> {
  const members = await db.select({ unitId: units.id, nameVi: units.nameVi, nameEn: units.nameEn }).from(units).where(inArray(units.id, term.memberUnitIds.concat(0)));
  const vi = new Intl.Collator('vi');
  members.sort((a, b) => vi.compare(a.nameVi, b.nameVi));
  const reports = await db
    .select({ id: blocReports.id, unitId: blocReports.unitId, summaryVi: blocReports.summaryVi, submittedAt: blocReports.submittedAt })
    .from(blocReports)
    .where(and(eq(blocReports.blocTermId, term.id), eq(blocReports.period, period)));
  const figures = await db
    .select({
      reportId: reportFigures.reportId,
      indicatorId: reportFigures.indicatorId,
      nameVi: indicators.nameVi,
      nameEn: indicators.nameEn,
      unitVi: indicators.unitOfMeasureVi,
      unitEn: indicators.unitOfMeasureEn,
      target: reportFigures.target,
      result: reportFigures.result,
      changePct: reportFigures.changePct,
    })
    .from(reportFigures)
    .innerJoin(indicators, eq(indicators.id, reportFigures.indicatorId))
    .where(inArray(reportFigures.reportId, reports.map((r) => r.id).concat(0)))
    .orderBy(asc(reportFigures.id));
  const memberReports: MemberReport[] = members.map((m) => {
    const r = reports.find((x) => x.unitId === m.unitId);
    return {
      ...m,
      report: r ? { id: r.id, summaryVi: r.summaryVi, submittedAt: r.submittedAt, figures: figures.filter((f) => f.reportId === r.id).map((f) => ({ indicatorId: f.indicatorId, nameVi: f.nameVi, nameEn: f.nameEn, unitVi: f.unitVi, unitEn: f.unitEn, target: f.target, result: f.result, changePct: f.changePct })) } : null,
    };
  });
  const submitted = memberReports.filter((m) => m.report?.submittedAt);
  const [province] = await db.select({ nameVi: units.nameVi, nameEn: units.nameEn }).from(blocs).innerJoin(units, eq(units.id, blocs.provinceUnitId)).where(eq(blocs.id, term.blocId));
  const head = members.find((m) => m.unitId === term.headUnitId);
  return {
    term,
    provinceVi: province?.nameVi ?? '',
    provinceEn: province?.nameEn ?? '',
    headVi: head?.nameVi ?? '',
    headEn: head?.nameEn ?? '',
    period, members: memberReports, aggregate: aggregateFigures(submitted.map((m) => m.report!)), submitted: submitted.length };
}

/** A bloc-year's reports for one period: each member's, and the bloc's sums of the submitted ones.
 * For the bloc's lead, its member units, and the province's appraisers and auditors. */
export async function getBlocPeriodReport(viewer: Viewer, termId: number, period: ReportPeriod): Promise<BlocPeriodReport> {
  const db = await getDb();
  const term = await readableBlocTerm(db, viewer, termId);
  return loadPeriod(db, term, period);
}

/** A member unit's report for the period: saved as a draft, or submitted (then it counts in the
 * bloc's sums and can no longer change). By the member unit's officer or head; audited. */
export async function saveMemberReport(ctx: ActionContext, input: BlocReportInput): Promise<{ reportId: number; submitted: boolean }> {
  const db = await getDb();
  const term = await loadBlocTerm(db, input.termId);
  const member = term ? memberUnitOf(ctx.viewer, term) : null;
  if (!term || !member) throw new WorkflowError('not_found');
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: blocReports.id, submittedAt: blocReports.submittedAt })
      .from(blocReports)
      .where(and(eq(blocReports.blocTermId, term.id), eq(blocReports.unitId, member.unitId), eq(blocReports.period, input.period)))
      .for('update');
    if (existing?.submittedAt) throw new WorkflowError('report_already_submitted');
    const titles =
      input.period === 'mid_year'
        ? { titleVi: `Báo cáo sơ kết 6 tháng đầu năm ${term.year}`, titleEn: `Mid-year review, first half of ${term.year}` }
        : { titleVi: `Báo cáo tổng kết công tác thi đua, khen thưởng năm ${term.year}`, titleEn: `${term.year} year-end report on emulation and commendation` };
    const submittedAt = input.submit ? new Date() : null;
    let reportId: number;
    if (existing) {
      reportId = existing.id;
      await tx.update(blocReports).set({ summaryVi: input.summary, submittedAt }).where(eq(blocReports.id, existing.id));
      await tx.delete(reportFigures).where(eq(reportFigures.reportId, existing.id));
    } else {
      const [row] = await tx
        .insert(blocReports)
        .values({ blocTermId: term.id, unitId: member.unitId, period: input.period, ...titles, summaryVi: input.summary, submittedAt })
        .returning({ id: blocReports.id });
      reportId = row!.id;
    }
    if (input.figures.length > 0) {
      await tx.insert(reportFigures).values(
        input.figures.map((f) => ({ reportId, indicatorId: f.indicatorId, target: f.target ?? null, result: f.result, changePct: f.changePct ?? null })),
      );
    }
    await appendAuditEvent(tx, {
      ...actorFields(ctx.viewer, member.grant),
      action: input.submit ? 'bloc_report_submit' : 'bloc_report_save',
      entityKind: 'bloc_report',
      entityId: reportId,
      fromStatus: null,
      toStatus: null,
      reason: null,
      payload: { blocTermId: term.id, unitId: member.unitId, period: input.period, figures: input.figures.length },
      ip: ctx.ip,
    });
    return { reportId, submitted: input.submit };
  });
}

/** The member unit `viewer` reports for in this bloc-year, if any. */
export async function reportingUnitOf(viewer: Viewer, termId: number): Promise<number | null> {
  const db = await getDb();
  const term = await loadBlocTerm(db, termId);
  return term ? (memberUnitOf(viewer, term)?.unitId ?? null) : null;
}

/** The bloc's own report row for the period, if the lead recorded one (title, place, date). */
export async function blocReportHeader(termId: number, period: ReportPeriod) {
  const db = await getDb();
  const [row] = await db
    .select({ titleVi: blocReports.titleVi, titleEn: blocReports.titleEn, heldAt: blocReports.heldAt, heldOn: blocReports.heldOn, summaryVi: blocReports.summaryVi })
    .from(blocReports)
    .where(and(eq(blocReports.blocTermId, termId), eq(blocReports.period, period), isNull(blocReports.unitId)));
  return row ?? null;
}

/** The bloc-year a reports page opens on: the one asked for, else the newest the person belongs to. */
export async function reportTermFor(viewer: Viewer, asked: number | null): Promise<number | null> {
  const db = await getDb();
  const mine = await blocTermsOf(db, viewer);
  if (asked !== null) return asked;
  return mine[0] ?? null;
}

/** The indicators a member may report on. */
export async function reportIndicators(): Promise<{ id: number; nameVi: string; nameEn: string; unitVi: string; unitEn: string }[]> {
  const db = await getDb();
  return db
    .select({ id: indicators.id, nameVi: indicators.nameVi, nameEn: indicators.nameEn, unitVi: indicators.unitOfMeasureVi, unitEn: indicators.unitOfMeasureEn })
    .from(indicators)
    .orderBy(asc(indicators.id));
}
