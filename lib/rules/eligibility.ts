// Eligibility as the provincial appraiser checks it, evaluated from data: the award type's prerequisite
// groups (alternatives), the rules that apply to every award (domain.md §4), and the dossier and its
// procedure (required documents, the round's deadline, the bloc's quota, the version of the rules in
// force, the province's appraisal time limit). Pure: the facts are loaded by db/queries/eligibility.ts,
// and the same evaluation runs live in the nomination form, on the nomination's page and in the
// workflow's guards, so what a unit sees while typing is what the province will find. Every check
// carries its legal basis; lib/rules/reasons.ts puts each into words in both languages.

import {
  INITIATIVE_SCOPES,
  type AwardRoute,
  type DocumentKind,
  type InitiativeScope,
  type NominationStatus,
  type RestrictionKind,
  type TitleCode,
} from '@/lib/domain/constants';
import { documentsDueLater, missingDocuments, type DossierStage } from './dossier';
import {
  LEGAL_BASIS_APPRAISAL_TIME,
  LEGAL_BASIS_BLOC_QUOTA,
  LEGAL_BASIS_DISCIPLINE_PERIOD,
  LEGAL_BASIS_DOSSIER,
  LEGAL_BASIS_INITIATIVE_ONCE,
  LEGAL_BASIS_LINEAGE,
  LEGAL_BASIS_ONE_AWARD,
  LEGAL_BASIS_OPEN_RESTRICTION,
  LEGAL_BASIS_RULE_IN_FORCE,
  LEGAL_BASIS_SUBMISSION_DEADLINE,
} from './legal-bases';
import type { PrerequisiteGroups } from './prerequisites';
import { addWorkingDays, workingDaysBetween } from './working-days';

/** pass / fail are decided from data; to_confirm waits for the appraiser's reading of the dossier;
 * pending waits for the bloc's ballot. Neither of the last two fails a nomination. */
export type CheckStatus = 'pass' | 'fail' | 'to_confirm' | 'pending';

export interface Names {
  nameVi: string;
  nameEn: string;
}

/** One version of an award type's rules, with the days it is in force (effectiveTo inclusive). */
export interface AwardVersion {
  id: number;
  version: number;
  nameVi: string;
  nameEn: string;
  effectiveFrom: string;
  effectiveTo: string | null;
}

/** A closed bloc ballot's tally for the nomination. */
export interface BlocBallotFact {
  roundNo: number;
  heldOn: string;
  membersTotal: number;
  votesFor: number;
  votesAgainst: number;
  passed: boolean;
}

/** What only a saved nomination has: its dossier, its bloc's vote, its dates. Days are Vietnamese
 * calendar days (YYYY-MM-DD). */
export interface NominationFacts {
  /** The day the unit submitted it; null while it never was. */
  submittedOn: string | null;
  /** The day the province received the complete dossier (the unit's submission on the unit route, the
   * bloc's endorsement on the bloc route; again at a resubmission); null before. */
  appraisalStartedOn: string | null;
  /** The day the appraisal ended: forwarded to the council, rejected or returned for completion; null
   * while it runs (or never began). */
  appraisalEndedOn: string | null;
  /** The signing day of the issued decision that decided it. */
  decidedOn: string | null;
  /** Kinds of the documents in the dossier (removed ones left out). */
  documents: DocumentKind[];
  /** Tallies of the closed ballots of its bloc-year on it, by round. */
  blocBallots: BlocBallotFact[];
  /** The bloc head and deputy's decision after two undecided rounds: chosen or not; null when none. */
  blocLeadChosen: boolean | null;
  /** Other nominations of the same award its bloc already sent to the province in the round; null when
   * it goes through no bloc or the award has no quota. */
  blocEndorsedOthers: number | null;
  /** Public holidays from the start of the appraisal on, for counting its working days. */
  holidays: string[];
}

/** The rules of procedure the checks of the dossier read: the award type version used, every version
 * of its code, the round's dates, and what only a saved nomination has. */
