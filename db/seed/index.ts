import { count } from 'drizzle-orm';
import type { Db } from '../client';
import { units } from '../schema';
import { seedAwards } from './awards';
import { seedBlocs } from './blocs';
import { seedCalendar } from './calendar';
import { seedCluster2026 } from './cluster-2026';
import { seedCouncil } from './council';
import { DEMO_ACCOUNTS } from './demo-accounts';
import { seedHistory } from './history';
import { seedIndicators } from './indicators';
import { seedNominations } from './nominations';
import { seedPeople } from './people';
import { seedUnits } from './units';
import { seedUsers } from './users';
import { seedYear2023 } from './year-2023';

export { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';

export class DemoSeedRefusedError extends Error {
  constructor() {
    super('The demo seed goes only into an empty database, and this one already holds units. Use a new PGlite directory or an empty PostgreSQL database.');
    this.name = 'DemoSeedRefusedError';
  }
}

export interface SeedOptions {
  /** Receives a line per stage and a summary at the end (the dev server and the CLI print them). */
  log?: (line: string) => void;
}

/** Seeds the demo province (shared/domain.md §9) in one transaction: all of it or nothing. It refuses a
 * database that already holds units, so that it can never mix demo data into real data or run twice. */
export async function seedDemo(db: Db, options: SeedOptions = {}): Promise<void> {
  const log = options.log ?? (() => {});
  await db.transaction(async (tx) => {
    const [existing] = await tx.select({ n: count() }).from(units);
    if ((existing?.n ?? 0) > 0) throw new DemoSeedRefusedError();

    const unitIds = await seedUnits(tx);
    const provinceId = unitIds.get('T-NINHBINH');
    const blocTerms = await seedBlocs(tx, unitIds, provinceId);
    log(`units: ${unitIds.size}, bloc terms: ${blocTerms.size}`);
    const awardTypes = await seedAwards(tx);
    const rounds = await seedCalendar(tx, provinceId, awardTypes);
    const indicators = await seedIndicators(tx);
    log(`award types: ${awardTypes.size}, rounds: ${rounds.size}`);

    const { people, households } = await seedPeople(tx, unitIds);
    const council = await seedCouncil(tx, unitIds, people, provinceId);
    const users = await seedUsers(tx, { units: unitIds, people, blocTerms });
    const initiatives = await seedHistory(tx, { units: unitIds, people });
    // Each staff account (staff.ts) comes with its own person.
    const staff = users.size - DEMO_ACCOUNTS.length;
    log(`people: ${people.size + council.peopleAdded + staff}, households: ${households.size}, council members: ${council.memberIds.length}, accounts: ${users.size} (${DEMO_ACCOUNTS.length} demo, ${staff} staff)`);

    await seedYear2023(tx, { units: unitIds, blocTerms, indicators, users });
    await seedCluster2026(tx, { units: unitIds, blocTerms, indicators, users });
    const { nominations, auditEvents } = await seedNominations(
      tx,
      { provinceId, units: unitIds, people, households, users, rounds, awardTypes, blocTerms, indicators, initiatives },
      council,
    );
    const byStatus = new Map<string, number>();
    for (const n of nominations) byStatus.set(n.status, (byStatus.get(n.status) ?? 0) + 1);
    log(`nominations: ${nominations.length} (${[...byStatus].map(([status, n]) => `${status} ${n}`).join(', ')}), audit events: ${auditEvents}`);
  });
}
