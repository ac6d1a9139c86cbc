import 'server-only';
import { and, asc, desc, eq, inArray, ne, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { DocumentKind, NominationStatus } from '@/lib/domain/constants';
import { todayInVietnam } from '@/lib/rules/dates';
import { evaluateEligibility, type AwardVersion, type Eligibility, type EligibilityFacts, type NominationFacts, type ProcedureFacts } from '@/lib/rules/eligibility';
import { IN_APPRAISAL, ON_HOLD, PAST_BLOC_STATUSES } from '@/lib/workflow/status-groups';
import { TRANSITIONS } from '@/lib/workflow/transitions';
import type { Db, Tx } from '../client';
import { rowsOf } from '../rows';
import { awardHistory, awardTypes, initiatives, nominationInitiatives, nominations, restrictions, rounds } from '../schema';

// The facts behind the eligibility checks (lib/rules/eligibility.ts), read in a handful of queries:
// the nomination with its round, award type (every version of it), dossier, bloc ballots and quota,
// dates and holidays in one; then, side by side, the nominee's history (one recursive query through
// the unit lineage), attached initiatives with their other uses, restrictions and the nominee's other
// nominations of the round. These functions do not authorize: callers are data-access functions that
// have already checked the viewer may read the nomination (or prepare it, for the live form).

export type NomineeRef = { kind: 'unit'; unitId: number } | { kind: 'person'; personId: number } | { kind: 'household'; householdId: number };

export interface EligibilitySubject {
  roundId: number;
  awardTypeId: number;
  nominee: NomineeRef;
  initiativeIds: number[];
  /** The nomination being evaluated, when it exists: it is not its own "other nomination", and the
   * award it earned (if decided) is not a previous award. */
  excludeNominationId?: number;
}

export interface HistoryEntry {
  year: number;
  titleCode: string;
  decisionNumber: string;
  decisionDate: string;
  issuer: string;
  revoked: boolean;
  /** The predecessor unit the title came through (lineage); null for the nominee's own. */
  via: { nameVi: string; nameEn: string } | null;
}

type HistoryRow = HistoryEntry & { nominationId: number | null };

/** Guards the lineage walk against a cycle in the data; real chains are one or two steps long. */
const MAX_LINEAGE_DEPTH = 16;

interface RawUnitHistory {
  year: number | string;
  titleCode: string;
  decisionNumber: string;
  decisionDate: string;
  issuer: string;
  revoked: boolean;
  nominationId: number | string | null;
  own: boolean;
  nameVi: string;
  nameEn: string;
}

/** A unit's titles and those of the units it came from, recursively (a 2025 ward inherits the titles
 * of the district or city it was formed from). A predecessor's titles count up to the year its lineage
 * took effect: a unit that lives on after a transfer keeps its later titles to itself. */
async function unitHistory(db: Db | Tx, unitId: number): Promise<HistoryRow[]> {
  const result = await db.execute(sql`
    with recursive ancestry(unit_id, until_year, depth) as (
      select l.from_unit_id, extract(year from l.effective_on)::int, 1
        from unit_lineage l
       where l.to_unit_id = ${unitId}
      union
      select l.from_unit_id, least(a.until_year, extract(year from l.effective_on)::int), a.depth + 1
        from unit_lineage l
        join ancestry a on l.to_unit_id = a.unit_id
       where a.depth < ${sql.raw(String(MAX_LINEAGE_DEPTH))}
    ),
    sources(unit_id, until_year, own) as (
      select ${unitId}::int, null::int, true
      union all
      select unit_id, max(until_year), false from ancestry where unit_id <> ${unitId} group by unit_id
    )
    select h.year, h.title_code as "titleCode", h.decision_number as "decisionNumber", h.decision_date::text as "decisionDate",
           h.issuer, h.revoked_on is not null as revoked, h.nomination_id as "nominationId",
           s.own, u.name_vi as "nameVi", u.name_en as "nameEn"
      from sources s
      join award_history h on h.unit_id = s.unit_id
      join units u on u.id = s.unit_id
     where s.own or h.year <= s.until_year
     order by h.year desc, s.own desc, h.title_code, h.id`);
  return rowsOf<RawUnitHistory>(result).map((r) => ({
    year: Number(r.year),
    titleCode: r.titleCode,
    decisionNumber: r.decisionNumber,
    decisionDate: r.decisionDate,
    issuer: r.issuer,
    revoked: r.revoked,
    via: r.own ? null : { nameVi: r.nameVi, nameEn: r.nameEn },
    nominationId: r.nominationId === null ? null : Number(r.nominationId),
  }));
}

async function historyRows(db: Db | Tx, nominee: NomineeRef): Promise<HistoryRow[]> {
  if (nominee.kind === 'unit') return unitHistory(db, nominee.unitId);
  const recipient = nominee.kind === 'person' ? eq(awardHistory.personId, nominee.personId) : eq(awardHistory.householdId, nominee.householdId);
  const rows = await db
    .select({
      year: awardHistory.year,
      titleCode: awardHistory.titleCode,
      decisionNumber: awardHistory.decisionNumber,
      decisionDate: awardHistory.decisionDate,
      issuer: awardHistory.issuer,
      revokedOn: awardHistory.revokedOn,
      nominationId: awardHistory.nominationId,
    })
    .from(awardHistory)
    .where(recipient)
    .orderBy(desc(awardHistory.year), asc(awardHistory.titleCode), asc(awardHistory.id));
  return rows.map(({ revokedOn, ...r }) => ({ ...r, revoked: revokedOn !== null, via: null }));
}

/** The nominee's titles and awards, newest first; for a unit, with those of its predecessors. */
export async function loadNomineeHistory(db: Db | Tx, nominee: NomineeRef): Promise<HistoryEntry[]> {
  return (await historyRows(db, nominee)).map((h) => ({
    year: h.year,
    titleCode: h.titleCode,
    decisionNumber: h.decisionNumber,
    decisionDate: h.decisionDate,
    issuer: h.issuer,
    revoked: h.revoked,
    via: h.via,
  }));
}

function nomineeCondition(nominee: NomineeRef): SQL {
  switch (nominee.kind) {
    case 'unit':
      return and(eq(nominations.nomineeKind, 'unit'), eq(nominations.nomineeUnitId, nominee.unitId))!;
    case 'person':
      return and(eq(nominations.nomineeKind, 'person'), eq(nominations.nomineePersonId, nominee.personId))!;
    case 'household':
      return and(eq(nominations.nomineeKind, 'household'), eq(nominations.nomineeHouseholdId, nominee.householdId))!;
  }
}

async function nomineeRestrictions(db: Db | Tx, nominee: NomineeRef): Promise<EligibilityFacts['restrictions']> {
  // Restrictions are recorded against people and units; households have none.
  if (nominee.kind === 'household') return [];
  const rows = await db
    .select({ kind: restrictions.kind, startsOn: restrictions.startsOn, endsOn: restrictions.endsOn, reference: restrictions.reference })
    .from(restrictions)
    .where(nominee.kind === 'unit' ? eq(restrictions.unitId, nominee.unitId) : eq(restrictions.personId, nominee.personId))
    .orderBy(asc(restrictions.startsOn), asc(restrictions.id));
  return rows;
}

async function attachedInitiatives(db: Db | Tx, ids: number[], excludeNominationId: number | undefined): Promise<EligibilityFacts['initiatives']> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const rows = await db
    .select({ id: initiatives.id, title: initiatives.title, scope: initiatives.scope, reference: nominations.reference, status: nominations.status })
    .from(initiatives)
    .leftJoin(
      nominationInitiatives,
      and(
        eq(nominationInitiatives.initiativeId, initiatives.id),
        excludeNominationId === undefined ? undefined : ne(nominationInitiatives.nominationId, excludeNominationId),
      ),
    )
    .leftJoin(nominations, eq(nominations.id, nominationInitiatives.nominationId))
    .where(inArray(initiatives.id, unique))
    .orderBy(asc(initiatives.id), asc(nominations.reference));
  const byId = new Map<number, EligibilityFacts['initiatives'][number]>();
  for (const r of rows) {
    let entry = byId.get(r.id);
    if (!entry) {
      entry = { id: r.id, title: r.title, scope: r.scope, usedBy: [] };
      byId.set(r.id, entry);
    }
    if (r.reference !== null && r.status !== null) entry.usedBy.push({ reference: r.reference, status: r.status });
  }
  // In the order the nomination lists them.
  return unique.flatMap((id) => byId.get(id) ?? []);
}

