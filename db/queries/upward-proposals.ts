import 'server-only';
import { and, asc, desc, eq, inArray, isNull, lt, ne, sql } from 'drizzle-orm';
import type { NominationStatus, Role } from '@/lib/domain/constants';
import { can, readGrant } from '@/lib/policy/can';
import type { RoleGrant, Viewer } from '@/lib/policy/viewer';
import { todayInVietnam } from '@/lib/rules/dates';
import { centralIssuer, type CentralAnswerInput, type ProposalSubmissionInput } from '@/lib/validation/proposal';
import { WorkflowError } from '@/lib/workflow/refusals';
import { AWAITING_DECISION } from '@/lib/workflow/status-groups';
import { actorFields, appendAuditEvent } from '../audit-append';
import { getDb, type Db, type Tx } from '../client';
import { awardHistory, awardTypes, councilSessions, councilVotes, households, nominations, people, rounds, units, upwardProposals, users } from '../schema';
import { nomineeNames, nomineeUnit, proposingUnit } from './nomination-summary';
import { unitSubtree } from './unit-tree';
import { loadNominationFacts, type NominationRecord } from './workflow/facts';
import {
  applyTransition,
  claimIdempotencyKey,
  prepareOrReplay,
  prepareTransition,
  storeIdempotentResult,
  type ActionContext,
  type Prepared,
  type TransitionResult,
  type TransitionSpec,
} from './workflow/run-transition';

// Proposals upward (domain.md §4, §6): for the Government flag, the Prime Minister's certificate and
// the national emulation fighter the province's council votes like on any award, but the Chairman
// does not decide: he signs a submission letter (tờ trình) to the central body, which answers later.
// The answer is what moves the nomination: accepted → approved (guard central_answer_accepted, with
// an award history entry so that later prerequisites see it), refused → rejected with the answer as
// the reason.

// Any fixed number: submission numbers are unique per province and year under this lock.
const SUBMISSION_NUMBER_LOCK = 5_207_311;

/** Who reads the proposals: the Chairman who signs them, the emulation office that prepared the file,
 * the inspectors. */
const READERS: readonly Role[] = ['approver', 'appraiser', 'auditor'];

function provinceGrants(viewer: Viewer, roles: readonly Role[]): RoleGrant[] {
  return viewer.grants.filter((g) => roles.includes(g.role) && g.scopeKind === 'province' && g.unitId !== null);
}

export interface CouncilBallotSummary {
  votesFor: number;
  membersTotal: number;
  thresholdPct: string;
  heldOn: string;
}

export interface ProposalRow {
  proposalId: number;
  recipientBody: string;
  submissionNumber: string;
  submittedOn: string;
  signerName: string;
  submittedByName: string;
  answer: 'pending' | 'accepted' | 'refused';
  answeredOn: string | null;
  answerReference: string | null;
  answerNote: string | null;
}

export interface UpwardNominationRow {
  nominationId: number;
  reference: string;
  status: NominationStatus;
  version: number;
  nomineeVi: string;
  nomineeEn: string;
  awardVi: string;
  awardEn: string;
  proposingUnitVi: string;
  proposingUnitEn: string;
  ballot: CouncilBallotSummary | null;
  /** Whether this viewer may submit the proposal or record the answer now (the action re-checks). */
  canAct: boolean;
}

export interface ProposalsPage {
  /** Whether the viewer acts here (the approver) or only reads (appraisers, auditors). */
  canAct: boolean;
  toSubmit: UpwardNominationRow[];
  pending: (UpwardNominationRow & { proposal: ProposalRow })[];
  answered: (UpwardNominationRow & { proposal: ProposalRow })[];
  /** Keyset paging of the answered ones, newest first (`before` = the last proposal id seen). */
  nextCursor: number | null;
}

export const ANSWERED_PAGE_SIZE = 50;

