// npm run db:seed [-- --force] — migrates the configured database (DATABASE_URL, or the embedded one in
// .data/pglite, which must not be open in a running server) and loads the demo province into it if it
// is empty. The demo seed never goes into a database that holds data, --force or not: mixing demo
// records into real ones (or loading them twice) cannot be undone, since the audit log is append-only.
import { configuredTarget, openDatabase } from '../db/client';
import { DatabaseLockedError } from '../db/lock';
import { isEmpty, migrateDatabase, withSetupLock } from '../db/migrate';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DemoSeedRefusedError, seedDemo } from '../db/seed';

async function main(): Promise<number> {
  const force = process.argv.slice(2).includes('--force');
  const target = configuredTarget();
  const where = 'url' in target ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${target.dir}`;
  console.log(`Opening ${where}…`);
  const database = await openDatabase(target);
  try {
    return await withSetupLock(database, async () => {
      await migrateDatabase(database);
      console.log('Migrations applied.');
      if (!(await isEmpty(database))) {
        if (force) {
          const fresh = 'url' in target ? 'point DATABASE_URL at a new, empty database' : `stop the server and delete ${target.dir}`;
          console.error(
            'Refused: --force does not reseed a database that already holds data. The demo seed only goes into an empty ' +
              `database (its audit log is append-only and cannot be rolled back): ${fresh}, then run npm run db:seed again.`,
          );
          return 2;
        }
        console.log('The database already holds data: nothing to seed.');
        return 0;
      }
      const started = Date.now();
      console.log('Loading the demo province (Ninh Bình)…');
      await seedDemo(database.db, { log: (line) => console.log(`  ${line}`) });
      console.log(`Demo province loaded in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
      console.log(`Demo accounts (password ${DEMO_PASSWORD}): ${DEMO_ACCOUNTS.map((a) => a.username).join(', ')}`);
      return 0;
    });
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof DatabaseLockedError || error instanceof DemoSeedRefusedError ? error.message : error);
    process.exit(1);
  },
);
