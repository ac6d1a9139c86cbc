import 'server-only';
import { and, desc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { ScorerKind } from '@/lib/domain/constants';
import type { RoleGrant, Viewer } from '@/lib/policy/viewer';
import { computedPoints, memberTotals, normalisedScores, rankMembers, type CriterionResult, type CriterionSpec, type ScoreEntry, type TieBreak } from '@/lib/scoring';
import type { CloseScoringInput, ScoreAs, ScoreSheetInput } from '@/lib/validation/bloc';
import { WorkflowError } from '@/lib/workflow/refusals';
import { actorFields, appendAuditEvent } from '../audit-append';
import { getDb, type Db, type Tx } from '../client';
import { blocReports, blocTerms, reportFigures, scoreEvidence, scores, units, users } from '../schema';
import { blocLeadOf, memberUnitOf, readableBlocTerm, type BlocTermFacts } from './bloc-access';
import { loadCriteria, loadCurrentAgreement, membersOf, resolveBlocTerm, type AgreementHead, type CriterionRow } from './agreements';
import type { ActionContext } from './workflow/run-transition';

export interface StoredScore {
  criterionId: number;
  scoredUnitId: number;
  scorerUnitId: number;
  scorerKind: ScorerKind;
  points: number;
  comment: string | null;
  evidenceNote: string | null;
  scorerVi: string;
  scorerEn: string;
  scoredBy: string | null;
  updatedAt: Date;
  /** The files the scorer attached to this score (score_evidence), oldest first. */
  evidence: EvidenceFile[];
}

/** One live evidence file, as the score sheet and the scoreboard's trace list it. */
export interface EvidenceFile {
  id: number;
  criterionId: number;
  scoredUnitId: number;
  scorerUnitId: number;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  uploadedAt: Date;
  uploadedBy: string | null;
}

/** The live evidence files on a version's criteria. */
async function loadEvidence(db: Db | Tx, criteria: readonly CriterionRow[]): Promise<EvidenceFile[]> {
  if (criteria.length === 0) return [];
  return db
    .select({
      id: scoreEvidence.id,
      criterionId: scoreEvidence.criterionId,
      scoredUnitId: scoreEvidence.scoredUnitId,
      scorerUnitId: scoreEvidence.scorerUnitId,
      fileName: scoreEvidence.fileName,
      contentType: scoreEvidence.contentType,
      sizeBytes: scoreEvidence.sizeBytes,
      sha256: scoreEvidence.sha256,
      uploadedAt: scoreEvidence.uploadedAt,
      uploadedBy: users.displayName,
    })
    .from(scoreEvidence)
    .leftJoin(users, eq(users.id, scoreEvidence.uploadedBy))
    .where(and(inArray(scoreEvidence.criterionId, criteria.map((c) => c.id)), isNull(scoreEvidence.removedAt)))
    .orderBy(scoreEvidence.id);
}

const evidenceOf = (files: readonly EvidenceFile[], criterionId: number, scoredUnitId: number, scorerUnitId: number) =>
  files.filter((f) => f.criterionId === criterionId && f.scoredUnitId === scoredUnitId && f.scorerUnitId === scorerUnitId);

const specOf = (c: CriterionRow): CriterionSpec => ({ id: c.id, kind: c.kind, groupPosition: c.groupPosition, position: c.position, maxPoints: c.maxPoints, method: c.method, linearFrom: c.linearFrom, linearTo: c.linearTo });
const entryOf = (s: StoredScore): ScoreEntry => ({ criterionId: s.criterionId, scoredUnitId: s.scoredUnitId, scorerUnitId: s.scorerUnitId, scorerKind: s.scorerKind, points: s.points, comment: s.comment });

/** Every stored score on a version's criteria, with who gave it and the files behind it. */
async function loadScores(db: Db | Tx, criteria: readonly CriterionRow[]): Promise<StoredScore[]> {
  if (criteria.length === 0) return [];
  const files = await loadEvidence(db, criteria);
  const rows = await db
    .select({
      criterionId: scores.criterionId,
      scoredUnitId: scores.scoredUnitId,
      scorerUnitId: scores.scorerUnitId,
      scorerKind: scores.scorerKind,
      points: scores.points,
      comment: scores.comment,
      evidenceNote: scores.evidenceNote,
      scorerVi: units.nameVi,
      scorerEn: units.nameEn,
      scoredBy: users.displayName,
      updatedAt: scores.updatedAt,
    })
    .from(scores)
    .innerJoin(units, eq(units.id, scores.scorerUnitId))
    .leftJoin(users, eq(users.id, scores.scoredBy))
    .where(inArray(scores.criterionId, criteria.map((c) => c.id)));
  return rows.map((r) => ({ ...r, points: Number(r.points), evidence: evidenceOf(files, r.criterionId, r.scoredUnitId, r.scorerUnitId) }));
}

/** Which kinds of score `viewer` may give member `scoredUnitId` in this bloc-year, with the grant
 * each is given under. Lead units never score themselves as leads (the deputy scores the head unit
 * and the head the deputy's); peers score others only when the bloc says so. */
export function scoringRights(viewer: Viewer, term: BlocTermFacts, scoredUnitId: number): { kind: ScoreAs; grant: RoleGrant; scorerUnitId: number }[] {
  const out: { kind: ScoreAs; grant: RoleGrant; scorerUnitId: number }[] = [];
  if (!term.memberUnitIds.includes(scoredUnitId)) return out;
  const member = memberUnitOf(viewer, term);
  if (member && member.unitId === scoredUnitId) out.push({ kind: 'self', grant: member.grant, scorerUnitId: member.unitId });
  const lead = blocLeadOf(viewer, term);
  if (lead && lead.unitId !== scoredUnitId) out.push({ kind: lead.kind, grant: lead.grant, scorerUnitId: lead.unitId });
  const peer = memberUnitOf(viewer, term, ['unit_head']);
  if (term.peerScoring && peer && peer.unitId !== scoredUnitId && peer.unitId !== term.headUnitId && peer.unitId !== term.deputyUnitId) out.push({ kind: 'peer', grant: peer.grant, scorerUnitId: peer.unitId });
  return out;
}

/** Why `viewer` may not give this kind of score (the rule that refuses it). */
export function refuseScoring(viewer: Viewer, term: BlocTermFacts, scoredUnitId: number, kind: ScoreAs): never {
  if (!term.memberUnitIds.includes(scoredUnitId)) throw new WorkflowError('not_found');
  const lead = blocLeadOf(viewer, term);
  const member = memberUnitOf(viewer, term);
  if ((kind === 'head' || kind === 'deputy') && lead && lead.kind === kind && lead.unitId === scoredUnitId) throw new WorkflowError('score_own_unit');
  if (kind === 'peer') {
    if (!term.peerScoring) throw new WorkflowError('peer_scoring_disabled');
    if (member && member.unitId === scoredUnitId) throw new WorkflowError('score_own_unit');
  }
  if (kind === 'self' && member) throw new WorkflowError('out_of_scope');
  throw new WorkflowError('role_not_permitted', { roles: kind === 'self' || kind === 'peer' ? 'unit_head, unit_officer' : 'bloc_lead' });
}

/** The member's figure for each indicator in its submitted year-end report (the newest one). */
async function yearEndFigures(db: Db | Tx, termId: number, unitId: number): Promise<Map<number, { target: number | null; result: number }>> {
  const [report] = await db
    .select({ id: blocReports.id })
    .from(blocReports)
    .where(and(eq(blocReports.blocTermId, termId), eq(blocReports.unitId, unitId), eq(blocReports.period, 'year_end'), isNotNull(blocReports.submittedAt)))
    .orderBy(desc(blocReports.submittedAt))
    .limit(1);
  if (!report) return new Map();
  const rows = await db.select({ indicatorId: reportFigures.indicatorId, target: reportFigures.target, result: reportFigures.result }).from(reportFigures).where(eq(reportFigures.reportId, report.id));
  return new Map(rows.map((r) => [r.indicatorId, { target: r.target === null ? null : Number(r.target), result: Number(r.result) }]));
}

export interface ScoringPage {
  term: { id: number; year: number; nameVi: string; nameEn: string; closedAt: Date | null; peerScoring: boolean; headUnitId: number; deputyUnitId: number };
  agreement: AgreementHead | null;
  criteria: CriterionRow[];
  members: { unitId: number; nameVi: string; nameEn: string; position: 'head' | 'deputy' | 'member' }[];
  /** The member shown, or null when the viewer may look at none. */
  unitId: number | null;
  /** The sheets the viewer may fill for the member shown (empty once scoring has closed). */
  sheets: { kind: ScoreAs; values: Record<number, { points: number; note: string | null }>; evidence: Record<number, EvidenceFile[]> }[];
  /** Points computed from the member's year-end figures (target and linear rows). */
  suggestions: Record<number, { points: number; target: number | null; result: number } | null>;
  /** Self against the leads, per criterion, with every score and its note. */
  reconciliation: { result: CriterionResult; entries: StoredScore[] }[];
  totals: { self: number | null; official: number } | null;
  canClose: boolean;
}

/** The scoring of a bloc-year for one member. Caller: a lead (any member), a member unit's officer
 * or head (its own unit; another one too when peers score), an appraiser or auditor (read only). */
export async function getScoringPage(viewer: Viewer, termId?: number | null, unitId?: number | null): Promise<ScoringPage | null> {
  const db = await getDb();
  const resolved = await resolveBlocTerm(db, viewer, termId);
  if (!resolved) return null;
  const { term } = resolved;
  const lead = blocLeadOf(viewer, term);
  const member = memberUnitOf(viewer, term);
  const overseer = viewer.grants.some((g) => g.role === 'appraiser' || g.role === 'auditor');
  const position = (id: number) => (id === term.headUnitId ? ('head' as const) : id === term.deputyUnitId ? ('deputy' as const) : ('member' as const));
  const members = (await membersOf(db, term)).map((m) => ({ ...m, position: position(m.unitId) }));
  // Whom the viewer may look at: leads and overseers every member; a member itself, and the others
  // only when peers score.
  const visible = members.filter((m) => lead || overseer || (member && (m.unitId === member.unitId || term.peerScoring))).map((m) => m.unitId);
  const fallback = member && visible.includes(member.unitId) ? member.unitId : (visible.find((id) => id !== lead?.unitId) ?? visible[0] ?? null);
  const shown = unitId && visible.includes(unitId) ? unitId : fallback;

  const agreement = await loadCurrentAgreement(db, term.id);
  const criteria = agreement ? await loadCriteria(db, agreement.id) : [];
  const base = {
    term: { id: term.id, year: term.year, nameVi: term.nameVi, nameEn: term.nameEn, closedAt: term.scoringClosedAt, peerScoring: term.peerScoring, headUnitId: term.headUnitId, deputyUnitId: term.deputyUnitId },
    agreement,
    criteria,
    members: members.filter((m) => visible.includes(m.unitId)),
    canClose: !!lead && term.scoringClosedAt === null && agreement !== null,
  };
  if (shown === null || !agreement) return { ...base, unitId: null, sheets: [], suggestions: {}, reconciliation: [], totals: null };

  const [stored, figures, files] = await Promise.all([loadScores(db, criteria), yearEndFigures(db, term.id, shown), loadEvidence(db, criteria)]);
  const forMember = stored.filter((s) => s.scoredUnitId === shown);
  const rights = term.scoringClosedAt === null ? scoringRights(viewer, term, shown) : [];
  const sheets = rights.map((r) => ({
    kind: r.kind,
    values: Object.fromEntries(forMember.filter((s) => s.scorerUnitId === r.scorerUnitId && s.scorerKind === r.kind).map((s) => [s.criterionId, { points: s.points, note: r.kind === 'self' ? s.evidenceNote : s.comment }])),
    // Files may be attached before the row's points are saved: listed by scorer unit, not by score.
    evidence: Object.fromEntries(criteria.map((c) => [c.id, evidenceOf(files, c.id, shown, r.scorerUnitId)])),
  }));
  const suggestions = Object.fromEntries(
    criteria.map((c) => {
      const figure = c.indicatorId !== null ? (figures.get(c.indicatorId) ?? null) : null;
      const points = c.method === 'manual' ? null : computedPoints(specOf(c), figure);
      return [c.id, points === null || !figure ? null : { points, target: figure.target, result: figure.result }];
    }),
  );
  // A peer sees what it scored and the member's self score, not the leads' work on another unit.
  const mayReconcile = !!lead || overseer || member?.unitId === shown;
  const [totals] = memberTotals(criteria.map(specOf), forMember.map(entryOf), [shown]);
  return {
    ...base,
    unitId: shown,
    sheets,
    suggestions,
    reconciliation: mayReconcile && totals ? totals.criteria.map((result) => ({ result, entries: forMember.filter((s) => s.criterionId === result.criterionId) })) : [],
    totals: mayReconcile && totals ? { self: totals.selfTotal, official: totals.total } : null,
  };
}

/** One scorer's sheet for one member: each filled row is stored (replacing that scorer's earlier
 * points), all in one transaction with one audit event. Refused after scoring has closed, over a
 * criterion's maximum, and to anyone scoring as what they are not. */
export async function saveScoreSheet(ctx: ActionContext, input: ScoreSheetInput): Promise<{ saved: number }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const term = await readableBlocTerm(tx, ctx.viewer, input.termId);
    const right = scoringRights(ctx.viewer, term, input.scoredUnitId).find((r) => r.kind === input.scorerKind);
    if (!right) refuseScoring(ctx.viewer, term, input.scoredUnitId, input.scorerKind);
    // Closing takes this row's lock too: a sheet saved while the lead closes lands before or not at all.
    const [locked] = await tx.select({ closedAt: blocTerms.scoringClosedAt }).from(blocTerms).where(eq(blocTerms.id, term.id)).for('share');
    if (locked?.closedAt) throw new WorkflowError('scoring_closed');
    const agreement = await loadCurrentAgreement(tx, term.id);
    if (!agreement) throw new WorkflowError('no_agreement');
    const criteria = new Map((await loadCriteria(tx, agreement.id)).map((c) => [c.id, c]));
    const filled = input.entries.filter((e) => e.points !== null);
    for (const e of filled) {
      const c = criteria.get(e.criterionId);
      if (!c) throw new WorkflowError('invalid_input');
      if (Number(e.points) > c.maxPoints) throw new WorkflowError('score_over_max', { max: c.maxPoints, criterion: `${c.groupPosition}.${c.position}` });
    }
    if (filled.length === 0) return { saved: 0 };
    const previous = await tx
      .select({ criterionId: scores.criterionId, points: scores.points, scorerKind: scores.scorerKind })
      .from(scores)
      .where(and(eq(scores.scoredUnitId, input.scoredUnitId), eq(scores.scorerUnitId, right.scorerUnitId), inArray(scores.criterionId, filled.map((e) => e.criterionId))));
    // One row per (criterion, member, scorer unit): a unit that scored this member as one kind
    // cannot overwrite it as another.
    if (previous.some((p) => p.scorerKind !== input.scorerKind)) throw new WorkflowError('conflict');
    const now = new Date();
    for (const e of filled) {
      const note = e.comment === '' ? null : e.comment;
      await tx
        .insert(scores)
        .values({
          criterionId: e.criterionId,
          scoredUnitId: input.scoredUnitId,
          scorerUnitId: right.scorerUnitId,
          scorerKind: input.scorerKind,
          points: e.points!,
          comment: input.scorerKind === 'self' ? null : note,
          evidenceNote: input.scorerKind === 'self' ? note : null,
          scoredBy: ctx.viewer.id,
          updatedAt: now,
        })
        .onConflictDoUpdate({
          target: [scores.criterionId, scores.scoredUnitId, scores.scorerUnitId],
          set: { points: e.points!, comment: input.scorerKind === 'self' ? null : note, evidenceNote: input.scorerKind === 'self' ? note : null, scoredBy: ctx.viewer.id, updatedAt: now },
        });
    }
    await appendAuditEvent(tx, {
      ...actorFields(ctx.viewer, right.grant),
      action: 'save_scores',
      entityKind: 'bloc_term',
      entityId: term.id,
      fromStatus: null,
      toStatus: null,
      reason: null,
      payload: {
        agreementId: agreement.id,
        scoredUnitId: input.scoredUnitId,
        scorerUnitId: right.scorerUnitId,
        scorerKind: input.scorerKind,
        entries: filled.map((e) => ({ criterionId: e.criterionId, points: e.points, previous: previous.find((p) => p.criterionId === e.criterionId)?.points ?? null })),
      },
      ip: ctx.ip,
    });
    return { saved: filled.length };
  });
}

