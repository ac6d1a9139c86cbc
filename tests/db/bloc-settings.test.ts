import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { setDatabaseForTests } from '@/db/client';
import { createBlocBallotSession } from '@/db/queries/bloc-ballot';
import { closeScoring } from '@/db/queries/bloc-scoring';
import { updateBlocSettings } from '@/db/queries/bloc-settings';
import { auditEvents, blocBallotSessions, blocMemberships, blocs, blocTerms, nominations } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { ZBlocSettings } from '@/lib/validation/bloc';
import { WorkflowError } from '@/lib/workflow/refusals';
import { describeEachDatabase } from './harness';
import { contextOf, snapshot, viewerOf } from './workflow-helpers';

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof WorkflowError) return error.refusal;
    throw error;
  }
  throw new Error('expected a refusal');
}

describeEachDatabase(
  'the bloc’s rules for its year: peer scoring and the ballot’s threshold',
  (get) => {
    beforeAll(() => setDatabaseForTests(get()));

    it('the head’s lead sets them (audited), nobody else; the threshold is fixed once a session is called and governs it; peer scoring stops at the close', async () => {
      const db = get().db;
      const [term] = await db.select({ id: blocTerms.id }).from(blocTerms).innerJoin(blocs, eq(blocs.id, blocTerms.blocId)).where(and(eq(blocs.code, 'CUM-01'), eq(blocTerms.year, 2026)));
      const termId = term!.id;
      const head = await viewerOf(get(), 'truongcum1');
      const deputy = await viewerOf(get(), 'phocum1');
      const member = await viewerOf(get(), 'thutruong.hoalu');
      const settings = ZBlocSettings.parse({ termId, peerScoring: true, ballotThresholdPct: '66,67'.replace(',', '.'), ballotThresholdStrict: false });

      const before = await snapshot(get());
      expect(await refusal(updateBlocSettings(contextOf(deputy), settings))).toBe('role_not_permitted');
      expect(await refusal(updateBlocSettings(contextOf(member), settings))).toBe('not_found');
      expect(await snapshot(get())).toBe(before);
      expect(ZBlocSettings.safeParse({ ...settings, ballotThresholdPct: 0 }).success).toBe(false);

      await updateBlocSettings(contextOf(head), settings);
      const [row] = await db.select().from(blocTerms).where(eq(blocTerms.id, termId));
      expect(row).toMatchObject({ peerScoring: true, ballotThresholdPct: '66.67', ballotThresholdStrict: false });
      const [event] = await db.select().from(auditEvents).where(and(eq(auditEvents.action, 'bloc_settings'), eq(auditEvents.entityId, termId)));
      expect(event!.payload).toMatchObject({ before: { peerScoring: false, ballotThresholdPct: '50.00', ballotThresholdStrict: true }, after: { peerScoring: true, ballotThresholdStrict: false } });

      // A session called now takes the bloc's rule; from then on the rule is fixed.
      const members = await db.select({ unitId: blocMemberships.unitId }).from(blocMemberships).where(eq(blocMemberships.blocTermId, termId));
      const [candidate] = await db.select({ id: nominations.id }).from(nominations).where(and(eq(nominations.blocTermId, termId), eq(nominations.status, 'bloc_review')));
      const session = await createBlocBallotSession(contextOf(head), {
        idempotencyKey: randomUUID(),
        blocTermId: termId,
        mode: 'paper',
        heldOn: '2026-11-26',
        presentUnitIds: members.map((m) => m.unitId),
        candidateIds: [candidate!.id],
      });
      const { sessionId } = session;
      const [called] = await db.select().from(blocBallotSessions).where(eq(blocBallotSessions.id, sessionId));
      expect(called).toMatchObject({ thresholdPct: '66.67', thresholdStrict: false });
      expect(await refusal(updateBlocSettings(contextOf(head), { ...settings, ballotThresholdPct: 50 }))).toBe('bloc_rules_locked');

      await closeScoring(contextOf(head), { termId });
      expect(await refusal(updateBlocSettings(contextOf(head), { ...settings, peerScoring: false }))).toBe('scoring_closed');
      // Saving what is already there changes nothing and is no refusal.
      await expect(updateBlocSettings(contextOf(head), settings)).resolves.toEqual({ termId });
    });
  },
  (database) => seedDemo(database.db),
);
