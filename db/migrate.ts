import path from 'node:path';
import { count } from 'drizzle-orm';
import { units } from './schema';
import type { Database } from './client';

export const migrationsFolder = path.join(process.cwd(), 'drizzle');

// Any fixed number: several app servers starting together take turns to migrate and seed.
const SETUP_LOCK = 7_245_318;

/** Applies the committed migrations in drizzle/. On PostgreSQL, concurrent starters are serialized
 * by an advisory lock held on a connection of its own. */
export async function migrateDatabase(database: Database, folder = migrationsFolder): Promise<void> {
  if (database.kind === 'pglite') {
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    await migrate(database.db as never, { migrationsFolder: folder });
    return;
  }
  const { migrate } = await import('drizzle-orm/postgres-js/migrator');
  await migrate(database.db as never, { migrationsFolder: folder });
}

/** Runs `work` while holding the setup lock (PostgreSQL), so that only one server migrates and seeds. */
export async function withSetupLock<T>(database: Database, work: () => Promise<T>): Promise<T> {
  if (database.kind === 'pglite') return work();
  const url = database.url;
  if (!url) return work();
  const { default: postgres } = await import('postgres');
  const lockClient = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await lockClient`select pg_advisory_lock(${SETUP_LOCK})`;
    return await work();
  } finally {
    await lockClient`select pg_advisory_unlock(${SETUP_LOCK})`.catch(() => {});
    await lockClient.end({ timeout: 5 });
  }
}

export async function isEmpty(database: Database): Promise<boolean> {
  const [row] = await database.db.select({ n: count() }).from(units);
  return (row?.n ?? 0) === 0;
}
