import { randomUUID } from 'node:crypto';
import { and, asc, count, eq, inArray, isNull } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { setDatabaseForTests, type Database } from '@/db/client';
import { answerNoticeComment, closePublicNotice, getNoticeWorkspace, getRunningNotices, listNoticesForAppraiser } from '@/db/queries/notice-workspace';
import { COMMENT_RATE_LIMITS, getPublicNotice, listPublicNotices, postNoticeComment } from '@/db/queries/public-notices';
import { takeSimpleAction } from '@/db/queries/workflow/actions';
import { joinPublicNotice } from '@/db/queries/workflow/public-notice';
import { auditEvents, awardTypes, holidays, nominations, noticeComments, people, publicNoticeItems, publicNotices, rateLimitHits, roleAssignments, units, users } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { todayInVietnam } from '@/lib/rules/dates';
import { addWorkingDays } from '@/lib/rules/working-days';
import { ZNoticeAnswer, ZNoticeClose, ZNoticeComment, type NoticeCommentInput } from '@/lib/validation/notice';
import { WorkflowError } from '@/lib/workflow/refusals';
import { describeEachDatabase } from './harness';
import { contextOf, snapshot, verifyChain, viewerOf } from './workflow-helpers';

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof WorkflowError) return error.refusal;
    throw error;
  }
  throw new Error('expected a refusal');
}

/** Everything a refused notice action must leave as it was: nominations, events, comments, notices. */
async function noticeSnapshot(database: Database): Promise<string> {
  const db = database.db;
  const comments = await db.select({ id: noticeComments.id, answer: noticeComments.answer }).from(noticeComments).orderBy(asc(noticeComments.id));
  const notices = await db.select({ id: publicNotices.id, state: publicNotices.state, closedAt: publicNotices.closedAt }).from(publicNotices).orderBy(asc(publicNotices.id));
  return JSON.stringify({ base: await snapshot(database), comments, notices });
}

const FIGHTERS = ['Nguyễn Thị Hồng Nhung', 'Nguyễn Thị Lan Anh'];

