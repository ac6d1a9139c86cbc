// npm run db:migrate — applies drizzle/ migrations to the configured database (DATABASE_URL, or the
// embedded one in .data/pglite, which must not be open in a running server).
import { configuredTarget, openDatabase } from '../db/client';
import { DatabaseLockedError } from '../db/lock';
import { migrateDatabase, withSetupLock } from '../db/migrate';

async function main() {
  const target = configuredTarget();
  console.log('url' in target ? 'Migrating PostgreSQL (DATABASE_URL)…' : `Migrating embedded PGlite in ${target.dir}…`);
  const database = await openDatabase(target);
  try {
    await withSetupLock(database, () => migrateDatabase(database));
    console.log('Migrations applied.');
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  console.error(error instanceof DatabaseLockedError ? error.message : error);
  process.exit(1);
});
