import 'server-only';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { CriterionKind, ScoringMethod } from '@/lib/domain/constants';
import type { Viewer } from '@/lib/policy/viewer';
import { agreementTotal, type AcceptAgreementInput, type AgreementVersionInput } from '@/lib/validation/bloc';
import { WorkflowError } from '@/lib/workflow/refusals';
import { actorFields, appendAuditEvent } from '../audit-append';
import { getDb, type Db, type Tx } from '../client';
import { agreementAcceptances, agreementCriteria, agreements, blocTerms, indicators, scores, units, users } from '../schema';
import { todayInVietnam } from '@/lib/rules/dates';
import { blocLeadOf, blocTermsOf, isBlocReader, memberUnitOf, provinceBlocTermsOf, readableBlocTerm, type BlocTermFacts } from './bloc-access';
import type { ActionContext } from './workflow/run-transition';

/** The bloc-year a page shows: the one asked for (if the viewer may read it), else the viewer's
 * newest. Null when the viewer belongs to none; a term they may not read is answered as missing.
 * An appraiser or auditor belongs to none: they choose one of the province's bloc-years of the
 * current year (`choices`, see `provinceBlocTermsOf`), and get no default. */
export async function resolveBlocTerm(db: Db, viewer: Viewer, termId?: number | null): Promise<{ term: BlocTermFacts; choices: number[] } | null> {
  const own = await blocTermsOf(db, viewer);
  const choices = own.length === 0 && isBlocReader(viewer) ? (await provinceBlocTermsOf(db, viewer, currentYear())).map((t) => t.id) : own;
  const wanted = termId && Number.isInteger(termId) && termId > 0 ? termId : own[0];
  if (!wanted) return null;
  try {
    return { term: await readableBlocTerm(db, viewer, wanted), choices };
  } catch (error) {
    if (error instanceof WorkflowError && error.refusal === 'not_found') return null;
    throw error;
  }
}

/** The calendar year of today in Vietnam (LAUREL_TODAY pins it for tests and demonstrations). */
export function currentYear(): number {
  return Number(todayInVietnam().slice(0, 4));
}

export interface CriterionRow {
  id: number;
  groupPosition: number;
  groupTitleVi: string;
  groupTitleEn: string;
  position: number;
  kind: CriterionKind;
  titleVi: string;
  titleEn: string;
  maxPoints: number;
  method: ScoringMethod;
  indicatorId: number | null;
  indicatorVi: string | null;
  indicatorEn: string | null;
  linearFrom: number | null;
  linearTo: number | null;
  evidenceVi: string;
  evidenceEn: string;
}

export interface AgreementHead {
  id: number;
  version: number;
  titleVi: string;
  titleEn: string;
  totalPoints: number;
  signedOn: string | null;
}

const num = (v: string | null): number | null => (v === null ? null : Number(v));

/** The newest version of the bloc-year's agreement: the one members accept and score against. */
export async function loadCurrentAgreement(db: Db | Tx, termId: number): Promise<AgreementHead | null> {
  const [a] = await db
    .select({ id: agreements.id, version: agreements.version, titleVi: agreements.titleVi, titleEn: agreements.titleEn, totalPoints: agreements.totalPoints, signedOn: agreements.signedOn })
    .from(agreements)
    .where(eq(agreements.blocTermId, termId))
    .orderBy(desc(agreements.version))
    .limit(1);
  return a ? { ...a, totalPoints: Number(a.totalPoints) } : null;
}

/** One version's scoring table in its order: groups, then rows. */
export async function loadCriteria(db: Db | Tx, agreementId: number): Promise<CriterionRow[]> {
  const rows = await db
    .select({
      id: agreementCriteria.id,
      groupPosition: agreementCriteria.groupPosition,
      groupTitleVi: agreementCriteria.groupTitleVi,
      groupTitleEn: agreementCriteria.groupTitleEn,
      position: agreementCriteria.position,
      kind: agreementCriteria.kind,
      titleVi: agreementCriteria.titleVi,
      titleEn: agreementCriteria.titleEn,
      maxPoints: agreementCriteria.maxPoints,
      method: agreementCriteria.method,
      indicatorId: agreementCriteria.indicatorId,
      indicatorVi: indicators.nameVi,
      indicatorEn: indicators.nameEn,
      linearFrom: agreementCriteria.linearFrom,
      linearTo: agreementCriteria.linearTo,
      evidenceVi: agreementCriteria.evidenceVi,
      evidenceEn: agreementCriteria.evidenceEn,
    })
    .from(agreementCriteria)
    .leftJoin(indicators, eq(indicators.id, agreementCriteria.indicatorId))
    .where(eq(agreementCriteria.agreementId, agreementId))
    .orderBy(asc(agreementCriteria.groupPosition), asc(agreementCriteria.position));
  return rows.map((r) => ({ ...r, maxPoints: Number(r.maxPoints), linearFrom: num(r.linearFrom), linearTo: num(r.linearTo) }));
}

