import { eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { setDatabaseForTests } from '@/db/client';
import { authenticate } from '@/db/queries/authentication';
import { loadViewer } from '@/db/queries/viewer';
import { roleAssignments, users } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@/db/seed/demo-accounts';
import { describeEachDatabase } from './harness';

describeEachDatabase(
  'sign-in and the per-request viewer',
  (get) => {
    beforeAll(() => setDatabaseForTests(get()));

    async function userId(username: string): Promise<{ id: number; sessionVersion: number }> {
      const [row] = await get().db.select({ id: users.id, sessionVersion: users.sessionVersion }).from(users).where(eq(users.username, username));
      if (!row) throw new Error(`no user ${username}`);
      return row;
    }

    it('accepts every demo account with the demo password and loads its role and scope', async () => {
      for (const account of DEMO_ACCOUNTS) {
        const result = await authenticate(account.username, DEMO_PASSWORD, '10.0.0.1');
        expect(result.kind, account.username).toBe('ok');
        if (result.kind !== 'ok') continue;
        const viewer = await loadViewer(result.userId, result.sessionVersion);
        expect(viewer?.grants.map((g) => g.role), account.username).toContain(account.role);
        expect(viewer?.grants.every((g) => g.scopeNameVi.length > 0 && g.scopeNameEn.length > 0)).toBe(true);
      }
    });

    it('answers a wrong password and an unknown user alike', async () => {
      expect(await authenticate('thamdinh', 'not-the-password', '10.0.0.2')).toEqual({ kind: 'invalid' });
      expect(await authenticate('no.such.user', 'not-the-password', '10.0.0.2')).toEqual({ kind: 'invalid' });
    });

    it('locks an account after five failures, even for the right password', async () => {
      for (let i = 0; i < 5; i++) expect((await authenticate('thanhtra', 'wrong', `10.0.1.${i}`)).kind).toBe('invalid');
      expect((await authenticate('thanhtra', DEMO_PASSWORD, '10.0.1.99')).kind).toBe('rate_limited');
      // Other accounts are not affected.
      expect((await authenticate('chutich', DEMO_PASSWORD, '10.0.1.99')).kind).toBe('ok');
    });

    it('stops a deactivated account and a stale session version at once', async () => {
      const { id, sessionVersion } = await userId('thuky.hoidong');
      expect(await loadViewer(id, sessionVersion)).not.toBeNull();
      await get().db.update(users).set({ sessionVersion: sessionVersion + 1 }).where(eq(users.id, id));
      expect(await loadViewer(id, sessionVersion)).toBeNull();
      expect(await loadViewer(id, sessionVersion + 1)).not.toBeNull();
      await get().db.update(users).set({ active: false }).where(eq(users.id, id));
      expect(await loadViewer(id, sessionVersion + 1)).toBeNull();
      expect((await authenticate('thuky.hoidong', DEMO_PASSWORD, '10.0.2.1')).kind).toBe('invalid');
    });

    it('drops a role whose validity has ended', async () => {
      const { id, sessionVersion } = await userId('canbo.hoalu');
      const before = await loadViewer(id, sessionVersion);
      expect(before?.grants.map((g) => g.role)).toContain('unit_officer');
      await get().db.update(roleAssignments).set({ validFrom: '2020-01-01', validTo: '2024-12-31' }).where(eq(roleAssignments.userId, id));
      const after = await loadViewer(id, sessionVersion);
      expect(after?.grants).toEqual([]);
    });
  },
  async (database) => {
    await seedDemo(database.db);
  },
);