const nominationColumns = {
  nominationId: nominations.id,
  reference: nominations.reference,
  status: nominations.status,
  version: nominations.version,
  ...nomineeNames,
  awardVi: awardTypes.nameVi,
  awardEn: awardTypes.nameEn,
  reviewBody: awardTypes.reviewBody,
  proposingUnitVi: proposingUnit.nameVi,
  proposingUnitEn: proposingUnit.nameEn,
  proposingUnitId: nominations.proposingUnitId,
  nomineeUnitId: nominations.nomineeUnitId,
  nomineePersonId: nominations.nomineePersonId,
};

const proposalColumns = {
  proposalId: upwardProposals.id,
  recipientBody: upwardProposals.recipientBody,
  submissionNumber: upwardProposals.submissionNumber,
  submittedOn: upwardProposals.submittedOn,
  signerName: upwardProposals.signerName,
  submittedByName: users.displayName,
  answer: upwardProposals.answer,
  answeredOn: upwardProposals.answeredOn,
  answerReference: upwardProposals.answerReference,
  answerNote: upwardProposals.answerNote,
};

function upwardNominations(db: Db) {
  return db
    .select({ ...nominationColumns, proposal: proposalColumns })
    .from(nominations)
    .innerJoin(awardTypes, eq(awardTypes.id, nominations.awardTypeId))
    .innerJoin(proposingUnit, eq(proposingUnit.id, nominations.proposingUnitId))
    .leftJoin(nomineeUnit, eq(nomineeUnit.id, nominations.nomineeUnitId))
    .leftJoin(people, eq(people.id, nominations.nomineePersonId))
    .leftJoin(households, eq(households.id, nominations.nomineeHouseholdId))
    .leftJoin(upwardProposals, eq(upwardProposals.nominationId, nominations.id))
    .leftJoin(users, eq(users.id, upwardProposals.submittedBy))
    .$dynamic();
}

/** The council's passed ballot on each nomination (the latest, should there be several). */
async function ballotsOf(db: Db | Tx, ids: number[]): Promise<Map<number, CouncilBallotSummary>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ nominationId: councilVotes.nominationId, votesFor: councilVotes.votesFor, membersTotal: councilVotes.membersTotal, thresholdPct: councilVotes.thresholdPct, heldOn: councilSessions.heldOn })
    .from(councilVotes)
    .innerJoin(councilSessions, eq(councilSessions.id, councilVotes.sessionId))
    .where(and(inArray(councilVotes.nominationId, ids), eq(councilVotes.passed, true)))
    .orderBy(asc(councilVotes.id));
  return new Map(rows.map((r) => [r.nominationId, { votesFor: r.votesFor, membersTotal: r.membersTotal, thresholdPct: r.thresholdPct, heldOn: r.heldOn }]));
}

/** Separation of duties as the policy applies it (lib/policy/can.ts): nobody decides on their own
 * unit or on themselves. The page uses it to offer the forms; the actions check the policy itself. */
function ownCase(viewer: Viewer, row: { proposingUnitId: number; nomineeUnitId: number | null; nomineePersonId: number | null }): boolean {
  if (viewer.personId !== null && viewer.personId === row.nomineePersonId) return true;
  return viewer.unitId !== null && (viewer.unitId === row.proposingUnitId || viewer.unitId === row.nomineeUnitId);
}

/**
 * The proposals workspace: nominations of an upward award awaiting the Chairman's submission, the
 * submitted ones awaiting the central answer, and the answered ones (newest first, by keyset).
 * Callers: the province's approver (acts), appraisers and auditors (read). Null for anyone else.
 */