export interface ProcedureFacts {
  /** The version of the award type the nomination uses. */
  version: {
    id: number;
    version: number;
    route: AwardRoute;
    requiredDocuments: DocumentKind[];
    /** How many of this award one bloc may send to the province in a round; null: no quota. */
    blocQuota: number | null;
    effectiveFrom: string;
    effectiveTo: string | null;
  };
  /** Every version of the award's code (the one used among them): the one in force may be another. */
  versions: AwardVersion[];
  round: { submissionDeadline: string; appraisalWorkingDays: number };
  /** Null for a nomination not created yet (the form's live check): the checks of its dossier, its
   * bloc's quota and its time limit wait for it, and its bloc's vote is pending. */
  nomination: NominationFacts | null;
}

export interface EligibilityFacts {
  /** The round's year; "consecutive years" end at roundYear - 1. */
  roundYear: number;
  /** ISO date: restrictions open on this day hold the nomination. */
  today: string;
  award: { code: string; nameVi: string; nameEn: string; prerequisites: PrerequisiteGroups; legalBasis: string };
  /** The dossier and its procedure. Both loaders (db/queries/eligibility.ts, eligibility-batch.ts) give
   * it; without it only the nominee's standing is evaluated (the standard and the rules for every
   * award), the bloc's vote pending. */
  procedure?: ProcedureFacts;
  /** The nominee's titles and awards; `via` names the predecessor unit a title came through (lineage),
   * null for the nominee's own. */
  history: { year: number; titleCode: string; revoked: boolean; via: Names | null }[];
  /** Initiatives attached to this nomination, each with the OTHER nominations that use it. */
  initiatives: { id: number; title: string; scope: InitiativeScope; usedBy: { reference: string; status: NominationStatus }[] }[];
  /** All the nominee's restrictions, past and open: past discipline still matters for counting years. */
  restrictions: { kind: RestrictionKind; startsOn: string; endsOn: string | null; reference: string }[];
  /** OTHER nominations of the same nominee in the same round. */
  sameRound: { reference: string; awardNameVi: string; awardNameEn: string; status: NominationStatus }[];
}

/** One year of a "consecutive years" prerequisite. `held`: a required title, not revoked, is recorded
 * for the year; `excludedByDiscipline`: it is, but the year overlaps a discipline period, so it does not
 * count; `counted`: held and not excluded. */
export interface TitleYear {
  year: number;
  held: boolean;
  counted: boolean;
  titleCode: string | null;
  via: Names | null;
  excludedByDiscipline: boolean;
}

export interface CountedInitiative {
  id: number;
  title: string;
  scope: InitiativeScope;
}

export interface UncountedInitiative extends CountedInitiative {
  /** narrower than the prerequisite's minimum scope, or already used by another live nomination */
  reason: 'scope' | 'reused';
}

interface CheckBase {
  status: CheckStatus;
  legalBasis: string;
}

interface PrerequisiteCheckBase extends CheckBase {
  /** Index of the alternative (prerequisite group) the check belongs to. */
  group: number;
}

