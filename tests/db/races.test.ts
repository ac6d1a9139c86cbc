import { randomUUID } from 'node:crypto';
import { and, asc, count, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setDatabaseForTests, type Database } from '@/db/client';
import { endorseWithBlocBallot, recordCouncilBallot, takeSimpleAction } from '@/db/queries/workflow/actions';
import { issueDecision } from '@/db/queries/workflow/decisions';
import type { TransitionResult } from '@/db/queries/workflow/run-transition';
import { auditEvents, awardTypes, blocs, blocTerms, councilVotes, nominations, people, publicNotices, roundAwardTypes, rounds, units, users } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { COUNCIL_MEMBERS } from '@/db/seed/council';
import { personRow } from '@/db/seed/people';
import type { NominationStatus } from '@/lib/domain/constants';
import { todayInVietnam } from '@/lib/rules/dates';
import type { Viewer } from '@/lib/policy/viewer';
import { WorkflowError } from '@/lib/workflow/refusals';
import { databaseKinds, freshDatabase } from './harness';
import { contextOf, councilSessionWith, verifyChain, viewerOf } from './workflow-helpers';

// quality.md S10 and S11 on PostgreSQL, through a postgres.js pool of DATABASE_POOL_SIZE connections
// (10 by default, what a server has). PGlite has one connection: nothing runs concurrently there.

describe('races', () => {
  it('run on PostgreSQL only, when DATABASE_URL names one', () => {
    expect(databaseKinds().includes('postgres')).toBe(Boolean(process.env.DATABASE_URL));
  });
});

