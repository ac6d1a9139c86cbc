import type { NominationStatus } from '@/lib/domain/constants';
import type { WorkflowAction } from '@/lib/workflow/transitions';
import { actorFor, type Actor } from './actors';
import { AWARD_TYPES } from './awards';
import { termOfUnit, type BlocTermRow } from './blocs';
import { awardVersionsOfRound, NOTICE_WORKING_DAYS, roundRow } from './calendar';
import { COUNCIL_MEMBERS, COUNCIL_SESSIONS } from './council';
import { addDays, addWorkingDays, atLocal, DEMO_TODAY, onOrAfterWorkingDay } from './dates';
import { DECISIONS } from './decision-list';
import { NOMINATIONS, type NominationSpec } from './nomination-list';
import { householdRow, personRow } from './people';
import { pathTo, type PathStep } from './workflow-paths';

type AwardTypeRow = (typeof AWARD_TYPES)[number];

export interface PlannedStep extends PathStep {
  at: Date;
  actor: Actor;
  reason: string | null;
}

export interface CouncilBallot {
  sessionOn: string;
  votesFor: number;
  passed: boolean;
}

export interface PlannedNomination {
  spec: NominationSpec;
  reference: string;
  award: AwardTypeRow;
  proposer: string;
  /** The bloc-year reviewing it (bloc-route awards only). */
  term: BlocTermRow | undefined;
  steps: PlannedStep[];
  status: NominationStatus;
  returnedFrom: NominationStatus | null;
  heldFrom: NominationStatus | null;
  provinceReturnCount: number;
  /** The council's secret ballot, for awards the whole council votes on. */
  ballot: CouncilBallot | undefined;
}

// Default spacing of steps, in calendar days (then moved to a working day).
const GAP_DAYS: Partial<Record<WorkflowAction, number>> = { submit: 3, withdraw: 3, return: 4, resubmit: 4, forward: 4, reject: 6, hold: 3, release: 7 };

/** Notices open the working day after the council's ballot and run the award's working days. */
export function noticeWindow(sessionOn: string, workingDays: number): { opensOn: string; closesOn: string } {
  const opensOn = addWorkingDays(sessionOn, 1);
  return { opensOn, closesOn: addWorkingDays(opensOn, workingDays - 1) };
}

function proposerOf(spec: NominationSpec): string {
  if ('unit' in spec.nominee) return spec.nominee.unit;
  if ('person' in spec.nominee) return personRow(spec.nominee.person).unit;
  return householdRow(spec.nominee.household).unit;
}

function awardOf(spec: NominationSpec): AwardTypeRow {
  const offered = awardVersionsOfRound(roundRow('year_end', spec.round));
  const award = AWARD_TYPES.find((a) => a.code === spec.award && offered.some((o) => o.code === a.code && o.version === a.version));
  if (!award) throw new Error(`Demo seed: ${spec.award} is not offered in the ${spec.round} round`);
  return award;
}

/** The day of each step: fixed milestones (the bloc's review, the council's session, the notice's end,
 * the decision) where the step belongs to one, else a few days after the previous step. */
function dayOf(step: PathStep, previous: string, ballotDay: string | undefined, spec: NominationSpec, award: AwardTypeRow, term: BlocTermRow | undefined): string {
  const fixed = spec.at?.[step.action];
  if (fixed) return fixed;
  switch (step.action) {
    case 'create':
      return spec.createdOn;
    case 'endorse':
    case 'decline': {
      if (!term?.yearEndReviewOn) throw new Error('Demo seed: a bloc decision needs the bloc’s year-end review');
      return onOrAfterWorkingDay(addDays(term.yearEndReviewOn, 1));
    }
    case 'record_ballot':
      return sessionAfter(previous, spec.round, award).heldOn;
    case 'close_notice': {
      if (!ballotDay) throw new Error('Demo seed: a notice closes after a council ballot');
      return addWorkingDays(noticeWindow(ballotDay, award.noticeWorkingDays ?? NOTICE_WORKING_DAYS).closesOn, 1);
    }
    case 'approve': {
      const decision = DECISIONS.find((d) => d.key === spec.decision);
      if (!decision) throw new Error(`Demo seed: approved nomination without a known decision (${spec.decision})`);
      return decision.signedOn;
    }
    case 'revoke':
      throw new Error('Demo seed: a revocation needs its day (at.revoke)');
    default:
      return onOrAfterWorkingDay(addDays(previous, GAP_DAYS[step.action] ?? 3));
  }
}