async function sameRoundNominations(db: Db | Tx, subject: EligibilitySubject): Promise<EligibilityFacts['sameRound']> {
  const rows = await db
    .select({ reference: nominations.reference, awardNameVi: awardTypes.nameVi, awardNameEn: awardTypes.nameEn, status: nominations.status })
    .from(nominations)
    .innerJoin(awardTypes, eq(awardTypes.id, nominations.awardTypeId))
    .where(
      and(
        eq(nominations.roundId, subject.roundId),
        nomineeCondition(subject.nominee),
        subject.excludeNominationId === undefined ? undefined : ne(nominations.id, subject.excludeNominationId),
      ),
    )
    .orderBy(asc(nominations.reference));
  return rows;
}

/** What the checks need beyond the nominee's record: the round, the award type with every version of
 * its code, and (for a saved nomination) its dossier, its bloc's vote and quota, its dates. */
export type EligibilityBase = Pick<EligibilityFacts, 'roundYear' | 'award'> & { procedure: ProcedureFacts };

interface RawAwardVersion {
  id: number | string;
  version: number | string;
  nameVi: string;
  nameEn: string;
  effectiveFrom: string;
  effectiveTo: string | null;
}

/** Every version of the award type's code, as JSON text (one subquery beside the award's row). */
const awardVersionsSql = sql<string>`(select coalesce(json_agg(json_build_object(
    'id', v.id, 'version', v.version, 'nameVi', v.name_vi, 'nameEn', v.name_en,
    'effectiveFrom', v.effective_from::text, 'effectiveTo', v.effective_to::text) order by v.version), '[]'::json)::text
  from award_types v where v.code = ${awardTypes.code})`;

