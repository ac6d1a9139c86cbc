import 'server-only';
import { and, asc, desc, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import { todayInVietnam } from '@/lib/rules/dates';
import { evaluateEligibility, type Eligibility, type EligibilityFacts } from '@/lib/rules/eligibility';
import type { Db, Tx } from '../client';
import { rowsOf } from '../rows';
import { awardHistory, awardTypes, initiatives, nominationInitiatives, nominations, restrictions, rounds } from '../schema';

// The facts behind the eligibility checks (lib/rules/eligibility.ts), read in a handful of queries:
// round, award type, history (one recursive query through the unit lineage), attached initiatives with
// their other uses, restrictions and the nominee's other nominations of the round. These functions do
// not authorize: callers are data-access functions that have already checked the viewer may read the
// nomination (or prepare it, for the live form).

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

/** Everything the eligibility checks need about a (possibly not yet saved) nomination; null when the
 * round or the award type does not exist. */
export async function loadEligibilityFacts(db: Db | Tx, subject: EligibilitySubject, today: string = todayInVietnam()): Promise<EligibilityFacts | null> {
  const [round, award, history, attached, restricted, sameRound] = await Promise.all([
    db.select({ year: rounds.year }).from(rounds).where(eq(rounds.id, subject.roundId)),
    db
      .select({
        code: awardTypes.code,
        nameVi: awardTypes.nameVi,
        nameEn: awardTypes.nameEn,
        prerequisites: awardTypes.prerequisites,
        legalBasis: awardTypes.legalBasis,
      })
      .from(awardTypes)
      .where(eq(awardTypes.id, subject.awardTypeId)),
    historyRows(db, subject.nominee),
    attachedInitiatives(db, subject.initiativeIds, subject.excludeNominationId),
    nomineeRestrictions(db, subject.nominee),
    sameRoundNominations(db, subject),
  ]);
  const roundRow = round[0];
  const awardRow = award[0];
  if (!roundRow || !awardRow) return null;
  return {
    roundYear: roundRow.year,
    today,
    award: awardRow,
    // The award this very nomination earned is not an earlier award of the same achievement.
    history: history
      .filter((h) => subject.excludeNominationId === undefined || h.nominationId !== subject.excludeNominationId)
      .map((h) => ({ year: h.year, titleCode: h.titleCode, revoked: h.revoked, via: h.via })),
    initiatives: attached,
    restrictions: restricted,
    sameRound,
  };
}

export async function evaluateSubject(db: Db | Tx, subject: EligibilitySubject, today?: string): Promise<Eligibility | null> {
  const facts = await loadEligibilityFacts(db, subject, today);
  return facts ? evaluateEligibility(facts) : null;
}

/** A saved nomination's eligibility: its round, award, nominee and attached initiatives, itself left
 * out of "other nominations". Null when the nomination does not exist. */
export async function evaluateNomination(db: Db | Tx, nominationId: number, today?: string): Promise<Eligibility | null> {
  const [found, links] = await Promise.all([
    db
      .select({
        roundId: nominations.roundId,
        awardTypeId: nominations.awardTypeId,
        nomineeKind: nominations.nomineeKind,
        nomineeUnitId: nominations.nomineeUnitId,
        nomineePersonId: nominations.nomineePersonId,
        nomineeHouseholdId: nominations.nomineeHouseholdId,
      })
      .from(nominations)
      .where(eq(nominations.id, nominationId)),
    db
      .select({ initiativeId: nominationInitiatives.initiativeId })
      .from(nominationInitiatives)
      .where(eq(nominationInitiatives.nominationId, nominationId))
      .orderBy(asc(nominationInitiatives.initiativeId)),
  ]);
  const n = found[0];
  if (!n) return null;
  const nominee = nomineeOf(n);
  if (!nominee) return null;
  return evaluateSubject(db, { roundId: n.roundId, awardTypeId: n.awardTypeId, nominee, initiativeIds: links.map((l) => l.initiativeId), excludeNominationId: nominationId }, today);
}

function nomineeOf(n: { nomineeKind: string; nomineeUnitId: number | null; nomineePersonId: number | null; nomineeHouseholdId: number | null }): NomineeRef | null {
  // The nominations_nominee check constraint guarantees the matching column is set.
  if (n.nomineeKind === 'unit' && n.nomineeUnitId !== null) return { kind: 'unit', unitId: n.nomineeUnitId };
  if (n.nomineeKind === 'person' && n.nomineePersonId !== null) return { kind: 'person', personId: n.nomineePersonId };
  if (n.nomineeKind === 'household' && n.nomineeHouseholdId !== null) return { kind: 'household', householdId: n.nomineeHouseholdId };
  return null;
}