/** A lead closes scoring: from then on scores are read only and the scoreboard is shown. */
export async function closeScoring(ctx: ActionContext, input: CloseScoringInput): Promise<{ closedAt: string }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const term = await readableBlocTerm(tx, ctx.viewer, input.termId);
    const lead = blocLeadOf(ctx.viewer, term);
    if (!lead) throw new WorkflowError('role_not_permitted', { roles: 'bloc_lead' });
    const agreement = await loadCurrentAgreement(tx, term.id);
    if (!agreement) throw new WorkflowError('no_agreement');
    // The claim: only one close wins; the loser (or a second click) is told scoring is closed.
    const [closed] = await tx
      .update(blocTerms)
      .set({ scoringClosedAt: sql`now()` })
      .where(and(eq(blocTerms.id, term.id), isNull(blocTerms.scoringClosedAt)))
      .returning({ closedAt: blocTerms.scoringClosedAt });
    if (!closed?.closedAt) throw new WorkflowError('scoring_closed');
    const board = await boardOf(tx, term, agreement.id);
    await appendAuditEvent(tx, {
      ...actorFields(ctx.viewer, lead.grant),
      action: 'close_scoring',
      entityKind: 'bloc_term',
      entityId: term.id,
      fromStatus: null,
      toStatus: null,
      reason: null,
      payload: { agreementId: agreement.id, version: agreement.version, ranking: board.ranked.map((m) => ({ unitId: m.unitId, rank: m.rank, total: m.total, decidedBy: m.decidedBy })) },
      ip: ctx.ip,
    });
    return { closedAt: closed.closedAt.toISOString() };
  });
}

