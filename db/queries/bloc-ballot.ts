import 'server-only';
import { randomInt, randomUUID } from 'node:crypto';
import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { RoleGrant, Viewer } from '@/lib/policy/viewer';
import { exceedsShare, isCoherentCount, reachesShare } from '@/lib/rules/votes';
import type { BlocBallotCastInput, BlocBallotEndorseInput, BlocLeadDecisionInput, BlocSessionCloseInput, BlocSessionCreateInput, BlocSessionRefInput } from '@/lib/validation/bloc-ballot';
import { attachBlocPapers, prepareBlocPapers } from './bloc-papers';
import { WorkflowError } from '@/lib/workflow/refusals';
import { actorFields, appendAuditEvent } from '../audit-append';
import { getDb, type Db, type Tx } from '../client';
import {
  blocBallotCandidates,
  blocBallotParticipation,
  blocBallots,
  blocBallotSessions,
  blocBallotTallies,
  blocLeadDecisions,
  blocSessionAttendance,
  blocTerms,
  nominations,
} from '../schema';
import { blocLeadOf, loadBlocTerm, memberUnitOf, readableBlocTerm, type BlocTermFacts } from './bloc-access';
import { requireEndorsementDocuments, requireWithinBlocQuota } from './workflow/guards';
import { claimIdempotencyKey, runTransition, storeIdempotentResult, type ActionContext, type TransitionResult } from './workflow/run-transition';
import type { NominationRecord } from './workflow/facts';

// The bloc's ballot at its year-end review (domain.md §3.4): a session with attendance and candidates,
// paper tallies or an electronic secret ballot of the present member units' heads, at most two rounds,
// then the head's and deputy's decision. Secrecy is the invariant this module is built around: the
// participation (who voted) and the ballots (what was chosen) share no column, no time, and, once the
// session closes, neither a transaction id (xmin) nor a physical order (see closeBlocBallotSession).

/** At most two ballot rounds per bloc-year (domain.md §3.4). */
export const MAX_BLOC_ROUNDS = 2;

type SessionRow = typeof blocBallotSessions.$inferSelect;

/** The bloc-lead grant of the viewer on the term, or the refusal a non-lead hears: a member or an
 * overseer may read the term and is told the role does not permit; anyone else learns nothing. */
function requireLead(viewer: Viewer, term: BlocTermFacts): { grant: RoleGrant; unitId: number; kind: 'head' | 'deputy' } {
  const lead = blocLeadOf(viewer, term);
  if (lead) return lead;
  const reads = memberUnitOf(viewer, term) || viewer.grants.some((g) => g.role === 'auditor' || g.role === 'appraiser');
  throw new WorkflowError(reads ? 'role_not_permitted' : 'not_found', { roles: 'bloc_lead' });
}

async function loadSession(db: Db | Tx, sessionId: number, lock?: 'update' | 'share'): Promise<SessionRow> {
  const query = db.select().from(blocBallotSessions).where(eq(blocBallotSessions.id, sessionId));
  const [row] = lock === 'update' ? await query.for('update') : lock === 'share' ? await query.for('share') : await query;
  if (!row) throw new WorkflowError('not_found');
  return row;
}

/** The sessions of a term run as bloc meetings (with a candidate list), in round order. Ballots the
 * lead recorded at endorsement (the older paper path) carry no candidate list and are no round here. */
async function meetingsOf(db: Db | Tx, termId: number): Promise<SessionRow[]> {
  const hasCandidates = db.select({ one: sql`1` }).from(blocBallotCandidates).where(eq(blocBallotCandidates.sessionId, blocBallotSessions.id));
  return db
    .select()
    .from(blocBallotSessions)
    .where(and(eq(blocBallotSessions.blocTermId, termId), sql`exists (${hasCandidates})`))
    .orderBy(asc(blocBallotSessions.roundNo), asc(blocBallotSessions.id));
}

async function candidateIdsOf(db: Db | Tx, sessionId: number): Promise<number[]> {
  const rows = await db.select({ id: blocBallotCandidates.nominationId }).from(blocBallotCandidates).where(eq(blocBallotCandidates.sessionId, sessionId)).orderBy(asc(blocBallotCandidates.position));
  return rows.map((r) => r.id);
}

/** Whether `votesFor` passes the session's rule; the base is every member unit of the bloc-year. */
export function passesBlocRule(votesFor: number, membersTotal: number, pct: string | number, strict: boolean): boolean {
  return strict ? exceedsShare(votesFor, membersTotal, pct) : reachesShare(votesFor, membersTotal, pct);
}