export async function listUpwardProposals(viewer: Viewer, options: { before?: number } = {}): Promise<ProposalsPage | null> {
  const grants = provinceGrants(viewer, READERS);
  if (grants.length === 0) return null;
  const db = await getDb();
  const scope = await unitSubtree(db, grants.map((g) => g.unitId!));
  const acts = provinceGrants(viewer, ['approver']).length > 0;
  const inScope = inArray(nominations.proposingUnitId, scope.length > 0 ? scope : [0]);
  // A province proposes a handful a year: the two open lists stay short; the answered ones page by keyset.
  const [toSubmit, pending, answered] = await Promise.all([
    upwardNominations(db)
      .where(and(inScope, eq(awardTypes.reviewBody, 'upward'), eq(nominations.status, AWAITING_DECISION), isNull(upwardProposals.id)))
      .orderBy(asc(nominations.reference))
      .limit(200),
    upwardNominations(db)
      .where(and(inScope, eq(upwardProposals.answer, 'pending')))
      .orderBy(asc(upwardProposals.submittedOn), asc(upwardProposals.id))
      .limit(200),
    upwardNominations(db)
      .where(and(inScope, ne(upwardProposals.answer, 'pending'), options.before ? lt(upwardProposals.id, options.before) : undefined))
      .orderBy(desc(upwardProposals.id))
      .limit(ANSWERED_PAGE_SIZE + 1),
  ]);
  const more = answered.length > ANSWERED_PAGE_SIZE;
  const answeredPage = more ? answered.slice(0, ANSWERED_PAGE_SIZE) : answered;
  const ballots = await ballotsOf(db, [...toSubmit, ...pending, ...answeredPage].map((r) => r.nominationId));
  const shape = (r: (typeof toSubmit)[number]): UpwardNominationRow => ({
    nominationId: r.nominationId,
    reference: r.reference,
    status: r.status,
    version: r.version,
    nomineeVi: r.nomineeVi,
    nomineeEn: r.nomineeEn,
    awardVi: r.awardVi,
    awardEn: r.awardEn,
    proposingUnitVi: r.proposingUnitVi,
    proposingUnitEn: r.proposingUnitEn,
    ballot: ballots.get(r.nominationId) ?? null,
    canAct: acts && r.status === AWAITING_DECISION && !ownCase(viewer, r),
  });
  const withProposal = (r: (typeof toSubmit)[number]) => ({ ...shape(r), proposal: r.proposal as ProposalRow });
  return {
    canAct: acts,
    toSubmit: toSubmit.map(shape),
    pending: pending.map(withProposal),
    answered: answeredPage.map((r) => ({ ...withProposal(r), canAct: false })),
    nextCursor: more ? (answeredPage.at(-1)?.proposal?.proposalId ?? null) : null,
  };
}

/** Reads the nomination and checks that the viewer may act for the province on it now: the approver
 * of its province, not of its own unit, on a nomination awaiting decision (the approve transition's
 * roles, scope and separation of duties — proposing upward is how the Chairman acts on an award he
 * does not confer). */
async function authorizeProposal(ctx: ActionContext, db: Db | Tx, nominationId: number, expectedVersion: number): Promise<{ n: NominationRecord; grant: RoleGrant }> {
  const n = await loadNominationFacts(db, nominationId);
  if (!n || !readGrant(ctx.viewer, n)) throw new WorkflowError('not_found');
  if (n.version !== expectedVersion) throw new WorkflowError('conflict');
  const decision = can(ctx.viewer, 'approve', n);
  if (!decision.ok) throw new WorkflowError(decision.refusal, decision.refusal === 'role_not_permitted' ? { roles: 'approver' } : {});
  return { n, grant: decision.grant };
}

async function reviewBodyOf(db: Db | Tx, awardTypeId: number): Promise<{ reviewBody: string; code: string } | null> {
  const [award] = await db.select({ reviewBody: awardTypes.reviewBody, code: awardTypes.code }).from(awardTypes).where(eq(awardTypes.id, awardTypeId));
  return award ?? null;
}

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } };
  return e?.code === '23505' || e?.cause?.code === '23505';
}

export interface SubmissionResult {
  proposalId: number;
  nominationId: number;
  submissionNumber: string;
}

/**
 * The Chairman submits the proposal (tờ trình) for a nomination of an upward award that the council
 * passed. The nomination stays awaiting decision: the central body decides. One proposal per
 * nomination; the number is unique in the province's year. Audited on the nomination, in the same
 * transaction. Caller: the province's approver.
 */
