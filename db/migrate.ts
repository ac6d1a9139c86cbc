import path from 'node:path';
import { count, sql } from 'drizzle-orm';
import { units } from './schema';
import type { Database } from './client';
import { rowsOf } from './rows';

export const migrationsFolder = path.join(process.cwd(), 'drizzle');

// Any fixed number: several app servers starting together take turns to migrate and seed.
const SETUP_LOCK = 7_245_318;

/**
 * The connection that migrates, and takes the setup lock, for `database`: MIGRATION_DATABASE_URL when
 * it is set and `database` is the configured one (DATABASE_URL), else the database's own. The app
 * connects as laurel_app (drizzle/0002_app_role.sql), which may read and write rows but not change the
 * schema; migrations need the owner of the tables. Any other database (a test's scratch database, a
 * restore target) is migrated over its own connection.
 */
export function migrationUrl(database: Database): string | undefined {
  if (database.kind !== 'postgres') return undefined;
  const owner = process.env.MIGRATION_DATABASE_URL;
  return owner && database.url === process.env.DATABASE_URL ? owner : database.url;
}

/** Whether `error` (or what caused it) is PostgreSQL's insufficient_privilege. */
function isPermissionDenied(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    if ((current as { code?: unknown }).code === '42501') return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/** Applies the committed migrations in drizzle/. On PostgreSQL, concurrent starters are serialized
 * by an advisory lock held on a connection of its own (withSetupLock). */
export async function migrateDatabase(database: Database, folder = migrationsFolder): Promise<void> {
  if (database.kind === 'pglite') {
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    await migrate(database.db as never, { migrationsFolder: folder });
    return;
  }
  const { migrate } = await import('drizzle-orm/postgres-js/migrator');
  const url = migrationUrl(database);
  if (!url || url === database.url) {
    try {
      await migrate(database.db as never, { migrationsFolder: folder });
    } catch (error) {
      if (!isPermissionDenied(error)) throw error;
      throw new Error(
        `Migrating was refused a privilege (${error instanceof Error ? error.message : String(error)}). If DATABASE_URL connects as ` +
          'the application role (laurel_app), set MIGRATION_DATABASE_URL to a connection to the same database as the owner of its tables.',
        { cause: error },
      );
    }
    return;
  }
  const { default: postgres } = await import('postgres');
  const { drizzle } = await import('drizzle-orm/postgres-js');
  const owner = postgres(url, { max: 1, onnotice: () => {} });
  try {
    // Two URLs for one database: refuse to migrate another one, which would leave the app's unmigrated.
    const [[mine], [theirs]] = await Promise.all([
      owner<{ name: string }[]>`select current_database() as name`,
      database.db.execute<{ name: string }>(sql`select current_database() as name`).then((result) => rowsOf<{ name: string }>(result)),
    ]);
    if (mine?.name !== theirs?.name) {
      throw new Error(`MIGRATION_DATABASE_URL names database "${mine?.name}" but DATABASE_URL names "${theirs?.name}": they must name the same database.`);
    }
    await migrate(drizzle(owner) as never, { migrationsFolder: folder });
  } finally {
    await owner.end({ timeout: 5 });
  }
}

/** Runs `work` while holding the setup lock (PostgreSQL), so that only one server migrates and seeds. */
export async function withSetupLock<T>(database: Database, work: () => Promise<T>): Promise<T> {
  if (database.kind === 'pglite') return work();
  const url = migrationUrl(database);
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
