import 'server-only';
import { and, count, desc, eq, gte, isNull, sql } from 'drizzle-orm';
import { todayInVietnam } from '@/lib/rules/dates';
import { noticeWindowRunning } from '@/lib/rules/notice-window';
import { addWorkingDays } from '@/lib/rules/working-days';
import { WorkflowError } from '@/lib/workflow/refusals';
import type { Tx } from '../../client';
import { holidays, noticeComments, publicNoticeItems, publicNotices, rounds } from '../../schema';

// Any fixed number: the find-or-create of the running public notice of a round is serialized per round
// by this transaction-scoped lock, so that ballots recorded at the same moment share one notice.
const PUBLIC_NOTICE_LOCK = 3_318_205;

/** A nomination that passed the council joins the running public notice of its round and award, or
 * opens one, and is recorded among that notice's candidates (public_notice_items): the public page,
 * the comments and the closing all read the candidates from there. The window is the award type's
 * working days, never fewer than the round's minimum (domain.md §6: at least 10 where required). */
export async function joinPublicNotice(
  tx: Tx,
  nominationId: number,
  roundId: number,
  awardTypeId: number,
  workingDays: number,
  today: string,
  userId: number,
): Promise<{ noticeId: number; opened: boolean }> {
  await tx.execute(sql`select pg_advisory_xact_lock(${PUBLIC_NOTICE_LOCK}::int, ${roundId}::int)`);
  const [running] = await tx
    .select({ id: publicNotices.id })
    .from(publicNotices)
    .where(and(eq(publicNotices.roundId, roundId), eq(publicNotices.awardTypeId, awardTypeId), eq(publicNotices.state, 'running')))
    .limit(1);
  let noticeId = running?.id;
  if (noticeId === undefined) {
    const [round] = await tx.select({ minimum: rounds.noticeWorkingDays }).from(rounds).where(eq(rounds.id, roundId));
    const days = Math.max(workingDays, round?.minimum ?? 0);
    const holidays = await holidaySetTx(tx, today);
    const [opened] = await tx
      .insert(publicNotices)
      .values({ roundId, awardTypeId, opensOn: today, closesOn: addWorkingDays(today, days, holidays), workingDays: days, publishedBy: userId })
      .returning({ id: publicNotices.id });
    noticeId = opened!.id;
  }
  await tx.insert(publicNoticeItems).values({ noticeId, nominationId }).onConflictDoNothing();
  return { noticeId, opened: !running };
}

async function holidaySetTx(tx: Tx, from: string): Promise<Set<string>> {
  const rows = await tx.select({ day: holidays.day }).from(holidays).where(gte(holidays.day, from));
  return new Set(rows.map((r) => r.day));
}

/** The notice a nomination is a candidate of: the latest it joined. Nominations that entered a notice
 * before its candidates were recorded are found by their round and award, as they were then. */
export async function noticeOfNomination(tx: Tx, nominationId: number, roundId: number, awardTypeId: number): Promise<{ id: number; closesOn: string; workingDays: number } | null> {
  const columns = { id: publicNotices.id, closesOn: publicNotices.closesOn, workingDays: publicNotices.workingDays };
  const [listed] = await tx
    .select(columns)
    .from(publicNoticeItems)
    .innerJoin(publicNotices, eq(publicNotices.id, publicNoticeItems.noticeId))
    .where(eq(publicNoticeItems.nominationId, nominationId))
    .orderBy(desc(publicNotices.opensOn), desc(publicNotices.id))
    .limit(1);
  if (listed) return listed;
  const [byRound] = await tx
    .select(columns)
    .from(publicNotices)
    .where(and(eq(publicNotices.roundId, roundId), eq(publicNotices.awardTypeId, awardTypeId)))
    .orderBy(desc(publicNotices.opensOn), desc(publicNotices.id))
    .limit(1);
  return byRound ?? null;
}

/** close_notice: the notice ran its working days (to the end of its closing day), and every comment on
 * this nomination is answered. */
export async function requireNoticeClosable(tx: Tx, nominationId: number, roundId: number, awardTypeId: number): Promise<void> {
  const today = todayInVietnam();
  const notice = await noticeOfNomination(tx, nominationId, roundId, awardTypeId);
  if (notice && noticeWindowRunning(notice.closesOn, today)) throw new WorkflowError('notice_still_running', { closesOn: notice.closesOn, workingDays: notice.workingDays });
  const [unanswered] = await tx
    .select({ n: count() })
    .from(noticeComments)
    .where(and(eq(noticeComments.nominationId, nominationId), isNull(noticeComments.answeredAt)));
  if ((unanswered?.n ?? 0) > 0) throw new WorkflowError('notice_comments_unanswered', { count: unanswered!.n });
}
