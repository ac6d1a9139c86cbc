import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { NominationFacts } from '@/lib/policy/can';
import type { Db, Tx } from '../../client';
import { rowsOf } from '../../rows';
import { awardTypes, blocMemberships, blocTerms, nominations, rounds } from '../../schema';

export type NominationRecord = NominationFacts & { reference: string; awardTypeId: number; roundId: number };

/** What the policy and the guards need about one nomination, or null when there is none. */
export async function loadNominationFacts(db: Db | Tx, id: number): Promise<NominationRecord | null> {
  const [row] = await db
    .select({
      id: nominations.id,
      reference: nominations.reference,
      status: nominations.status,
      version: nominations.version,
      route: awardTypes.route,
      awardTypeId: nominations.awardTypeId,
      roundId: nominations.roundId,
      proposingUnitId: nominations.proposingUnitId,
      nomineeUnitId: nominations.nomineeUnitId,
      nomineePersonId: nominations.nomineePersonId,
      blocTermId: nominations.blocTermId,
      returnedFrom: nominations.returnedFrom,
      heldFrom: nominations.heldFrom,
      provinceReturnCount: nominations.provinceReturnCount,
    })
    .from(nominations)
    .innerJoin(awardTypes, eq(awardTypes.id, nominations.awardTypeId))
    .where(eq(nominations.id, id));
  if (!row) return null;
  const path = rowsOf<{ id: number }>(
    await db.execute(sql`
      with recursive up(id, parent_id) as (
        select id, parent_id from units where id = ${row.proposingUnitId}
        union all
        select u.id, u.parent_id from units u join up on u.id = up.parent_id
      )
      select id from up`),
  ).map((r) => Number(r.id));
  const terms = await db
    .select({ id: blocTerms.id })
    .from(blocMemberships)
    .innerJoin(blocTerms, eq(blocTerms.id, blocMemberships.blocTermId))
    .innerJoin(rounds, eq(rounds.year, blocTerms.year))
    .where(and(eq(blocMemberships.unitId, row.proposingUnitId), eq(rounds.id, row.roundId)));
  return { ...row, proposingUnitPath: path, proposingUnitBlocTerms: terms.map((t) => t.id) };
}