export interface BoardRow {
  unitId: number;
  nameVi: string;
  nameEn: string;
  rank: number;
  decidedBy: TieBreak | null;
  total: number;
  criteriaPoints: number;
  bonus: number;
  deduction: number;
  selfTotal: number | null;
  z: number | null;
  scorers: number;
  /** Per criterion: the official points and every score behind them. */
  criteria: { criterionId: number; official: number | null; self: number | null; entries: StoredScore[] }[];
}

async function boardOf(db: Db | Tx, term: BlocTermFacts, agreementId: number): Promise<{ criteria: CriterionRow[]; ranked: BoardRow[]; normalised: boolean }> {
  const [criteria, members] = await Promise.all([loadCriteria(db, agreementId), membersOf(db, term)]);
  const stored = await loadScores(db, criteria);
  const specs = criteria.map(specOf);
  const entries = stored.map(entryOf);
  const ids = members.map((m) => m.unitId);
  const totals = memberTotals(specs, entries, ids);
  const ranked = rankMembers(totals, new Map(members.map((m) => [m.unitId, m.nameVi])));
  const z = new Map(normalisedScores(specs, entries, ids).map((n) => [n.unitId, n]));
  const names = new Map(members.map((m) => [m.unitId, m]));
  // The z column means something only when more than one scorer (besides self) scored.
  const scorerUnits = new Set(stored.filter((s) => s.scorerKind !== 'self').map((s) => s.scorerUnitId));
  return {
    criteria,
    normalised: scorerUnits.size > 1,
    ranked: ranked.map((m) => ({
      unitId: m.unitId,
      nameVi: names.get(m.unitId)?.nameVi ?? '',
      nameEn: names.get(m.unitId)?.nameEn ?? '',
      rank: m.rank,
      decidedBy: m.decidedBy,
      total: m.total,
      criteriaPoints: m.criteriaPoints,
      bonus: m.bonus,
      deduction: m.deduction,
      selfTotal: m.selfTotal,
      z: z.get(m.unitId)?.z ?? null,
      scorers: z.get(m.unitId)?.scorers ?? 0,
      criteria: m.criteria.map((c) => ({ criterionId: c.criterionId, official: c.official, self: c.self, entries: stored.filter((s) => s.scoredUnitId === m.unitId && s.criterionId === c.criterionId) })),
    })),
  };
}

