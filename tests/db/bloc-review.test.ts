import { and, asc, eq, inArray, isNull, ne } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { setDatabaseForTests } from '@/db/client';
import { getBlocReviewForNomination } from '@/db/queries/bloc-review';
import { getBlocYear, getBlocYearChoices } from '@/db/queries/bloc-year';
import { getNominationPage } from '@/db/queries/nomination-page';
import { blocBallotSessions, blocBallotTallies, blocMemberships, blocTerms, blocs, nominations, roleAssignments, users } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { describeEachDatabase } from './harness';
import { viewerOf } from './workflow-helpers';

describeEachDatabase(
  'the bloc’s review of a nomination, as the province sees it',
  (get) => {
    const db = () => get().db;
    beforeAll(() => setDatabaseForTests(get()));

    /** A nomination the bloc passed at a (seeded, paper) ballot session, and the session. */
    async function passed() {
      const [row] = await db()
        .select({ nominationId: blocBallotTallies.nominationId, sessionId: blocBallotSessions.id, termId: blocBallotSessions.blocTermId, votesFor: blocBallotTallies.votesFor, votesAgainst: blocBallotTallies.votesAgainst, roundNo: blocBallotSessions.roundNo, membersTotal: blocBallotSessions.membersTotal })
        .from(blocBallotTallies)
        .innerJoin(blocBallotSessions, eq(blocBallotSessions.id, blocBallotTallies.sessionId))
        .where(and(eq(blocBallotTallies.passed, true), eq(blocBallotSessions.state, 'closed')))
        .orderBy(asc(blocBallotSessions.id), asc(blocBallotTallies.nominationId))
        .limit(1);
      if (!row) throw new Error('the seed has no passed bloc tally');
      return row;
    }

    it('shows the appraiser the bloc’s result, with the session to open', async () => {
      const p = await passed();
      const appraiser = await viewerOf(get(), 'thamdinh');
      const review = await getBlocReviewForNomination(appraiser, p.nominationId);
      expect(review?.term.id).toBe(p.termId);
      expect(review?.results).toEqual([expect.objectContaining({ sessionId: p.sessionId, roundNo: p.roundNo, votesFor: p.votesFor, votesAgainst: p.votesAgainst, membersTotal: p.membersTotal, passed: true })]);
      expect(review?.decision).toBeNull();
      const page = await getNominationPage(appraiser, p.nominationId);
      expect(page?.blocReview?.results[0]).toMatchObject({ sessionId: p.sessionId, passed: true });
      // The auditor reads it too.
      expect((await getBlocReviewForNomination(await viewerOf(get(), 'thanhtra'), p.nominationId))?.results).toHaveLength(1);
    });

    it('answers a unit of another bloc, and a nomination no bloc reviewed, with null', async () => {
      const p = await passed();
      const [term] = await db().select({ year: blocTerms.year }).from(blocTerms).where(eq(blocTerms.id, p.termId));
      const [nomination] = await db().select({ proposingUnitId: nominations.proposingUnitId }).from(nominations).where(eq(nominations.id, p.nominationId));
      // A member unit of another bloc-year of the same year.
      const strangers = (
        await db()
          .select({ unitId: blocMemberships.unitId })
          .from(blocMemberships)
          .innerJoin(blocTerms, eq(blocTerms.id, blocMemberships.blocTermId))
          .where(and(eq(blocTerms.year, term!.year), ne(blocTerms.id, p.termId)))
      )
        .map((m) => m.unitId)
        .filter((u) => u !== nomination!.proposingUnitId);
      const [head] = await db()
        .select({ username: users.username })
        .from(roleAssignments)
        .innerJoin(users, eq(users.id, roleAssignments.userId))
        .where(and(eq(roleAssignments.role, 'unit_head'), isNull(roleAssignments.validTo), inArray(roleAssignments.scopeUnitId, strangers), eq(users.active, true)))
        .limit(1);
      const stranger = await viewerOf(get(), head!.username);
      expect(await getBlocReviewForNomination(stranger, p.nominationId)).toBeNull();
      expect(await getNominationPage(stranger, p.nominationId)).toBeNull();

      const [unitRoute] = await db().select({ id: nominations.id }).from(nominations).where(isNull(nominations.blocTermId)).limit(1);
      const appraiser = await viewerOf(get(), 'thamdinh');
      expect(await getBlocReviewForNomination(appraiser, unitRoute!.id)).toBeNull();
      expect(await getBlocReviewForNomination(appraiser, 99999999)).toBeNull();
    });

    it('offers the province’s overseers the bloc-years of the current year to choose from', async () => {
      const terms2026 = await db().select({ id: blocTerms.id, code: blocs.code }).from(blocTerms).innerJoin(blocs, eq(blocs.id, blocTerms.blocId)).where(eq(blocTerms.year, 2026));
      for (const username of ['thamdinh', 'thanhtra']) {
        const viewer = await viewerOf(get(), username);
        const choices = await getBlocYearChoices(viewer);
        expect(choices.map((c) => c.id).sort()).toEqual(terms2026.map((t) => t.id).sort());
        const cum1 = terms2026.find((t) => t.code === 'CUM-01')!.id;
        const cum2 = terms2026.find((t) => t.code === 'CUM-02')!.id;
        expect(choices.find((c) => c.id === cum1)).toMatchObject({ year: 2026, agreementVersion: 1 });
        expect(choices.find((c) => c.id === cum2)).toMatchObject({ agreementVersion: null });
        expect(choices.every((c) => c.members > 0 && c.headVi.length > 0)).toBe(true);
        // No default bloc-year for them; a chosen one shows, with the others to switch to.
        expect(await getBlocYear(viewer)).toBeNull();
        const year = await getBlocYear(viewer, cum2);
        expect(year?.viewerAs).toBe('reader');
        expect(year?.choices.map((c) => c.id).sort()).toEqual(terms2026.map((t) => t.id).sort());
      }
      expect(await getBlocYearChoices(await viewerOf(get(), 'thutruong.hoalu'))).toEqual([]);
      expect(await getBlocYearChoices(await viewerOf(get(), 'truongcum1'))).toEqual([]);
    });
  },
  (database) => seedDemo(database.db),
);