const parseVersions = (json: string): AwardVersion[] =>
  (JSON.parse(json) as RawAwardVersion[]).map((v) => ({ ...v, id: Number(v.id), version: Number(v.version) }));

/** The award type's columns the checks read. */
const awardColumns = {
  awardId: awardTypes.id,
  code: awardTypes.code,
  version: awardTypes.version,
  nameVi: awardTypes.nameVi,
  nameEn: awardTypes.nameEn,
  route: awardTypes.route,
  requiredDocuments: awardTypes.requiredDocuments,
  blocQuota: awardTypes.blocQuota,
  prerequisites: awardTypes.prerequisites,
  legalBasis: awardTypes.legalBasis,
  effectiveFrom: awardTypes.effectiveFrom,
  effectiveTo: awardTypes.effectiveTo,
  awardVersions: awardVersionsSql,
  roundYear: rounds.year,
  submissionDeadline: rounds.submissionDeadline,
  appraisalWorkingDays: rounds.appraisalWorkingDays,
};

interface AwardRow {
  awardId: number;
  code: string;
  version: number;
  nameVi: string;
  nameEn: string;
  route: ProcedureFacts['version']['route'];
  requiredDocuments: DocumentKind[];
  blocQuota: number | null;
  prerequisites: EligibilityFacts['award']['prerequisites'];
  legalBasis: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  awardVersions: string;
  roundYear: number;
  submissionDeadline: string;
  appraisalWorkingDays: number;
}

function baseOf(r: AwardRow, nomination: NominationFacts | null): EligibilityBase {
  return {
    roundYear: r.roundYear,
    award: { code: r.code, nameVi: r.nameVi, nameEn: r.nameEn, prerequisites: r.prerequisites, legalBasis: r.legalBasis },
    procedure: {
      version: {
        id: r.awardId,
        version: r.version,
        route: r.route,
        requiredDocuments: r.requiredDocuments,
        blocQuota: r.blocQuota,
        effectiveFrom: r.effectiveFrom,
        effectiveTo: r.effectiveTo,
      },
      versions: parseVersions(r.awardVersions),
      round: { submissionDeadline: r.submissionDeadline, appraisalWorkingDays: r.appraisalWorkingDays },
      nomination,
    },
  };
}

/** The round and award type of a nomination not yet created: no dossier, no vote, no dates yet. */
async function proposedBase(db: Db | Tx, roundId: number, awardTypeId: number): Promise<EligibilityBase | null> {
  const [row] = await db
    .select(awardColumns)
    .from(awardTypes)
    .innerJoin(rounds, eq(rounds.id, roundId))
    .where(eq(awardTypes.id, awardTypeId));
  return row ? baseOf(row, null) : null;
}

/** A moment's Vietnamese calendar day (UTC+7, no daylight saving), as todayInVietnam reads it. */
const vietnamDay = (moment: SQL | AnyColumn) => sql`((${moment} at time zone 'UTC') + interval '7 hours')::date`;

/** Where a nomination in appraisal goes when the appraisal ends (the province's time limit stops):
 * every transition out of appraisal in the table but the hold, which only pauses the work. */
const APPRAISAL_OUTCOMES: NominationStatus[] = [...new Set(TRANSITIONS.filter((t) => t.from.includes(IN_APPRAISAL) && t.to.every((to) => to !== ON_HOLD)).flatMap((t) => t.to))];