export async function submitUpwardProposal(ctx: ActionContext, input: ProposalSubmissionInput): Promise<SubmissionResult> {
  const db = await getDb();
  const key = `proposal.submit.${input.nominationId}`;
  const outcome = await prepareOrReplay<SubmissionResult, { n: NominationRecord; grant: RoleGrant }>(db, ctx, key, async () => {
    const authorized = await authorizeProposal(ctx, db, input.nominationId, input.version);
    const award = await reviewBodyOf(db, authorized.n.awardTypeId);
    if (award?.reviewBody !== 'upward') throw new WorkflowError('award_not_upward', { reference: authorized.n.reference });
    if (input.submittedOn > todayInVietnam()) throw new WorkflowError('proposal_date_invalid');
    return authorized;
  });
  if ('replay' in outcome) return outcome.replay;
  const { n, grant } = outcome.prepared;
  const year = Number(input.submittedOn.slice(0, 4));

  try {
    return await db.transaction(async (tx) => {
      const earlier = await claimIdempotencyKey<SubmissionResult>(tx, ctx, key);
      if (earlier) return earlier;
      // The nomination's row first (as every transition takes it): a hold racing this submission
      // either ran before — and the status says so — or waits until the proposal is in.
      const [current] = await tx
        .select({ status: nominations.status, version: nominations.version, provinceId: rounds.provinceUnitId })
        .from(nominations)
        .innerJoin(rounds, eq(rounds.id, nominations.roundId))
        .where(eq(nominations.id, n.id))
        .for('update', { of: nominations });
      if (!current || current.status !== AWAITING_DECISION || current.version !== n.version) throw new WorkflowError('conflict');
      const [existing] = await tx.select({ number: upwardProposals.submissionNumber }).from(upwardProposals).where(eq(upwardProposals.nominationId, n.id));
      if (existing) throw new WorkflowError('proposal_exists', { number: existing.number });

      await tx.execute(sql`select pg_advisory_xact_lock(${SUBMISSION_NUMBER_LOCK}::int, ${year}::int)`);
      const [taken] = await tx
        .select({ id: upwardProposals.id })
        .from(upwardProposals)
        .innerJoin(nominations, eq(nominations.id, upwardProposals.nominationId))
        .innerJoin(rounds, eq(rounds.id, nominations.roundId))
        .where(
          and(
            eq(rounds.provinceUnitId, current.provinceId),
            eq(upwardProposals.submissionNumber, input.submissionNumber),
            sql`extract(year from ${upwardProposals.submittedOn}) = ${year}`,
          ),
        )
        .limit(1);
      if (taken) throw new WorkflowError('proposal_number_taken', { number: input.submissionNumber, year });

      const [proposal] = await tx
        .insert(upwardProposals)
        .values({
          nominationId: n.id,
          recipientBody: input.recipientBody,
          submissionNumber: input.submissionNumber,
          submittedOn: input.submittedOn,
          signerName: input.signerName,
          submittedBy: ctx.viewer.id,
        })
        .returning({ id: upwardProposals.id });
      const proposalId = proposal!.id;
      await appendAuditEvent(tx, {
        ...actorFields(ctx.viewer, grant),
        action: 'propose_upward',
        entityKind: 'nomination',
        entityId: n.id,
        fromStatus: null,
        toStatus: null,
        reason: null,
        payload: {
          reference: n.reference,
          proposalId,
          recipientBody: input.recipientBody,
          submissionNumber: input.submissionNumber,
          submittedOn: input.submittedOn,
          signerName: input.signerName,
        },
        ip: ctx.ip,
      });
      const result: SubmissionResult = { proposalId, nominationId: n.id, submissionNumber: input.submissionNumber };
      await storeIdempotentResult(tx, ctx, result);
      return result;
    });
  } catch (error) {
    // Two different forms racing for the one proposal of a nomination: the loser hears why.
    if (isUniqueViolation(error)) throw new WorkflowError('proposal_exists', { number: input.submissionNumber });
    throw error;
  }
}