if (process.env.DATABASE_URL) {
  describe('races on PostgreSQL (S10, S11)', () => {
    let database: Database & { dispose: () => Promise<void> };
    let appraiser: Viewer;
    let approver: Viewer;
    let serial = 0;

    beforeAll(async () => {
      database = await freshDatabase('postgres');
      await seedDemo(database.db);
      setDatabaseForTests(database);
      appraiser = await viewerOf(database, 'thamdinh');
      approver = await viewerOf(database, 'chutich');
    });

    afterAll(async () => {
      await database?.dispose();
    });

    /** Inserts `n` nominations of Hoa Lư ward in `status`: excellent collectives (unit route),
     * certificates of merit for a collective (reviewed by Cluster No. 1 in 2026), or provincial
     * fighters (the ward's vice-chair; the council votes and a public notice follows). */
    async function insertNominations(
      n: number,
      status: NominationStatus,
      code: 'excellent_collective' | 'certificate_collective' | 'provincial_fighter' = 'excellent_collective',
    ): Promise<{ id: number; version: number }[]> {
      const { db } = database;
      const [unit] = await db.select({ id: units.id }).from(units).where(eq(units.code, 'P-HOALU'));
      const [round] = await db.select({ id: rounds.id }).from(rounds).where(and(eq(rounds.kind, 'year_end'), eq(rounds.year, 2026)));
      const [award] = await db
        .select({ id: awardTypes.id })
        .from(roundAwardTypes)
        .innerJoin(awardTypes, eq(awardTypes.id, roundAwardTypes.awardTypeId))
        .where(and(eq(roundAwardTypes.roundId, round!.id), eq(awardTypes.code, code)));
      const [term] = await db
        .select({ id: blocTerms.id })
        .from(blocTerms)
        .innerJoin(blocs, eq(blocs.id, blocTerms.blocId))
        .where(and(eq(blocs.code, 'CUM-01'), eq(blocTerms.year, 2026)));
      const [creator] = await db.select({ id: users.id }).from(users).where(eq(users.username, 'canbo.hoalu'));
      // A fighter is a person: Hoa Lư's vice-chair.
      const [person] = await db.select({ id: people.id }).from(people).where(eq(people.fullName, personRow('nhung').fullName));
      const nominee = code === 'provincial_fighter' ? { nomineeKind: 'person' as const, nomineePersonId: person!.id } : { nomineeKind: 'unit' as const, nomineeUnitId: unit!.id };
      return db
        .insert(nominations)
        .values(
          Array.from({ length: n }, () => ({
            reference: `RACE-2026-${String(++serial).padStart(4, '0')}`,
            roundId: round!.id,
            awardTypeId: award!.id,
            ...nominee,
            proposingUnitId: unit!.id,
            blocTermId: code === 'certificate_collective' ? term!.id : null,
            status,
            achievementSummary: 'Hồ sơ kiểm thử tranh chấp đồng thời.',
            version: 5,
            createdBy: creator!.id,
          })),
        )
        .returning({ id: nominations.id, version: nominations.version });
    }

    async function eventsOf(id?: number): Promise<number> {
      const where = id === undefined ? undefined : and(eq(auditEvents.entityKind, 'nomination'), eq(auditEvents.entityId, id));
      const [row] = await database.db.select({ n: count() }).from(auditEvents).where(where);
      return row?.n ?? 0;
    }

    function refusalOf(reason: unknown): string {
      if (reason instanceof WorkflowError) return reason.refusal;
      throw reason;
    }

    it('(a) 50 concurrent conflicting decisions on one nomination: exactly one wins, 49 get a conflict, one audit event', async () => {
      const [target] = await insertNominations(1, 'appraisal');
      const before = { all: await eventsOf(), own: await eventsOf(target!.id) };
      const outcomes = await Promise.allSettled(
        Array.from({ length: 50 }, (_, i) => {
          const key = randomUUID();
          const action = i % 2 === 0 ? ('hold' as const) : ('reject' as const);
          return takeSimpleAction(contextOf(appraiser, key), { action, nominationId: target!.id, version: target!.version, reason: `Lý do ${i}`, idempotencyKey: key });
        }),
      );
      const won = outcomes.filter((o): o is PromiseFulfilledResult<TransitionResult> => o.status === 'fulfilled');
      const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost.map((o) => refusalOf(o.reason))).toEqual(Array.from({ length: 49 }, () => 'conflict'));

      const winner = won[0]!.value;
      const [row] = await database.db.select().from(nominations).where(eq(nominations.id, target!.id));
      expect(row).toMatchObject({ status: winner.to, version: target!.version + 1 });
      expect(await eventsOf(target!.id)).toBe(before.own + 1);
      expect(await eventsOf()).toBe(before.all + 1);
      await verifyChain(database);

      // A racer whose request arrives after the winner committed is told the same: it lost the race,
      // whatever the nomination's new status allows.
      for (const action of ['hold', 'reject', 'forward'] as const) {
        const key = randomUUID();
        const late = takeSimpleAction(contextOf(appraiser, key), { action, nominationId: target!.id, version: target!.version, reason: 'Muộn', idempotencyKey: key });
        expect(await late.then(() => 'allowed', refusalOf)).toBe('conflict');
      }
      expect(await eventsOf()).toBe(before.all + 1);
    });

    it('(b) 200 concurrent transitions on 200 nominations: all succeed, 200 events, one unbroken chain with contiguous seq', async () => {
      const targets = await insertNominations(200, 'appraisal');
      const before = await eventsOf();
      const results = await Promise.all(
        targets.map((t, i) => {
          const key = randomUUID();
          return takeSimpleAction(contextOf(appraiser, key), { action: 'hold', nominationId: t.id, version: t.version, reason: `Khiếu nại số ${i}`, idempotencyKey: key });
        }),
      );
      expect(results.every((r) => r.to === 'on_hold' && !r.replayed)).toBe(true);
      const rows = await database.db
        .select({ status: nominations.status, version: nominations.version })
        .from(nominations)
        .where(inArray(nominations.id, targets.map((t) => t.id)));
      expect(rows.filter((r) => r.status === 'on_hold' && r.version === 6)).toHaveLength(200);

      expect(await eventsOf()).toBe(before + 200);
      const events = await database.db.select({ seq: auditEvents.seq, entityId: auditEvents.entityId }).from(auditEvents).orderBy(asc(auditEvents.seq));
      expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
      expect(new Set(events.slice(before).map((e) => e.entityId))).toEqual(new Set(targets.map((t) => t.id)));
      expect(await verifyChain(database)).toBe(before + 200);
    });

    it('(c) the same form sent 10 times at once (one idempotency key) changes state once', async () => {
      const [target] = await insertNominations(1, 'appraisal');
      const before = { all: await eventsOf(), own: await eventsOf(target!.id) };
      const key = randomUUID();
      const input = { action: 'hold' as const, nominationId: target!.id, version: target!.version, reason: 'Đang thanh tra', idempotencyKey: key };
      const results = await Promise.all(Array.from({ length: 10 }, () => takeSimpleAction(contextOf(appraiser, key), input)));

      expect(results.filter((r) => !r.replayed)).toHaveLength(1);
      expect(new Set(results.map((r) => r.version))).toEqual(new Set([target!.version + 1]));
      expect(new Set(results.map((r) => r.to))).toEqual(new Set(['on_hold']));
      const [row] = await database.db.select().from(nominations).where(eq(nominations.id, target!.id));
      expect(row).toMatchObject({ status: 'on_hold', heldFrom: 'appraisal', version: target!.version + 1 });
      expect(await eventsOf(target!.id)).toBe(before.own + 1);
      expect(await eventsOf()).toBe(before.all + 1);

      // The same key on another nomination is not a repeat of that form: it neither replays the first
      // nomination's result nor acts.
      const [other] = await insertNominations(1, 'appraisal');
      const reused = takeSimpleAction(contextOf(appraiser, key), { ...input, nominationId: other!.id, version: other!.version });
      expect(await reused.then(() => 'allowed', refusalOf)).toBe('conflict');
      const [untouched] = await database.db.select().from(nominations).where(eq(nominations.id, other!.id));
      expect(untouched).toMatchObject({ status: 'appraisal', version: other!.version });
      expect(await eventsOf()).toBe(before.all + 1);
    });

    it('(c′) the bloc’s endorsement and the council’s ballot sent again with their keys, after and alongside the first: recorded once', async () => {
      const lead = await viewerOf(database, 'truongcum1');
      const secretary = await viewerOf(database, 'thuky.hoidong');
      const [inBloc] = await insertNominations(1, 'bloc_review', 'certificate_collective');
      const [inCouncil] = await insertNominations(1, 'council');
      const sessionId = await councilSessionWith(database, [inCouncil!.id], { present: COUNCIL_MEMBERS.length });
      const before = await eventsOf();

      const endorseKey = randomUUID();
      const endorse = () => endorseWithBlocBallot(contextOf(lead, endorseKey), { nominationId: inBloc!.id, version: inBloc!.version, idempotencyKey: endorseKey, membersTotal: 10, votesFor: 8, votesAgainst: 2 });
      const endorsed = await endorse();
      const endorsedAgain = await Promise.all(Array.from({ length: 4 }, endorse));
      expect(endorsed).toMatchObject({ to: 'appraisal', replayed: false });
      for (const again of endorsedAgain) expect(again).toEqual({ ...endorsed, replayed: true });

      // An excellent collective: the standing committee's six members review it, five agree.
      const ballotKey = randomUUID();
      const ballot = () => recordCouncilBallot(contextOf(secretary, ballotKey), { nominationId: inCouncil!.id, version: inCouncil!.version, idempotencyKey: ballotKey, sessionId, votesFor: 5, votesAgainst: 1 });
      const recorded = await Promise.all(Array.from({ length: 5 }, ballot));
      const recordedAfter = await ballot();
      expect(recorded.filter((r) => !r.replayed)).toHaveLength(1);
      for (const r of [...recorded, recordedAfter]) expect(r).toMatchObject({ to: 'awaiting_decision', passed: true, version: inCouncil!.version + 1 });
      expect(recordedAfter.replayed).toBe(true);

      expect(await eventsOf()).toBe(before + 2);
    });

    it('(d) 10 council ballots recorded at once in one session: ten votes in the session, one public notice', async () => {
      const secretary = await viewerOf(database, 'thuky.hoidong');
      const [round] = await database.db.select({ id: rounds.id }).from(rounds).where(and(eq(rounds.kind, 'year_end'), eq(rounds.year, 2026)));
      // The fighters' notice of the round has run its course: the next passing fighter opens a new one.
      await database.db.update(publicNotices).set({ state: 'closed', closedAt: new Date() }).where(eq(publicNotices.roundId, round!.id));
      const noticesBefore = (await database.db.select({ id: publicNotices.id }).from(publicNotices)).length;
      const targets = await insertNominations(10, 'council', 'provincial_fighter');
      const members = COUNCIL_MEMBERS.length;
      const sessionId = await councilSessionWith(database, targets.map((t) => t.id), { present: members });
      const results = await Promise.all(
        targets.map((t) => {
          const key = randomUUID();
          return recordCouncilBallot(contextOf(secretary, key), { nominationId: t.id, version: t.version, idempotencyKey: key, sessionId, votesFor: members, votesAgainst: 0 });
        }),
      );
      expect(results.every((r) => r.passed && r.to === 'public_notice')).toBe(true);
      const votes = await database.db.select({ nominationId: councilVotes.nominationId }).from(councilVotes).where(eq(councilVotes.sessionId, sessionId));
      expect(new Set(votes.map((v) => v.nominationId))).toEqual(new Set(targets.map((t) => t.id)));
      const running = await database.db.select({ id: publicNotices.id }).from(publicNotices).where(and(eq(publicNotices.roundId, round!.id), eq(publicNotices.state, 'running')));
      expect(running).toHaveLength(1);
      expect((await database.db.select({ id: publicNotices.id }).from(publicNotices)).length).toBe(noticesBefore + 1);
      await verifyChain(database);
    });

    it('(e) a decision over several nominations racing a hold on one of them: one of the two wins, nobody deadlocks', async () => {
      const [first, second] = await insertNominations(2, 'awaiting_decision');
      const before = await eventsOf();
      const { default: postgres } = await import('postgres');
      const side = postgres(database.url!, { max: 2, onnotice: () => {} });
      try {
        // Hold the audit log still, so that the decision and the hold meet at the worst moment: the
        // decision has claimed its first nomination and waits to append its event, while the hold has
        // claimed the second and waits behind it.
        const blocker = await side.reserve();
        await blocker`begin`;
        await blocker`lock table audit_events in share mode`;
        const waiting = async (n: number) => {
          for (let i = 0; i < 200; i++) {
            const [row] = await side<{ n: number }[]>`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`;
            if ((row?.n ?? 0) >= n) return;
            await new Promise((resolve) => setTimeout(resolve, 25));
          }
          throw new Error(`fewer than ${n} sessions ever waited`);
        };
        const decisionKey = randomUUID();
        const decision = issueDecision(contextOf(approver, decisionKey), {
          idempotencyKey: decisionKey,
          number: '777/QĐ-UBND',
          signedOn: todayInVietnam(),
          signerName: approver.displayName,
          signerTitleVi: 'Chủ tịch UBND tỉnh',
          signerTitleEn: 'Chairman of the Provincial People’s Committee',
          legalBases: 'Luật Thi đua, khen thưởng số 06/2022/QH15',
          nominations: [first!, second!],
        }).then(
          (r) => ({ ok: true as const, r }),
          (e: unknown) => ({ ok: false as const, refusal: refusalOf(e) }),
        );
        await waiting(1);
        const holdKey = randomUUID();
        const hold = takeSimpleAction(contextOf(appraiser, holdKey), { action: 'hold', nominationId: second!.id, version: second!.version, reason: 'Có đơn khiếu nại', idempotencyKey: holdKey }).then(
          (r) => ({ ok: true as const, r }),
          (e: unknown) => ({ ok: false as const, refusal: refusalOf(e) }),
        );
        await waiting(2);
        await blocker`commit`;
        blocker.release();

        const [d, h] = await Promise.all([decision, hold]);
        // Exactly one of them took the second nomination; the other was told it changed.
        expect([d.ok, h.ok].filter(Boolean)).toHaveLength(1);
        const loser = d.ok ? h : d;
        expect(loser).toEqual({ ok: false, refusal: 'conflict' });
        const rows = await database.db.select({ id: nominations.id, status: nominations.status }).from(nominations).where(inArray(nominations.id, [first!.id, second!.id])).orderBy(asc(nominations.id));
        expect(rows.map((r) => r.status)).toEqual(d.ok ? ['approved', 'approved'] : ['awaiting_decision', 'on_hold']);
        expect(await eventsOf()).toBe(before + (d.ok ? 2 : 1));
        await verifyChain(database);
      } finally {
        await side.end({ timeout: 5 });
      }
    });
  });
}
