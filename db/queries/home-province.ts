import 'server-only';
import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { RoleGrant } from '@/lib/policy/viewer';
import { ruleOf, type CouncilRule, type QuorumStatus } from '@/lib/rules/council-ballot';
import { todayInVietnam } from '@/lib/rules/dates';
import { votesNeeded } from '@/lib/rules/votes';
import { getDb } from '../client';
import { awardTypes, councilAgendaItems, councilSessions, councilVotes, nominations } from '../schema';
import { councilMembersOn, councilOn, sessionTally } from './council-access';
import { awaitingAgendaWhere } from './council-views';
import { getAppraisalOverview, type AppraisalOverview } from './appraisal-queue';
import { selectNominationSummaries, type NominationSummary } from './nomination-summary';

function isProvinceGrant(grant: RoleGrant, role: RoleGrant['role']): boolean {
  return grant.role === role && grant.scopeKind === 'province' && grant.unitId !== null;
}

export type AppraisalHome = AppraisalOverview;

/** The appraiser's queue by time left in working days, the items on hold, and how many are overdue or
 * in public notice (ux.md); the whole queue is at /appraisal. Caller: appraiser of the province. */
export async function getAppraisalHome(grant: RoleGrant, locale: 'vi' | 'en' = 'vi'): Promise<AppraisalHome | null> {
  if (!isProvinceGrant(grant, 'appraiser')) return null;
  return getAppraisalOverview(grant, locale);
}

export interface CouncilHomeItem extends NominationSummary {
  position: number;
  rule: CouncilRule;
  thresholdPct: number | null;
  /** Votes for that pass a ballot, counted on all members (null for the standing committee's review). */
  votesNeeded: number | null;
  passed: boolean | null;
}

export interface CouncilHome {
  councilVi: string;
  councilEn: string;
  members: number;
  /** The session being held, else the next one called: its attendance, quorum and agenda. */
  next: {
    id: number;
    heldOn: string;
    location: string | null;
    state: 'planned' | 'open';
    present: number;
    writtenVotes: number;
    membersTotal: number;
    quorum: QuorumStatus;
    quorumSetBy: { nameVi: string; nameEn: string }[];
    agenda: CouncilHomeItem[];
  } | null;
  /** Forwarded to the council and on no open agenda yet (the first few, and how many). */
  awaiting: NominationSummary[];
  awaitingCount: number;
  lastSession: { id: number; heldOn: string } | null;
}

/** The council secretary's next session, its agenda and quorum status, and what waits for an agenda
 * (ux.md). Caller: council secretary of the province. */
export async function getCouncilHome(grant: RoleGrant): Promise<CouncilHome | null> {
  if (!isProvinceGrant(grant, 'council_secretary')) return null;
  const db = await getDb();
  const today = todayInVietnam();
  const council = await councilOn(db, grant.unitId!, today);
  if (!council) return null;
  const awaitingWhere = await awaitingAgendaWhere(db, [grant.unitId!]);
  const [members, [nextRow], [lastSession], awaiting, [awaitingCount]] = await Promise.all([
    councilMembersOn(db, council.id, today),
    db
      .select()
      .from(councilSessions)
      .where(and(eq(councilSessions.councilId, council.id), inArray(councilSessions.state, ['planned', 'open'])))
      .orderBy(sql`case when ${councilSessions.state} = 'open' then 0 else 1 end`, asc(councilSessions.heldOn), asc(councilSessions.id))
      .limit(1),
    db
      .select({ id: councilSessions.id, heldOn: councilSessions.heldOn })
      .from(councilSessions)
      .where(and(eq(councilSessions.councilId, council.id), eq(councilSessions.state, 'closed')))
      .orderBy(desc(councilSessions.heldOn), desc(councilSessions.id))
      .limit(1),
    selectNominationSummaries(db).where(awaitingWhere).orderBy(asc(awardTypes.nameVi), asc(nominations.reference)).limit(10),
    db.select({ n: count() }).from(nominations).where(awaitingWhere),
  ]);
  let next: CouncilHome['next'] = null;
  if (nextRow && nextRow.state !== 'closed') {
    const tally = await sessionTally(db, nextRow);
    const items = await db.select({ id: councilAgendaItems.nominationId, position: councilAgendaItems.position }).from(councilAgendaItems).where(eq(councilAgendaItems.sessionId, nextRow.id));
    const ids = items.map((i) => i.id).concat(0);
    const [summaries, rules, votes] = await Promise.all([
      selectNominationSummaries(db).where(inArray(nominations.id, ids)),
      db
        .select({ id: nominations.id, reviewBody: awardTypes.reviewBody, thresholdPct: awardTypes.voteThresholdPct, basis: awardTypes.voteBasis })
        .from(nominations)
        .innerJoin(awardTypes, eq(awardTypes.id, nominations.awardTypeId))
        .where(inArray(nominations.id, ids)),
      db.select({ id: councilVotes.nominationId, passed: councilVotes.passed }).from(councilVotes).where(eq(councilVotes.sessionId, nextRow.id)),
    ]);
    next = {
      id: nextRow.id,
      heldOn: nextRow.heldOn,
      location: nextRow.location,
      state: nextRow.state,
      present: tally.council.present,
      writtenVotes: tally.council.writtenVotes,
      membersTotal: tally.council.membersTotal,
      quorum: tally.quorum,
      quorumSetBy: tally.rule.setBy,
      agenda: summaries
        .flatMap((s) => {
          const award = rules.find((r) => r.id === s.id);
          if (!award) return [];
          const rule = ruleOf(award);
          const thresholdPct = rule === 'standing_committee' || award.thresholdPct === null ? null : Number(award.thresholdPct);
          // Thresholds count all members, present or not (Decree 98/2023/NĐ-CP Art. 30(7)).
          const needed = rule === 'threshold_all_members' && award.thresholdPct !== null ? votesNeeded(tally.council.membersTotal, award.thresholdPct) : null;
          return [{ ...s, position: items.find((i) => i.id === s.id)?.position ?? 0, rule, thresholdPct, votesNeeded: needed, passed: votes.find((v) => v.id === s.id)?.passed ?? null }];
        })
        .sort((a, b) => a.position - b.position),
    };
  }
  return { councilVi: council.nameVi, councilEn: council.nameEn, members: members.length, next, awaiting, awaitingCount: awaitingCount?.n ?? 0, lastSession: lastSession ?? null };
}

// The approver's home lives with the decisions it lists.
export { getApproverHome, type ApproverHome } from './decision-home';
