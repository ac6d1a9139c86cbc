import 'server-only';
import { and, asc, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { RoleGrant, Viewer } from '@/lib/policy/viewer';
import { todayInVietnam } from '@/lib/rules/dates';
import { noticePhase, noticeWindowRunning, type NoticePhase } from '@/lib/rules/notice-window';
import { workingDaysLeft } from '@/lib/rules/working-days';
import type { NoticeAnswerInput, NoticeCloseInput } from '@/lib/validation/notice';
import { IN_PUBLIC_NOTICE } from '@/lib/workflow/status-groups';
import { WorkflowError } from '@/lib/workflow/refusals';
import { actorFields, appendAuditEvent } from '../audit-append';
import { getDb, type Db, type Tx } from '../client';
import { awardTypes, nominations, noticeComments, publicNoticeItems, publicNotices, rounds, users } from '../schema';
import { holidaySet } from './holidays';
import { selectNominationSummaries, type NominationSummary } from './nomination-summary';
import { loadNominationFacts } from './workflow/facts';
import { requireNoticeClosable } from './workflow/public-notice';
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

// The appraiser's side of the public notice (issue 6 §4): the notices of the province with their
// candidates and comments, the answer to each comment, and closing a notice, which moves every
// candidate on to the decision through close_notice in one transaction.

/** The appraiser's grants over a province. The public notice is run by the province's appraisers. */
function appraiserGrants(viewer: Viewer): RoleGrant[] {
  return viewer.grants.filter((g) => g.role === 'appraiser' && g.scopeKind === 'province' && g.unitId !== null);
}

function isAppraiserGrant(grant: RoleGrant): boolean {
  return grant.role === 'appraiser' && grant.scopeKind === 'province' && grant.unitId !== null;
}

export interface NoticeOverview {
  id: number;
  awardVi: string | null;
  awardEn: string | null;
  roundVi: string;
  roundEn: string;
  state: 'running' | 'closed';
  opensOn: string;
  closesOn: string;
  workingDays: number;
  /** Working days after today up to the closing day; negative once the closing day has passed. */
  workingDaysLeft: number;
  /** The window has run (the day after its closing day has come). */
  windowRun: boolean;
  phase: NoticePhase;
  candidates: number;
  /** Candidates still in public_notice: those closing will move on. */
  inNotice: number;
  comments: number;
  unanswered: number;
  closedAt: Date | null;
}

const overviewColumns = {
  id: publicNotices.id,
  state: publicNotices.state,
  opensOn: publicNotices.opensOn,
  closesOn: publicNotices.closesOn,
  workingDays: publicNotices.workingDays,
  closedAt: publicNotices.closedAt,
  provinceUnitId: rounds.provinceUnitId,
  awardVi: awardTypes.nameVi,
  awardEn: awardTypes.nameEn,
  roundVi: rounds.nameVi,
  roundEn: rounds.nameEn,
  candidates: sql<number>`(select count(*) from ${publicNoticeItems} where ${publicNoticeItems.noticeId} = ${publicNotices.id})`.mapWith(Number),
  inNotice: sql<number>`(select count(*) from ${publicNoticeItems} join ${nominations} on ${nominations.id} = ${publicNoticeItems.nominationId} where ${publicNoticeItems.noticeId} = ${publicNotices.id} and ${nominations.status} = ${IN_PUBLIC_NOTICE})`.mapWith(Number),
  comments: sql<number>`(select count(*) from ${noticeComments} where ${noticeComments.noticeId} = ${publicNotices.id})`.mapWith(Number),
  unanswered: sql<number>`(select count(*) from ${noticeComments} where ${noticeComments.noticeId} = ${publicNotices.id} and ${noticeComments.answeredAt} is null)`.mapWith(Number),
};

function selectOverviews(db: Db) {
  return db.select(overviewColumns).from(publicNotices).innerJoin(rounds, eq(rounds.id, publicNotices.roundId)).leftJoin(awardTypes, eq(awardTypes.id, publicNotices.awardTypeId)).$dynamic();
}

type OverviewRow = Awaited<ReturnType<ReturnType<typeof selectOverviews>['execute']>>[number];

async function toOverviews(db: Db, rows: OverviewRow[]): Promise<NoticeOverview[]> {
  const today = todayInVietnam();
  const from = rows.reduce((min, r) => (r.closesOn < min ? r.closesOn : min), today);
  const to = rows.reduce((max, r) => (r.closesOn > max ? r.closesOn : max), today);
  const holidays = await holidaySet(db, from, to);
  return rows.map((r) => ({
    id: r.id,
    awardVi: r.awardVi,
    awardEn: r.awardEn,
    roundVi: r.roundVi,
    roundEn: r.roundEn,
    opensOn: r.opensOn,
    closesOn: r.closesOn,
    workingDays: r.workingDays,
    candidates: r.candidates,
    inNotice: r.inNotice,
    comments: r.comments,
    unanswered: r.unanswered,
    closedAt: r.closedAt,
    state: r.state === 'running' ? 'running' : 'closed',
    workingDaysLeft: workingDaysLeft(today, r.closesOn, holidays),
    windowRun: !noticeWindowRunning(r.closesOn, today),
    phase: noticePhase(r.state === 'running' ? 'running' : 'closed', r.opensOn, r.closesOn, today),
  }));
}

/** The province's notices, running first, then by closing day. Caller: appraiser of the province;
 * null for anyone else. */
export async function listNoticesForAppraiser(viewer: Viewer): Promise<NoticeOverview[] | null> {
  const provinces = appraiserGrants(viewer).map((g) => g.unitId!);
  if (provinces.length === 0) return null;
  const db = await getDb();
  const rows = await selectOverviews(db)
    .where(inArray(rounds.provinceUnitId, provinces))
    .orderBy(desc(sql`${publicNotices.state} = 'running'`), desc(publicNotices.closesOn), desc(publicNotices.id))
    .limit(200);
  return toOverviews(db, rows);
}

/** The notices running now, for the appraiser's home ("notices running", ux.md). Caller: an appraiser
 * grant over a province; null for any other grant. */
export async function getRunningNotices(grant: RoleGrant): Promise<NoticeOverview[] | null> {
  if (!isAppraiserGrant(grant)) return null;
  const db = await getDb();
  const rows = await selectOverviews(db)
    .where(and(eq(rounds.provinceUnitId, grant.unitId!), eq(publicNotices.state, 'running')))
    .orderBy(asc(publicNotices.closesOn), asc(publicNotices.id))
    .limit(20);
  return toOverviews(db, rows);
}

export interface NoticeComment {
  id: number;
  authorName: string;
  /** Given by the commenter for the answer; shown to the province's staff only. */
  contact: string | null;
  body: string;
  receivedAt: Date;
  answer: string | null;
  answeredByName: string | null;
  answeredAt: Date | null;
}

export interface NoticeCandidate extends NominationSummary {
  comments: NoticeComment[];
}

export interface NoticeWorkspace {
  notice: NoticeOverview;
  candidates: NoticeCandidate[];
  /** What closing takes now, the candidates in public_notice with the versions seen. */
  closable: { nominationId: number; version: number }[];
}

/** One notice of the province with its candidates and every comment. Caller: appraiser of the
 * notice's province; null for anyone else or an unknown notice (an id reveals nothing). */
export async function getNoticeWorkspace(viewer: Viewer, noticeId: number): Promise<NoticeWorkspace | null> {
  const provinces = appraiserGrants(viewer).map((g) => g.unitId!);
  if (provinces.length === 0) return null;
  const db = await getDb();
  const [row] = await selectOverviews(db).where(and(eq(publicNotices.id, noticeId), inArray(rounds.provinceUnitId, provinces)));
  if (!row) return null;
  const [notice] = await toOverviews(db, [row]);
  const items = db.select({ id: publicNoticeItems.nominationId }).from(publicNoticeItems).where(eq(publicNoticeItems.noticeId, noticeId));
  const [candidates, comments] = await Promise.all([
    selectNominationSummaries(db).where(inArray(nominations.id, items)).orderBy(asc(nominations.reference)),
    db
      .select({
        id: noticeComments.id,
        nominationId: noticeComments.nominationId,
        authorName: noticeComments.authorName,
        contact: noticeComments.contact,
        body: noticeComments.body,
        receivedAt: noticeComments.receivedAt,
        answer: noticeComments.answer,
        answeredByName: users.displayName,
        answeredAt: noticeComments.answeredAt,
      })
      .from(noticeComments)
      .leftJoin(users, eq(users.id, noticeComments.answeredBy))
      .where(eq(noticeComments.noticeId, noticeId))
      .orderBy(asc(noticeComments.receivedAt), asc(noticeComments.id)),
  ]);
  return {
    notice: notice!,
    candidates: candidates.map((c) => ({
      ...c,
      comments: comments
        .filter((m) => m.nominationId === c.id)
        .map((m) => ({ id: m.id, authorName: m.authorName, contact: m.contact, body: m.body, receivedAt: m.receivedAt, answer: m.answer, answeredByName: m.answeredByName, answeredAt: m.answeredAt })),
    })),
    closable: candidates.filter((c) => c.status === IN_PUBLIC_NOTICE).map((c) => ({ nominationId: c.id, version: c.version })),
  };
}

/** The appraiser's grant over this nomination, or the refusal: not_found for a nomination out of
 * every scope the person reads, role_not_permitted for another role, own_unit for their own unit's
 * nominee (nobody reviews their own unit or themselves). */
async function appraiserOver(tx: Tx, viewer: Viewer, nominationId: number): Promise<RoleGrant> {
  const n = await loadNominationFacts(tx, nominationId);
  if (!n) throw new WorkflowError('not_found');
  const grant = appraiserGrants(viewer).find((g) => n.proposingUnitPath.includes(g.unitId!));
  if (!grant) {
    const reads = viewer.grants.some((g) => g.scopeKind === 'province' && g.role !== 'admin' && g.unitId !== null && n.proposingUnitPath.includes(g.unitId));
    throw reads ? new WorkflowError('role_not_permitted', { roles: 'appraiser' }) : new WorkflowError('not_found');
  }
  const own = (viewer.personId !== null && viewer.personId === n.nomineePersonId) || (viewer.unitId !== null && (viewer.unitId === n.proposingUnitId || viewer.unitId === n.nomineeUnitId));
  if (own) throw new WorkflowError('own_unit');
  return grant;
}

/** The appraiser answers a comment from the public. Audited with the answer. The same answer sent
 * again by the same person (a double submit) is the first one's success; any other second answer is
 * refused: the first stays, as it was recorded. Caller: appraiser of the nomination's province. */
export async function answerNoticeComment(ctx: ActionContext, input: NoticeAnswerInput): Promise<{ commentId: number; replayed: boolean }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [comment] = await tx
      .select({ id: noticeComments.id, noticeId: noticeComments.noticeId, nominationId: noticeComments.nominationId, answer: noticeComments.answer, answeredBy: noticeComments.answeredBy })
      .from(noticeComments)
      .where(eq(noticeComments.id, input.commentId))
      .for('update');
    if (!comment) throw new WorkflowError('not_found');
    const grant = await appraiserOver(tx, ctx.viewer, comment.nominationId);
    if (comment.answer !== null) {
      if (comment.answeredBy === ctx.viewer.id && comment.answer === input.answer) return { commentId: comment.id, replayed: true };
      throw new WorkflowError('notice_comment_answered_already');
    }
    await tx.update(noticeComments).set({ answer: input.answer, answeredBy: ctx.viewer.id, answeredAt: new Date() }).where(and(eq(noticeComments.id, comment.id), isNull(noticeComments.answeredAt)));
    await appendAuditEvent(tx, {
      ...actorFields(ctx.viewer, grant),
      action: 'notice_comment_answer',
      entityKind: 'nomination',
      entityId: comment.nominationId,
      fromStatus: null,
      toStatus: null,
      reason: null,
      payload: { noticeId: comment.noticeId, commentId: comment.id, answer: input.answer },
      ip: ctx.ip,
    });
    return { commentId: comment.id, replayed: false };
  });
}

