import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { dataDir, getDatabase } from './client';
import { isEmpty, migrateDatabase, withSetupLock } from './migrate';

/** Auth.js signs sessions with AUTH_SECRET. Production must configure one; in development a random
 * secret is generated once into .data/ so that `npm run dev` needs no manual step. */
export function ensureAuthSecret(): void {
  if (process.env.AUTH_SECRET) return;
  if (process.env.NODE_ENV === 'production') {
    throw new Error(
      'AUTH_SECRET is not set. Laurel refuses to start in production without it: set AUTH_SECRET to a long random value ' +
        '(for example the output of `openssl rand -base64 33`), the same on every app server.',
    );
  }
  const file = path.join(dataDir(), 'auth-secret');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (!fs.existsSync(file)) fs.writeFileSync(file, randomBytes(33).toString('base64'), { mode: 0o600 });
  process.env.AUTH_SECRET = fs.readFileSync(file, 'utf8').trim();
}

/** Whether to load the demo province into an empty database: always in development, in production
 * only when LAUREL_DEMO_SEED=1 (a real province starts from its own data). */
function wantsDemoSeed(): boolean {
  const setting = process.env.LAUREL_DEMO_SEED;
  if (setting === '0' || setting === 'false') return false;
  if (setting === '1' || setting === 'true') return true;
  return process.env.NODE_ENV !== 'production';
}

/** Migrates the database and seeds the demo province on first start. Runs once per server process,
 * at start-up; on PostgreSQL several servers starting together take turns. */
export async function prepareDatabase(): Promise<void> {
  const database = await getDatabase();
  await withSetupLock(database, async () => {
    await migrateDatabase(database);
    if (wantsDemoSeed() && (await isEmpty(database))) {
      const started = Date.now();
      console.log('[laurel] Empty database: loading the demo province (Ninh Bình)…');
      const { seedDemo } = await import('./seed');
      await seedDemo(database.db, { log: (line) => console.log(`[laurel]   ${line}`) });
      console.log(`[laurel] Demo province loaded in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    }
  });
}

/** Everything a server process needs before it serves a request. A server that cannot get its
 * secret or its database stops with the reason, instead of answering every request with an error. */
export async function startServer(): Promise<void> {
  try {
    ensureAuthSecret();
    await prepareDatabase();
  } catch (error) {
    console.error(`[laurel] Cannot start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