export type EligibilityCheck =
  | (PrerequisiteCheckBase & {
      kind: 'consecutive_titles';
      titles: TitleCode[];
      years: number;
      yearList: TitleYear[];
      /** Cited beside the award's basis when a counted year came through lineage. */
      lineageBasis: string | null;
      /** Cited when a year was not counted because of discipline. */
      disciplineBasis: string | null;
    })
  | (PrerequisiteCheckBase & {
      kind: 'initiatives';
      required: number;
      minScope: InitiativeScope;
      counted: CountedInitiative[];
      notCounted: UncountedInitiative[];
    })
  | (PrerequisiteCheckBase & {
      kind: 'bloc_vote';
      /** The closed ballots of the nomination's bloc-year on it. */
      ballots: BlocBallotFact[];
      leadChosen: boolean | null;
      /** The dossier reached the province: a bloc vote should be on record by then. */
      reachedProvince: boolean;
    })
  | (PrerequisiteCheckBase & { kind: 'attestation'; textVi: string; textEn: string })
  | (CheckBase & { kind: 'open_restriction'; open: EligibilityFacts['restrictions'] })
  | (CheckBase & {
      kind: 'one_award';
      /** Live nominations of the nominee in the same round. */
      sameRound: EligibilityFacts['sameRound'];
      /** The same award already received for the round's year. */
      alreadyAwarded: boolean;
      /** The round's year. */
      year: number;
    })
  | (CheckBase & { kind: 'initiative_reuse'; reused: { id: number; title: string; usedBy: { reference: string; status: NominationStatus }[] }[] })
  | (CheckBase & {
      kind: 'dossier_complete';
      stage: DossierStage;
      required: DocumentKind[];
      missing: DocumentKind[];
      /** Required kinds the bloc adds when it endorses, not due yet at this stage. */
      dueLater: DocumentKind[];
    })
  | (CheckBase & { kind: 'submitted_in_time'; deadline: string; submittedOn: string | null; today: string })
  | (CheckBase & { kind: 'bloc_quota'; quota: number; endorsedOthers: number })
  | (CheckBase & {
      kind: 'rule_version';
      /** The day the rules are taken on, and what that day is. */
      on: string;
      dateBasis: 'deadline' | 'decision';
      used: AwardVersion;
      /** The version of the same award in force that day, when it is another one. */
      inForce: AwardVersion | null;
    })
  | (CheckBase & {
      kind: 'appraisal_time_limit';
      limit: number;
      startedOn: string;
      endedOn: string | null;
      /** The day the count runs to: the end of the appraisal, or today while it runs. */
      asOf: string;
      used: number;
      /** The last day of the time limit. */
      dueOn: string;
    });

export type CheckKind = EligibilityCheck['kind'];

/** Checks that inform without deciding: the province's own time limit is the province's to keep, and
 * an auditor's question, never a reason the nominee fails. They are shown and recorded but never in
 * `failures` nor in `overall`. */
export const INFORMATIONAL_CHECKS: readonly CheckKind[] = ['appraisal_time_limit'];

export function isInformational(check: EligibilityCheck): boolean {
  return INFORMATIONAL_CHECKS.includes(check.kind);
}

/** Where a check belongs: the award's own standard (its alternatives), the rules for every award, the
 * dossier and its procedure, or the time limits kept by those who handle it. */
export type CheckSection = 'standard' | 'general' | 'procedure' | 'time_limits';

const SECTION_OF: Record<CheckKind, CheckSection> = {
  consecutive_titles: 'standard',
  initiatives: 'standard',
  bloc_vote: 'standard',
  attestation: 'standard',
  open_restriction: 'general',
  one_award: 'general',
  initiative_reuse: 'general',
  dossier_complete: 'procedure',
  submitted_in_time: 'procedure',
  bloc_quota: 'procedure',
  rule_version: 'procedure',
  appraisal_time_limit: 'time_limits',
};

export function sectionOf(check: EligibilityCheck): CheckSection {
  return SECTION_OF[check.kind];
}

export interface Eligibility {
  checks: EligibilityCheck[];
  /** Each alternative's status: fail when one of its checks fails, else pending or to_confirm when one
   * waits, else pass. Empty for an award type without prerequisites. */
  groups: { index: number; status: CheckStatus }[];
  overall: 'pass' | 'fail';
  /** One entry per failing check that makes `overall` fail (prerequisite checks only when no
   * alternative holds; informational checks never), in the order of `checks`. */
  failures: CheckKind[];
}

/** Nominations in these statuses no longer stand: they neither block the same nominee's other
 * nominations nor hold on to their initiatives. */
const NOT_LIVE: readonly NominationStatus[] = ['withdrawn', 'rejected', 'not_endorsed'];
/** For "one achievement, one award", a revoked award no longer stands either. */
const NOT_LIVE_FOR_AWARD: readonly NominationStatus[] = [...NOT_LIVE, 'revoked'];

