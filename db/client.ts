import fs from 'node:fs';
import path from 'node:path';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema';
import { acquireLock } from './lock';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** The PostgreSQL URL, for work that needs a connection of its own (advisory locks). */
  url?: string;
  close: () => Promise<void>;
}

/** Where Laurel keeps its local state (embedded database, development secret, uploads). */
export function dataDir(): string {
  // Resolved at run time, not traced into the build output.
  return path.resolve(/*turbopackIgnore: true*/ process.env.LAUREL_DATA_DIR ?? path.join(process.cwd(), '.data'));
}

export function pgliteDir(): string {
  return path.join(dataDir(), 'pglite');
}

/** Opens PostgreSQL through postgres.js when a URL is given, else PGlite in `dir` (in memory when
 * `dir` is 'memory://'). PGlite directories are locked to this process. */
export async function openDatabase(target: { url: string } | { dir: string }): Promise<Database> {
  if ('url' in target) {
    const { default: postgres } = await import('postgres');
    const { drizzle } = await import('drizzle-orm/postgres-js');
    const client = postgres(target.url, {
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      onnotice: () => {},
    });
    const db = drizzle(client, { schema, casing: 'snake_case' }) as unknown as Db;
    return { db, kind: 'postgres', url: target.url, close: () => client.end({ timeout: 5 }) };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  let release = () => {};
  if (target.dir !== 'memory://') {
    fs.mkdirSync(path.dirname(target.dir), { recursive: true });
    release = acquireLock(`${target.dir}.lock`);
  }
  try {
    const client = target.dir === 'memory://' ? new PGlite() : new PGlite(target.dir);
    await client.waitReady;
    const db = drizzle(client, { schema, casing: 'snake_case' }) as unknown as Db;
    return {
      db,
      kind: 'pglite',
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

/** The configured database: DATABASE_URL if set, else the embedded one in .data/pglite. */
export function configuredTarget(): { url: string } | { dir: string } {
  const url = process.env.DATABASE_URL;
  return url ? { url } : { dir: pgliteDir() };
}

const holder = globalThis as unknown as { __laurelDb?: Promise<Database> };

/** The process's one database, opened lazily on first use (never at import: the build must not
 * touch the data directory). Kept on globalThis so that hot reloads in development reuse it. */
export function getDatabase(): Promise<Database> {
  holder.__laurelDb ??= openDatabase(configuredTarget()).catch((error) => {
    holder.__laurelDb = undefined;
    throw error;
  });
  return holder.__laurelDb;
}

/** Makes `database` the process's database: for tests that call the data access layer directly. */
export function setDatabaseForTests(database: Database): void {
  holder.__laurelDb = Promise.resolve(database);
}

export async function getDb(): Promise<Db> {
  return (await getDatabase()).db;
}