/** The fewest votes for that pass the rule (e.g. 6 of 10 members for "more than half"). */
export function votesToPass(membersTotal: number, pct: string | number, strict: boolean): number {
  for (let v = 0; v <= membersTotal; v += 1) if (passesBlocRule(v, membersTotal, pct, strict)) return v;
  return membersTotal + 1;
}

/** Fisher–Yates with a cryptographic source: the re-inserted order must tell nothing. */
function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Runs `work` once per idempotency key: a double submit gets the first result (S11). */
async function once<T extends object>(ctx: ActionContext, action: string, work: (tx: Tx) => Promise<T>): Promise<T> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const earlier = await claimIdempotencyKey<T>(tx, ctx, action);
    if (earlier) return earlier;
    const result = await work(tx);
    await storeIdempotentResult(tx, ctx, result);
    return result;
  });
}

// ── Changes ──────────────────────────────────────────────────────────────────────────────────────

/** The bloc lead (head or deputy) calls a session: round 1 with candidates in `bloc_review`, or round 2
 * with the candidates round 1 left undecided, once round 1 has closed. A third round is refused. */
export async function createBlocBallotSession(ctx: ActionContext, input: BlocSessionCreateInput): Promise<{ sessionId: number; roundNo: number }> {
  return once(ctx, `bloc_ballot.create.${input.blocTermId}`, async (tx) => {
    const term = await loadBlocTerm(tx, input.blocTermId);
    if (!term) throw new WorkflowError('not_found');
    const lead = requireLead(ctx.viewer, term);
    // Serializes the creation of rounds within the term: two leads cannot both open "round 2".
    await tx.select({ id: blocTerms.id }).from(blocTerms).where(eq(blocTerms.id, term.id)).for('update');
    const meetings = await meetingsOf(tx, term.id);
    if (meetings.length >= MAX_BLOC_ROUNDS) throw new WorkflowError('bloc_round_limit', { max: MAX_BLOC_ROUNDS });
    const previous = meetings.at(-1);
    if (previous && previous.state !== 'closed') throw new WorkflowError('bloc_round_order');
    const roundNo = meetings.length + 1;

    const candidateIds = input.candidateIds;
    const presentIds = input.presentUnitIds;
    if (new Set(candidateIds).size !== candidateIds.length) throw new WorkflowError('bloc_candidate_invalid');
    if (new Set(presentIds).size !== presentIds.length || presentIds.some((u) => !term.memberUnitIds.includes(u))) throw new WorkflowError('bloc_attendance_invalid');
    const found = await tx
      .select({ id: nominations.id })
      .from(nominations)
      .where(and(inArray(nominations.id, candidateIds), eq(nominations.blocTermId, term.id), eq(nominations.status, 'bloc_review')));
    if (found.length !== candidateIds.length) throw new WorkflowError('bloc_candidate_invalid');
    if (previous) {
      // Round 2 only for what round 1 left undecided.
      const passed = await tx.select({ id: blocBallotTallies.nominationId }).from(blocBallotTallies).where(and(eq(blocBallotTallies.sessionId, previous.id), eq(blocBallotTallies.passed, true)));
      const earlier = await candidateIdsOf(tx, previous.id);
      const undecided = new Set(earlier.filter((id) => !passed.some((p) => p.id === id)));
      if (candidateIds.some((id) => !undecided.has(id))) throw new WorkflowError('bloc_candidate_invalid');
    }

    const [session] = await tx
      .insert(blocBallotSessions)
      .values({
        blocTermId: term.id,
        roundNo,
        mode: input.mode,
        state: 'planned',
        heldOn: input.heldOn,
        membersTotal: term.memberUnitIds.length,
        membersPresent: presentIds.length,
        thresholdPct: term.ballotThresholdPct,
        thresholdStrict: term.ballotThresholdStrict,
        openedBy: ctx.viewer.id,
      })
      .returning({ id: blocBallotSessions.id });
    const sessionId = session!.id;
    await tx.insert(blocSessionAttendance).values(presentIds.map((unitId) => ({ sessionId, unitId })));
    await tx.insert(blocBallotCandidates).values(candidateIds.map((nominationId, i) => ({ sessionId, nominationId, position: i + 1 })));
    await appendAuditEvent(tx, {
      ...actorFields(ctx.viewer, lead.grant),
      action: 'bloc_session_create',
      entityKind: 'bloc_ballot_session',
      entityId: sessionId,
      fromStatus: null,
      toStatus: null,
      reason: null,
      payload: { blocTermId: term.id, roundNo, mode: input.mode, heldOn: input.heldOn, membersTotal: term.memberUnitIds.length, presentUnitIds: presentIds, candidateIds },
      ip: ctx.ip,
    });
    return { sessionId, roundNo };
  });
}