export function isLiveForInitiatives(status: NominationStatus): boolean {
  return !NOT_LIVE.includes(status);
}

export function isLiveForOneAward(status: NominationStatus): boolean {
  return !NOT_LIVE_FOR_AWARD.includes(status);
}

/** unit < sector < province < national */
export function scopeAtLeast(scope: InitiativeScope, minScope: InitiativeScope): boolean {
  return INITIATIVE_SCOPES.indexOf(scope) >= INITIATIVE_SCOPES.indexOf(minScope);
}

const yearOf = (isoDate: string): number => Number(isoDate.slice(0, 4));

/** A year overlaps a discipline period that started in or before it and ended in or after it (or has
 * not ended): achievements count only from the end of the period. */
function disciplinedIn(year: number, restrictions: EligibilityFacts['restrictions']): boolean {
  return restrictions.some((r) => r.kind === 'discipline' && yearOf(r.startsOn) <= year && (r.endsOn === null || yearOf(r.endsOn) >= year));
}

function isOpen(r: EligibilityFacts['restrictions'][number], today: string): boolean {
  return r.startsOn <= today && (r.endsOn === null || r.endsOn >= today);
}

function titleYears(facts: EligibilityFacts, titles: readonly string[], years: number): TitleYear[] {
  const list: TitleYear[] = [];
  for (let year = facts.roundYear - years; year < facts.roundYear; year++) {
    const matching = facts.history.filter((h) => h.year === year && !h.revoked && titles.includes(h.titleCode));
    // The nominee's own title is shown before one inherited through lineage.
    const entry = matching.find((h) => h.via === null) ?? matching[0];
    const held = entry !== undefined;
    const excludedByDiscipline = held && disciplinedIn(year, facts.restrictions);
    list.push({
      year,
      held,
      counted: held && !excludedByDiscipline,
      titleCode: entry?.titleCode ?? null,
      via: entry?.via ?? null,
      excludedByDiscipline,
    });
  }
  return list;
}

function groupStatus(statuses: readonly CheckStatus[]): CheckStatus {
  if (statuses.includes('fail')) return 'fail';
  if (statuses.includes('pending')) return 'pending';
  if (statuses.includes('to_confirm')) return 'to_confirm';
  return 'pass';
}

