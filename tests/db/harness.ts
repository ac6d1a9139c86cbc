import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe } from 'vitest';
import { openDatabase, type Database } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';

export type DatabaseKind = 'pglite' | 'postgres';

/** The databases each database test runs on: PGlite always, PostgreSQL when DATABASE_URL is set. */
export function databaseKinds(): DatabaseKind[] {
  return process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

/** Creates a fresh, empty PostgreSQL database next to DATABASE_URL's and returns its URL and a dropper. */
export async function createScratchPostgres(): Promise<{ url: string; drop: () => Promise<void> }> {
  const base = process.env.DATABASE_URL;
  if (!base) throw new Error('DATABASE_URL is not set');
  const { default: postgres } = await import('postgres');
  const name = `laurel_t_${randomBytes(6).toString('hex')}`;
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const again = postgres(base, { max: 1, onnotice: () => {} });
      await again.unsafe(`drop database if exists ${name} with (force)`);
      await again.end();
    },
  };
}

/** Opens a fresh, migrated database of `kind`; closes and drops it in `dispose`. */
export async function freshDatabase(kind: DatabaseKind): Promise<Database & { dispose: () => Promise<void> }> {
  if (kind === 'pglite') {
    const database = await openDatabase({ dir: 'memory://' });
    await migrateDatabase(database);
    return { ...database, dispose: database.close };
  }
  const scratch = await createScratchPostgres();
  const database = await openDatabase({ url: scratch.url });
  await migrateDatabase(database);
  return {
    ...database,
    dispose: async () => {
      await database.close();
      await scratch.drop();
    },
  };
}

/** Runs `suite` once per database kind, each with a fresh migrated database (optionally prepared). */
export function describeEachDatabase(
  title: string,
  suite: (get: () => Database) => void,
  prepare?: (database: Database) => Promise<void>,
): void {
  for (const kind of databaseKinds()) {
    describe(`${title} [${kind}]`, () => {
      let database: (Database & { dispose: () => Promise<void> }) | undefined;
      beforeAll(async () => {
        database = await freshDatabase(kind);
        if (prepare) await prepare(database);
      });
      afterAll(async () => {
        await database?.dispose();
      });
      suite(() => {
        if (!database) throw new Error('database not ready');
        return database;
      });
    });
  }
}
