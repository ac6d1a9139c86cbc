import 'server-only';
import { and, asc, desc, eq, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { NominationStatus } from '@/lib/domain/constants';
import { todayInVietnam } from '@/lib/rules/dates';
import { evaluateEligibility, type Eligibility, type EligibilityFacts } from '@/lib/rules/eligibility';
import type { Db, Tx } from '../client';
import { rowsOf } from '../rows';
import { awardHistory, awardTypes, initiatives, nominationInitiatives, nominations, restrictions, rounds } from '../schema';
import { loadSavedNominations } from './eligibility';

// The eligibility of many saved nominations at once, for lists (the appraisal queue): the same facts
// as loadEligibilityFacts (db/queries/eligibility.ts) reads for one nomination, in a fixed handful of
// queries whatever the number of rows. Like it, these functions do not authorize: the caller has
// already limited the ids to nominations the viewer may read. tests/db/appraisal-queue.test.ts checks
// that both give the same result for every nomination of the demo.

/** Guards the lineage walk against a cycle in the data (as in eligibility.ts). */
const MAX_LINEAGE_DEPTH = 16;

const other = alias(nominations, 'other_nomination');
const otherLink = alias(nominationInitiatives, 'other_link');

type HistoryRow = EligibilityFacts['history'][number] & { nominationId: number | null };

interface RawUnitHistory {
  root: number | string;
  year: number | string;
  titleCode: string;
  revoked: boolean;
  nominationId: number | string | null;
  own: boolean;
  nameVi: string;
  nameEn: string;
}

/** The titles of several units and of the units each came from (lineage), as unitHistory reads them
 * for one: a predecessor's titles count up to the year its lineage took effect. */
async function unitHistories(db: Db | Tx, unitIds: number[]): Promise<Map<number, HistoryRow[]>> {
  const out = new Map<number, HistoryRow[]>();
  if (unitIds.length === 0) return out;
  const roots = sql.join(unitIds.map((id) => sql`${id}::int`), sql`, `);
  const result = await db.execute(sql`
    with recursive ancestry(root, unit_id, until_year, depth) as (
      select l.to_unit_id, l.from_unit_id, extract(year from l.effective_on)::int, 1
        from unit_lineage l
       where l.to_unit_id in (${roots})
      union
      select a.root, l.from_unit_id, least(a.until_year, extract(year from l.effective_on)::int), a.depth + 1
        from unit_lineage l
        join ancestry a on l.to_unit_id = a.unit_id
       where a.depth < ${sql.raw(String(MAX_LINEAGE_DEPTH))}
    ),
    sources(root, unit_id, until_year, own) as (
      select r, r, null::int, true from unnest(array[${roots}]) as r
      union all
      select root, unit_id, max(until_year), false from ancestry where unit_id <> root group by root, unit_id
    )
    select s.root, h.year, h.title_code as "titleCode", h.revoked_on is not null as revoked, h.nomination_id as "nominationId",
           s.own, u.name_vi as "nameVi", u.name_en as "nameEn"
      from sources s
      join award_history h on h.unit_id = s.unit_id
      join units u on u.id = s.unit_id
     where s.own or h.year <= s.until_year
     order by s.root, h.year desc, s.own desc, h.title_code, h.id`);
  for (const r of rowsOf<RawUnitHistory>(result)) {
    const root = Number(r.root);
    const list = out.get(root) ?? [];
    list.push({
      year: Number(r.year),
      titleCode: r.titleCode,
      revoked: r.revoked,
      via: r.own ? null : { nameVi: r.nameVi, nameEn: r.nameEn },
      nominationId: r.nominationId === null ? null : Number(r.nominationId),
    });
    out.set(root, list);
  }
  return out;
}

/** People's or households' own titles, keyed by the person or household. */
async function recipientHistories(db: Db | Tx, column: typeof awardHistory.personId | typeof awardHistory.householdId, ids: number[]): Promise<Map<number, HistoryRow[]>> {
  const out = new Map<number, HistoryRow[]>();
  if (ids.length === 0) return out;
  const rows = await db
    .select({ key: column, year: awardHistory.year, titleCode: awardHistory.titleCode, revokedOn: awardHistory.revokedOn, nominationId: awardHistory.nominationId })
    .from(awardHistory)
    .where(inArray(column, ids))
    .orderBy(asc(column), desc(awardHistory.year), asc(awardHistory.titleCode), asc(awardHistory.id));
  for (const r of rows) {
    const list = out.get(r.key!) ?? [];
    list.push({ year: r.year, titleCode: r.titleCode, revoked: r.revokedOn !== null, via: null, nominationId: r.nominationId });
    out.set(r.key!, list);
  }
  return out;
}

/** Eligibility of each nomination in `ids` that exists, keyed by id; the same result as
 * evaluateNomination gives for each, in a fixed number of queries. */
export async function evaluateNominations(db: Db | Tx, ids: readonly number[], today: string = todayInVietnam()): Promise<Map<number, Eligibility>> {
  const unique = [...new Set(ids)];
  const out = new Map<number, Eligibility>();
  if (unique.length === 0) return out;
  const base = await db
    .select({
      id: nominations.id,
      roundId: nominations.roundId,
      roundYear: rounds.year,
      nomineeKind: nominations.nomineeKind,
      nomineeUnitId: nominations.nomineeUnitId,
      nomineePersonId: nominations.nomineePersonId,
      nomineeHouseholdId: nominations.nomineeHouseholdId,
      code: awardTypes.code,
      nameVi: awardTypes.nameVi,
      nameEn: awardTypes.nameEn,
      prerequisites: awardTypes.prerequisites,
      legalBasis: awardTypes.legalBasis,
    })
    .from(nominations)
    .innerJoin(rounds, eq(rounds.id, nominations.roundId))
    .innerJoin(awardTypes, eq(awardTypes.id, nominations.awardTypeId))
    .where(inArray(nominations.id, unique));
  if (base.length === 0) return out;

  const unitIds = [...new Set(base.flatMap((n) => (n.nomineeKind === 'unit' && n.nomineeUnitId !== null ? [n.nomineeUnitId] : [])))];
  const personIds = [...new Set(base.flatMap((n) => (n.nomineeKind === 'person' && n.nomineePersonId !== null ? [n.nomineePersonId] : [])))];
  const householdIds = [...new Set(base.flatMap((n) => (n.nomineeKind === 'household' && n.nomineeHouseholdId !== null ? [n.nomineeHouseholdId] : [])))];
  const found = base.map((n) => n.id);

  // Restrictions are recorded against people and units; households have none.
  const restrictionScope: SQL[] = [];
  if (unitIds.length > 0) restrictionScope.push(inArray(restrictions.unitId, unitIds));
  if (personIds.length > 0) restrictionScope.push(inArray(restrictions.personId, personIds));

  const [attached, unitHistory, personHistory, householdHistory, restricted, sameRound] = await Promise.all([
    // Each nomination's initiatives, with the OTHER nominations that use each one.
    db
      .select({
        nominationId: nominationInitiatives.nominationId,
        id: initiatives.id,
        title: initiatives.title,
        scope: initiatives.scope,
        reference: other.reference,
        status: other.status,
      })
      .from(nominationInitiatives)
      .innerJoin(initiatives, eq(initiatives.id, nominationInitiatives.initiativeId))
      .leftJoin(otherLink, and(eq(otherLink.initiativeId, initiatives.id), ne(otherLink.nominationId, nominationInitiatives.nominationId)))
      .leftJoin(other, eq(other.id, otherLink.nominationId))
      .where(inArray(nominationInitiatives.nominationId, found))
      .orderBy(asc(nominationInitiatives.nominationId), asc(initiatives.id), asc(other.reference)),
    unitHistories(db, unitIds),
    recipientHistories(db, awardHistory.personId, personIds),
    recipientHistories(db, awardHistory.householdId, householdIds),
    restrictionScope.length === 0
      ? Promise.resolve([])
      : db
          .select({ unitId: restrictions.unitId, personId: restrictions.personId, kind: restrictions.kind, startsOn: restrictions.startsOn, endsOn: restrictions.endsOn, reference: restrictions.reference })
          .from(restrictions)
          .where(or(...restrictionScope))
          .orderBy(asc(restrictions.startsOn), asc(restrictions.id)),
    // The nominee's OTHER nominations of the same round.
    db
      .select({ forId: nominations.id, reference: other.reference, awardNameVi: awardTypes.nameVi, awardNameEn: awardTypes.nameEn, status: other.status })
      .from(nominations)
      .innerJoin(
        other,
        and(
          eq(other.roundId, nominations.roundId),
          eq(other.nomineeKind, nominations.nomineeKind),
          ne(other.id, nominations.id),
          or(eq(other.nomineeUnitId, nominations.nomineeUnitId), eq(other.nomineePersonId, nominations.nomineePersonId), eq(other.nomineeHouseholdId, nominations.nomineeHouseholdId)),
        ),
      )
      .innerJoin(awardTypes, eq(awardTypes.id, other.awardTypeId))
      .where(inArray(nominations.id, found))
      .orderBy(asc(nominations.id), asc(other.reference)),
  ]);

  const initiativesOf = new Map<number, EligibilityFacts['initiatives']>();
  for (const r of attached) {
    const list = initiativesOf.get(r.nominationId) ?? [];
    let entry = list.find((i) => i.id === r.id);
    if (!entry) {
      entry = { id: r.id, title: r.title, scope: r.scope, usedBy: [] };
      list.push(entry);
    }
    if (r.reference !== null && r.status !== null) entry.usedBy.push({ reference: r.reference, status: r.status as NominationStatus });
    initiativesOf.set(r.nominationId, list);
  }

  // The dossier, the bloc's vote and quota, the dates and versions: read as evaluateNomination reads them.
  const saved = await loadSavedNominations(db, found);
  for (const n of base) {
    const history =
      n.nomineeKind === 'unit'
        ? (unitHistory.get(n.nomineeUnitId!) ?? [])
        : n.nomineeKind === 'person'
          ? (personHistory.get(n.nomineePersonId!) ?? [])
          : (householdHistory.get(n.nomineeHouseholdId!) ?? []);
    const facts: EligibilityFacts = {
      roundYear: n.roundYear,
      today,
      award: { code: n.code, nameVi: n.nameVi, nameEn: n.nameEn, prerequisites: n.prerequisites, legalBasis: n.legalBasis },
      // The award this very nomination earned is not an earlier award of the same achievement.
      history: history.filter((h) => h.nominationId !== n.id).map((h) => ({ year: h.year, titleCode: h.titleCode, revoked: h.revoked, via: h.via })),
      initiatives: initiativesOf.get(n.id) ?? [],
      restrictions:
        n.nomineeKind === 'household'
          ? []
          : restricted
              .filter((r) => (n.nomineeKind === 'unit' ? r.unitId === n.nomineeUnitId : r.personId === n.nomineePersonId))
              .map((r) => ({ kind: r.kind, startsOn: r.startsOn, endsOn: r.endsOn, reference: r.reference })),
      sameRound: sameRound.filter((s) => s.forId === n.id).map((s) => ({ reference: s.reference, awardNameVi: s.awardNameVi, awardNameEn: s.awardNameEn, status: s.status as NominationStatus })),
      procedure: saved.get(n.id)?.base.procedure,
    };
    out.set(n.id, evaluateEligibility(facts));
  }
  return out;
}