/**
 * Records the central body's answer to a proposal. Accepted: the nomination is approved (the approve
 * transition, whose guard for upward awards is central_answer_accepted) and the award enters the
 * history under the central act. Refused: the nomination is rejected with the answer as the reason.
 * The proposal's answer, the transition and its audit event are one transaction.
 *
 * Caller: the province's approver. Recording the answer is clerical, but it is what approves or
 * rejects the nomination, and the table gives those transitions from awaiting_decision to the approver
 * alone (domain.md §2: the approver issues decisions and declines); the Chairman's office enters it
 * under his account, as it enters his decisions.
 */
export async function recordCentralAnswer(ctx: ActionContext, input: CentralAnswerInput): Promise<TransitionResult> {
  const db = await getDb();
  const [proposal] = await db
    .select({ id: upwardProposals.id, nominationId: upwardProposals.nominationId, answer: upwardProposals.answer, submittedOn: upwardProposals.submittedOn, recipientBody: upwardProposals.recipientBody, submissionNumber: upwardProposals.submissionNumber })
    .from(upwardProposals)
    .where(eq(upwardProposals.id, input.proposalId));
  if (!proposal) throw new WorkflowError('not_found');
  const accepted = input.answer === 'accepted';
  const note = input.note?.trim() || null;
  const spec: TransitionSpec = {
    nominationId: proposal.nominationId,
    action: accepted ? 'approve' : 'reject',
    expectedVersion: input.version,
    // A refusal's reasons are the rejection's reason; an acceptance is approved on the central act.
    reason: accepted ? input.reference : note,
  };
  const key = `proposal.answer.${proposal.id}`;
  const outcome = await prepareOrReplay<TransitionResult, Prepared>(db, ctx, key, async () => {
    let prepared: Prepared;
    try {
      prepared = await prepareTransition(ctx, spec, db);
    } catch (error) {
      // An answered proposal's nomination has moved on: say so, rather than that the status refuses —
      // to those who may read it (not_found stays not_found, S3).
      if (error instanceof WorkflowError && error.refusal !== 'not_found' && proposal.answer !== 'pending') throw new WorkflowError('proposal_already_answered');
      throw error;
    }
    if (proposal.answer !== 'pending') throw new WorkflowError('proposal_already_answered');
    if (input.answeredOn < proposal.submittedOn || input.answeredOn > todayInVietnam()) throw new WorkflowError('answer_date_invalid');
    return prepared;
  });
  if ('replay' in outcome) return { ...outcome.replay, replayed: true };
  const prepared = outcome.prepared;
  const centralAnswer = { proposalId: proposal.id, submissionNumber: proposal.submissionNumber, answer: input.answer, answeredOn: input.answeredOn, answerReference: input.reference, note };

  return db.transaction(async (tx) => {
    const earlier = await claimIdempotencyKey<TransitionResult>(tx, ctx, key);
    if (earlier) return { ...earlier, replayed: true };
    // The proposal's own claim: one answer, once. The approve guard reads it inside this transaction.
    const answered = await tx
      .update(upwardProposals)
      .set({ answer: input.answer, answeredOn: input.answeredOn, answerReference: input.reference, answerNote: note, answeredBy: ctx.viewer.id })
      .where(and(eq(upwardProposals.id, proposal.id), eq(upwardProposals.answer, 'pending')))
      .returning({ id: upwardProposals.id });
    if (answered.length === 0) throw new WorkflowError('proposal_already_answered');
    const result = await applyTransition(
      tx,
      ctx,
      {
        ...spec,
        payload: { centralAnswer },
        also: accepted
          ? async (inner, n) => {
              const [row] = await inner
                .select({ code: awardTypes.code, year: rounds.year, unitId: nominations.nomineeUnitId, personId: nominations.nomineePersonId, householdId: nominations.nomineeHouseholdId })
                .from(nominations)
                .innerJoin(awardTypes, eq(awardTypes.id, nominations.awardTypeId))
                .innerJoin(rounds, eq(rounds.id, nominations.roundId))
                .where(eq(nominations.id, n.id));
              if (!row) throw new WorkflowError('not_found');
              // The central award enters the history, so that later prerequisites see it.
              await inner.insert(awardHistory).values({
                unitId: row.unitId,
                personId: row.personId,
                householdId: row.householdId,
                year: row.year,
                titleCode: row.code,
                decisionNumber: input.reference,
                decisionDate: input.answeredOn,
                issuer: centralIssuer(proposal.recipientBody),
                nominationId: n.id,
              });
            }
          : undefined,
      },
      prepared,
    );
    await storeIdempotentResult(tx, ctx, result);
    return result;
  });
}

