import 'server-only';
import { and, count, desc, eq, gte, isNull, sql } from 'drizzle-orm';
import { todayInVietnam } from '@/lib/rules/dates';
import { addWorkingDays } from '@/lib/rules/working-days';
import { WorkflowError } from '@/lib/workflow/refusals';
import type { Tx } from '../../client';
import { holidays, noticeComments, publicNotices } from '../../schema';

// Any fixed number: the find-or-create of the running public notice of a round is serialized per round
// by this transaction-scoped lock, so that ballots recorded at the same moment share one notice.
const PUBLIC_NOTICE_LOCK = 3_318_205;

/** A nomination that passed the council joins the running public notice of its round and award, or opens one. */
export async function joinPublicNotice(tx: Tx, roundId: number, awardTypeId: number, workingDays: number, today: string, userId: number): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${PUBLIC_NOTICE_LOCK}::int, ${roundId}::int)`);
  const [running] = await tx
    .select({ id: publicNotices.id })
    .from(publicNotices)
    .where(and(eq(publicNotices.roundId, roundId), eq(publicNotices.awardTypeId, awardTypeId), eq(publicNotices.state, 'running')))
    .limit(1);
  if (running) return;
  const holidays = await holidaySetTx(tx, today);
  await tx.insert(publicNotices).values({ roundId, awardTypeId, opensOn: today, closesOn: addWorkingDays(today, workingDays, holidays), workingDays, publishedBy: userId });
}

async function holidaySetTx(tx: Tx, from: string): Promise<Set<string>> {
  const rows = await tx.select({ day: holidays.day }).from(holidays).where(gte(holidays.day, from));
  return new Set(rows.map((r) => r.day));
}

/** close_notice: the notice ran its working days, and every comment on this nomination is answered. */
export async function requireNoticeClosable(tx: Tx, nominationId: number, roundId: number, awardTypeId: number): Promise<void> {
  const today = todayInVietnam();
  const [notice] = await tx
    .select({ id: publicNotices.id, closesOn: publicNotices.closesOn })
    .from(publicNotices)
    .where(and(eq(publicNotices.roundId, roundId), eq(publicNotices.awardTypeId, awardTypeId)))
    .orderBy(desc(publicNotices.opensOn))
    .limit(1);
  if (notice && notice.closesOn > today) throw new WorkflowError('notice_still_running', { closesOn: notice.closesOn });
  const [unanswered] = await tx
    .select({ n: count() })
    .from(noticeComments)
    .where(and(eq(noticeComments.nominationId, nominationId), isNull(noticeComments.answeredAt)));
  if ((unanswered?.n ?? 0) > 0) throw new WorkflowError('notice_comments_unanswered', { count: unanswered!.n });
}