const statusList = (statuses: readonly NominationStatus[]) =>
  sql.join(
    statuses.map((s) => sql`${s}`),
    sql`, `,
  );

interface RawBallot {
  roundNo: number | string;
  heldOn: string;
  membersTotal: number | string;
  votesFor: number | string;
  votesAgainst: number | string;
  passed: boolean;
}

/** A saved nomination: its subject for the nominee's facts, and the rest of its facts. */
export interface SavedNomination {
  subject: EligibilitySubject;
  base: EligibilityBase;
}

/**
 * The facts of saved nominations beyond the nominee's record, keyed by id, in one query whatever the
 * number of ids: round, award type and its versions, the dossier's document kinds, the bloc's closed
 * ballots and lead decision on it, how many of the same award its bloc already sent up this round, the
 * days it was submitted, reached the province, left appraisal and was decided, and the holidays from
 * its appraisal on. Used for one nomination (evaluateNomination) and for lists (eligibility-batch.ts).
 */
export async function loadSavedNominations(db: Db | Tx, ids: readonly number[]): Promise<Map<number, SavedNomination>> {
  const out = new Map<number, SavedNomination>();
  const unique = [...new Set(ids)];
  if (unique.length === 0) return out;
  const n = nominations;
  const rows = await db
    .select({
      ...awardColumns,
      id: n.id,
      roundId: n.roundId,
      nomineeKind: n.nomineeKind,
      nomineeUnitId: n.nomineeUnitId,
      nomineePersonId: n.nomineePersonId,
      nomineeHouseholdId: n.nomineeHouseholdId,
      initiativeIds: sql<string>`(select coalesce(json_agg(l.initiative_id order by l.initiative_id), '[]'::json)::text
        from nomination_initiatives l where l.nomination_id = ${n.id})`,
      submittedOn: sql<string | null>`${vietnamDay(n.submittedAt)}::text`,
      appraisalStartedOn: sql<string | null>`${vietnamDay(n.appraisalStartedAt)}::text`,
      // The first move out of appraisal since the province received the dossier (a resubmission
      // restarts the clock, so an earlier return is not its end).
      appraisalEndedOn: sql<string | null>`(select ${vietnamDay(sql`min(e.occurred_at)`)}::text from audit_events e
        where e.entity_kind = 'nomination' and e.entity_id = ${n.id} and e.from_status = ${IN_APPRAISAL}
          and e.to_status in (${statusList(APPRAISAL_OUTCOMES)}) and e.occurred_at >= ${n.appraisalStartedAt})`,
      decidedOn: sql<string | null>`(select d.signed_on::text from decisions d where d.id = ${n.decisionId} and d.issued_at is not null)`,
      documents: sql<string>`(select coalesce(json_agg(distinct d.kind::text), '[]'::json)::text
        from documents d where d.nomination_id = ${n.id} and d.removed_at is null)`,
      blocBallots: sql<string>`(select coalesce(json_agg(json_build_object(
          'roundNo', s.round_no, 'heldOn', s.held_on::text, 'membersTotal', s.members_total,
          'votesFor', t.votes_for, 'votesAgainst', t.votes_against, 'passed', t.passed) order by s.round_no, s.id), '[]'::json)::text
        from bloc_ballot_tallies t join bloc_ballot_sessions s on s.id = t.session_id
        where t.nomination_id = ${n.id} and s.bloc_term_id = ${n.blocTermId} and s.state = 'closed')`,
      blocLeadChosen: sql<boolean | null>`(select bool_or(ld.chosen) from bloc_lead_decisions ld
        where ld.nomination_id = ${n.id} and ld.bloc_term_id = ${n.blocTermId})`,
      // Counted as requireWithinBlocQuota counts: the same code (any version), bloc-year and round,
      // past the bloc; this nomination itself left out, so that an endorsed one is within its quota.
      blocEndorsedOthers: sql<number | string | null>`case when ${awardTypes.blocQuota} is null or ${n.blocTermId} is null then null else
        (select count(*)::int from nominations o join award_types oa on oa.id = o.award_type_id
          where o.bloc_term_id = ${n.blocTermId} and o.round_id = ${n.roundId} and oa.code = ${awardTypes.code}
            and o.id <> ${n.id} and o.status in (${statusList(PAST_BLOC_STATUSES)})) end`,
      holidays: sql<string>`case when ${n.appraisalStartedAt} is null then '[]' else
        (select coalesce(json_agg(h.day::text order by h.day), '[]'::json)::text from holidays h where h.day >= ${vietnamDay(n.appraisalStartedAt)}) end`,
    })
    .from(n)
    .innerJoin(awardTypes, eq(awardTypes.id, n.awardTypeId))
    .innerJoin(rounds, eq(rounds.id, n.roundId))
    .where(inArray(n.id, unique));
  for (const r of rows) {
    const nominee = nomineeOf(r);
    if (!nominee) continue;
    const nomination: NominationFacts = {
      submittedOn: r.submittedOn,
      appraisalStartedOn: r.appraisalStartedOn,
      appraisalEndedOn: r.appraisalEndedOn,
      decidedOn: r.decidedOn,
      documents: JSON.parse(r.documents) as DocumentKind[],
      blocBallots: (JSON.parse(r.blocBallots) as RawBallot[]).map((b) => ({
        roundNo: Number(b.roundNo),
        heldOn: b.heldOn,
        membersTotal: Number(b.membersTotal),
        votesFor: Number(b.votesFor),
        votesAgainst: Number(b.votesAgainst),
        passed: b.passed,
      })),
      blocLeadChosen: r.blocLeadChosen,
      blocEndorsedOthers: r.blocEndorsedOthers === null ? null : Number(r.blocEndorsedOthers),
      holidays: JSON.parse(r.holidays) as string[],
    };
    out.set(r.id, {
      subject: {
        roundId: r.roundId,
        awardTypeId: r.awardId,
        nominee,
        initiativeIds: (JSON.parse(r.initiativeIds) as (number | string)[]).map(Number),
        excludeNominationId: r.id,
      },
      base: baseOf(r, nomination),
    });
  }
  return out;
}