export interface AgreementVersionView {
  id: number;
  version: number;
  titleVi: string;
  titleEn: string;
  totalPoints: number;
  signedOn: string | null;
  changeNote: string | null;
  createdBy: string | null;
  createdAt: Date;
  acceptances: { unitId: number; unitVi: string; unitEn: string; acceptedBy: string; acceptedAt: Date }[];
}

export interface AgreementPage {
  term: { id: number; year: number; nameVi: string; nameEn: string; scoringClosed: boolean };
  current: AgreementVersionView | null;
  criteria: CriterionRow[];
  versions: AgreementVersionView[];
  members: { unitId: number; nameVi: string; nameEn: string }[];
  /** The member unit whose head the viewer is, and whether it has accepted the current version. */
  acceptAs: { unitId: number; accepted: boolean } | null;
  /** The head unit's representative writes new versions (until scoring closes) — the first one,
   * version 1 from an empty table, when the bloc-year has no agreement yet (`current` is null). */
  canCreateVersion: boolean;
  /** How the viewer takes part: as a lead, as a member unit, or reading. */
  viewerAs: 'head' | 'deputy' | 'member' | 'reader';
  indicators: { id: number; nameVi: string; nameEn: string; unitVi: string; unitEn: string }[];
}

/** The agreement of a bloc-year: its table, its versions and who accepted each. Caller: anyone who
 * may read the bloc-year (its leads, its member units' officers and heads, an appraiser or auditor). */
export async function getAgreementPage(viewer: Viewer, termId?: number | null): Promise<AgreementPage | null> {
  const db = await getDb();
  const resolved = await resolveBlocTerm(db, viewer, termId);
  if (!resolved) return null;
  const { term } = resolved;
  const [versionRows, acceptanceRows, memberRows, indicatorRows] = await Promise.all([
    db
      .select({
        id: agreements.id,
        version: agreements.version,
        titleVi: agreements.titleVi,
        titleEn: agreements.titleEn,
        totalPoints: agreements.totalPoints,
        signedOn: agreements.signedOn,
        changeNote: agreements.changeNote,
        createdBy: users.displayName,
        createdAt: agreements.createdAt,
      })
      .from(agreements)
      .leftJoin(users, eq(users.id, agreements.createdBy))
      .where(eq(agreements.blocTermId, term.id))
      .orderBy(desc(agreements.version)),
    db
      .select({ agreementId: agreementAcceptances.agreementId, unitId: agreementAcceptances.unitId, unitVi: units.nameVi, unitEn: units.nameEn, acceptedBy: users.displayName, acceptedAt: agreementAcceptances.acceptedAt })
      .from(agreementAcceptances)
      .innerJoin(agreements, eq(agreements.id, agreementAcceptances.agreementId))
      .innerJoin(units, eq(units.id, agreementAcceptances.unitId))
      .innerJoin(users, eq(users.id, agreementAcceptances.acceptedBy))
      .where(eq(agreements.blocTermId, term.id))
      .orderBy(asc(agreementAcceptances.acceptedAt)),
    membersOf(db, term),
    db.select({ id: indicators.id, nameVi: indicators.nameVi, nameEn: indicators.nameEn, unitVi: indicators.unitOfMeasureVi, unitEn: indicators.unitOfMeasureEn }).from(indicators).orderBy(asc(indicators.id)),
  ]);
  const versions: AgreementVersionView[] = versionRows.map((v) => ({
    ...v,
    totalPoints: Number(v.totalPoints),
    acceptances: acceptanceRows.filter((a) => a.agreementId === v.id).map((a) => ({ unitId: a.unitId, unitVi: a.unitVi, unitEn: a.unitEn, acceptedBy: a.acceptedBy, acceptedAt: a.acceptedAt })),
  }));
  const current = versions[0] ?? null;
  const head = memberUnitOf(viewer, term, ['unit_head']);
  const lead = blocLeadOf(viewer, term);
  return {
    term: { id: term.id, year: term.year, nameVi: term.nameVi, nameEn: term.nameEn, scoringClosed: term.scoringClosedAt !== null },
    current,
    criteria: current ? await loadCriteria(db, current.id) : [],
    versions,
    members: memberRows,
    acceptAs: head && current ? { unitId: head.unitId, accepted: current.acceptances.some((a) => a.unitId === head.unitId) } : null,
    canCreateVersion: lead?.kind === 'head' && term.scoringClosedAt === null,
    viewerAs: lead ? lead.kind : memberUnitOf(viewer, term) ? 'member' : 'reader',
    indicators: lead?.kind === 'head' ? indicatorRows : [],
  };
}