export function evaluateEligibility(facts: EligibilityFacts): Eligibility {
  const basis = facts.award.legalBasis;
  const reusedIds = new Set(facts.initiatives.filter((i) => i.usedBy.some((u) => isLiveForInitiatives(u.status))).map((i) => i.id));

  const prerequisiteChecks: EligibilityCheck[] = [];
  const groups: Eligibility['groups'] = [];
  facts.award.prerequisites.forEach((group, index) => {
    const checks: EligibilityCheck[] = group.map((p) => {
      switch (p.kind) {
        case 'consecutive_titles': {
          const yearList = titleYears(facts, p.titles, p.years);
          const status: CheckStatus = yearList.every((y) => y.counted) ? 'pass' : 'fail';
          return {
            kind: 'consecutive_titles',
            group: index,
            status,
            legalBasis: basis,
            titles: p.titles,
            years: p.years,
            yearList,
            lineageBasis: yearList.some((y) => y.counted && y.via !== null) ? LEGAL_BASIS_LINEAGE : null,
            disciplineBasis: yearList.some((y) => y.excludedByDiscipline) ? LEGAL_BASIS_DISCIPLINE_PERIOD : null,
          };
        }
        case 'initiatives': {
          const counted: CountedInitiative[] = [];
          const notCounted: UncountedInitiative[] = [];
          for (const i of facts.initiatives) {
            const row = { id: i.id, title: i.title, scope: i.scope };
            if (!scopeAtLeast(i.scope, p.minScope)) notCounted.push({ ...row, reason: 'scope' });
            else if (reusedIds.has(i.id)) notCounted.push({ ...row, reason: 'reused' });
            else counted.push(row);
          }
          return {
            kind: 'initiatives',
            group: index,
            status: counted.length >= p.count ? 'pass' : 'fail',
            legalBasis: basis,
            required: p.count,
            minScope: p.minScope,
            counted,
            notCounted,
          };
        }
        case 'bloc_vote':
          return blocVoteCheck(facts, index, basis);
        case 'attestation':
          return { kind: 'attestation', group: index, status: 'to_confirm', legalBasis: basis, textVi: p.textVi, textEn: p.textEn };
      }
    });
    groups.push({ index, status: groupStatus(checks.map((c) => c.status)) });
    prerequisiteChecks.push(...checks);
  });
  const prerequisitesHold = groups.length === 0 || groups.some((g) => g.status !== 'fail');

  const open = facts.restrictions.filter((r) => isOpen(r, facts.today));
  const liveSameRound = facts.sameRound.filter((n) => isLiveForOneAward(n.status));
  const alreadyAwarded = facts.history.some((h) => h.via === null && !h.revoked && h.year === facts.roundYear && h.titleCode === facts.award.code);
  const reused = facts.initiatives
    .filter((i) => reusedIds.has(i.id))
    .map((i) => ({ id: i.id, title: i.title, usedBy: i.usedBy.filter((u) => isLiveForInitiatives(u.status)) }));

  const generalChecks: EligibilityCheck[] = [
    { kind: 'open_restriction', status: open.length > 0 ? 'fail' : 'pass', legalBasis: LEGAL_BASIS_OPEN_RESTRICTION, open },
    {
      kind: 'one_award',
      status: liveSameRound.length > 0 || alreadyAwarded ? 'fail' : 'pass',
      legalBasis: LEGAL_BASIS_ONE_AWARD,
      sameRound: liveSameRound,
      alreadyAwarded,
      year: facts.roundYear,
    },
    { kind: 'initiative_reuse', status: reused.length > 0 ? 'fail' : 'pass', legalBasis: LEGAL_BASIS_INITIATIVE_ONCE, reused },
  ];

  const checks = [...prerequisiteChecks, ...generalChecks, ...procedureChecks(facts)];
  const failures = checks.filter((c) => c.status === 'fail' && !isInformational(c) && ('group' in c ? !prerequisitesHold : true)).map((c) => c.kind);
  return { checks, groups, overall: failures.length > 0 ? 'fail' : 'pass', failures };
}

/** The bloc's secret ballot (or, after two undecided rounds, its head and deputy's choice) is what
 * "leads its bloc" means. Until the bloc has voted the check waits; a nomination that reached the
 * province with no vote on record fails it. */
function blocVoteCheck(facts: EligibilityFacts, group: number, legalBasis: string): EligibilityCheck {
  const n = facts.procedure?.nomination ?? null;
  const ballots = n?.blocBallots ?? [];
  const leadChosen = n?.blocLeadChosen ?? null;
  const reachedProvince = n?.appraisalStartedOn != null;
  let status: CheckStatus;
  if (ballots.some((b) => b.passed) || leadChosen === true) status = 'pass';
  else if (ballots.length > 0 || leadChosen === false || reachedProvince) status = 'fail';
  else status = 'pending';
  return { kind: 'bloc_vote', group, status, legalBasis, ballots, leadChosen, reachedProvince };
}

const inForceOn = (v: AwardVersion, day: string) => v.effectiveFrom <= day && (v.effectiveTo === null || day <= v.effectiveTo);

/** The dossier, the round's deadline, the bloc's quota, the version of the rules, and the province's
 * own time limit. The dossier, quota and time limit exist only for a saved nomination. */
