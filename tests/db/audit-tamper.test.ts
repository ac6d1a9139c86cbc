import { randomBytes } from 'node:crypto';
import { count, desc, eq, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { appendAuditEvent } from '@/db/audit-append';
import { verifyAuditChain } from '@/db/audit-verify';
import { openDatabase, type Database, type Db } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { rowsOf } from '@/db/rows';
import * as schema from '@/db/schema';
import { auditEvents, nominations } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { createScratchPostgres, databaseKinds, describeEachDatabase, freshDatabase, type DatabaseKind } from './harness';

// quality.md S12: the audit table refuses UPDATE, DELETE and TRUNCATE from the application's role, and
// the verifier detects and locates any edit, deletion, reordering or truncation done by a superuser.

async function head(db: Db): Promise<{ seq: number; hash: string }> {
  const [last] = await db.select({ seq: auditEvents.seq, hash: auditEvents.hash }).from(auditEvents).orderBy(desc(auditEvents.seq)).limit(1);
  if (!last) throw new Error('no audit events');
  return last;
}

async function eventCount(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(auditEvents);
  return row?.n ?? 0;
}

/** The database's own words for why `query` failed (drizzle wraps the driver's error in its cause). */
async function refusal(query: Promise<unknown>): Promise<string> {
  try {
    await query;
  } catch (error) {
    const messages: string[] = [];
    for (let e: unknown = error; e instanceof Error; e = e.cause) messages.push(e.message);
    return messages.join(' ← ');
  }
  throw new Error('the statement was not refused');
}

/** Tampers as a superuser would: with the append-only trigger bypassed for this transaction only (SET
 * LOCAL ends with it). On PGlite the one connection is a superuser; on PostgreSQL the tests connect as
 * `postgres`. */
async function asSuperuserBypassingTrigger(db: Db, tamper: (tx: Db) => Promise<void>): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    await tamper(tx as unknown as Db);
  });
}

/** A fresh database with the demo province of its own, for one act of tampering. */
async function withSeededCopy(kind: DatabaseKind, work: (database: Database) => Promise<void>): Promise<void> {
  const database = await freshDatabase(kind);
  try {
    await seedDemo(database.db);
    await work(database);
  } finally {
    await database.dispose();
  }
}

describeEachDatabase(
  'the seeded audit chain',
  (get) => {
    const db = () => get().db;

    it('verifies, up to the last row', async () => {
      const last = await head(db());
      const progress: number[] = [];
      const result = await verifyAuditChain(db(), { batchSize: 50, onProgress: (p) => progress.push(p.events) });
      expect(result).toEqual({ ok: true, events: last.seq, headSeq: last.seq, headHash: last.hash });
      expect(await eventCount(db())).toBe(last.seq);
      expect(last.seq).toBeGreaterThan(100);
      expect(progress.at(-1)).toBe(last.seq);
      expect(await verifyAuditChain(db(), { expectedHead: last })).toMatchObject({ ok: true, headSeq: last.seq });
    });

    it('refuses UPDATE, DELETE and TRUNCATE on audit_events, and keeps every event', async () => {
      const before = await head(db());
      expect(await refusal(db().execute(sql`update audit_events set reason = 'sửa' where seq = 50`))).toMatch(/append-only: UPDATE refused/);
      expect(await refusal(db().execute(sql`delete from audit_events where seq = 60`))).toMatch(/append-only: DELETE refused/);
      expect(await refusal(db().execute(sql`truncate audit_events`))).toMatch(/append-only: TRUNCATE refused/);
      expect(await eventCount(db())).toBe(before.seq);
      expect(await verifyAuditChain(db())).toEqual({ ok: true, events: before.seq, headSeq: before.seq, headHash: before.hash });
    });

    it('grants laurel_app only SELECT and INSERT on audit_events, and PUBLIC nothing that changes it', async () => {
      const privilege = async (role: string, table: string, kind: string) =>
        rowsOf<{ allowed: boolean }>(await db().execute(sql`select has_table_privilege(${role}, ${table}, ${kind}) as allowed`))[0]?.allowed;
      for (const kind of ['SELECT', 'INSERT']) expect(await privilege('laurel_app', 'audit_events', kind), kind).toBe(true);
      for (const kind of ['UPDATE', 'DELETE', 'TRUNCATE']) {
        expect(await privilege('laurel_app', 'audit_events', kind), kind).toBe(false);
        expect(await privilege('public', 'audit_events', kind), `PUBLIC ${kind}`).toBe(false);
      }
      for (const kind of ['SELECT', 'INSERT', 'UPDATE', 'DELETE']) expect(await privilege('laurel_app', 'nominations', kind), kind).toBe(true);
      expect(await privilege('laurel_app', 'nominations', 'TRUNCATE')).toBe(false);
    });
  },
  (database) => seedDemo(database.db),
);

