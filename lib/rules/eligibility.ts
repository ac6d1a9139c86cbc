// Eligibility as the provincial appraiser checks it, evaluated from data: the award type's prerequisite
// groups (alternatives) and the rules that apply to every award (domain.md §4). Pure: the facts are
// loaded by db/queries/eligibility.ts, and the same evaluation runs live in the nomination form and on
// the appraiser's page, so what a unit sees while typing is what the province will find.

import { INITIATIVE_SCOPES, type InitiativeScope, type NominationStatus, type RestrictionKind, type TitleCode } from '@/lib/domain/constants';
import {
  LEGAL_BASIS_DISCIPLINE_PERIOD,
  LEGAL_BASIS_INITIATIVE_ONCE,
  LEGAL_BASIS_LINEAGE,
  LEGAL_BASIS_ONE_AWARD,
  LEGAL_BASIS_OPEN_RESTRICTION,
} from './legal-bases';
import type { PrerequisiteGroups } from './prerequisites';

/** pass / fail are decided from data; to_confirm waits for the appraiser's reading of the dossier;
 * pending waits for the bloc's ballot. Neither of the last two fails a nomination. */
export type CheckStatus = 'pass' | 'fail' | 'to_confirm' | 'pending';

export interface Names {
  nameVi: string;
  nameEn: string;
}

export interface EligibilityFacts {
  /** The round's year; "consecutive years" end at roundYear - 1. */
  roundYear: number;
  /** ISO date: restrictions open on this day hold the nomination. */
  today: string;
  award: { code: string; nameVi: string; nameEn: string; prerequisites: PrerequisiteGroups; legalBasis: string };
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
  | (PrerequisiteCheckBase & { kind: 'bloc_vote' })
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
  | (CheckBase & { kind: 'initiative_reuse'; reused: { id: number; title: string; usedBy: { reference: string; status: NominationStatus }[] }[] });

export type CheckKind = EligibilityCheck['kind'];

export interface Eligibility {
  checks: EligibilityCheck[];
  /** Each alternative's status: fail when one of its checks fails, else pending or to_confirm when one
   * waits, else pass. Empty for an award type without prerequisites. */
  groups: { index: number; status: CheckStatus }[];
  overall: 'pass' | 'fail';
  /** One entry per failing check that makes `overall` fail (prerequisite checks only when no
   * alternative holds), in the order of `checks`. */
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
          return { kind: 'bloc_vote', group: index, status: 'pending', legalBasis: basis };
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

  const checks = [...prerequisiteChecks, ...generalChecks];
  const failures = checks.filter((c) => c.status === 'fail' && ('group' in c ? !prerequisitesHold : true)).map((c) => c.kind);
  return { checks, groups, overall: failures.length > 0 ? 'fail' : 'pass', failures };
}