function procedureChecks(facts: EligibilityFacts): EligibilityCheck[] {
  if (!facts.procedure) return [];
  const { version: award, versions, round, nomination: n } = facts.procedure;
  const checks: EligibilityCheck[] = [];

  if (n) {
    // On the bloc route the bloc's papers are due once the bloc has endorsed the nomination, which is
    // when the province received it; before that (draft, bloc review, returned by the bloc) only the
    // unit's own are. On the unit route the unit supplies everything as it submits.
    const stage: DossierStage = award.route === 'bloc' && n.appraisalStartedOn !== null ? 'bloc_endorsement' : 'unit_submission';
    const missing = missingDocuments(award.requiredDocuments, n.documents, award.route, stage);
    checks.push({
      kind: 'dossier_complete',
      status: missing.length === 0 ? 'pass' : 'fail',
      legalBasis: LEGAL_BASIS_DOSSIER,
      stage,
      required: award.requiredDocuments,
      missing,
      dueLater: documentsDueLater(award.requiredDocuments, award.route, stage),
    });
  }

  // Submitted on or before the deadline's day; one not submitted yet still can be until that day ends.
  const submittedOn = n?.submittedOn ?? null;
  checks.push({
    kind: 'submitted_in_time',
    status: (submittedOn ?? facts.today) <= round.submissionDeadline ? 'pass' : 'fail',
    legalBasis: LEGAL_BASIS_SUBMISSION_DEADLINE,
    deadline: round.submissionDeadline,
    submittedOn,
    today: facts.today,
  });

  if (n && award.blocQuota !== null && n.blocEndorsedOthers !== null) {
    checks.push({
      kind: 'bloc_quota',
      status: n.blocEndorsedOthers < award.blocQuota ? 'pass' : 'fail',
      legalBasis: LEGAL_BASIS_BLOC_QUOTA,
      quota: award.blocQuota,
      endorsedOthers: n.blocEndorsedOthers,
    });
  }

  const used: AwardVersion = {
    id: award.id,
    version: award.version,
    nameVi: facts.award.nameVi,
    nameEn: facts.award.nameEn,
    effectiveFrom: award.effectiveFrom,
    effectiveTo: award.effectiveTo,
  };
  const on = n?.decidedOn ?? round.submissionDeadline;
  const usedInForce = inForceOn(used, on);
  checks.push({
    kind: 'rule_version',
    status: usedInForce ? 'pass' : 'fail',
    legalBasis: LEGAL_BASIS_RULE_IN_FORCE,
    on,
    dateBasis: n?.decidedOn ? 'decision' : 'deadline',
    used,
    inForce: usedInForce ? null : (versions.find((v) => v.id !== used.id && inForceOn(v, on)) ?? null),
  });

  if (n?.appraisalStartedOn) {
    // Counted from the day after the complete dossier was received to the end of the appraisal (or
    // today), in working days on the holiday calendar. Time on hold is counted: Laurel records no
    // suspension of the limit, and the hold's reason stands beside it in the record.
    const holidays = new Set(n.holidays);
    const asOf = n.appraisalEndedOn ?? facts.today;
    const elapsed = workingDaysBetween(n.appraisalStartedOn, asOf, holidays);
    checks.push({
      kind: 'appraisal_time_limit',
      status: elapsed <= round.appraisalWorkingDays ? 'pass' : 'fail',
      legalBasis: LEGAL_BASIS_APPRAISAL_TIME,
      limit: round.appraisalWorkingDays,
      startedOn: n.appraisalStartedOn,
      endedOn: n.appraisalEndedOn,
      asOf,
      used: elapsed,
      dueOn: addWorkingDays(n.appraisalStartedOn, round.appraisalWorkingDays, holidays),
    });
  }
  return checks;
}

/** Checks a unit's head cannot confirm past when the nomination leaves the unit: a missing document
 * is refused by its own guard (required_documents_present) and named there, so it is no failure to
 * acknowledge. The appraiser's forward still reads every failure. */
const REFUSED_ON_THEIR_OWN: readonly CheckKind[] = ['dossier_complete'];

/** The failures a unit head confirms when submitting a nomination that does not meet the standard. */
export function failuresToConfirm(e: Pick<Eligibility, 'failures'>): CheckKind[] {
  return e.failures.filter((kind) => !REFUSED_ON_THEIR_OWN.includes(kind));
}