for (const kind of databaseKinds()) {
  describe(`tampering by a superuser, found by the verifier [${kind}]`, () => {
    it('locates an edited event by its hash', async () => {
      await withSeededCopy(kind, async ({ db }) => {
        await asSuperuserBypassingTrigger(db, async (tx) => {
          await tx.update(auditEvents).set({ reason: 'Sửa lén sau khi ghi' }).where(eq(auditEvents.seq, 50));
        });
        expect(await verifyAuditChain(db, { batchSize: 32 })).toEqual({ ok: false, events: 49, brokenAt: 50, problem: 'hash_mismatch' });
      });
    });

    it('locates a deleted event by the gap in the sequence', async () => {
      await withSeededCopy(kind, async ({ db }) => {
        await asSuperuserBypassingTrigger(db, async (tx) => {
          await tx.delete(auditEvents).where(eq(auditEvents.seq, 60));
        });
        expect(await verifyAuditChain(db, { batchSize: 32 })).toEqual({ ok: false, events: 59, brokenAt: 60, problem: 'sequence_gap', foundSeq: 61 });
      });
    });

    it('locates two events whose sequence numbers were swapped', async () => {
      await withSeededCopy(kind, async ({ db }) => {
        await asSuperuserBypassingTrigger(db, async (tx) => {
          // Through a temporary number: seq is the primary key.
          await tx.update(auditEvents).set({ seq: -70 }).where(eq(auditEvents.seq, 70));
          await tx.update(auditEvents).set({ seq: 70 }).where(eq(auditEvents.seq, 71));
          await tx.update(auditEvents).set({ seq: 71 }).where(eq(auditEvents.seq, -70));
        });
        expect(await verifyAuditChain(db, { batchSize: 32 })).toEqual({ ok: false, events: 69, brokenAt: 70, problem: 'prev_hash_mismatch' });
      });
    });

    it('locates the truncation of the newest events, against the head recorded before', async () => {
      await withSeededCopy(kind, async ({ db }) => {
        const recorded = await head(db);
        await asSuperuserBypassingTrigger(db, async (tx) => {
          await tx.delete(auditEvents).where(sql`${auditEvents.seq} > ${recorded.seq - 10}`);
        });
        // What is left is a chain intact in itself: only a head kept outside the database tells.
        expect(await verifyAuditChain(db)).toMatchObject({ ok: true, events: recorded.seq - 10, headSeq: recorded.seq - 10 });
        expect(await verifyAuditChain(db, { batchSize: 32, expectedHead: recorded })).toEqual({
          ok: false,
          events: recorded.seq - 10,
          brokenAt: recorded.seq - 9,
          problem: 'truncated',
          foundSeq: recorded.seq - 10,
        });
      });
    });
  });
}