export interface ProposalCardData {
  nominationId: number;
  reference: string;
  status: NominationStatus;
  awardVi: string;
  awardEn: string;
  /** The award is one the province proposes upward (the card says so even before a proposal exists). */
  upward: boolean;
  ballot: CouncilBallotSummary | null;
  proposal: ProposalRow | null;
  /** Where the approver submits or records the answer. */
  canAct: boolean;
}

/** What a nomination's page shows about its proposal upward, for anyone who may read the nomination;
 * null when there is nothing to show (a provincial award) or the nomination cannot be read (S3). */
export async function getProposalCard(viewer: Viewer, nominationId: number): Promise<ProposalCardData | null> {
  const db = await getDb();
  const facts = await loadNominationFacts(db, nominationId);
  if (!facts || !readGrant(viewer, facts)) return null;
  const [row] = await upwardNominations(db).where(eq(nominations.id, nominationId));
  if (!row) return null;
  const upward = row.reviewBody === 'upward';
  const proposal = row.proposal?.proposalId ? (row.proposal as ProposalRow) : null;
  if (!upward && !proposal) return null;
  const ballot = (await ballotsOf(db, [nominationId])).get(nominationId) ?? null;
  return {
    nominationId,
    reference: row.reference,
    status: row.status,
    awardVi: row.awardVi,
    awardEn: row.awardEn,
    upward,
    ballot,
    proposal,
    canAct: can(viewer, 'approve', facts).ok && (!proposal || proposal.answer === 'pending'),
  };
}

export interface SubmissionLetterFacts {
  provinceVi: string;
  submissionNumber: string;
  submittedOn: string;
  recipientBody: string;
  signerName: string;
  reference: string;
  nomineeVi: string;
  awardVi: string;
  proposingUnitVi: string;
  roundYear: number;
  ballot: CouncilBallotSummary | null;
}

/** What the submission letter (tờ trình) prints, for anyone who may read the nomination; null when the
 * proposal does not exist or its nomination cannot be read (the two look the same, S3). */
export async function getSubmissionLetterFacts(viewer: Viewer, proposalId: number): Promise<SubmissionLetterFacts | null> {
  const db = await getDb();
  const [proposal] = await db.select({ nominationId: upwardProposals.nominationId }).from(upwardProposals).where(eq(upwardProposals.id, proposalId));
  if (!proposal) return null;
  const facts = await loadNominationFacts(db, proposal.nominationId);
  if (!facts || !readGrant(viewer, facts)) return null;
  const [[row], [round], ballots] = await Promise.all([
    upwardNominations(db).where(eq(nominations.id, proposal.nominationId)),
    db.select({ provinceVi: units.nameVi, year: rounds.year }).from(rounds).innerJoin(units, eq(units.id, rounds.provinceUnitId)).where(eq(rounds.id, facts.roundId)),
    ballotsOf(db, [proposal.nominationId]),
  ]);
  if (!row?.proposal?.proposalId || !round) return null;
  const p = row.proposal as ProposalRow;
  return {
    provinceVi: round.provinceVi,
    submissionNumber: p.submissionNumber,
    submittedOn: p.submittedOn,
    recipientBody: p.recipientBody,
    signerName: p.signerName,
    reference: row.reference,
    nomineeVi: row.nomineeVi,
    awardVi: row.awardVi,
    proposingUnitVi: row.proposingUnitVi,
    roundYear: round.year,
    ballot: ballots.get(proposal.nominationId) ?? null,
  };
}