/** The lead opens a planned session: electronic ballots may be cast from now on. */
export async function openBlocBallotSession(ctx: ActionContext, input: BlocSessionRefInput): Promise<{ sessionId: number }> {
  return once(ctx, `bloc_ballot.open.${input.sessionId}`, async (tx) => {
    const session = await loadSession(tx, input.sessionId, 'update');
    const term = await readableBlocTerm(tx, ctx.viewer, session.blocTermId);
    const lead = requireLead(ctx.viewer, term);
    if (session.state !== 'planned') throw new WorkflowError('bloc_session_not_planned');
    await tx.update(blocBallotSessions).set({ state: 'open' }).where(eq(blocBallotSessions.id, session.id));
    await appendAuditEvent(tx, {
      ...actorFields(ctx.viewer, lead.grant),
      action: 'bloc_session_open',
      entityKind: 'bloc_ballot_session',
      entityId: session.id,
      fromStatus: null,
      toStatus: null,
      reason: null,
      payload: { blocTermId: term.id, roundNo: session.roundNo },
      ip: ctx.ip,
    });
    return { sessionId: session.id };
  });
}

/** A present member unit's head casts the unit's secret ballot, for or against each candidate, once.
 * The participation row says the unit voted; the ballot rows say what was chosen; nothing joins them,
 * and the audit event says only that the unit voted. */
export async function castBlocBallot(ctx: ActionContext, input: BlocBallotCastInput): Promise<{ sessionId: number; voted: number; present: number }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    // Shared lock: casts run side by side, but never across the close (which takes the row exclusively).
    const session = await loadSession(tx, input.sessionId, 'share');
    const term = await readableBlocTerm(tx, ctx.viewer, session.blocTermId);
    const member = memberUnitOf(ctx.viewer, term, ['unit_head']);
    if (!member) throw new WorkflowError('role_not_permitted', { roles: 'unit_head' });
    if (session.mode !== 'electronic' || session.state !== 'open') throw new WorkflowError('bloc_session_not_open');
    const [present] = await tx
      .select({ unitId: blocSessionAttendance.unitId })
      .from(blocSessionAttendance)
      .where(and(eq(blocSessionAttendance.sessionId, session.id), eq(blocSessionAttendance.unitId, member.unitId)));
    if (!present) throw new WorkflowError('bloc_not_present');
    const candidates = await candidateIdsOf(tx, session.id);
    const chosen = new Map(input.choices.map((c) => [c.nominationId, c.approve]));
    if (chosen.size !== input.choices.length || chosen.size !== candidates.length || candidates.some((id) => !chosen.has(id))) throw new WorkflowError('bloc_choices_incomplete');

    const claimed = await tx.insert(blocBallotParticipation).values({ sessionId: session.id, unitId: member.unitId }).onConflictDoNothing().returning({ unitId: blocBallotParticipation.unitId });
    if (claimed.length === 0) throw new WorkflowError('bloc_already_voted');
    await tx.insert(blocBallots).values(shuffled(candidates.map((nominationId) => ({ id: randomUUID(), sessionId: session.id, nominationId, approve: chosen.get(nominationId)! }))));
    await appendAuditEvent(tx, {
      ...actorFields(ctx.viewer, member.grant),
      action: 'bloc_ballot_cast',
      entityKind: 'bloc_ballot_session',
      entityId: session.id,
      fromStatus: null,
      toStatus: null,
      reason: null,
      // Deliberately no choices: "unit X voted in session S", nothing more.
      payload: { blocTermId: term.id, roundNo: session.roundNo, unitId: member.unitId },
      ip: ctx.ip,
    });
    const [voted] = await tx.select({ n: count() }).from(blocBallotParticipation).where(eq(blocBallotParticipation.sessionId, session.id));
    return { sessionId: session.id, voted: voted?.n ?? 0, present: session.membersPresent };
  });
}

export interface TallyRow {
  nominationId: number;
  votesFor: number;
  votesAgainst: number;
  passed: boolean;
}

/** The lead closes the session and the tallies are computed, against all member units of the
 * bloc-year. Paper: the counted paper ballots per candidate come with the close. Electronic: in this
 * one transaction the ballots are read, deleted and re-inserted in a cryptographically random order
 * with fresh ids, so that afterwards neither their transaction id (xmin, shared with the participation
 * row of the same cast) nor their heap order (which followed the casts) ties a ballot to a voter. */
