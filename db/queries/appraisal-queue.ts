import 'server-only';
import { and, asc, count, desc, eq, ilike, inArray, isNotNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { NominationStatus } from '@/lib/domain/constants';
import type { RoleGrant, Viewer } from '@/lib/policy/viewer';
import { appraisalTime, DEFAULT_APPRAISAL_WORKING_DAYS, holidayWindow, receivedDay } from '@/lib/rules/appraisal-time';
import { todayInVietnam } from '@/lib/rules/dates';
import { summarizeEligibility, type EligibilitySummary } from '@/lib/rules/eligibility-summary';
import { parseAppraisalQueueQuery, QUEUE_PAGE_SIZE, type AppraisalQueueQuery, type QueueStatus } from '@/lib/validation/appraisal-queue';
import { HOLD_KINDS, type HoldKind } from '@/lib/domain/hold-kinds';
import { IN_APPRAISAL, IN_PUBLIC_NOTICE, ON_HOLD } from '@/lib/workflow/status-groups';
import { getDb, type Db } from '../client';
import { rowsOf } from '../rows';
import { auditEvents, awardTypes, blocMemberships, blocTerms, holidays, households, nominations, people, rounds } from '../schema';
import { evaluateNominations } from './eligibility-batch';
import { holidaySet } from './holidays';
import { nomineeNames, nomineeUnit, proposingUnit } from './nomination-summary';
import { loadNominationFacts } from './workflow/facts';

// The appraiser's queue (issue 6 §2): the province's nominations in appraisal or on hold, by the
// working days left of the appraisal time limit. Callers: the appraiser of the province, for
// /appraisal, the home page and the nomination's page; everyone else gets null.

/** The provinces in which `grants` hold the appraiser role. */
function appraiserProvinces(grants: readonly RoleGrant[]): number[] {
  return [...new Set(grants.filter((g) => g.role === 'appraiser' && g.scopeKind === 'province' && g.unitId !== null).map((g) => g.unitId!))];
}

/** The proposing unit lies in one of the provinces (the province and its units, at any depth). */
function inProvinces(provinceIds: readonly number[]): SQL {
  const roots = sql.join(
    provinceIds.map((id) => sql`${id}::int`),
    sql`, `,
  );
  return sql`${nominations.proposingUnitId} in (
    with recursive tree(id) as (
      select id from units where id in (${roots})
      union
      select u.id from units u join tree t on u.parent_id = t.id
    )
    select id from tree)`;
}

/** The day the complete dossier arrived, in Vietnam (UTC+7, no daylight saving): receivedDay in SQL. */
const receivedOnSql = sql`((${nominations.appraisalStartedAt} at time zone 'UTC') + interval '7 hours')::date`;

/** Monday to Friday from a Monday long past up to and including `day`: the difference of two of
 * these counts the weekdays between two days (every day Laurel keeps is after 1970, so the integer
 * division needs no floor). */
function weekdaysUpTo(day: SQL): SQL {
  const d = sql`(${day} - date '1970-01-05')`;
  return sql`(5 * (${d} / 7) + least(${d} % 7 + 1, 5))`;
}

/**
 * Working days left of the appraisal, in SQL, for ordering, the "overdue" filter and paging:
 * the round's limit minus the working days run since the day of receipt (weekdays between the two
 * days less the holidays on weekdays, signed as lib/rules/working-days counts them). Equal to
 * appraisalTime(...).workingDaysLeft for every row (tests/db/appraisal-queue.test.ts checks it); null
 * when no appraisal clock runs (a nomination held from the council or later).
 */
function workingDaysLeftSql(today: string): SQL<number | null> {
  const t = sql`${today}::date`;
  const s = receivedOnSql;
  const holidaysBetween = sql`(select (count(*) filter (where h.day > ${s} and h.day <= ${t}) - count(*) filter (where h.day > ${t} and h.day <= ${s}))::int
      from ${holidays} h
     where extract(isodow from h.day) < 6 and h.day > least(${s}, ${t}) and h.day <= greatest(${s}, ${t}))`;
  const elapsed = sql`(${weekdaysUpTo(t)} - ${weekdaysUpTo(s)} - ${holidaysBetween})`;
  return sql<number | null>`(case when ${nominations.appraisalStartedAt} is not null and (${nominations.status} = ${IN_APPRAISAL} or ${nominations.heldFrom} = ${IN_APPRAISAL})
    then ${rounds.appraisalWorkingDays} - ${elapsed} end)`.mapWith((v: unknown) => (v === null ? null : Number(v)));
}

export interface QueueOption {
  value: string;
  nameVi: string;
  nameEn: string;
}

export interface AppraisalQueueRow {
  id: number;
  reference: string;
  status: NominationStatus;
  nomineeVi: string;
  nomineeEn: string;
  awardVi: string;
  awardEn: string;
  proposingUnitVi: string;
  proposingUnitEn: string;
  roundVi: string;
  roundEn: string;
  /** The day the complete dossier reached the province (appraisalStartedAt, in Vietnam). */
  receivedOn: string | null;
  /** The appraisal clock; null where none runs (held from the council or later). */
  dueOn: string | null;
  workingDaysLeft: number | null;
  /** The province returned it for completion once: it cannot return it again. */
  returnedOnce: boolean;
  /** On hold: where it was held from, why, and since when. */
  hold: { from: NominationStatus | null; kind: HoldKind | null; reason: string | null; since: string } | null;
  /** Null where the caller did not ask for it. */
  eligibility: EligibilitySummary | null;
}

export interface AppraisalQueuePage {
  rows: AppraisalQueueRow[];
  /** Per status, under the same filters. */
  counts: Record<QueueStatus, number>;
  page: number;
  pageCount: number;
  pageSize: number;
  /** The appraisal limit of the open round(s), for the page's explanation. */
  workingDays: number;
  options: { rounds: QueueOption[]; awards: QueueOption[]; blocs: QueueOption[]; units: QueueOption[] };
}

interface LoadOptions {
  pageSize: number;
  /** The rows' eligibility summary (the queue page), in one batch. */
  withEligibility: boolean;
  /** The filters' choices and the open round's limit (the queue page). */
  withChoices: boolean;
  locale: 'vi' | 'en';
}

type Filters = Omit<AppraisalQueueQuery, 'status' | 'sort' | 'dir' | 'page'>;

/** Escapes LIKE's wildcards in what a person typed. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function filterConditions(provinceIds: readonly number[], filters: Filters, daysLeft: SQL<number | null>): SQL {
  const conditions: (SQL | undefined)[] = [inProvinces(provinceIds)];
  if (filters.round !== undefined) conditions.push(eq(nominations.roundId, filters.round));
  if (filters.award !== undefined) conditions.push(sql`${nominations.awardTypeId} in (select ${awardTypes.id} from ${awardTypes} where ${awardTypes.code} = ${filters.award})`);
  if (filters.unit !== undefined) conditions.push(eq(nominations.proposingUnitId, filters.unit));
  if (filters.bloc !== undefined) {
    // The bloc that reviewed it, or (for awards that go straight to the province) the bloc the
    // proposing unit belongs to in the round's year.
    conditions.push(
      or(
        sql`${nominations.blocTermId} in (select ${blocTerms.id} from ${blocTerms} where ${blocTerms.blocId} = ${filters.bloc})`,
        sql`exists (select 1 from ${blocMemberships} m join ${blocTerms} bt on bt.id = m.bloc_term_id
                     where m.unit_id = ${nominations.proposingUnitId} and bt.bloc_id = ${filters.bloc} and bt.year = ${rounds.year})`,
      ),
    );
  }
  if (filters.overdue !== undefined) conditions.push(lt(daysLeft, 0));
  if (filters.q !== undefined) {
    const pattern = likePattern(filters.q);
    conditions.push(or(ilike(nomineeNames.nomineeVi, pattern), ilike(nominations.reference, pattern)));
  }
  return and(...conditions)!;
}

function ordering(query: AppraisalQueueQuery, daysLeft: SQL<number | null>, locale: 'vi' | 'en'): SQL[] {
  const dir = query.dir === 'desc' ? sql`desc` : sql`asc`;
  const byLeft = sql`${daysLeft} ${dir} nulls last`;
  switch (query.sort) {
    case 'received':
      return [sql`${nominations.appraisalStartedAt} ${dir} nulls last`, asc(nominations.id)];
    case 'award':
      return [sql`${locale === 'vi' ? awardTypes.nameVi : awardTypes.nameEn} ${dir}`, sql`${daysLeft} asc nulls last`, asc(nominations.id)];
    case 'left':
      return [byLeft, asc(nominations.id)];
  }
}

const HOLD_KIND_SET = new Set<string>(HOLD_KINDS);

interface RawChoice {
  kind: 'round' | 'bloc' | 'award' | 'unit';
  value: string;
  nameVi: string;
  nameEn: string;
  sort: number | string;
}

/** The filters' choices in one query: the province's rounds and blocs, and the awards (by code, named
 * as their latest version) and proposing units that have something in the queue. */
async function filterChoices(db: Db, provinceIds: readonly number[]): Promise<RawChoice[]> {
  const roots = sql.join(
    provinceIds.map((id) => sql`${id}::int`),
    sql`, `,
  );
  const queued = and(inArray(nominations.status, [IN_APPRAISAL, ON_HOLD]), inProvinces(provinceIds));
  const result = await db.execute(sql`
    select 'round' as kind, r.id::text as value, r.name_vi as "nameVi", r.name_en as "nameEn", r.year as sort
      from rounds r where r.province_unit_id in (${roots})
    union all
    select 'bloc', b.id::text, b.name_vi, b.name_en, 0
      from blocs b where b.province_unit_id in (${roots})
    union all
    (select distinct on (a.code) 'award', a.code, a.name_vi, a.name_en, 0
       from ${nominations} join award_types a on a.id = ${nominations.awardTypeId}
      where ${queued}
      order by a.code, a.version desc)
    union all
    select distinct 'unit', u.id::text, u.name_vi, u.name_en, 0
      from ${nominations} join units u on u.id = ${nominations.proposingUnitId}
     where ${queued}`);
  return rowsOf<RawChoice>(result);
}

/** The queue's rows, counts and filter choices in a fixed number of queries. */
async function loadQueue(db: Db, provinceIds: readonly number[], query: AppraisalQueueQuery, options: LoadOptions): Promise<AppraisalQueuePage> {
  const today = todayInVietnam();
  const daysLeft = workingDaysLeftSql(today);
  const filtered = filterConditions(provinceIds, query, daysLeft);
  const lastHold = db
    .select({
      reason: auditEvents.reason,
      kind: sql<string | null>`${auditEvents.payload} ->> 'holdKind'`.as('hold_kind'),
      at: auditEvents.occurredAt,
    })
    .from(auditEvents)
    .where(and(eq(auditEvents.entityKind, 'nomination'), eq(auditEvents.entityId, nominations.id), eq(auditEvents.action, 'hold')))
    .orderBy(desc(auditEvents.seq))
    .limit(1)
    .as('last_hold');

  const [countRows, rows, optionRows, [openRound]] = await Promise.all([
    db
      .select({ status: nominations.status, n: count() })
      .from(nominations)
      .innerJoin(rounds, eq(rounds.id, nominations.roundId))
      .leftJoin(nomineeUnit, eq(nomineeUnit.id, nominations.nomineeUnitId))
      .leftJoin(people, eq(people.id, nominations.nomineePersonId))
      .leftJoin(households, eq(households.id, nominations.nomineeHouseholdId))
      .where(and(inArray(nominations.status, [IN_APPRAISAL, ON_HOLD]), filtered))
      .groupBy(nominations.status),
    db
      .select({
        id: nominations.id,
        reference: nominations.reference,
        status: nominations.status,
        ...nomineeNames,
        awardVi: awardTypes.nameVi,
        awardEn: awardTypes.nameEn,
        proposingUnitVi: proposingUnit.nameVi,
        proposingUnitEn: proposingUnit.nameEn,
        roundVi: rounds.nameVi,
        roundEn: rounds.nameEn,
        workingDays: rounds.appraisalWorkingDays,
        receivedAt: nominations.appraisalStartedAt,
        daysLeft,
        provinceReturnCount: nominations.provinceReturnCount,
        heldFrom: nominations.heldFrom,
        holdReason: lastHold.reason,
        holdKind: lastHold.kind,
        holdAt: lastHold.at,
      })
      .from(nominations)
      .innerJoin(awardTypes, eq(awardTypes.id, nominations.awardTypeId))
      .innerJoin(rounds, eq(rounds.id, nominations.roundId))
      .innerJoin(proposingUnit, eq(proposingUnit.id, nominations.proposingUnitId))
      .leftJoin(nomineeUnit, eq(nomineeUnit.id, nominations.nomineeUnitId))
      .leftJoin(people, eq(people.id, nominations.nomineePersonId))
      .leftJoin(households, eq(households.id, nominations.nomineeHouseholdId))
      .leftJoinLateral(lastHold, sql`true`)
      .where(and(eq(nominations.status, query.status), filtered))
      .orderBy(...ordering(query, daysLeft, options.locale))
      .limit(options.pageSize)
      .offset((query.page - 1) * options.pageSize),
    options.withChoices ? filterChoices(db, provinceIds) : Promise.resolve([]),
    !options.withChoices
      ? Promise.resolve([])
      : db
          .select({ days: rounds.appraisalWorkingDays })
          .from(rounds)
          .where(and(eq(rounds.state, 'open'), inArray(rounds.provinceUnitId, [...provinceIds])))
          .orderBy(desc(rounds.year))
          .limit(1),
  ]);

  const received = rows.flatMap((r) => (r.receivedAt ? [receivedDay(r.receivedAt)] : [])).sort();
  const window = received.length > 0 ? holidayWindow(received[0]!, [received.at(-1)!, today].sort().at(-1)!, Math.max(...rows.map((r) => r.workingDays))) : null;
  const [holidayDays, eligibility] = await Promise.all([
    window ? holidaySet(db, window.from, window.to) : Promise.resolve(new Set<string>()),
    options.withEligibility ? evaluateNominations(db, rows.map((r) => r.id), today) : Promise.resolve(null),
  ]);

  const counts: Record<QueueStatus, number> = { appraisal: 0, on_hold: 0 };
  for (const c of countRows) counts[c.status === ON_HOLD ? 'on_hold' : 'appraisal'] += c.n;
  const optionsOf = (kind: RawChoice['kind'], byYear = false) =>
    optionRows
      .filter((o) => o.kind === kind)
      .sort((a, b) => (byYear ? Number(b.sort) - Number(a.sort) : 0) || (options.locale === 'vi' ? a.nameVi.localeCompare(b.nameVi, 'vi') : a.nameEn.localeCompare(b.nameEn, 'en')))
      .map((o) => ({ value: o.value, nameVi: o.nameVi, nameEn: o.nameEn }));
  const total = counts[query.status];

  return {
    rows: rows.map((r) => {
      const clock = r.receivedAt && r.daysLeft !== null ? appraisalTime(r.receivedAt, r.workingDays, today, holidayDays) : null;
      const held = r.status === ON_HOLD;
      const e = eligibility?.get(r.id);
      return {
        id: r.id,
        reference: r.reference,
        status: r.status,
        nomineeVi: r.nomineeVi,
        nomineeEn: r.nomineeEn,
        awardVi: r.awardVi,
        awardEn: r.awardEn,
        proposingUnitVi: r.proposingUnitVi,
        proposingUnitEn: r.proposingUnitEn,
        roundVi: r.roundVi,
        roundEn: r.roundEn,
        receivedOn: r.receivedAt ? receivedDay(r.receivedAt) : null,
        dueOn: clock?.dueOn ?? null,
        workingDaysLeft: clock?.workingDaysLeft ?? null,
        returnedOnce: r.provinceReturnCount > 0,
        hold:
          held && r.holdAt
            ? { from: r.heldFrom, kind: r.holdKind && HOLD_KIND_SET.has(r.holdKind) ? (r.holdKind as HoldKind) : null, reason: r.holdReason, since: r.holdAt }
            : held
              ? { from: r.heldFrom, kind: null, reason: null, since: '' }
              : null,
        eligibility: e ? summarizeEligibility(e) : null,
      };
    }),
    counts,
    page: query.page,
    pageCount: Math.max(1, Math.ceil(total / options.pageSize)),
    pageSize: options.pageSize,
    workingDays: openRound?.days ?? DEFAULT_APPRAISAL_WORKING_DAYS,
    options: { rounds: optionsOf('round', true), awards: optionsOf('award'), blocs: optionsOf('bloc'), units: optionsOf('unit') },
  };
}

/** The appraisal queue as /appraisal shows it, for the province's appraiser; null for anyone else
 * (unit staff, the council's secretary, the approver…), who has no queue to work. */
export async function listAppraisalQueue(viewer: Viewer, query: AppraisalQueueQuery, locale: 'vi' | 'en' = 'vi'): Promise<AppraisalQueuePage | null> {
  const provinces = appraiserProvinces(viewer.grants);
  if (provinces.length === 0) return null;
  const db = await getDb();
  return loadQueue(db, provinces, query, { pageSize: QUEUE_PAGE_SIZE, withEligibility: true, withChoices: true, locale });
}

export interface AppraisalOverview {
  counts: { appraisal: number; onHold: number; overdue: number; publicNotice: number };
  /** The least time left first. */
  dueFirst: AppraisalQueueRow[];
  onHold: AppraisalQueueRow[];
}

/** The appraiser's home: the queue by time left, the items on hold, and how many are overdue or in
 * public notice. Caller: the appraiser of the province (`grant`); null otherwise. */
export async function getAppraisalOverview(grant: RoleGrant, locale: 'vi' | 'en' = 'vi'): Promise<AppraisalOverview | null> {
  const provinces = appraiserProvinces([grant]);
  if (provinces.length === 0) return null;
  const db = await getDb();
  // The whole queue, least time left first.
  const defaults = parseAppraisalQueueQuery({});
  const today = todayInVietnam();
  const [inAppraisal, held, [overdue], [notices]] = await Promise.all([
    loadQueue(db, provinces, defaults, { pageSize: 8, withEligibility: false, withChoices: false, locale }),
    loadQueue(db, provinces, { ...defaults, status: 'on_hold' }, { pageSize: 5, withEligibility: false, withChoices: false, locale }),
    db
      .select({ n: count() })
      .from(nominations)
      .innerJoin(rounds, eq(rounds.id, nominations.roundId))
      .where(and(eq(nominations.status, IN_APPRAISAL), inProvinces(provinces), isNotNull(nominations.appraisalStartedAt), lt(workingDaysLeftSql(today), 0))),
    db.select({ n: count() }).from(nominations).where(and(eq(nominations.status, IN_PUBLIC_NOTICE), inProvinces(provinces))),
  ]);
  return {
    counts: { appraisal: inAppraisal.counts.appraisal, onHold: inAppraisal.counts.on_hold, overdue: overdue?.n ?? 0, publicNotice: notices?.n ?? 0 },
    dueFirst: inAppraisal.rows,
    onHold: held.rows,
  };
}

export interface AppraisalClock {
  status: NominationStatus;
  /** The round's appraisal limit in working days. */
  workingDays: number;
  receivedOn: string | null;
  dueOn: string | null;
  workingDaysLeft: number | null;
  returnedOnce: boolean;
  hold: { from: NominationStatus | null; kind: HoldKind | null; reason: string | null; since: string } | null;
}

/** The appraisal clock of one nomination for its page, when the viewer is the province's appraiser
 * over it and it is in appraisal or on hold; null otherwise (the page then keeps its usual layout). */
export async function getAppraisalClock(viewer: Viewer, nominationId: number): Promise<AppraisalClock | null> {
  const provinces = appraiserProvinces(viewer.grants);
  if (provinces.length === 0) return null;
  const db = await getDb();
  const facts = await loadNominationFacts(db, nominationId);
  if (!facts || !provinces.some((p) => facts.proposingUnitPath.includes(p))) return null;
  if (facts.status !== IN_APPRAISAL && facts.status !== ON_HOLD) return null;
  const [[row], [hold]] = await Promise.all([
    db
      .select({ receivedAt: nominations.appraisalStartedAt, workingDays: rounds.appraisalWorkingDays })
      .from(nominations)
      .innerJoin(rounds, eq(rounds.id, nominations.roundId))
      .where(eq(nominations.id, nominationId)),
    facts.status === ON_HOLD
      ? db
          .select({ reason: auditEvents.reason, payload: auditEvents.payload, at: auditEvents.occurredAt })
          .from(auditEvents)
          .where(and(eq(auditEvents.entityKind, 'nomination'), eq(auditEvents.entityId, nominationId), eq(auditEvents.action, 'hold')))
          .orderBy(desc(auditEvents.seq))
          .limit(1)
      : Promise.resolve([]),
  ]);
  if (!row) return null;
  const today = todayInVietnam();
  // The clock runs while the nomination is in appraisal, or held from it.
  const runs = row.receivedAt !== null && (facts.status === IN_APPRAISAL || facts.heldFrom === IN_APPRAISAL);
  let clock: { receivedOn: string; dueOn: string; workingDaysLeft: number } | null = null;
  if (runs) {
    const received = receivedDay(row.receivedAt!);
    const window = holidayWindow(received, received > today ? received : today, row.workingDays);
    clock = appraisalTime(received, row.workingDays, today, await holidaySet(db, window.from, window.to));
  }
  const kind = hold?.payload.holdKind;
  return {
    status: facts.status,
    workingDays: row.workingDays,
    receivedOn: row.receivedAt ? receivedDay(row.receivedAt) : null,
    dueOn: clock?.dueOn ?? null,
    workingDaysLeft: clock?.workingDaysLeft ?? null,
    returnedOnce: facts.provinceReturnCount > 0,
    hold:
      facts.status === ON_HOLD
        ? { from: facts.heldFrom, kind: typeof kind === 'string' && HOLD_KIND_SET.has(kind) ? (kind as HoldKind) : null, reason: hold?.reason ?? null, since: hold?.at ?? '' }
        : null,
  };
}