export interface Scoreboard {
  term: { id: number; year: number; nameVi: string; nameEn: string; closedAt: Date | null };
  agreement: AgreementHead | null;
  criteria: CriterionRow[];
  /** Empty until scoring closes. */
  ranked: BoardRow[];
  normalised: boolean;
}

/** The bloc's ranking once scoring has closed, every number with the scores behind it. Caller:
 * anyone who may read the bloc-year. */
export async function getScoreboard(viewer: Viewer, termId?: number | null): Promise<Scoreboard | null> {
  const db = await getDb();
  const resolved = await resolveBlocTerm(db, viewer, termId);
  if (!resolved) return null;
  const { term } = resolved;
  const agreement = await loadCurrentAgreement(db, term.id);
  const head = { term: { id: term.id, year: term.year, nameVi: term.nameVi, nameEn: term.nameEn, closedAt: term.scoringClosedAt }, agreement };
  if (!agreement || term.scoringClosedAt === null) return { ...head, criteria: agreement ? await loadCriteria(db, agreement.id) : [], ranked: [], normalised: false };
  return { ...head, ...(await boardOf(db, term, agreement.id)) };
}

/** Members' progress in scoring: rows of the current table each has scored itself on, and rows a
 * lead has scored it on. */
export async function scoringProgress(db: Db | Tx, term: BlocTermFacts, agreementId: number): Promise<Map<number, { self: number; lead: number; rows: number }>> {
  const criteria = await loadCriteria(db, agreementId);
  const stored = await loadScores(db, criteria);
  return new Map(
    term.memberUnitIds.map((unitId) => {
      const mine = stored.filter((s) => s.scoredUnitId === unitId);
      return [
        unitId,
        {
          self: new Set(mine.filter((s) => s.scorerKind === 'self').map((s) => s.criterionId)).size,
          lead: new Set(mine.filter((s) => s.scorerKind === 'head' || s.scorerKind === 'deputy').map((s) => s.criterionId)).size,
          rows: criteria.length,
        },
      ];
    }),
  );
}