export async function closeBlocBallotSession(ctx: ActionContext, input: BlocSessionCloseInput): Promise<{ sessionId: number; tallies: TallyRow[] }> {
  return once(ctx, `bloc_ballot.close.${input.sessionId}`, async (tx) => {
    const session = await loadSession(tx, input.sessionId, 'update');
    const term = await readableBlocTerm(tx, ctx.viewer, session.blocTermId);
    const lead = requireLead(ctx.viewer, term);
    const closable = session.mode === 'paper' ? session.state !== 'closed' : session.state === 'open';
    if (!closable) throw new WorkflowError('bloc_session_not_open');
    const candidates = await candidateIdsOf(tx, session.id);

    let counts: Map<number, { votesFor: number; votesAgainst: number }>;
    let voted: number;
    if (session.mode === 'paper') {
      const paper = input.paperTallies ?? [];
      counts = new Map(paper.map((p) => [p.nominationId, { votesFor: p.votesFor, votesAgainst: p.votesAgainst }]));
      if (counts.size !== paper.length || counts.size !== candidates.length || candidates.some((id) => !counts.has(id))) throw new WorkflowError('bloc_choices_incomplete');
      for (const c of counts.values()) {
        const coherent = isCoherentCount({ membersTotal: session.membersTotal, present: session.membersPresent, writtenVotes: 0, votesFor: c.votesFor, votesAgainst: c.votesAgainst });
        if (!coherent) throw new WorkflowError('ballot_counts_invalid');
      }
      voted = Math.max(0, ...[...counts.values()].map((c) => c.votesFor + c.votesAgainst));
    } else {
      const ballots = await tx.select({ nominationId: blocBallots.nominationId, approve: blocBallots.approve }).from(blocBallots).where(eq(blocBallots.sessionId, session.id));
      await tx.delete(blocBallots).where(eq(blocBallots.sessionId, session.id));
      if (ballots.length > 0) {
        await tx.insert(blocBallots).values(shuffled(ballots).map((b) => ({ id: randomUUID(), sessionId: session.id, nominationId: b.nominationId, approve: b.approve })));
      }
      counts = new Map(candidates.map((id) => [id, { votesFor: 0, votesAgainst: 0 }]));
      for (const b of ballots) {
        const c = counts.get(b.nominationId);
        if (c) c[b.approve ? 'votesFor' : 'votesAgainst'] += 1;
      }
      const [row] = await tx.select({ n: count() }).from(blocBallotParticipation).where(eq(blocBallotParticipation.sessionId, session.id));
      voted = row?.n ?? 0;
    }

    const tallies: TallyRow[] = candidates.map((nominationId) => {
      const c = counts.get(nominationId)!;
      return { nominationId, ...c, passed: passesBlocRule(c.votesFor, session.membersTotal, session.thresholdPct, session.thresholdStrict) };
    });
    if (tallies.length > 0) await tx.insert(blocBallotTallies).values(tallies.map((t) => ({ sessionId: session.id, ...t })));
    await tx.update(blocBallotSessions).set({ state: 'closed', closedAt: new Date() }).where(eq(blocBallotSessions.id, session.id));
    await appendAuditEvent(tx, {
      ...actorFields(ctx.viewer, lead.grant),
      action: 'bloc_session_close',
      entityKind: 'bloc_ballot_session',
      entityId: session.id,
      fromStatus: null,
      toStatus: null,
      reason: null,
      payload: {
        blocTermId: term.id,
        roundNo: session.roundNo,
        mode: session.mode,
        membersTotal: session.membersTotal,
        membersPresent: session.membersPresent,
        voted,
        needed: votesToPass(session.membersTotal, session.thresholdPct, session.thresholdStrict),
        tallies,
      },
      ip: ctx.ip,
    });
    return { sessionId: session.id, tallies };
  });
}

/** After round 2 closed without choosing a candidate, the head or deputy records the lead's decision on
 * it (domain.md §3.4: "preferring the stronger record"), with the reason. One decision per candidate. */