/** The member units of a bloc-year, by name. */
export async function membersOf(db: Db | Tx, term: Pick<BlocTermFacts, 'memberUnitIds'>): Promise<{ unitId: number; nameVi: string; nameEn: string }[]> {
  if (term.memberUnitIds.length === 0) return [];
  const rows = await db.select({ unitId: units.id, nameVi: units.nameVi, nameEn: units.nameEn }).from(units).where(sql`${units.id} in ${term.memberUnitIds}`);
  return rows.sort((a, b) => a.nameVi.localeCompare(b.nameVi, 'vi'));
}

/** A member unit's head accepts the current version of the agreement for the unit (once per
 * version; a new version needs a new acceptance). */
export async function acceptAgreement(ctx: ActionContext, input: AcceptAgreementInput): Promise<{ agreementId: number; unitId: number }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const term = await readableBlocTerm(tx, ctx.viewer, input.termId);
    const member = memberUnitOf(ctx.viewer, term);
    if (!member) throw new WorkflowError('out_of_scope');
    const head = memberUnitOf(ctx.viewer, term, ['unit_head']);
    if (!head) throw new WorkflowError('role_not_permitted', { roles: 'unit_head' });
    const [agreement] = await tx.select({ id: agreements.id, blocTermId: agreements.blocTermId, version: agreements.version }).from(agreements).where(eq(agreements.id, input.agreementId));
    if (!agreement || agreement.blocTermId !== term.id) throw new WorkflowError('not_found');
    const current = await loadCurrentAgreement(tx, term.id);
    if (current?.id !== agreement.id) throw new WorkflowError('agreement_superseded');
    // The primary key (agreement, unit) makes a second acceptance — or a race between two heads'
    // clicks — a no-op here and a refusal to the person, never a second row.
    const inserted = await tx
      .insert(agreementAcceptances)
      .values({ agreementId: agreement.id, unitId: head.unitId, acceptedBy: ctx.viewer.id })
      .onConflictDoNothing()
      .returning({ unitId: agreementAcceptances.unitId });
    if (inserted.length === 0) throw new WorkflowError('agreement_already_accepted');
    await appendAuditEvent(tx, {
      ...actorFields(ctx.viewer, head.grant),
      action: 'accept_agreement',
      entityKind: 'agreement',
      entityId: agreement.id,
      fromStatus: null,
      toStatus: null,
      reason: null,
      payload: { blocTermId: term.id, version: agreement.version, unitId: head.unitId },
      ip: ctx.ip,
    });
    return { agreementId: agreement.id, unitId: head.unitId };
  });
}

/** The head unit's representative writes a new version of the agreement: the previous one stays,
 * with its acceptances; members accept the new one afresh. Refused once scoring has closed.
 * A bloc-year without an agreement gets its first one the same way: version 1, built from an empty
 * table (at least one ordinary criterion), superseding nothing (`basedOnId` absent). */
