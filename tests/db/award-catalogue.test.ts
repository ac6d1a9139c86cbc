import { and, eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { setDatabaseForTests } from '@/db/client';
import { listAwardCatalogue, updateAwardNoticeSetting } from '@/db/queries/award-catalogue';
import { auditEvents, awardTypes, rounds } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { ZAwardNoticeSetting } from '@/lib/validation/award-catalogue';
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

describeEachDatabase(
  'the award catalogue: the public notice setting per award type',
  (get) => {
    beforeAll(() => setDatabaseForTests(get()));

    async function awardOf(code: string, version = 1) {
      const [row] = await get().db.select().from(awardTypes).where(and(eq(awardTypes.code, code), eq(awardTypes.version, version)));
      if (!row) throw new Error(`no award type ${code} v${version}`);
      return row;
    }

    it('lists the award types in force with their rules, for the administrator only', async () => {
      const catalogue = await listAwardCatalogue(await viewerOf(get(), 'quantri'));
      const fighter = catalogue!.filter((a) => a.code === 'provincial_fighter');
      // Version 1 ended on 2025-06-30: only the version in force is listed.
      expect(fighter).toHaveLength(1);
      expect(fighter[0]).toMatchObject({ version: 2, target: 'individual', route: 'unit', reviewBody: 'council_ballot', voteThresholdPct: '90.00', prizeCoefficient: '3.00', requiresPublicNotice: true, noticeWorkingDays: 10, roundMinimum: 10 });
      expect(fighter[0]!.legalBasis).toContain('06/2022/QH15');
      expect(catalogue!.find((a) => a.code === 'excellent_collective')).toMatchObject({ requiresPublicNotice: false, noticeWorkingDays: null, reviewBody: 'standing_committee' });
      for (const username of ['thamdinh', 'thanhtra', 'thutruong.hoalu']) expect(await listAwardCatalogue(await viewerOf(get(), username))).toBeNull();
    });

    it('the administrator sets whether a type runs a notice and for how long: audited with before and after; others are refused', async () => {
      const db = get().db;
      const collective = await awardOf('excellent_collective');
      const setting = ZAwardNoticeSetting.parse({ awardTypeId: collective.id, requiresPublicNotice: true, noticeWorkingDays: 12 });

      const before = await snapshot(get());
      for (const username of ['thamdinh', 'chutich', 'thutruong.hoalu']) expect(await refusal(updateAwardNoticeSetting(contextOf(await viewerOf(get(), username)), setting))).toBe('role_not_permitted');
      expect(await snapshot(get())).toBe(before);
      expect(await awardOf('excellent_collective')).toMatchObject({ requiresPublicNotice: false, noticeWorkingDays: null });

      const admin = await viewerOf(get(), 'quantri');
      await expect(updateAwardNoticeSetting(contextOf(admin), setting)).resolves.toEqual({ awardTypeId: collective.id, changed: true });
      expect(await awardOf('excellent_collective')).toMatchObject({ requiresPublicNotice: true, noticeWorkingDays: 12 });
      const events = await db.select().from(auditEvents).where(and(eq(auditEvents.action, 'award_notice_settings'), eq(auditEvents.entityId, collective.id)));
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        entityKind: 'award_type',
        actorUserId: admin.id,
        role: 'admin',
        payload: { code: 'excellent_collective', version: 1, before: { requiresPublicNotice: false, noticeWorkingDays: null }, after: { requiresPublicNotice: true, noticeWorkingDays: 12 } },
      });
      // Saving what is there changes nothing and records nothing.
      await expect(updateAwardNoticeSetting(contextOf(admin), setting)).resolves.toEqual({ awardTypeId: collective.id, changed: false });
      expect(await db.select().from(auditEvents).where(eq(auditEvents.action, 'award_notice_settings'))).toHaveLength(1);

      // Turning it off clears the days.
      await updateAwardNoticeSetting(contextOf(admin), ZAwardNoticeSetting.parse({ awardTypeId: collective.id, requiresPublicNotice: false, noticeWorkingDays: null }));
      expect(await awardOf('excellent_collective')).toMatchObject({ requiresPublicNotice: false, noticeWorkingDays: null });
      await verifyChain(get());
    });

    it('holds the minimum: 10 working days by the schema, and the longest minimum of the live rounds offering the type', async () => {
      const collective = await awardOf('excellent_collective');
      const base = { awardTypeId: collective.id, requiresPublicNotice: true };
      expect(ZAwardNoticeSetting.safeParse({ ...base, noticeWorkingDays: 9 }).success).toBe(false);
      expect(ZAwardNoticeSetting.safeParse({ ...base, noticeWorkingDays: null }).success).toBe(false);
      expect(ZAwardNoticeSetting.safeParse({ ...base, noticeWorkingDays: 10.5 }).success).toBe(false);
      expect(ZAwardNoticeSetting.safeParse({ ...base, noticeWorkingDays: 10, legalBasis: 'x' }).success).toBe(false);
      expect(ZAwardNoticeSetting.safeParse({ ...base, noticeWorkingDays: '15' }).success).toBe(true);

      const db = get().db;
      await db.update(rounds).set({ noticeWorkingDays: 15 }).where(and(eq(rounds.year, 2026), eq(rounds.kind, 'year_end')));
      const admin = await viewerOf(get(), 'quantri');
      const before = await snapshot(get());
      const refused = await updateAwardNoticeSetting(contextOf(admin), ZAwardNoticeSetting.parse({ ...base, noticeWorkingDays: 12 })).catch((e: unknown) => e);
      expect(refused).toMatchObject({ refusal: 'notice_days_below_round', params: { minimum: 15 } });
      expect(await snapshot(get())).toBe(before);
      await expect(updateAwardNoticeSetting(contextOf(admin), ZAwardNoticeSetting.parse({ ...base, noticeWorkingDays: 15 }))).resolves.toMatchObject({ changed: true });
      expect((await listAwardCatalogue(admin))!.find((a) => a.id === collective.id)).toMatchObject({ noticeWorkingDays: 15, roundMinimum: 15 });

      // A version no longer in force is history: it is not changed.
      const oldFighter = await awardOf('provincial_fighter', 1);
      expect(await refusal(updateAwardNoticeSetting(contextOf(admin), ZAwardNoticeSetting.parse({ awardTypeId: oldFighter.id, requiresPublicNotice: true, noticeWorkingDays: 20 })))).toBe('not_found');
    });
  },
  (database) => seedDemo(database.db),
);