describeEachDatabase(
  'the public notice: candidates, comments from the public, answers and closing',
  (get) => {
    beforeAll(() => setDatabaseForTests(get()));

    /** The seeded running notice of the 2026 provincial fighters, and its candidates. */
    async function fightersNotice() {
      const db = get().db;
      const [notice] = await db
        .select({ id: publicNotices.id, roundId: publicNotices.roundId, awardTypeId: publicNotices.awardTypeId, closesOn: publicNotices.closesOn, workingDays: publicNotices.workingDays })
        .from(publicNotices)
        .innerJoin(awardTypes, eq(awardTypes.id, publicNotices.awardTypeId))
        .where(and(eq(publicNotices.state, 'running'), eq(awardTypes.code, 'provincial_fighter')));
      if (!notice) throw new Error('the seed has no running notice of provincial fighters');
      const candidates = await db
        .select({ id: nominations.id, reference: nominations.reference, version: nominations.version, status: nominations.status, name: people.fullName })
        .from(publicNoticeItems)
        .innerJoin(nominations, eq(nominations.id, publicNoticeItems.nominationId))
        .innerJoin(people, eq(people.id, nominations.nomineePersonId))
        .where(eq(publicNoticeItems.noticeId, notice.id))
        .orderBy(asc(nominations.id));
      return { notice, candidates };
    }

    async function commentInput(noticeId: number, name: string, extra: Partial<NoticeCommentInput> = {}): Promise<NoticeCommentInput> {
      const published = await getPublicNotice(noticeId);
      const token = published!.candidates.find((c) => c.nameVi === name)!.token;
      return ZNoticeComment.parse({ noticeId, candidate: token, authorName: 'Lê Văn Tâm', contact: 'tam.le@example.vn', body: `Đề nghị làm rõ thành tích của ${name} trong năm 2026.`, ...extra });
    }

    it('the seed lists each noticed nomination among its notice’s candidates', async () => {
      const db = get().db;
      const { notice, candidates } = await fightersNotice();
      expect(candidates.map((c) => c.name).sort()).toEqual(FIGHTERS);
      expect(candidates.every((c) => c.status === 'public_notice')).toBe(true);
      // Every nomination that went through a notice is a candidate of exactly one, and no item is orphaned.
      const noticed = await db.select({ id: nominations.id }).from(nominations).where(eq(nominations.status, 'public_notice'));
      const items = await db.select({ nominationId: publicNoticeItems.nominationId }).from(publicNoticeItems);
      expect(noticed.every((n) => items.some((i) => i.nominationId === n.id))).toBe(true);
      expect(new Set(items.map((i) => i.nominationId)).size).toBe(items.length);
      const [closed] = await db.select({ n: count() }).from(publicNoticeItems).innerJoin(publicNotices, eq(publicNotices.id, publicNoticeItems.noticeId)).where(eq(publicNotices.state, 'closed'));
      expect(closed!.n).toBeGreaterThan(0);
      expect(notice.closesOn > todayInVietnam()).toBe(true);
    });

    it('a nomination passing the council joins the running notice of its round and award as a candidate, or opens one of at least the round’s minimum', async () => {
      const db = get().db;
      const { notice } = await fightersNotice();
      const [appraiser] = await db.select({ id: users.id }).from(users).where(eq(users.username, 'thamdinh'));
      const [inCouncil] = await db.select({ id: nominations.id }).from(nominations).where(eq(nominations.status, 'council')).limit(1);
      const [collective] = await db.select({ id: awardTypes.id }).from(awardTypes).where(eq(awardTypes.code, 'excellent_collective'));
      const today = todayInVietnam();
      const rollback = new Error('rolled back on purpose');
      await expect(
        db.transaction(async (tx) => {
          const joined = await joinPublicNotice(tx, inCouncil!.id, notice.roundId, notice.awardTypeId!, 10, today, appraiser!.id);
          expect(joined).toEqual({ noticeId: notice.id, opened: false });
          // Joining again (a replayed ballot) lists the candidate once.
          await joinPublicNotice(tx, inCouncil!.id, notice.roundId, notice.awardTypeId!, 10, today, appraiser!.id);
          const items = await tx.select({ nominationId: publicNoticeItems.nominationId }).from(publicNoticeItems).where(eq(publicNoticeItems.noticeId, notice.id));
          expect(items.filter((i) => i.nominationId === inCouncil!.id)).toHaveLength(1);
          expect(items).toHaveLength(3);

          // No running notice for this award: one opens, never shorter than the round's minimum (10).
          const opened = await joinPublicNotice(tx, inCouncil!.id, notice.roundId, collective!.id, 5, today, appraiser!.id);
          expect(opened.opened).toBe(true);
          const [fresh] = await tx.select().from(publicNotices).where(eq(publicNotices.id, opened.noticeId));
          const days = new Set((await tx.select({ day: holidays.day }).from(holidays)).map((h) => h.day));
          expect(fresh).toMatchObject({ state: 'running', opensOn: today, workingDays: 10, closesOn: addWorkingDays(today, 10, days), awardTypeId: collective!.id });
          expect(await tx.select().from(publicNoticeItems).where(eq(publicNoticeItems.noticeId, opened.noticeId))).toEqual([{ noticeId: opened.noticeId, nominationId: inCouncil!.id }]);
          throw rollback;
        }),
      ).rejects.toBe(rollback);
    });

    it('the public DTO carries only public fields: no ids, references, statuses, contacts or commenters', async () => {
      const { notice } = await fightersNotice();
      const list = await listPublicNotices();
      const listed = list.find((n) => n.id === notice.id);
      expect(listed).toMatchObject({ state: 'running', phase: 'open', acceptingComments: true, candidateCount: 2, workingDays: 10 });
      // The 2025 fighters' notice closed in January: past the 90 days of "recently closed", yet still public.
      const [old] = await get().db.select({ id: publicNotices.id }).from(publicNotices).where(eq(publicNotices.state, 'closed'));
      expect(list.some((n) => n.id === old!.id)).toBe(false);
      expect(await getPublicNotice(old!.id)).toMatchObject({ state: 'closed', phase: 'closed', acceptingComments: false, candidateCount: 1 });
      for (const n of list) expect(Object.keys(n).sort()).toEqual(['acceptingComments', 'awardEn', 'awardVi', 'candidateCount', 'closesOn', 'id', 'opensOn', 'phase', 'roundEn', 'roundVi', 'state', 'workingDays', 'workingDaysLeft']);

      const published = await getPublicNotice(notice.id);
      expect(published!.candidates.map((c) => c.nameVi)).toEqual(FIGHTERS);
      for (const c of published!.candidates) {
        expect(Object.keys(c).sort()).toEqual(['kind', 'nameEn', 'nameVi', 'position', 'summary', 'token', 'unitEn', 'unitVi']);
        expect(c.token).toMatch(/^[0-9a-f]{20}$/);
      }
      expect(published!.candidates.find((c) => c.nameVi === 'Nguyễn Thị Hồng Nhung')).toMatchObject({ kind: 'person', position: 'Phó Chủ tịch UBND phường Hoa Lư', unitVi: 'Phường Hoa Lư' });
      // Between working days left and the closing day: 27/11, 30/11, 1–4/12.
      expect(published!.workingDaysLeft).toBe(6);

      const json = JSON.stringify({ list, published });
      expect(json).not.toMatch(/NB-\d{4}-/);
      expect(json).not.toContain('@');
      expect(json).not.toMatch(/"(nominationId|userId|personId|unitId|status|reference|contact|authorName)"/);
      const db = get().db;
      const comments = await db.select({ authorName: noticeComments.authorName, body: noticeComments.body }).from(noticeComments);
      for (const c of comments) {
        expect(json).not.toContain(c.authorName);
        expect(json).not.toContain(c.body);
      }
      expect(await getPublicNotice(999_999)).toBeNull();
    });

    it('receives a comment on a candidate of a running notice, keeps its contact private, and records its arrival', async () => {
      const db = get().db;
      const { notice, candidates } = await fightersNotice();
      const lanAnh = candidates.find((c) => c.name === 'Nguyễn Thị Lan Anh')!;
      const input = await commentInput(notice.id, 'Nguyễn Thị Lan Anh');
      await expect(postNoticeComment(input, '203.0.113.7')).resolves.toEqual({ received: true });
      const [stored] = await db.select().from(noticeComments).where(eq(noticeComments.body, input.body));
      expect(stored).toMatchObject({ noticeId: notice.id, nominationId: lanAnh.id, authorName: 'Lê Văn Tâm', contact: 'tam.le@example.vn', answer: null });
      const [event] = await db.select().from(auditEvents).where(and(eq(auditEvents.action, 'notice_comment'), eq(auditEvents.entityId, lanAnh.id)));
      expect(event).toMatchObject({ entityKind: 'nomination', actorUserId: null, role: null, ip: null, payload: { noticeId: notice.id, commentId: stored!.id } });
      expect(JSON.stringify(event)).not.toContain('example.vn');
      // The rate limit keeps a keyed hash, never the address.
      const hits = await db.select({ key: rateLimitHits.key }).from(rateLimitHits).where(eq(rateLimitHits.bucket, COMMENT_RATE_LIMITS.perAddress.bucket));
      expect(hits.length).toBeGreaterThan(0);
      for (const h of hits) {
        expect(h.key).toMatch(/^[0-9a-f]{64}$/);
        expect(h.key).not.toContain('203.0.113.7');
      }
    });

    it('refuses comments on a closed notice, on a candidate it does not list, and past the limits; a filled honeypot stores nothing', async () => {
      const db = get().db;
      const { notice } = await fightersNotice();
      const [closed] = await db
        .select({ id: publicNotices.id })
        .from(publicNotices)
        .where(and(eq(publicNotices.state, 'closed'), inArray(publicNotices.id, db.select({ id: publicNoticeItems.noticeId }).from(publicNoticeItems))))
        .limit(1);
      const closedNotice = await getPublicNotice(closed!.id);
      const before = await noticeSnapshot(get());
      const onClosed = ZNoticeComment.parse({ noticeId: closed!.id, candidate: closedNotice!.candidates[0]!.token, authorName: 'Lê Văn Tâm', body: 'Ý kiến gửi sau khi đã kết thúc lấy ý kiến.' });
      expect(await refusal(postNoticeComment(onClosed, '198.51.100.1'))).toBe('notice_not_running');
      // A token of another notice's candidate names nobody here.
      expect(await refusal(postNoticeComment({ ...onClosed, noticeId: notice.id }, '198.51.100.1'))).toBe('not_found');
      expect(await refusal(postNoticeComment({ ...onClosed, noticeId: 999_999 }, '198.51.100.1'))).toBe('not_found');
      expect(await noticeSnapshot(get())).toBe(before);

      // The honeypot: answered like a success, counted, nothing stored.
      const bot = await commentInput(notice.id, 'Nguyễn Thị Hồng Nhung', { website: 'http://spam.example', body: 'Quảng cáo dịch vụ không liên quan đến danh sách.' });
      await expect(postNoticeComment(bot, '198.51.100.66')).resolves.toEqual({ received: true });
      expect(await db.select().from(noticeComments).where(eq(noticeComments.body, bot.body))).toEqual([]);
      expect(await noticeSnapshot(get())).toBe(before);

      // Five comments from one address in ten minutes; the sixth waits, and is not stored.
      const { perAddress, perNotice } = COMMENT_RATE_LIMITS;
      for (let i = 1; i <= perAddress.max; i++) await postNoticeComment(await commentInput(notice.id, 'Nguyễn Thị Hồng Nhung', { body: `Ý kiến thứ ${i} về trường hợp này, gửi từ cùng một địa chỉ.` }), '198.51.100.9');
      const sixth = await commentInput(notice.id, 'Nguyễn Thị Hồng Nhung', { body: 'Ý kiến thứ sáu gửi từ cùng một địa chỉ mạng.' });
      const limited = await postNoticeComment(sixth, '198.51.100.9').catch((e: unknown) => e);
      expect(limited).toBeInstanceOf(WorkflowError);
      expect(limited).toMatchObject({ refusal: 'notice_comment_rate_limited', params: { max: perAddress.max, minutes: perAddress.minutes } });
      expect(await db.select().from(noticeComments).where(eq(noticeComments.body, sixth.body))).toEqual([]);
      // Another address is not held back by the first.
      await expect(postNoticeComment(sixth, '198.51.100.10')).resolves.toEqual({ received: true });

      // At the same moment from one address (several app servers): the limit still holds exactly.
      const burst = await Promise.all(
        Array.from({ length: perAddress.max + 3 }, async (_, i) =>
          postNoticeComment(await commentInput(notice.id, 'Nguyễn Thị Lan Anh', { body: `Ý kiến đồng thời số ${i + 1} từ cùng một địa chỉ.` }), '198.51.100.77').then(
            () => 'received',
            (e: unknown) => (e instanceof WorkflowError ? e.refusal : String(e)),
          ),
        ),
      );
      expect(burst.filter((r) => r === 'received')).toHaveLength(perAddress.max);
      expect(burst.filter((r) => r === 'notice_comment_rate_limited')).toHaveLength(3);

      // The ceiling per notice counts every address, including hits recorded by other app servers.
      await db.insert(rateLimitHits).values(Array.from({ length: perNotice.max }, () => ({ bucket: perNotice.bucket, key: String(notice.id) })));
      const beforeCeiling = await noticeSnapshot(get());
      expect(await refusal(postNoticeComment(await commentInput(notice.id, 'Nguyễn Thị Lan Anh', { body: 'Ý kiến khi danh sách đã nhận quá nhiều ý kiến.' }), '192.0.2.44'))).toBe('notice_comment_ceiling');
      expect(await noticeSnapshot(get())).toBe(beforeCeiling);
      await db.delete(rateLimitHits).where(eq(rateLimitHits.bucket, perNotice.bucket));

      // The schema: strict keys, length limits.
      const valid = await commentInput(notice.id, 'Nguyễn Thị Lan Anh');
      expect(ZNoticeComment.safeParse({ ...valid, status: 'approved' }).success).toBe(false);
      expect(ZNoticeComment.safeParse({ ...valid, body: 'ngắn' }).success).toBe(false);
      expect(ZNoticeComment.safeParse({ ...valid, body: 'x'.repeat(2001) }).success).toBe(false);
      expect(ZNoticeComment.safeParse({ ...valid, authorName: ' ' }).success).toBe(false);
      expect(ZNoticeComment.safeParse({ ...valid, candidate: '42' }).success).toBe(false);
    });

    it('comments are answered by an appraiser of the province only, once, audited', async () => {
      const db = get().db;
      // An appraiser of another province.
      const [other] = await db.insert(units).values({ code: 'T-KHAC', kind: 'province', nameVi: 'Tỉnh Khác', nameEn: 'Other province', validFrom: '2025-07-01' }).returning({ id: units.id });
      const [user] = await db.insert(users).values({ username: 'thamdinh.khac', displayName: 'Thẩm định tỉnh khác', passwordHash: 'unused' }).returning({ id: users.id });
      await db.insert(roleAssignments).values({ userId: user!.id, role: 'appraiser', scopeKind: 'province', scopeUnitId: other!.id, validFrom: '2025-01-01' });

      const [comment] = await db.select().from(noticeComments).where(isNull(noticeComments.answeredAt)).orderBy(asc(noticeComments.id)).limit(1);
      const answer = ZNoticeAnswer.parse({ commentId: comment!.id, answer: 'Thông tin đã được Sở Nội vụ xác minh với đơn vị đề nghị.' });
      const before = await noticeSnapshot(get());
      expect(await refusal(answerNoticeComment(contextOf(await viewerOf(get(), 'thamdinh.khac')), answer))).toBe('not_found');
      const secretary = await refusal(answerNoticeComment(contextOf(await viewerOf(get(), 'thuky.hoidong')), answer));
      expect(secretary).toBe('role_not_permitted');
      expect(await refusal(answerNoticeComment(contextOf(await viewerOf(get(), 'thutruong.hoalu')), answer))).toBe('not_found');
      expect(await refusal(answerNoticeComment(contextOf(await viewerOf(get(), 'quantri')), answer))).toBe('not_found');
      expect(await refusal(answerNoticeComment(contextOf(await viewerOf(get(), 'thamdinh')), { ...answer, commentId: 999_999 }))).toBe('not_found');
      expect(await noticeSnapshot(get())).toBe(before);
      expect(ZNoticeAnswer.safeParse({ ...answer, answer: 'ngắn' }).success).toBe(false);
      expect(ZNoticeAnswer.safeParse({ ...answer, answeredBy: 1 }).success).toBe(false);

      const appraiser = await viewerOf(get(), 'thamdinh');
      await expect(answerNoticeComment(contextOf(appraiser), answer)).resolves.toEqual({ commentId: comment!.id, replayed: false });
      const [answered] = await db.select().from(noticeComments).where(eq(noticeComments.id, comment!.id));
      expect(answered).toMatchObject({ answer: answer.answer, answeredBy: appraiser.id });
      expect(answered!.answeredAt).toBeInstanceOf(Date);
      const events = await db.select().from(auditEvents).where(eq(auditEvents.action, 'notice_comment_answer'));
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ actorUserId: appraiser.id, role: 'appraiser', entityKind: 'nomination', entityId: comment!.nominationId, payload: { commentId: comment!.id, answer: answer.answer } });
      // The same answer sent twice is one answer; another answer does not replace it.
      await expect(answerNoticeComment(contextOf(appraiser), answer)).resolves.toEqual({ commentId: comment!.id, replayed: true });
      expect(await refusal(answerNoticeComment(contextOf(appraiser), { ...answer, answer: 'Một câu trả lời khác thay cho câu đã gửi.' }))).toBe('notice_comment_answered_already');
      expect(await db.select().from(auditEvents).where(eq(auditEvents.action, 'notice_comment_answer'))).toHaveLength(1);
    });

    it('the appraiser’s workspace counts candidates, comments and unanswered ones; the home lists the running notices', async () => {
      const { notice } = await fightersNotice();
      const appraiser = await viewerOf(get(), 'thamdinh');
      const notices = await listNoticesForAppraiser(appraiser);
      const row = notices!.find((n) => n.id === notice.id)!;
      const [unanswered] = await get().db.select({ n: count() }).from(noticeComments).where(and(eq(noticeComments.noticeId, notice.id), isNull(noticeComments.answeredAt)));
      expect(row).toMatchObject({ state: 'running', phase: 'open', candidates: 2, inNotice: 2, unanswered: unanswered!.n, workingDaysLeft: 6, windowRun: false });
      expect(row.comments).toBeGreaterThan(row.unanswered);
      expect(await listNoticesForAppraiser(await viewerOf(get(), 'thuky.hoidong'))).toBeNull();
      expect(await listNoticesForAppraiser(await viewerOf(get(), 'thamdinh.khac'))).toEqual([]);
      expect(await getNoticeWorkspace(await viewerOf(get(), 'thamdinh.khac'), notice.id)).toBeNull();
      const workspace = await getNoticeWorkspace(appraiser, notice.id);
      expect(workspace!.candidates.map((c) => c.nomineeVi).sort()).toEqual(FIGHTERS);
      expect(workspace!.closable).toHaveLength(2);
      expect(workspace!.candidates.flatMap((c) => c.comments).some((m) => m.contact === 'tam.le@example.vn')).toBe(true);
      const home = await getRunningNotices(appraiser.grants.find((g) => g.role === 'appraiser')!);
      expect(home!.map((n) => n.id)).toContain(notice.id);
      expect(await getRunningNotices((await viewerOf(get(), 'chutich')).grants[0]!)).toBeNull();
    });

    it('closing is refused while the window runs and while a comment is unanswered, then moves every candidate with one event each', async () => {
      const db = get().db;
      const { notice, candidates } = await fightersNotice();
      const appraiser = await viewerOf(get(), 'thamdinh');
      const seen = candidates.map((c) => ({ nominationId: c.id, version: c.version }));
      const close = (key = randomUUID(), list = seen) => closePublicNotice(contextOf(appraiser, key), ZNoticeClose.parse({ noticeId: notice.id, idempotencyKey: key, candidates: list }));
      const before = await noticeSnapshot(get());

      const running = await close().catch((e: unknown) => e);
      expect(running).toMatchObject({ refusal: 'notice_window_not_run', params: { workingDays: 10, closesOn: notice.closesOn } });
      expect(await refusal(closePublicNotice(contextOf(await viewerOf(get(), 'thuky.hoidong')), { noticeId: notice.id, idempotencyKey: randomUUID(), candidates: seen }))).toBe('role_not_permitted');
      expect(await refusal(closePublicNotice(contextOf(await viewerOf(get(), 'thamdinh.khac')), { noticeId: notice.id, idempotencyKey: randomUUID(), candidates: seen }))).toBe('not_found');
      // A single nomination's close_notice holds the same window, to the end of its closing day.
      await db.update(publicNotices).set({ closesOn: todayInVietnam() }).where(eq(publicNotices.id, notice.id));
      const first = candidates[0]!;
      expect(await refusal(takeSimpleAction(contextOf(appraiser), { action: 'close_notice', nominationId: first.id, version: first.version, idempotencyKey: randomUUID() }))).toBe('notice_still_running');
      expect(await refusal(close())).toBe('notice_window_not_run');

      // The working days have run (the closing day is past); comments are still unanswered.
      await db.update(publicNotices).set({ closesOn: '2026-11-25' }).where(eq(publicNotices.id, notice.id));
      const [open] = await db.select({ n: count() }).from(noticeComments).where(and(eq(noticeComments.noticeId, notice.id), isNull(noticeComments.answeredAt)));
      expect(open!.n).toBeGreaterThan(0);
      expect(await close().catch((e: unknown) => e)).toMatchObject({ refusal: 'notice_unanswered', params: { count: open!.n } });
      // Past the window, the public may no longer comment.
      expect(await refusal(postNoticeComment(await commentInput(notice.id, 'Nguyễn Thị Lan Anh'), '192.0.2.50'))).toBe('notice_not_running');
      await db.update(publicNotices).set({ closesOn: notice.closesOn }).where(eq(publicNotices.id, notice.id));
      expect(await noticeSnapshot(get())).toBe(before);
      await db.update(publicNotices).set({ closesOn: '2026-11-25' }).where(eq(publicNotices.id, notice.id));

      for (const c of await db.select({ id: noticeComments.id }).from(noticeComments).where(and(eq(noticeComments.noticeId, notice.id), isNull(noticeComments.answeredAt)))) {
        await answerNoticeComment(contextOf(appraiser), { commentId: c.id, answer: 'Sở Nội vụ đã xác minh và trả lời ý kiến này.' });
      }
      // A page older than the candidates is a conflict.
      expect(await refusal(close(randomUUID(), [{ ...seen[0]!, version: seen[0]!.version + 1 }, seen[1]!]))).toBe('conflict');
      expect(await refusal(close(randomUUID(), seen.slice(0, 1)))).toBe('conflict');

      const eventsBefore = (await db.select({ seq: auditEvents.seq }).from(auditEvents)).length;
      const key = randomUUID();
      const result = await close(key);
      expect(result.moved.map((m) => [m.nominationId, m.from, m.to])).toEqual(candidates.map((c) => [c.id, 'public_notice', 'awaiting_decision']));
      for (const c of candidates) {
        const [row] = await db.select({ status: nominations.status, version: nominations.version }).from(nominations).where(eq(nominations.id, c.id));
        expect(row).toEqual({ status: 'awaiting_decision', version: c.version + 1 });
        const events = await db.select().from(auditEvents).where(and(eq(auditEvents.action, 'close_notice'), eq(auditEvents.entityId, c.id)));
        expect(events).toHaveLength(1);
        expect(events[0]).toMatchObject({ entityKind: 'nomination', role: 'appraiser', actorUserId: appraiser.id, fromStatus: 'public_notice', toStatus: 'awaiting_decision', payload: { noticeId: notice.id, reference: c.reference } });
      }
      const [closedNotice] = await db.select().from(publicNotices).where(eq(publicNotices.id, notice.id));
      expect(closedNotice!.state).toBe('closed');
      expect(closedNotice!.closedAt).toBeInstanceOf(Date);
      const [noticeEvent] = await db.select().from(auditEvents).where(and(eq(auditEvents.action, 'notice_close'), eq(auditEvents.entityId, notice.id)));
      expect(noticeEvent).toMatchObject({ entityKind: 'public_notice', payload: { moved: candidates.map((c) => c.reference) } });
      expect((await db.select({ seq: auditEvents.seq }).from(auditEvents)).length).toBe(eventsBefore + candidates.length + 1);

      // The same confirmation sent again is the first one's result; a new one finds the notice closed.
      expect(await close(key)).toEqual(result);
      expect(await refusal(close(randomUUID(), []))).toBe('notice_closed_already');
      expect(await refusal(postNoticeComment(await commentInput(notice.id, 'Nguyễn Thị Lan Anh'), '192.0.2.51'))).toBe('notice_not_running');
      const published = await getPublicNotice(notice.id);
      expect(published).toMatchObject({ state: 'closed', phase: 'closed', acceptingComments: false });
      await verifyChain(get());
    });
  },
  (database) => seedDemo(database.db),
);
