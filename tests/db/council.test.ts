import { randomUUID } from 'node:crypto';
import { and, asc, count, eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { setDatabaseForTests, type Database } from '@/db/client';
import { addCouncilAgendaItems, closeCouncilSession, createCouncilSession, openCouncilSession, removeCouncilAgendaItem, reorderCouncilAgenda, setCouncilAttendance } from '@/db/queries/council-sessions';
import { getCouncilMinutes, getCouncilSession, listCouncilSessions } from '@/db/queries/council-views';
import { documentFonts } from '@/db/queries/document-fonts';
import { getCouncilHome } from '@/db/queries/home-province';
import { recordCouncilBallot } from '@/db/queries/workflow/actions';
import { auditEvents, awardTypes, blocs, blocTerms, councilAgendaItems, councilAttendance, councilSessions, councilVotes, nominations, people, roleAssignments, roundAwardTypes, rounds, units, users } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { personRow } from '@/db/seed/people';
import { councilMinutesDocument } from '@/lib/documents/council-minutes';
import { renderPdf } from '@/lib/documents/render-pdf';
import type { Viewer } from '@/lib/policy/viewer';
import { todayInVietnam } from '@/lib/rules/dates';
import { WorkflowError } from '@/lib/workflow/refusals';
import { describeEachDatabase } from './harness';
import { pdfText } from './pdf-text';
import { contextOf, councilSessionWith, setCouncilAttendanceOf, snapshot, verifyChain, viewerOf } from './workflow-helpers';

// The provincial council's sessions (issue 6 §3) through the data access layer: attendance and quorum
// on all 21 members, the agenda (one open agenda per nomination), ballots counted on all members with
// written votes, the standing committee's review, closing, the minutes, and who may do any of it.

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof WorkflowError) return error.refusal;
    throw error;
  }
  return 'allowed';
}

const key = () => randomUUID();

