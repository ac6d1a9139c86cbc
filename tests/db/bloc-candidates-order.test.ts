import { and, eq, inArray } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { setDatabaseForTests } from '@/db/client';
import { getNewBlocSessionForm } from '@/db/queries/bloc-ballot-views';
import { closeScoring, getScoreboard } from '@/db/queries/bloc-scoring';
import { blocs, blocTerms, nominations, units } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { describeEachDatabase } from './harness';
import { contextOf, viewerOf } from './workflow-helpers';

describeEachDatabase(
  'the bloc’s ballot offers its candidates in the scoreboard’s order',
  (get) => {
    beforeAll(() => setDatabaseForTests(get()));

    it('orders by reference while scoring is open, by the proposing units’ ranks once it has closed', async () => {
      const db = get().db;
      const [term] = await db.select({ id: blocTerms.id }).from(blocTerms).innerJoin(blocs, eq(blocs.id, blocTerms.blocId)).where(and(eq(blocs.code, 'CUM-01'), eq(blocTerms.year, 2026)));
      const termId = term!.id;
      // Fixture: Nam Hoa Lư ward's draft certificate joins Thiên Trường's under the bloc's review,
      // so that two units' candidates compete.
      const [namHoaLu] = await db.select({ id: units.id }).from(units).where(eq(units.code, 'P-NAMHOALU'));
      await db
        .update(nominations)
        .set({ status: 'bloc_review' })
        .where(and(eq(nominations.proposingUnitId, namHoaLu!.id), eq(nominations.status, 'draft'), eq(nominations.blocTermId, termId)));
      const lead = await viewerOf(get(), 'truongcum1');

      const open = (await getNewBlocSessionForm(lead, termId))!;
      expect(open.candidates.length).toBeGreaterThanOrEqual(2);
      expect(open.candidates.map((c) => c.reference)).toEqual([...open.candidates.map((c) => c.reference)].sort());

      await closeScoring(contextOf(lead), { termId });
      const board = (await getScoreboard(lead, termId))!;
      const rankOf = new Map(board.ranked.map((m) => [m.unitId, m.rank]));
      const closed = (await getNewBlocSessionForm(lead, termId))!;
      const proposers = new Map(
        (await db.select({ id: nominations.id, unitId: nominations.proposingUnitId }).from(nominations).where(inArray(nominations.id, closed.candidates.map((c) => c.id)))).map((r) => [r.id, r.unitId]),
      );
      const ranks = closed.candidates.map((c) => rankOf.get(proposers.get(c.id)!)!);
      expect(ranks.every((r) => typeof r === 'number')).toBe(true);
      // In the demo, the rank order is not the reference order: the test tells them apart.
      expect(closed.candidates.map((c) => c.reference)).not.toEqual(open.candidates.map((c) => c.reference));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      // The seeded scores put the two wards in different places, so the order is the rank's, not chance.
      expect(new Set(ranks).size).toBe(ranks.length);
    });
  },
  (database) => seedDemo(database.db),
);