export async function createAgreementVersion(ctx: ActionContext, input: AgreementVersionInput): Promise<{ agreementId: number; version: number; totalPoints: number }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const term = await readableBlocTerm(tx, ctx.viewer, input.termId);
    const lead = blocLeadOf(ctx.viewer, term);
    if (!lead || lead.kind !== 'head') throw new WorkflowError('role_not_permitted', { roles: 'bloc_lead' });
    // Serialise version writers of this bloc-year; the row lock also orders us after a closing.
    const [locked] = await tx.select({ closedAt: blocTerms.scoringClosedAt }).from(blocTerms).where(eq(blocTerms.id, term.id)).for('update');
    if (locked?.closedAt) throw new WorkflowError('scoring_closed');
    const current = await loadCurrentAgreement(tx, term.id);
    // The version the lead started from must still be the newest: none for the first version.
    if ((current?.id ?? null) !== (input.basedOnId ?? null)) throw new WorkflowError(current || !input.basedOnId ? 'conflict' : 'no_agreement');
    if (!input.criteria.some((c) => c.kind === 'criterion')) throw new WorkflowError('invalid_input');
    const indicatorIds = [...new Set(input.criteria.map((c) => c.indicatorId).filter((i): i is number => !!i))];
    if (indicatorIds.length > 0) {
      const found = await tx.select({ id: indicators.id }).from(indicators).where(sql`${indicators.id} in ${indicatorIds}`);
      if (found.length !== indicatorIds.length) throw new WorkflowError('invalid_input');
    }
    const total = agreementTotal(input.criteria);
    const [dates] = current ? [] : await tx.select({ signedOn: blocTerms.agreementSignedOn }).from(blocTerms).where(eq(blocTerms.id, term.id));
    const [created] = await tx
      .insert(agreements)
      .values({
        blocTermId: term.id,
        version: (current?.version ?? 0) + 1,
        supersedesId: current?.id ?? null,
        titleVi: input.titleVi,
        titleEn: input.titleEn,
        totalPoints: String(total),
        signedOn: current ? current.signedOn : (dates?.signedOn ?? null),
        changeNote: input.changeNote,
        createdBy: ctx.viewer.id,
      })
      .returning({ id: agreements.id, version: agreements.version });
    if (!created) throw new WorkflowError('conflict');
    // Groups are numbered in the order their titles first appear; rows within a group in order.
    const groupOf = new Map<string, number>();
    const positions = new Map<number, number>();
    const rows = input.criteria.map((c) => {
      const key = `${c.groupTitleVi}\u0000${c.groupTitleEn}`;
      if (!groupOf.has(key)) groupOf.set(key, groupOf.size + 1);
      const groupPosition = groupOf.get(key)!;
      const position = (positions.get(groupPosition) ?? 0) + 1;
      positions.set(groupPosition, position);
      return {
        agreementId: created.id,
        groupPosition,
        groupTitleVi: c.groupTitleVi,
        groupTitleEn: c.groupTitleEn,
        position,
        kind: c.kind,
        titleVi: c.titleVi,
        titleEn: c.titleEn,
        maxPoints: c.maxPoints,
        method: c.method,
        indicatorId: c.method === 'manual' ? null : (c.indicatorId ?? null),
        linearFrom: c.method === 'linear' ? (c.linearFrom ?? null) : null,
        linearTo: c.method === 'linear' ? (c.linearTo ?? null) : null,
        evidenceVi: c.evidenceVi,
        evidenceEn: c.evidenceEn,
      };
    });
    const inserted = await tx.insert(agreementCriteria).values(rows).returning({ id: agreementCriteria.id });
    const carried = current ? await carryScoresOver(tx, await loadCriteria(tx, current.id), rows.map((r, i) => ({ ...r, id: inserted[i]!.id }))) : 0;
    await appendAuditEvent(tx, {
      ...actorFields(ctx.viewer, lead.grant),
      action: 'create_agreement_version',
      entityKind: 'agreement',
      entityId: created.id,
      fromStatus: null,
      toStatus: null,
      reason: input.changeNote,
      payload: { blocTermId: term.id, version: created.version, supersedesId: current?.id ?? null, totalPoints: total, criteria: rows.length, scoresCarried: carried },
      ip: ctx.ip,
    });
    return { agreementId: created.id, version: created.version, totalPoints: total };
  });
}

/** Scores already given on a row the new version keeps unchanged (same group, title, kind, maximum,
 * method and figures) move with it, so a mid-year amendment does not wipe the year's scoring; rows
 * that changed are scored afresh. The old rows keep their scores too. Returns how many were copied. */
async function carryScoresOver(
  tx: Tx,
  old: readonly CriterionRow[],
  fresh: readonly { id: number; groupTitleVi: string; titleVi: string; kind: string; maxPoints: string; method: string; indicatorId: number | null; linearFrom: string | null; linearTo: string | null }[],
): Promise<number> {
  const key = (c: { groupTitleVi: string; titleVi: string; kind: string; maxPoints: number | string; method: string; indicatorId: number | null; linearFrom: number | string | null; linearTo: number | string | null }) =>
    [c.groupTitleVi, c.titleVi, c.kind, Number(c.maxPoints), c.method, c.indicatorId ?? '', c.linearFrom === null ? '' : Number(c.linearFrom), c.linearTo === null ? '' : Number(c.linearTo)].join('\u0000');
  const oldByKey = new Map(old.map((c) => [key(c), c.id]));
  let copied = 0;
  for (const c of fresh) {
    const from = oldByKey.get(key(c));
    if (from === undefined) continue;
    const rows = await tx.select().from(scores).where(eq(scores.criterionId, from));
    if (rows.length === 0) continue;
    await tx.insert(scores).values(
      rows.map((r) => ({ criterionId: c.id, scoredUnitId: r.scoredUnitId, scorerUnitId: r.scorerUnitId, scorerKind: r.scorerKind, points: r.points, comment: r.comment, evidenceNote: r.evidenceNote, scoredBy: r.scoredBy, updatedAt: r.updatedAt })),
    );
    copied += rows.length;
  }
  return copied;
}

/** Whether `unitId` has accepted version `agreementId`. */
export async function hasAccepted(db: Db | Tx, agreementId: number, unitId: number): Promise<boolean> {
  const [row] = await db.select({ unitId: agreementAcceptances.unitId }).from(agreementAcceptances).where(and(eq(agreementAcceptances.agreementId, agreementId), eq(agreementAcceptances.unitId, unitId)));
  return !!row;
}
