import 'server-only';
import { sql } from 'drizzle-orm';
import type { Db } from '../client';
import { rowsOf } from '../rows';

/** A unit and all its sub-units: a role held on a unit covers its sub-units (domain.md §2). */
export async function unitSubtree(db: Db, rootIds: number[]): Promise<number[]> {
  if (rootIds.length === 0) return [];
  const rows = await db.execute<{ id: number }>(sql`
    with recursive tree(id) as (
      select id from units where id in (${sql.join(rootIds.map((id) => sql`${id}`), sql`, `)})
      union
      select u.id from units u join tree t on u.parent_id = t.id
    )
    select id from tree`);
  return rowsOf<{ id: number }>(rows).map((r) => Number(r.id));
}
