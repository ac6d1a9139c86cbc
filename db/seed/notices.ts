import type { Tx } from '../client';
import { noticeComments, publicNoticeItems, publicNotices } from '../schema';
import { awardTypeKey } from './awards';
import { NOTICE_WORKING_DAYS, roundKey } from './calendar';
import { DEMO_TODAY } from './dates';
import { DEMO_ACCOUNTS } from './demo-accounts';
import type { IdMap } from './ids';
import { noticeWindow, type PlannedNomination } from './nomination-plan';

interface CommentRow {
  /** The nominee (person key) the comment is about. */
  person: string;
  authorName: string;
  body: string;
  receivedAt: string;
  /** Left out for a comment still waiting for the appraiser's answer. */
  answer?: string;
  answeredAt?: string;
}

// Comments from the public. Those on closed notices are all answered, as closing requires; the
// running notice has one still waiting for its answer.
const COMMENTS: readonly CommentRow[] = [
  {
    person: 'kimlien',
    authorName: 'Phạm Thị Hồng',
    body: 'Đề nghị cho biết sáng kiến của bà Đinh Thị Kim Liên đã được áp dụng tại những trường nào.',
    receivedAt: '2026-01-05T09:20:00+07:00',
    answer: 'Sáng kiến đã được áp dụng tại 27 trường trung học phổ thông trong tỉnh theo Quyết định số 2345/QĐ-UBND.',
    answeredAt: '2026-01-07T15:00:00+07:00',
  },
  {
    person: 'nhung',
    authorName: 'Nguyễn Văn Bình',
    body: 'Đề nghị làm rõ phạm vi áp dụng sáng kiến số hóa thủ tục hành chính liên thông cấp xã.',
    receivedAt: '2026-11-24T10:15:00+07:00',
    answer: 'Sáng kiến được áp dụng tại Bộ phận Một cửa của các xã, phường trong tỉnh từ tháng 01/2026 (Quyết định số 1287/QĐ-UBND).',
    answeredAt: '2026-11-25T14:00:00+07:00',
  },
  {
    person: 'lananh',
    authorName: 'Trần Minh Đức',
    body: 'Đề nghị cho biết 14 học sinh đạt giải quốc gia do cô Lan Anh bồi dưỡng thuộc những năm học nào.',
    receivedAt: '2026-11-25T08:40:00+07:00',
  },
];

/** A public notice per council session and award that needs one, listing the candidates who passed the
 * ballot (public_notice_items, as joinPublicNotice records them); it closes once its working days have
 * run (the current one is still running on the demo's today). */
export async function seedPublicNotices(
  tx: Tx,
  plan: readonly PlannedNomination[],
  ids: { rounds: IdMap; awardTypes: IdMap; nominations: IdMap; users: IdMap },
): Promise<void> {
  const appraiser = DEMO_ACCOUNTS.find((a) => a.role === 'appraiser');
  if (!appraiser) throw new Error('Demo seed: no appraiser account');
  const noticed = plan.filter((p) => p.steps.some((s) => s.to === 'public_notice'));
  const groups = new Map<string, PlannedNomination[]>();
  for (const p of noticed) {
    const key = `${p.spec.round}|${awardTypeKey(p.award.code, p.award.version)}|${p.ballot?.sessionOn}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }

  for (const members of groups.values()) {
    const first = members[0];
    const sessionOn = first?.ballot?.sessionOn;
    if (!first || !sessionOn) continue;
    const workingDays = first.award.noticeWorkingDays ?? NOTICE_WORKING_DAYS;
    const { opensOn, closesOn } = noticeWindow(sessionOn, workingDays);
    const closedBy = members.flatMap((p) => p.steps.filter((s) => s.action === 'close_notice')).map((s) => s.at);
    const closed = closesOn < DEMO_TODAY && closedBy.length > 0;
    const [notice] = await tx
      .insert(publicNotices)
      .values({
        roundId: ids.rounds.get(roundKey('year_end', first.spec.round)),
        awardTypeId: ids.awardTypes.get(awardTypeKey(first.award.code, first.award.version)),
        state: closed ? 'closed' : 'running',
        opensOn,
        closesOn,
        workingDays,
        publishedBy: ids.users.get(appraiser.username),
        closedAt: closed ? new Date(Math.min(...closedBy.map((d) => d.getTime()))) : null,
      })
      .returning({ id: publicNotices.id });
    if (!notice) throw new Error('Demo seed: public notice not inserted');
    await tx.insert(publicNoticeItems).values(members.map((p) => ({ noticeId: notice.id, nominationId: ids.nominations.get(p.reference) })));

    const comments = COMMENTS.filter((c) => members.some((p) => 'person' in p.spec.nominee && p.spec.nominee.person === c.person));
    if (comments.length === 0) continue;
    await tx.insert(noticeComments).values(
      comments.map((c) => {
        const nominee = members.find((p) => 'person' in p.spec.nominee && p.spec.nominee.person === c.person);
        if (!nominee) throw new Error('Demo seed: comment on an unknown candidate');
        return {
          noticeId: notice.id,
          nominationId: ids.nominations.get(nominee.reference),
          authorName: c.authorName,
          body: c.body,
          receivedAt: new Date(c.receivedAt),
          answer: c.answer ?? null,
          answeredBy: c.answer ? ids.users.get(appraiser.username) : null,
          answeredAt: c.answeredAt ? new Date(c.answeredAt) : null,
        };
      }),
    );
  }
}