/** Everything the eligibility checks need about a (possibly not yet saved) nomination; null when the
 * round or the award type does not exist. `base` is the rest of a saved nomination's facts
 * (loadSavedNominations); without it the subject is a nomination not created yet. */
export async function loadEligibilityFacts(db: Db | Tx, subject: EligibilitySubject, today: string = todayInVietnam(), base?: EligibilityBase): Promise<EligibilityFacts | null> {
  const [loaded, history, attached, restricted, sameRound] = await Promise.all([
    base ? Promise.resolve(base) : proposedBase(db, subject.roundId, subject.awardTypeId),
    historyRows(db, subject.nominee),
    attachedInitiatives(db, subject.initiativeIds, subject.excludeNominationId),
    nomineeRestrictions(db, subject.nominee),
    sameRoundNominations(db, subject),
  ]);
  if (!loaded) return null;
  return {
    ...loaded,
    today,
    // The award this very nomination earned is not an earlier award of the same achievement.
    history: history
      .filter((h) => subject.excludeNominationId === undefined || h.nominationId !== subject.excludeNominationId)
      .map((h) => ({ year: h.year, titleCode: h.titleCode, revoked: h.revoked, via: h.via })),
    initiatives: attached,
    restrictions: restricted,
    sameRound,
  };
}

/** The checks for a nomination not created yet (or a subject as given): without its dossier, its
 * bloc's vote and its dates, which only a saved nomination has. */
export async function evaluateSubject(db: Db | Tx, subject: EligibilitySubject, today?: string): Promise<Eligibility | null> {
  const facts = await loadEligibilityFacts(db, subject, today);
  return facts ? evaluateEligibility(facts) : null;
}

/** A saved nomination's eligibility: every check, its dossier and procedure included, itself left out
 * of "other nominations". Null when the nomination does not exist. The entry point of the workflow's
 * guards (submit, resubmit, forward) and of the nomination's page. */
export async function evaluateNomination(db: Db | Tx, nominationId: number, today: string = todayInVietnam()): Promise<Eligibility | null> {
  const saved = (await loadSavedNominations(db, [nominationId])).get(nominationId);
  if (!saved) return null;
  const facts = await loadEligibilityFacts(db, saved.subject, today, saved.base);
  return facts ? evaluateEligibility(facts) : null;
}

function nomineeOf(n: { nomineeKind: string; nomineeUnitId: number | null; nomineePersonId: number | null; nomineeHouseholdId: number | null }): NomineeRef | null {
  // The nominations_nominee check constraint guarantees the matching column is set.
  if (n.nomineeKind === 'unit' && n.nomineeUnitId !== null) return { kind: 'unit', unitId: n.nomineeUnitId };
  if (n.nomineeKind === 'person' && n.nomineePersonId !== null) return { kind: 'person', personId: n.nomineePersonId };
  if (n.nomineeKind === 'household' && n.nomineeHouseholdId !== null) return { kind: 'household', householdId: n.nomineeHouseholdId };
  return null;
}