export interface NoticeCloseResult {
  noticeId: number;
  moved: TransitionResult[];
}

const closeKey = (noticeId: number) => `notice.close.${noticeId}`;

/**
 * Closes a public notice: allowed once its window has run (its working days, to the end of the
 * closing day) and when every comment is answered. Every candidate still in public_notice moves to
 * awaiting_decision through close_notice (the transition table, its guards, one audit event each), and
 * the notice is marked closed with its own event, all in one transaction or not at all. The candidates
 * must be those the appraiser saw (ids and versions): any change since is a conflict. Caller: appraiser
 * of the notice's province.
 */
export async function closePublicNotice(ctx: ActionContext, input: NoticeCloseInput): Promise<NoticeCloseResult> {
  const db = await getDb();
  const seen = [...input.candidates].sort((a, b) => a.nominationId - b.nominationId);
  const outcome = await prepareOrReplay<NoticeCloseResult, { grant: RoleGrant; items: { spec: TransitionSpec; prepared: Prepared }[] }>(db, ctx, closeKey(input.noticeId), async () => {
    const [notice] = await db
      .select({ id: publicNotices.id, provinceUnitId: rounds.provinceUnitId })
      .from(publicNotices)
      .innerJoin(rounds, eq(rounds.id, publicNotices.roundId))
      .where(eq(publicNotices.id, input.noticeId));
    const grant = notice ? appraiserGrants(ctx.viewer).find((g) => g.unitId === notice.provinceUnitId) : undefined;
    if (!notice || !grant) {
      const reads = notice && ctx.viewer.grants.some((g) => g.scopeKind === 'province' && g.role !== 'admin' && g.unitId === notice.provinceUnitId);
      throw reads ? new WorkflowError('role_not_permitted', { roles: 'appraiser' }) : new WorkflowError('not_found');
    }
    const items: { spec: TransitionSpec; prepared: Prepared }[] = [];
    for (const c of seen) {
      const spec: TransitionSpec = {
        nominationId: c.nominationId,
        action: 'close_notice',
        expectedVersion: c.version,
        payload: { noticeId: notice.id },
        guard: (tx, n) => requireNoticeClosable(tx, n.id, n.roundId, n.awardTypeId),
      };
      items.push({ spec, prepared: await prepareTransition(ctx, spec, db) });
    }
    return { grant, items };
  });
  if ('replay' in outcome) return outcome.replay;
  const { grant, items } = outcome.prepared;

  return db.transaction(async (tx) => {
    const earlier = await claimIdempotencyKey<NoticeCloseResult>(tx, ctx, closeKey(input.noticeId));
    if (earlier) return earlier;
    // Exclusive: no comment is received while the notice closes (comments take it shared).
    const [notice] = await tx
      .select({ id: publicNotices.id, state: publicNotices.state, opensOn: publicNotices.opensOn, closesOn: publicNotices.closesOn, workingDays: publicNotices.workingDays })
      .from(publicNotices)
      .where(eq(publicNotices.id, input.noticeId))
      .for('update');
    if (!notice) throw new WorkflowError('not_found');
    if (notice.state !== 'running') throw new WorkflowError('notice_closed_already');
    const today = todayInVietnam();
    if (noticeWindowRunning(notice.closesOn, today)) {
      throw new WorkflowError('notice_window_not_run', { workingDays: notice.workingDays, opensOn: notice.opensOn, closesOn: notice.closesOn });
    }
    const [unanswered] = await tx.select({ n: count() }).from(noticeComments).where(and(eq(noticeComments.noticeId, notice.id), isNull(noticeComments.answeredAt)));
    if ((unanswered?.n ?? 0) > 0) throw new WorkflowError('notice_unanswered', { count: unanswered!.n });

    // The candidates in public_notice now must be exactly those the appraiser saw.
    const current = await tx
      .select({ id: nominations.id })
      .from(publicNoticeItems)
      .innerJoin(nominations, eq(nominations.id, publicNoticeItems.nominationId))
      .where(and(eq(publicNoticeItems.noticeId, notice.id), eq(nominations.status, IN_PUBLIC_NOTICE)))
      .orderBy(asc(nominations.id));
    if (current.map((c) => c.id).join(',') !== seen.map((c) => c.nominationId).join(',')) throw new WorkflowError('conflict');
    // Rows locked in id order before the first audit event takes the chain's lock (as decisions do).
    if (seen.length > 0) {
      await tx
        .select({ id: nominations.id })
        .from(nominations)
        .where(inArray(nominations.id, seen.map((c) => c.nominationId)))
        .orderBy(asc(nominations.id))
        .for('update');
    }
    const moved: TransitionResult[] = [];
    for (const { spec, prepared } of items) moved.push(await applyTransition(tx, ctx, spec, prepared));

    await tx.update(publicNotices).set({ state: 'closed', closedAt: new Date() }).where(eq(publicNotices.id, notice.id));
    await appendAuditEvent(tx, {
      ...actorFields(ctx.viewer, grant),
      action: 'notice_close',
      entityKind: 'public_notice',
      entityId: notice.id,
      fromStatus: null,
      toStatus: null,
      reason: null,
      payload: { opensOn: notice.opensOn, closesOn: notice.closesOn, workingDays: notice.workingDays, moved: moved.map((m) => m.reference) },
      ip: ctx.ip,
    });
    const result: NoticeCloseResult = { noticeId: notice.id, moved };
    await storeIdempotentResult(tx, ctx, result);
    return result;
  });
}
