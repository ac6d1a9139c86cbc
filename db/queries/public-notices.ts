import 'server-only';
import { asc, desc, eq, gte, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { NomineeKind } from '@/lib/domain/constants';
import { isoDate, parseIsoDate, todayInVietnam } from '@/lib/rules/dates';
import { noticePhase, type NoticePhase } from '@/lib/rules/notice-window';
import { workingDaysLeft } from '@/lib/rules/working-days';
import { HONEYPOT_FIELD, type NoticeCommentInput } from '@/lib/validation/notice';
import { WorkflowError } from '@/lib/workflow/refusals';
import { appendAuditEvent } from '../audit-append';
import { getDb, type Db, type Tx } from '../client';
import { awardTypes, households, nominations, noticeComments, people, publicNoticeItems, publicNotices, rounds, units } from '../schema';
import { holidaySet } from './holidays';
import { addressKey, candidateToken } from './notice-hashing';
import { takeRateLimitHit, type RateLimit } from './rate-limit';

// The public notice as anyone sees it, signed in or not (issue 6 §4). Everything here returns a DTO of
// the fields meant to be public: the nominee's name, position and unit, the award, a short summary of
// achievements and the comment window. Never ids of people or users, internal references, statuses
// other than the notice's own, documents, eligibility checks, nor anything about who commented.

/** How long a closed notice stays listed on the public page. */
const RECENTLY_CLOSED_DAYS = 90;
/** A summary longer than this is cut at a word: the public page lists, the dossier details. */
const SUMMARY_MAX = 480;

/** Comments from one address, and on one notice from everyone, within a sliding window. Counted in
 * the database (rate_limit_hits), so that the limit holds across several app servers. */
export const COMMENT_RATE_LIMITS = {
  perAddress: { bucket: 'notice_comment', max: 5, minutes: 10 },
  perNotice: { bucket: 'notice_comment_total', max: 100, minutes: 60 },
} as const;


export interface PublicNoticeSummary {
  id: number;
  awardVi: string | null;
  awardEn: string | null;
  roundVi: string;
  roundEn: string;
  /** The notice's own state; the only status the public sees. */
  state: 'running' | 'closed';
  opensOn: string;
  closesOn: string;
  workingDays: number;
  /** Working days after today up to the closing day (0 on the closing day itself and once closed). */
  workingDaysLeft: number;
  /** Not yet open, receiving comments, its window over, or closed. */
  phase: NoticePhase;
  /** Whether comments are received today: the notice runs and today is inside its window. */
  acceptingComments: boolean;
  candidateCount: number;
}

export interface PublicCandidate {
  /** An opaque name for the comment form (a keyed hash): not the nomination's id nor its reference. */
  token: string;
  kind: NomineeKind;
  /** A person's or household head's name, or a collective's name, in Vietnamese and in English. */
  nameVi: string;
  nameEn: string;
  /** A person's position, as the unit reported it (Vietnamese only). */
  position: string | null;
  unitVi: string | null;
  unitEn: string | null;
  summary: string;
}

export interface PublicNotice extends PublicNoticeSummary {
  candidates: PublicCandidate[];
}

const nomineeUnit = alias(units, 'public_nominee_unit');
const personUnit = alias(units, 'public_person_unit');
const householdUnit = alias(units, 'public_household_unit');

const noticeColumns = {
  id: publicNotices.id,
  state: publicNotices.state,
  opensOn: publicNotices.opensOn,
  closesOn: publicNotices.closesOn,
  workingDays: publicNotices.workingDays,
  awardVi: awardTypes.nameVi,
  awardEn: awardTypes.nameEn,
  roundVi: rounds.nameVi,
  roundEn: rounds.nameEn,
  candidateCount: sql<number>`(select count(*) from ${publicNoticeItems} where ${publicNoticeItems.noticeId} = ${publicNotices.id})`.mapWith(Number),
};

function selectNotices(db: Db) {
  return db.select(noticeColumns).from(publicNotices).innerJoin(rounds, eq(rounds.id, publicNotices.roundId)).leftJoin(awardTypes, eq(awardTypes.id, publicNotices.awardTypeId)).$dynamic();
}

type NoticeRow = Awaited<ReturnType<ReturnType<typeof selectNotices>['execute']>>[number];

function daysBefore(day: string, days: number): string {
  const d = parseIsoDate(day);
  d.setUTCDate(d.getUTCDate() - days);
  return isoDate(d);
}

async function summarize(db: Db, rows: NoticeRow[], today: string): Promise<PublicNoticeSummary[]> {
  const last = rows.reduce((max, r) => (r.closesOn > max ? r.closesOn : max), today);
  const holidays = await holidaySet(db, today, last);
  return rows.map((r) => {
    const running = r.state === 'running';
    const phase = noticePhase(running ? 'running' : 'closed', r.opensOn, r.closesOn, today);
    return {
      id: r.id,
      awardVi: r.awardVi,
      awardEn: r.awardEn,
      roundVi: r.roundVi,
      roundEn: r.roundEn,
      state: running ? 'running' : 'closed',
      opensOn: r.opensOn,
      closesOn: r.closesOn,
      workingDays: r.workingDays,
      workingDaysLeft: running ? Math.max(0, workingDaysLeft(today, r.closesOn, holidays)) : 0,
      phase,
      acceptingComments: phase === 'open',
      candidateCount: r.candidateCount,
    };
  });
}

/** The notices running now and those closed within the last 90 days. Caller: anyone. */
export async function listPublicNotices(): Promise<PublicNoticeSummary[]> {
  const db = await getDb();
  const today = todayInVietnam();
  const rows = await selectNotices(db)
    .where(or(eq(publicNotices.state, 'running'), gte(publicNotices.closesOn, daysBefore(today, RECENTLY_CLOSED_DAYS))))
    .orderBy(desc(sql`${publicNotices.state} = 'running'`), desc(publicNotices.closesOn), desc(publicNotices.id))
    .limit(50);
  return summarize(db, rows, today);
}

function shorten(text: string): string {
  const plain = text.replace(/\s+/g, ' ').trim();
  if (plain.length <= SUMMARY_MAX) return plain;
  const cut = plain.slice(0, SUMMARY_MAX);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), SUMMARY_MAX - 40)).trimEnd()}…`;
}

async function candidatesOf(db: Db | Tx, noticeId: number): Promise<{ nominationId: number; candidate: PublicCandidate }[]> {
  const rows = await db
    .select({
      nominationId: nominations.id,
      kind: nominations.nomineeKind,
      unitNameVi: nomineeUnit.nameVi,
      unitNameEn: nomineeUnit.nameEn,
      personName: people.fullName,
      position: people.position,
      personUnitVi: personUnit.nameVi,
      personUnitEn: personUnit.nameEn,
      householdHead: households.headName,
      householdUnitVi: householdUnit.nameVi,
      householdUnitEn: householdUnit.nameEn,
      summary: nominations.achievementSummary,
    })
    .from(publicNoticeItems)
    .innerJoin(nominations, eq(nominations.id, publicNoticeItems.nominationId))
    .leftJoin(nomineeUnit, eq(nomineeUnit.id, nominations.nomineeUnitId))
    .leftJoin(people, eq(people.id, nominations.nomineePersonId))
    .leftJoin(personUnit, eq(personUnit.id, people.unitId))
    .leftJoin(households, eq(households.id, nominations.nomineeHouseholdId))
    .leftJoin(householdUnit, eq(householdUnit.id, households.unitId))
    .where(eq(publicNoticeItems.noticeId, noticeId))
    .orderBy(asc(nominations.id));
  return rows
    .map((r) => ({
      nominationId: r.nominationId,
      candidate: {
        token: candidateToken(noticeId, r.nominationId),
        kind: r.kind,
        nameVi: (r.kind === 'unit' ? r.unitNameVi : r.kind === 'person' ? r.personName : r.householdHead) ?? '',
        nameEn: (r.kind === 'unit' ? r.unitNameEn : r.kind === 'person' ? r.personName : r.householdHead) ?? '',
        position: r.kind === 'person' ? r.position : null,
        // A collective is named by itself; a person and a household by the unit they belong to.
        unitVi: r.kind === 'person' ? r.personUnitVi : r.kind === 'household' ? r.householdUnitVi : null,
        unitEn: r.kind === 'person' ? r.personUnitEn : r.kind === 'household' ? r.householdUnitEn : null,
        summary: shorten(r.summary),
      },
    }))
    .sort((a, b) => a.candidate.nameVi.localeCompare(b.candidate.nameVi, 'vi'));
}

/** One notice with its candidates and its comment window, or null. Caller: anyone. */
export async function getPublicNotice(noticeId: number): Promise<PublicNotice | null> {
  const db = await getDb();
  const today = todayInVietnam();
  const [row] = await selectNotices(db).where(eq(publicNotices.id, noticeId));
  if (!row) return null;
  const [summary] = await summarize(db, [row], today);
  // The nomination's id stays here: the public DTO carries the candidate's token only.
  const candidates = (await candidatesOf(db, noticeId)).map((c) => c.candidate);
  return { ...summary!, candidates };
}

/** One more hit of `key` against `limit`, or the refusal named (the caller's transaction rolls back). */
async function takeRateLimit(tx: Tx, limit: RateLimit, key: string, refusal: 'notice_comment_rate_limited' | 'notice_comment_ceiling'): Promise<void> {
  if (!(await takeRateLimitHit(tx, limit, key))) throw new WorkflowError(refusal, { max: limit.max, minutes: limit.minutes });
}

/**
 * A comment from the public on one candidate of a running notice. Caller: anyone; `address` is the
 * client's address as the server saw it, kept only as a keyed hash for the rate limits. Refused when
 * the notice is not running or its window is over, and past the limits per address and per notice.
 * A request that filled the honeypot is counted and answered like any other, and nothing is stored.
 */
export async function postNoticeComment(input: NoticeCommentInput, address: string | null): Promise<{ received: true }> {
  const db = await getDb();
  const today = todayInVietnam();
  return db.transaction(async (tx) => {
    // Shared with other comments, exclusive with closing: a comment is never taken into a notice that
    // is being closed, and closing never misses one that was received.
    const [notice] = await tx
      .select({ id: publicNotices.id, state: publicNotices.state, opensOn: publicNotices.opensOn, closesOn: publicNotices.closesOn })
      .from(publicNotices)
      .where(eq(publicNotices.id, input.noticeId))
      .for('share');
    if (!notice) throw new WorkflowError('not_found');
    if (noticePhase(notice.state === 'running' ? 'running' : 'closed', notice.opensOn, notice.closesOn, today) !== 'open') throw new WorkflowError('notice_not_running', { closesOn: notice.closesOn });
    const candidate = (await candidatesOf(tx, notice.id)).find((c) => c.candidate.token === input.candidate);
    if (!candidate) throw new WorkflowError('not_found');

    const { perAddress, perNotice } = COMMENT_RATE_LIMITS;
    await takeRateLimit(tx, perAddress, addressKey(address), 'notice_comment_rate_limited');
    await takeRateLimit(tx, perNotice, String(notice.id), 'notice_comment_ceiling');
    if (input[HONEYPOT_FIELD]) return { received: true };

    const [comment] = await tx
      .insert(noticeComments)
      .values({ noticeId: notice.id, nominationId: candidate.nominationId, authorName: input.authorName, contact: input.contact, body: input.body })
      .returning({ id: noticeComments.id });
    // The nomination's record shows that a comment arrived; who wrote it, and how to reach them, stay
    // with the comment, for the appraiser.
    await appendAuditEvent(tx, {
      actorUserId: null,
      actorName: 'Công chúng (góp ý công khai)',
      actingForUserId: null,
      role: null,
      scopeKind: null,
      scopeId: null,
      action: 'notice_comment',
      entityKind: 'nomination',
      entityId: candidate.nominationId,
      fromStatus: null,
      toStatus: null,
      reason: null,
      payload: { noticeId: notice.id, commentId: comment!.id },
      ip: null,
    });
    return { received: true };
  });
}