export async function recordBlocLeadDecision(ctx: ActionContext, input: BlocLeadDecisionInput): Promise<{ decisionId: number }> {
  return once(ctx, `bloc_ballot.decide.${input.sessionId}.${input.nominationId}`, async (tx) => {
    const session = await loadSession(tx, input.sessionId, 'update');
    const term = await readableBlocTerm(tx, ctx.viewer, session.blocTermId);
    const lead = requireLead(ctx.viewer, term);
    const meetings = await meetingsOf(tx, term.id);
    const last = meetings.at(-1);
    if (session.roundNo !== MAX_BLOC_ROUNDS || session.state !== 'closed' || last?.id !== session.id) throw new WorkflowError('bloc_lead_decision_premature');
    const [tally] = await tx
      .select({ passed: blocBallotTallies.passed })
      .from(blocBallotTallies)
      .where(and(eq(blocBallotTallies.sessionId, session.id), eq(blocBallotTallies.nominationId, input.nominationId)));
    if (!tally || tally.passed) throw new WorkflowError('bloc_candidate_invalid');
    const [existing] = await tx
      .select({ id: blocLeadDecisions.id })
      .from(blocLeadDecisions)
      .where(and(eq(blocLeadDecisions.blocTermId, term.id), eq(blocLeadDecisions.nominationId, input.nominationId)));
    if (existing) throw new WorkflowError('bloc_lead_decision_exists');
    const [row] = await tx
      .insert(blocLeadDecisions)
      .values({ blocTermId: term.id, sessionId: session.id, nominationId: input.nominationId, chosen: input.chosen, reason: input.reason, decidedBy: ctx.viewer.id })
      .returning({ id: blocLeadDecisions.id });
    const [n] = await tx.select({ reference: nominations.reference }).from(nominations).where(eq(nominations.id, input.nominationId));
    await appendAuditEvent(tx, {
      ...actorFields(ctx.viewer, lead.grant),
      action: 'bloc_lead_decision',
      entityKind: 'nomination',
      entityId: input.nominationId,
      fromStatus: null,
      toStatus: null,
      reason: input.reason,
      payload: { reference: n?.reference ?? null, blocTermId: term.id, sessionId: session.id, chosen: input.chosen, leadKind: lead.kind },
      ip: ctx.ip,
    });
    return { decisionId: row!.id };
  });
}

/** bloc_choice: the bloc chose this nomination — a passed tally of a closed session of its bloc-year,
 * or the lead's decision for it. Returns what the audit event cites. */
export async function requireBlocChoice(tx: Tx, n: NominationRecord): Promise<Record<string, unknown>> {
  if (n.blocTermId === null) throw new WorkflowError('bloc_ballot_missing');
  const [tally] = await tx
    .select({ sessionId: blocBallotTallies.sessionId, roundNo: blocBallotSessions.roundNo, votesFor: blocBallotTallies.votesFor, votesAgainst: blocBallotTallies.votesAgainst, membersTotal: blocBallotSessions.membersTotal })
    .from(blocBallotTallies)
    .innerJoin(blocBallotSessions, eq(blocBallotSessions.id, blocBallotTallies.sessionId))
    .where(and(eq(blocBallotTallies.nominationId, n.id), eq(blocBallotTallies.passed, true), eq(blocBallotSessions.state, 'closed'), eq(blocBallotSessions.blocTermId, n.blocTermId)))
    .orderBy(asc(blocBallotSessions.roundNo))
    .limit(1);
  if (tally) return { blocBallot: tally };
  const [decision] = await tx
    .select({ id: blocLeadDecisions.id, sessionId: blocLeadDecisions.sessionId })
    .from(blocLeadDecisions)
    .where(and(eq(blocLeadDecisions.nominationId, n.id), eq(blocLeadDecisions.blocTermId, n.blocTermId), eq(blocLeadDecisions.chosen, true)))
    .limit(1);
  if (decision) return { blocLeadDecision: decision };
  throw new WorkflowError('bloc_ballot_missing');
}

/** The lead endorses a candidate the bloc chose to appraisal, through the one transition engine:
 * the bloc's choice and the award's per-bloc quota are checked inside the claim's transaction. The
 * older endorse path (a paper tally typed in at endorsement) is left as it is. */
export async function endorseFromBlocBallot(ctx: ActionContext, input: BlocBallotEndorseInput): Promise<TransitionResult> {
  let basis: Record<string, unknown> = {};
  // The bloc's minutes, ballot result and submission letter join the dossier with the endorsement.
  const papers = await prepareBlocPapers(ctx.viewer, input.nominationId);
  return runTransition(ctx, {
    nominationId: input.nominationId,
    action: 'endorse',
    expectedVersion: input.version,
    guard: async (tx, n) => {
      basis = await requireBlocChoice(tx, n);
      await requireWithinBlocQuota(tx, n);
    },
    set: () => ({ appraisalStartedAt: new Date() }),
    also: async (tx, n) => {
      const blocPapers = await attachBlocPapers(tx, papers, n.id, ctx.viewer.id);
      // With the bloc's papers in, the dossier must hold everything the award requires.
      await requireEndorsementDocuments(tx, n);
      return { ...basis, blocPapers };
    },
  });
}