describeEachDatabase(
  'the council sessions',
  (get) => {
    let secretary: Viewer;
    let serial = 0;

    beforeAll(async () => {
      setDatabaseForTests(get());
      secretary = await viewerOf(get(), 'thuky.hoidong');
    });

    /** Nominations of Hoa Lư ward before the council: fighters (its vice-chair), flags (the ward, in
     * Cluster No. 1 of 2026) or certificates of merit for an individual (standing committee). */
    async function inCouncil(code: 'provincial_fighter' | 'provincial_flag' | 'certificate_individual', n = 1): Promise<{ id: number; version: number; reference: string }[]> {
      const { db } = get();
      const [unit] = await db.select({ id: units.id }).from(units).where(eq(units.code, 'P-HOALU'));
      const [round] = await db.select({ id: rounds.id }).from(rounds).where(and(eq(rounds.kind, 'year_end'), eq(rounds.year, 2026)));
      const [award] = await db
        .select({ id: awardTypes.id })
        .from(roundAwardTypes)
        .innerJoin(awardTypes, eq(awardTypes.id, roundAwardTypes.awardTypeId))
        .where(and(eq(roundAwardTypes.roundId, round!.id), eq(awardTypes.code, code)));
      const [term] = await db.select({ id: blocTerms.id }).from(blocTerms).innerJoin(blocs, eq(blocs.id, blocTerms.blocId)).where(and(eq(blocs.code, 'CUM-01'), eq(blocTerms.year, 2026)));
      const [creator] = await db.select({ id: users.id }).from(users).where(eq(users.username, 'canbo.hoalu'));
      const [person] = await db.select({ id: people.id }).from(people).where(eq(people.fullName, personRow('nhung').fullName));
      const nominee = code === 'provincial_flag' ? { nomineeKind: 'unit' as const, nomineeUnitId: unit!.id } : { nomineeKind: 'person' as const, nomineePersonId: person!.id };
      return db
        .insert(nominations)
        .values(
          Array.from({ length: n }, () => ({
            reference: `HD-2026-${String(++serial).padStart(4, '0')}`,
            roundId: round!.id,
            awardTypeId: award!.id,
            ...nominee,
            proposingUnitId: unit!.id,
            blocTermId: code === 'provincial_flag' ? term!.id : null,
            status: 'council' as const,
            achievementSummary: 'Hồ sơ kiểm thử phiên họp Hội đồng.',
            version: 6,
            createdBy: creator!.id,
          })),
        )
        .returning({ id: nominations.id, version: nominations.version, reference: nominations.reference });
    }

    /** Everything a refused council action must leave as it was. */
    async function councilSnapshot(): Promise<string> {
      const { db } = get();
      const [sessions, attendance, agenda, votes] = await Promise.all([
        db.select().from(councilSessions).orderBy(asc(councilSessions.id)),
        db.select().from(councilAttendance),
        db.select().from(councilAgendaItems),
        db.select({ n: count() }).from(councilVotes),
      ]);
      return JSON.stringify({ base: await snapshot(get()), sessions, attendance: attendance.length, marks: attendance.map((a) => a.attendance).sort(), agenda: agenda.map((a) => `${a.sessionId}:${a.nominationId}:${a.position}`).sort(), votes });
    }

    it('counts ballots on all 21 members: 19 of 21 (90.5%) passes the fighter; 18 of 21 (85.7%) fails the fighter and passes the flag', async () => {
      const [passing, failing] = await inCouncil('provincial_fighter', 2);
      const [flag] = await inCouncil('provincial_flag');
      const sessionId = await councilSessionWith(get(), [passing!.id, failing!.id, flag!.id], { present: 19, written: 2 });
      const ballot = (n: { id: number; version: number }, votesFor: number) => {
        const k = key();
        return recordCouncilBallot(contextOf(secretary, k), { nominationId: n.id, version: n.version, idempotencyKey: k, sessionId, votesFor, votesAgainst: 21 - votesFor });
      };
      expect(await ballot(passing!, 19)).toMatchObject({ passed: true, to: 'public_notice' });
      expect(await ballot(failing!, 18)).toMatchObject({ passed: false, to: 'rejected' });
      const flagged = await ballot(flag!, 18);
      expect(flagged.passed).toBe(true);
      expect(flagged.to).not.toBe('rejected');

      const votes = await get().db.select().from(councilVotes).where(eq(councilVotes.sessionId, sessionId)).orderBy(asc(councilVotes.id));
      expect(votes.map((v) => [v.membersTotal, v.membersPresent, v.writtenVotes, v.votesFor, Number(v.thresholdPct), v.basis, v.passed])).toEqual([
        [21, 19, 2, 19, 90, 'all_members', true],
        [21, 19, 2, 18, 90, 'all_members', false],
        [21, 19, 2, 18, 80, 'all_members', true],
      ]);
      // The audit event names the session and the counts it was decided on.
      const [event] = await get().db.select().from(auditEvents).where(and(eq(auditEvents.action, 'record_ballot'), eq(auditEvents.entityId, failing!.id)));
      expect(event!.payload).toMatchObject({ ballot: { sessionId, membersTotal: 21, present: 19, writtenVotes: 2, votesFor: 18, needed: 19, passed: false } });

      // The page shows each result against its threshold.
      const view = await getCouncilSession(secretary, sessionId);
      expect(view?.agenda.map((i) => [i.reference, i.vote?.votesFor, i.vote?.passed])).toEqual([
        [passing!.reference, 19, true],
        [failing!.reference, 18, false],
        [flag!.reference, 18, true],
      ]);
      await verifyChain(get());
    });

    it('refuses a ballot below quorum (16 of 21 present), leaving the nomination and the audit log as they were', async () => {
      const [fighter] = await inCouncil('provincial_fighter');
      const sessionId = await councilSessionWith(get(), [fighter!.id], { present: 16 });
      const view = await getCouncilSession(secretary, sessionId);
      expect(view?.quorum).toMatchObject({ met: false, needed: 17, present: 16, membersTotal: 21, pct: '80.00' });
      const before = await councilSnapshot();
      const k = key();
      await expect(recordCouncilBallot(contextOf(secretary, k), { nominationId: fighter!.id, version: fighter!.version, idempotencyKey: k, sessionId, votesFor: 16, votesAgainst: 0 })).rejects.toMatchObject({
        refusal: 'quorum_not_met',
        params: { present: 16, membersTotal: 21, needed: 17 },
      });
      expect(await councilSnapshot()).toBe(before);
      const [row] = await get().db.select().from(nominations).where(eq(nominations.id, fighter!.id));
      expect(row).toMatchObject({ status: 'council', version: fighter!.version });
    });

    it('counts written votes in the votes but not towards the quorum', async () => {
      const [fighter] = await inCouncil('provincial_fighter');
      // 16 present and 5 in writing: 21 could vote, but only 16 sit, below the quorum of 17.
      const sessionId = await councilSessionWith(get(), [fighter!.id], { present: 16, written: 5 });
      const k1 = key();
      expect(await refusal(recordCouncilBallot(contextOf(secretary, k1), { nominationId: fighter!.id, version: fighter!.version, idempotencyKey: k1, sessionId, votesFor: 20, votesAgainst: 1 }))).toBe('quorum_not_met');
      // 17 present and 2 in writing: quorate, and the 2 written votes make the 19 the fighter needs.
      await setCouncilAttendanceOf(get(), sessionId, { present: 17, written: 2 });
      const k2 = key();
      expect(await refusal(recordCouncilBallot(contextOf(secretary, k2), { nominationId: fighter!.id, version: fighter!.version, idempotencyKey: k2, sessionId, votesFor: 20, votesAgainst: 0 }))).toBe('ballot_counts_invalid');
      const k3 = key();
      const result = await recordCouncilBallot(contextOf(secretary, k3), { nominationId: fighter!.id, version: fighter!.version, idempotencyKey: k3, sessionId, votesFor: 19, votesAgainst: 0 });
      expect(result).toMatchObject({ passed: true, to: 'public_notice' });
      const [vote] = await get().db.select().from(councilVotes).where(eq(councilVotes.nominationId, fighter!.id));
      expect(vote).toMatchObject({ membersTotal: 21, membersPresent: 17, writtenVotes: 2, votesFor: 19, passed: true });
    });

    it("records the standing committee's review on its own members: more than half of those taking part", async () => {
      const [approved, declined] = await inCouncil('certificate_individual', 2);
      const sessionId = await councilSessionWith(get(), [approved!.id, declined!.id], { present: 18 });
      const review = (n: { id: number; version: number }, votesFor: number, votesAgainst: number) => {
        const k = key();
        return recordCouncilBallot(contextOf(secretary, k), { nominationId: n.id, version: n.version, idempotencyKey: k, sessionId, votesFor, votesAgainst });
      };
      // The six standing members (chair, three vice-chairs, two standing members) all sit.
      expect(await refusal(review(approved!, 7, 0))).toBe('ballot_counts_invalid');
      expect(await review(approved!, 4, 2)).toMatchObject({ passed: true, to: 'awaiting_decision' });
      expect(await review(declined!, 3, 3)).toMatchObject({ passed: false, to: 'rejected' });
      const votes = await get().db.select().from(councilVotes).where(eq(councilVotes.sessionId, sessionId)).orderBy(asc(councilVotes.id));
      expect(votes.map((v) => [v.membersTotal, v.membersPresent, v.votesFor, v.basis, v.passed])).toEqual([
        [6, 6, 4, 'present', true],
        [6, 6, 3, 'present', false],
      ]);
    });

    it('keeps a nomination on one open agenda only; reorders and removes items before their ballot', async () => {
      const [a, b, c] = await inCouncil('certificate_individual', 3);
      const first = await councilSessionWith(get(), [a!.id, b!.id], { present: 21 }, 'Phòng họp A');
      const second = await councilSessionWith(get(), [], { present: 21 }, 'Phòng họp B');
      const before = await councilSnapshot();
      await expect(addCouncilAgendaItems(contextOf(secretary), { idempotencyKey: key(), sessionId: second, nominationIds: [c!.id, a!.id] })).rejects.toMatchObject({ refusal: 'council_agenda_taken', params: { reference: a!.reference } });
      expect(await councilSnapshot()).toBe(before);

      // Two sessions racing for the same nomination: one takes it.
      const raced = await Promise.allSettled([
        addCouncilAgendaItems(contextOf(secretary), { idempotencyKey: key(), sessionId: first, nominationIds: [c!.id] }),
        addCouncilAgendaItems(contextOf(secretary), { idempotencyKey: key(), sessionId: second, nominationIds: [c!.id] }),
      ]);
      expect(raced.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect(raced.flatMap((r) => (r.status === 'rejected' ? [(r.reason as WorkflowError).refusal] : []))).toEqual(['council_agenda_taken']);
      const holders = await get().db.select({ sessionId: councilAgendaItems.sessionId }).from(councilAgendaItems).where(eq(councilAgendaItems.nominationId, c!.id));
      expect(holders).toHaveLength(1);
      const holder = holders[0]!.sessionId;

      // A ballot in the session that does not hold the nomination is refused.
      const elsewhere = holder === first ? second : first;
      const k = key();
      expect(await refusal(recordCouncilBallot(contextOf(secretary, k), { nominationId: c!.id, version: c!.version, idempotencyKey: k, sessionId: elsewhere, votesFor: 6, votesAgainst: 0 }))).toBe('council_not_on_agenda');

      await reorderCouncilAgenda(contextOf(secretary), { idempotencyKey: key(), sessionId: first, nominationIds: holder === first ? [c!.id, b!.id, a!.id] : [b!.id, a!.id] });
      expect(await refusal(reorderCouncilAgenda(contextOf(secretary), { idempotencyKey: key(), sessionId: first, nominationIds: [a!.id] }))).toBe('council_agenda_invalid');
      await removeCouncilAgendaItem(contextOf(secretary), { idempotencyKey: key(), sessionId: first, nominationId: a!.id });
      const order = await get().db.select({ id: councilAgendaItems.nominationId, position: councilAgendaItems.position }).from(councilAgendaItems).where(eq(councilAgendaItems.sessionId, first)).orderBy(asc(councilAgendaItems.position));
      expect(order).toEqual(holder === first ? [{ id: c!.id, position: 1 }, { id: b!.id, position: 2 }] : [{ id: b!.id, position: 1 }]);
      // Off the first agenda, it may join the second.
      await addCouncilAgendaItems(contextOf(secretary), { idempotencyKey: key(), sessionId: second, nominationIds: [a!.id] });
    });

    it('lets only the council secretary of the province run a session; the refusals change nothing', async () => {
      const [item] = await inCouncil('certificate_individual');
      const sessionId = await councilSessionWith(get(), [item!.id], { present: 20 });
      const approver = await viewerOf(get(), 'chutich');
      const auditor = await viewerOf(get(), 'thanhtra');
      const appraiser = await viewerOf(get(), 'thamdinh');
      const unitHead = await viewerOf(get(), 'thutruong.hoalu');
      const foreign = await foreignSecretary();
      const entries = (await getCouncilSession(secretary, sessionId))!.members.map((m) => ({ memberId: m.memberId, attendance: 'absent' as const }));
      const before = await councilSnapshot();
      // Thunks: each attempt starts only when it is awaited, one after the other.
      const attempts = (viewer: Viewer): (() => Promise<unknown>)[] => [
        () => createCouncilSession(contextOf(viewer), { idempotencyKey: key(), heldOn: todayInVietnam(), location: 'Phòng họp' }),
        () => setCouncilAttendance(contextOf(viewer), { idempotencyKey: key(), sessionId, entries }),
        () => addCouncilAgendaItems(contextOf(viewer), { idempotencyKey: key(), sessionId, nominationIds: [item!.id] }),
        () => removeCouncilAgendaItem(contextOf(viewer), { idempotencyKey: key(), sessionId, nominationId: item!.id }),
        () => reorderCouncilAgenda(contextOf(viewer), { idempotencyKey: key(), sessionId, nominationIds: [item!.id] }),
        () => openCouncilSession(contextOf(viewer), { idempotencyKey: key(), sessionId }),
        () => closeCouncilSession(contextOf(viewer), { idempotencyKey: key(), sessionId }),
        () => {
          const k = key();
          return recordCouncilBallot(contextOf(viewer, k), { nominationId: item!.id, version: item!.version, idempotencyKey: k, sessionId, votesFor: 6, votesAgainst: 0 });
        },
      ];
      // The province's readers hear which role acts; anyone else learns nothing about the session.
      for (const reader of [approver, auditor, appraiser]) {
        const outcomes = [];
        for (const attempt of attempts(reader)) outcomes.push(await refusal(attempt()));
        expect(outcomes).toEqual(Array.from({ length: 8 }, () => 'role_not_permitted'));
      }
      const outsiders = [];
      for (const outsider of [unitHead, foreign]) {
        for (const attempt of attempts(outsider).slice(1, 7)) outsiders.push(await refusal(attempt()));
      }
      expect(outsiders).toEqual(Array.from({ length: 12 }, () => 'not_found'));
      expect(await refusal(attempts(unitHead)[0]!())).toBe('role_not_permitted');
      expect(await refusal(attempts(unitHead)[7]!())).toBe('role_not_permitted');
      expect(await refusal(attempts(foreign)[7]!())).toBe('not_found');
      expect(await councilSnapshot()).toBe(before);

      // Reading: the province's staff see the session; the unit and the other province do not.
      expect(await getCouncilSession(auditor, sessionId)).not.toBeNull();
      expect(await getCouncilSession(unitHead, sessionId)).toBeNull();
      expect(await getCouncilSession(foreign, sessionId)).toBeNull();
      expect((await listCouncilSessions(foreign)).upcoming.concat((await listCouncilSessions(foreign)).open)).toEqual([]);
      expect(await refusal(getCouncilMinutes(unitHead, sessionId))).toBe('not_found');
    });

    it('closes only once every agenda item has its ballot; a closed session changes no more', async () => {
      const [voted, pending] = await inCouncil('certificate_individual', 2);
      const sessionId = await councilSessionWith(get(), [voted!.id, pending!.id], { present: 21 });
      const k = key();
      await recordCouncilBallot(contextOf(secretary, k), { nominationId: voted!.id, version: voted!.version, idempotencyKey: k, sessionId, votesFor: 6, votesAgainst: 0 });
      await expect(closeCouncilSession(contextOf(secretary), { idempotencyKey: key(), sessionId })).rejects.toMatchObject({ refusal: 'council_agenda_unvoted', params: { count: 1 } });
      expect(await refusal(removeCouncilAgendaItem(contextOf(secretary), { idempotencyKey: key(), sessionId, nominationId: voted!.id }))).toBe('council_agenda_voted');
      await removeCouncilAgendaItem(contextOf(secretary), { idempotencyKey: key(), sessionId, nominationId: pending!.id });
      await closeCouncilSession(contextOf(secretary), { idempotencyKey: key(), sessionId });
      const [session] = await get().db.select().from(councilSessions).where(eq(councilSessions.id, sessionId));
      expect(session).toMatchObject({ state: 'closed' });
      expect(session!.closedAt).not.toBeNull();
      expect(await refusal(addCouncilAgendaItems(contextOf(secretary), { idempotencyKey: key(), sessionId, nominationIds: [pending!.id] }))).toBe('council_session_closed');
      expect(await refusal(closeCouncilSession(contextOf(secretary), { idempotencyKey: key(), sessionId }))).toBe('council_session_closed');
      const k2 = key();
      expect(await refusal(recordCouncilBallot(contextOf(secretary, k2), { nominationId: pending!.id, version: pending!.version, idempotencyKey: k2, sessionId, votesFor: 6, votesAgainst: 0 }))).toBe('council_session_closed');
      const events = await get().db.select({ action: auditEvents.action }).from(auditEvents).where(and(eq(auditEvents.entityKind, 'council_session'), eq(auditEvents.entityId, sessionId))).orderBy(asc(auditEvents.seq));
      expect(events.map((e) => e.action)).toEqual(['council_session_create', 'council_attendance', 'council_agenda_add', 'council_session_open', 'council_agenda_remove', 'council_session_close']);
    });

    it('writes the minutes with the members by name, the votes and the threshold (pdftotext)', async () => {
      const [fighter] = await inCouncil('provincial_fighter');
      const [certificate] = await inCouncil('certificate_individual');
      const sessionId = await councilSessionWith(get(), [fighter!.id, certificate!.id], { present: 19, written: 1 }, 'Phòng họp số 3, trụ sở UBND tỉnh');
      const k1 = key();
      await recordCouncilBallot(contextOf(secretary, k1), { nominationId: fighter!.id, version: fighter!.version, idempotencyKey: k1, sessionId, votesFor: 19, votesAgainst: 1 });
      const k2 = key();
      await recordCouncilBallot(contextOf(secretary, k2), { nominationId: certificate!.id, version: certificate!.version, idempotencyKey: k2, sessionId, votesFor: 5, votesAgainst: 1 });
      await closeCouncilSession(contextOf(secretary), { idempotencyKey: key(), sessionId });

      const approver = await viewerOf(get(), 'chutich');
      const facts = await getCouncilMinutes(approver, sessionId);
      const doc = councilMinutesDocument(facts);
      const text = pdfText(await renderPdf(doc, await documentFonts(), { title: doc.title, subject: facts.councilName })).replace(/\s+/g, ' ');
      expect(text).toContain('BIÊN BẢN');
      expect(text).toContain('Hội đồng Thi đua – Khen thưởng tỉnh Ninh Bình');
      expect(text).toContain('Phòng họp số 3, trụ sở UBND tỉnh');
      // Members by name, as attended: the 20th voted in writing, the 21st was absent.
      for (const name of ['Đinh Thị Thanh Thủy', 'Chu Thị Bích Hạnh', 'Lò Văn Hưng', 'Khổng Văn Thắng']) expect(text).toContain(name);
      expect(text).toMatch(/Vắng mặt có phiếu bằng văn bản 1 thành viên/);
      expect(text).toMatch(/Có mặt 19 thành viên/);
      // The fighter: 19 of all 21 members against the 90% threshold (19 needed); the standing committee's review.
      expect(text).toContain('19/21 đồng ý (90,5%), 1 không đồng ý; ngưỡng ≥ 90% tổng số thành viên Hội đồng (cần 19/21). Kết quả: ĐẠT');
      expect(text).toContain('5/6 đồng ý (83,3%), 1 không đồng ý; Thường trực Hội đồng xét, cần quá nửa số thành viên Thường trực tham dự đồng ý (cần 4/6). Kết quả: ĐẠT');
      expect(text).toContain('Nghị định số 98/2023/NĐ-CP, Điều 30 khoản 7');
      expect(text).toContain(personRow('nhung').fullName);
      // Signed by the chair and the secretary.
      expect(text).toContain('CHỦ TRÌ');
      expect(text).toContain('THƯ KÝ');
      expect(text).toContain(personRow('chutich').fullName);
      expect(text).toContain(personRow('thuky.hoidong').fullName);
    });

    it("shows the secretary's home the next session, its agenda and its quorum", async () => {
      const home = await getCouncilHome(secretary.grants.find((g) => g.role === 'council_secretary')!);
      expect(home?.members).toBe(21);
      // Earlier tests left open sessions of today: the one being held comes first.
      expect(home?.next?.state).toBe('open');
      expect(home?.next?.heldOn).toBe(todayInVietnam());
      expect(home?.next?.quorum.membersTotal).toBe(21);
      // The seeded next session (3 December) holds two collectives; the other nominations before the council wait.
      const sessions = await listCouncilSessions(secretary);
      expect(sessions.upcoming.map((s) => [s.heldOn, s.agendaCount])).toContainEqual(['2026-12-03', 2]);
      expect(sessions.closed.map((s) => s.heldOn)).toEqual(expect.arrayContaining(['2026-11-20', '2026-10-23', '2025-12-26']));
      expect(home!.awaitingCount).toBe(sessions.awaitingAgenda);
      expect(home!.awaitingCount).toBeGreaterThan(0);
    });

    /** A council secretary of a neighbouring province (its own council): the demo province's sessions are not theirs. */
    async function foreignSecretary(): Promise<Viewer> {
      const { db } = get();
      const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.username, 'thuky.hungyen'));
      if (!existing) {
        const [province] = await db.insert(units).values({ code: 'T-HUNGYEN', kind: 'province', nameVi: 'Tỉnh Hưng Yên', nameEn: 'Hưng Yên Province', validFrom: '2025-07-01' }).returning({ id: units.id });
        const [hash] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.username, 'thuky.hoidong'));
        const [user] = await db.insert(users).values({ username: 'thuky.hungyen', displayName: 'Thư ký Hội đồng tỉnh Hưng Yên', passwordHash: hash!.hash, unitId: province!.id }).returning({ id: users.id });
        await db.insert(roleAssignments).values({ userId: user!.id, role: 'council_secretary', scopeKind: 'province', scopeUnitId: province!.id, validFrom: '2025-07-01' });
      }
      return viewerOf(get(), 'thuky.hungyen');
    }
  },
  async (database: Database) => {
    await seedDemo(database.db);
  },
);