/** The first council session after `day` that may review this award: a ballot needs a session that holds ballots. */
function sessionAfter(day: string, round: number, award: AwardTypeRow): (typeof COUNCIL_SESSIONS)[number] {
  const session = COUNCIL_SESSIONS.find((s) => s.round === round && s.heldOn > day && (s.ballots || award.reviewBody === 'standing_committee'));
  if (!session) throw new Error(`Demo seed: no council session after ${day} in round ${round}`);
  return session;
}

/** Ballots count all members (Decree 98/2023 Art. 30(7)): the default tallies pass or fail by a little. */
function ballotOf(spec: NominationSpec, award: AwardTypeRow, sessionOn: string, passedByPath: boolean): CouncilBallot {
  const threshold = Number(award.voteThresholdPct);
  const members = COUNCIL_MEMBERS.length;
  const minimum = Math.ceil((threshold * members) / 100);
  const votesFor = spec.votesFor ?? (passedByPath ? minimum + 1 : minimum - 1);
  const passed = (votesFor * 100) / members >= threshold;
  if (passed !== passedByPath) throw new Error(`Demo seed: ${votesFor}/${members} votes contradict the ${spec.status} history of a ${award.code} nomination`);
  return { sessionOn, votesFor, passed };
}

/** Turns the nomination list into complete histories: path, days and times, actors and reasons. */
export function planNominations(): PlannedNomination[] {
  const sequence = new Map<number, number>();
  const ordered = NOMINATIONS.map((spec, i) => ({ spec, i })).sort((a, b) => a.spec.round - b.spec.round || a.spec.createdOn.localeCompare(b.spec.createdOn) || a.i - b.i);

  return ordered.map(({ spec, i: index }) => {
    const n = (sequence.get(spec.round) ?? 0) + 1;
    sequence.set(spec.round, n);
    const award = awardOf(spec);
    const proposer = proposerOf(spec);
    const term = award.route === 'bloc' ? termOfUnit(proposer, spec.round) : undefined;
    if (award.route === 'bloc' && !term) throw new Error(`Demo seed: ${proposer} has no bloc in ${spec.round}`);
    const path = pathTo({ target: spec.status, route: award.route, requiresPublicNotice: award.requiresPublicNotice ?? false, via: spec.via });

    const steps: PlannedStep[] = [];
    let ballot: CouncilBallot | undefined;
    let previousDay = spec.createdOn;
    let previousMinute = -1;
    let ballotDay: string | undefined;
    path.forEach((step, s) => {
      const day = dayOf(step, previousDay, ballotDay, spec, award, term);
      if (day < previousDay || day >= DEMO_TODAY) throw new Error(`Demo seed: ${spec.award} of ${proposer} would ${step.action} on ${day} (after ${previousDay}, before ${DEMO_TODAY})`);
      // Office hours, spread so that events of different nominations rarely share a minute.
      let minute = 8 * 60 + ((index * 97 + s * 41) % 510);
      if (day === previousDay && minute <= previousMinute) minute = previousMinute + 11;
      const reason = spec.reasons?.[step.action] ?? null;
      if (step.transition.requiresReason && !reason) throw new Error(`Demo seed: ${step.action} of ${spec.award}/${proposer} needs a reason`);
      if (step.action === 'record_ballot') ballotDay = day;
      if (step.action === 'record_ballot' && (award.reviewBody === 'council_ballot' || award.reviewBody === 'upward')) {
        ballot = ballotOf(spec, award, day, step.to !== 'rejected');
      }
      steps.push({ ...step, at: atLocal(day, minute), actor: actorFor(step.action, step.transition.roles, proposer, term), reason });
      previousDay = day;
      previousMinute = minute;
    });

    const last = path.at(-1);
    return {
      spec,
      reference: `NB-${spec.round}-${String(n).padStart(4, '0')}`,
      award,
      proposer,
      term,
      steps,
      status: spec.status,
      returnedFrom: spec.status === 'returned' ? (last?.from ?? null) : null,
      heldFrom: spec.status === 'on_hold' ? (last?.from ?? null) : null,
      provinceReturnCount: path.filter((p) => p.action === 'return' && p.from === 'appraisal').length,
      ballot,
    };
  });
}
