import 'server-only';
import { and, asc, count, desc, eq, gte, inArray, isNull, lte, or } from 'drizzle-orm';
import type { RoleGrant } from '@/lib/policy/viewer';
import { todayInVietnam, isoDate } from '@/lib/rules/dates';
import { addWorkingDays, workingDaysLeft } from '@/lib/rules/working-days';
import { AWAITING_DECISION, IN_APPRAISAL, IN_COUNCIL, IN_PUBLIC_NOTICE, ON_HOLD } from '@/lib/workflow/status-groups';
import { getDb } from '../client';
import { awardTypes, councilMembers, councilSessions, councils, decisionRecipients, decisions, nominations, rounds } from '../schema';
import { holidaySet } from './holidays';
import { selectNominationSummaries, type NominationSummary } from './nomination-summary';

function isProvinceGrant(grant: RoleGrant, role: RoleGrant['role']): boolean {
  return grant.role === role && grant.scopeKind === 'province' && grant.unitId !== null;
}

export interface AppraisalHome {
  counts: { appraisal: number; onHold: number; publicNotice: number };
  queue: (NominationSummary & { dueOn: string; workingDaysLeft: number })[];
  onHold: NominationSummary[];
}

/** The appraiser's queue by time left in working days (ux.md). Caller: appraiser of the province. */
export async function getAppraisalHome(grant: RoleGrant): Promise<AppraisalHome | null> {
  if (!isProvinceGrant(grant, 'appraiser')) return null;
  const db = await getDb();
  const [counts, queue, onHold, [limit]] = await Promise.all([
    db
      .select({ status: nominations.status, n: count() })
      .from(nominations)
      .where(inArray(nominations.status, [IN_APPRAISAL, ON_HOLD, IN_PUBLIC_NOTICE]))
      .groupBy(nominations.status),
    selectNominationSummaries(db).where(eq(nominations.status, IN_APPRAISAL)).orderBy(asc(nominations.appraisalStartedAt)).limit(15),
    selectNominationSummaries(db).where(eq(nominations.status, ON_HOLD)).orderBy(desc(nominations.updatedAt)).limit(10),
    db.select({ days: rounds.appraisalWorkingDays }).from(rounds).where(eq(rounds.state, 'open')).orderBy(desc(rounds.year)).limit(1),
  ]);
  const today = todayInVietnam();
  const slaDays = limit?.days ?? 25;
  const earliest = queue.find((q) => q.appraisalStartedAt)?.appraisalStartedAt;
  const holidays = await holidaySet(db, earliest ? isoDate(earliest) : today, `${Number(today.slice(0, 4)) + 1}-12-31`);
  const countOf = (s: string) => counts.find((c) => c.status === s)?.n ?? 0;
  return {
    counts: { appraisal: countOf(IN_APPRAISAL), onHold: countOf(ON_HOLD), publicNotice: countOf(IN_PUBLIC_NOTICE) },
    queue: queue
      .map((q) => {
        const start = q.appraisalStartedAt ? isoDate(q.appraisalStartedAt) : today;
        const dueOn = addWorkingDays(start, slaDays, holidays);
        return { ...q, dueOn, workingDaysLeft: workingDaysLeft(today, dueOn, holidays) };
      })
      .sort((a, b) => a.workingDaysLeft - b.workingDaysLeft),
    onHold,
  };
}

export interface CouncilHome {
  councilVi: string;
  councilEn: string;
  members: number;
  quorum: number;
  agenda: (NominationSummary & { thresholdPct: number | null; votesNeeded: number | null })[];
  lastSession: { heldOn: string; state: string } | null;
}

/** The council secretary's next agenda and quorum (ux.md). Caller: council secretary of the province. */
export async function getCouncilHome(grant: RoleGrant): Promise<CouncilHome | null> {
  if (!isProvinceGrant(grant, 'council_secretary')) return null;
  const db = await getDb();
  const today = todayInVietnam();
  const [council] = await db
    .select({ id: councils.id, nameVi: councils.nameVi, nameEn: councils.nameEn })
    .from(councils)
    .where(and(eq(councils.provinceUnitId, grant.unitId!), lte(councils.validFrom, today), or(isNull(councils.validTo), gte(councils.validTo, today))))
    .limit(1);
  if (!council) return null;
  const [[members], agenda, [lastSession]] = await Promise.all([
    db
      .select({ n: count() })
      .from(councilMembers)
      .where(and(eq(councilMembers.councilId, council.id), lte(councilMembers.validFrom, today), or(isNull(councilMembers.validTo), gte(councilMembers.validTo, today)))),
    selectNominationSummaries(db)
      .where(eq(nominations.status, IN_COUNCIL))
      .orderBy(asc(nominations.updatedAt))
      .limit(50),
    db.select({ heldOn: councilSessions.heldOn, state: councilSessions.state }).from(councilSessions).where(eq(councilSessions.councilId, council.id)).orderBy(desc(councilSessions.heldOn)).limit(1),
  ]);
  const memberCount = members?.n ?? 0;
  const thresholds = await db
    .select({ id: nominations.id, pct: awardTypes.voteThresholdPct, quorum: awardTypes.quorumPct })
    .from(nominations)
    .innerJoin(awardTypes, eq(awardTypes.id, nominations.awardTypeId))
    .where(inArray(nominations.id, agenda.map((a) => a.id).concat(0)));
  const quorumPct = Math.max(80, ...thresholds.map((t) => Number(t.quorum ?? 0)));
  return {
    councilVi: council.nameVi,
    councilEn: council.nameEn,
    members: memberCount,
    quorum: Math.ceil((memberCount * quorumPct) / 100),
    agenda: agenda.map((a) => {
      const pct = thresholds.find((t) => t.id === a.id)?.pct;
      const thresholdPct = pct == null ? null : Number(pct);
      // Thresholds count all members, present or not (Decree 98/2023/NĐ-CP Art. 30(7)).
      return { ...a, thresholdPct, votesNeeded: thresholdPct === null ? null : Math.ceil((memberCount * thresholdPct) / 100 - 1e-9) };
    }),
    lastSession: lastSession ?? null,
  };
}

export interface ApproverHome {
  byAward: { awardVi: string; awardEn: string; items: NominationSummary[] }[];
  decisions: { id: number; number: string; signedOn: string | null; state: string; recipients: number }[];
}

/** Nominations awaiting decision grouped by award, and recent decisions (ux.md). Caller: approver of the province. */
export async function getApproverHome(grant: RoleGrant): Promise<ApproverHome | null> {
  if (!isProvinceGrant(grant, 'approver')) return null;
  const db = await getDb();
  const [awaiting, recent] = await Promise.all([
    selectNominationSummaries(db).where(eq(nominations.status, AWAITING_DECISION)).orderBy(asc(awardTypes.nameVi), asc(nominations.reference)).limit(100),
    db
      .select({ id: decisions.id, number: decisions.number, signedOn: decisions.signedOn, state: decisions.state, recipients: count(decisionRecipients.id) })
      .from(decisions)
      .leftJoin(decisionRecipients, eq(decisionRecipients.decisionId, decisions.id))
      .where(eq(decisions.issuerUnitId, grant.unitId!))
      .groupBy(decisions.id)
      .orderBy(desc(decisions.createdAt))
      .limit(5),
  ]);
  const byAward = new Map<string, ApproverHome['byAward'][number]>();
  for (const item of awaiting) {
    const group = byAward.get(item.awardVi) ?? { awardVi: item.awardVi, awardEn: item.awardEn, items: [] };
    group.items.push(item);
    byAward.set(item.awardVi, group);
  }
  return { byAward: [...byAward.values()], decisions: recent };
}