// Roles exist only on PostgreSQL servers worth the name: this suite is registered only when one is
// configured (PGlite's one user is a superuser that no privilege binds).
if (process.env.DATABASE_URL) {
  describe('the application role laurel_app [postgres]', () => {
    let database: Database & { dispose: () => Promise<void> };
    let appClient: postgres.Sql;
    /** A dedicated connection as laurel_app (SET ROLE after the migrations ran as postgres). */
    let app: Db;

    beforeAll(async () => {
      database = await freshDatabase('postgres');
      await seedDemo(database.db);
      appClient = postgres(database.url!, { max: 1, onnotice: () => {} });
      await appClient`set role laurel_app`;
      app = drizzle(appClient, { schema, casing: 'snake_case' }) as unknown as Db;
    });

    afterAll(async () => {
      await appClient?.end({ timeout: 5 });
      await database?.dispose();
    });

    const whoAmI = async () => rowsOf<{ who: string }>(await app.execute(sql`select current_user as who`))[0]?.who;

    it('reads and appends to the audit chain', async () => {
      expect(await whoAmI()).toBe('laurel_app');
      const before = await head(app);
      const appended = await app.transaction((tx) =>
        appendAuditEvent(tx, {
          actorUserId: null,
          actorName: 'Kiểm thử',
          actingForUserId: null,
          role: null,
          scopeKind: null,
          scopeId: null,
          action: 'test_append',
          entityKind: 'test',
          entityId: null,
          fromStatus: null,
          toStatus: null,
          reason: null,
          payload: { by: 'laurel_app' },
          ip: null,
        }),
      );
      expect(appended.seq).toBe(before.seq + 1);
      expect(await verifyAuditChain(app)).toEqual({ ok: true, events: appended.seq, headSeq: appended.seq, headHash: appended.hash });
    });

    it('is refused UPDATE, DELETE and TRUNCATE on audit_events by privilege, even with the trigger disabled', async () => {
      expect(await whoAmI()).toBe('laurel_app');
      const before = await head(database.db);
      await database.db.execute(sql`alter table audit_events disable trigger user`);
      try {
        expect(await refusal(app.execute(sql`update audit_events set reason = 'sửa' where seq = 50`))).toMatch(/permission denied for table audit_events/);
        expect(await refusal(app.execute(sql`delete from audit_events where seq = 60`))).toMatch(/permission denied for table audit_events/);
        expect(await refusal(app.execute(sql`truncate audit_events`))).toMatch(/permission denied for table audit_events/);
      } finally {
        await database.db.execute(sql`alter table audit_events enable trigger user`);
      }
      expect(await verifyAuditChain(database.db)).toEqual({ ok: true, events: before.seq, headSeq: before.seq, headHash: before.hash });
    });

    it('cannot switch the trigger off or bypass it', async () => {
      expect(await refusal(app.execute(sql`alter table audit_events disable trigger user`))).toMatch(/must be owner of table audit_events/);
      expect(await refusal(app.execute(sql`set session_replication_role = replica`))).toMatch(/permission denied to set parameter/);
    });

    it('reads, inserts, updates and deletes on the other tables', async () => {
      expect(await whoAmI()).toBe('laurel_app');
      const [some] = await app.select({ id: nominations.id }).from(nominations).limit(1);
      expect(some).toBeDefined();
      const inserted = rowsOf<{ id: number }>(
        await app.execute(sql`
          insert into nominations (reference, round_id, award_type_id, nominee_kind, nominee_unit_id, nominee_person_id,
            nominee_household_id, proposing_unit_id, bloc_term_id, created_by)
          select 'TEST-LAUREL-APP', round_id, award_type_id, nominee_kind, nominee_unit_id, nominee_person_id,
            nominee_household_id, proposing_unit_id, bloc_term_id, created_by
          from nominations where id = ${some!.id}
          returning id`),
      );
      const id = inserted[0]!.id;
      const updated = await app.update(nominations).set({ achievementSummary: 'Cập nhật bởi laurel_app' }).where(eq(nominations.id, id)).returning({ id: nominations.id });
      expect(updated).toEqual([{ id }]);
      expect(await app.delete(nominations).where(eq(nominations.id, id)).returning({ id: nominations.id })).toEqual([{ id }]);
    });

    it('gets the same privileges on tables that later migrations create (default privileges)', async () => {
      await database.db.execute(sql`create table later_migration_table (id integer generated always as identity primary key, note text)`);
      const rows = rowsOf<{ id: number }>(await app.execute(sql`insert into later_migration_table (note) values ('x') returning id`));
      expect(rows).toHaveLength(1);
      await app.execute(sql`update later_migration_table set note = 'y'`);
      await app.execute(sql`delete from later_migration_table`);
      expect(await refusal(app.execute(sql`create table app_made (id int)`))).toMatch(/permission denied for schema public/);
    });

    it('cannot migrate; migrations run as the owner through MIGRATION_DATABASE_URL', async () => {
      const scratch = await createScratchPostgres();
      const other = await createScratchPostgres();
      const login = `laurel_t_${randomBytes(6).toString('hex')}`;
      const admin = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
      await admin.unsafe(`create role ${login} login in role laurel_app`);
      const appUrl = new URL(scratch.url);
      appUrl.username = login;
      const appDatabase = await openDatabase({ url: appUrl.toString() });
      try {
        // DATABASE_URL as a login member of laurel_app, the way README tells to deploy.
        vi.stubEnv('DATABASE_URL', appUrl.toString());
        vi.stubEnv('MIGRATION_DATABASE_URL', '');
        await expect(migrateDatabase(appDatabase)).rejects.toThrow(/set MIGRATION_DATABASE_URL/);
        vi.stubEnv('MIGRATION_DATABASE_URL', scratch.url);
        await migrateDatabase(appDatabase);
        await migrateDatabase(appDatabase); // a second start finds nothing to do
        const owner = rowsOf<{ owner: string }>(
          await appDatabase.db.execute(sql`select tableowner as owner from pg_tables where schemaname = 'public' and tablename = 'audit_events'`),
        );
        expect(owner).toEqual([{ owner: 'postgres' }]);
        expect(await appDatabase.db.select({ n: count() }).from(auditEvents)).toEqual([{ n: 0 }]);
        expect(await refusal(appDatabase.db.execute(sql`delete from audit_events`))).toMatch(/permission denied for table audit_events/);
        // Another database than DATABASE_URL's is refused, not migrated in its place.
        vi.stubEnv('MIGRATION_DATABASE_URL', other.url);
        await expect(migrateDatabase(appDatabase)).rejects.toThrow(/must name the same database/);
      } finally {
        vi.unstubAllEnvs();
        await appDatabase.close();
        await scratch.drop();
        await other.drop();
        await admin.unsafe(`drop role if exists ${login}`);
        await admin.end();
      }
    });
  });
}
