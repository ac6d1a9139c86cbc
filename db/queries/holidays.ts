import 'server-only';
import { and, gte, lte } from 'drizzle-orm';
import type { Db } from '../client';
import { holidays } from '../schema';

/** The public holidays between two days, as a set of YYYY-MM-DD, for working-day arithmetic. */
export async function holidaySet(db: Db, from: string, to: string): Promise<Set<string>> {
  const rows = await db.select({ day: holidays.day }).from(holidays).where(and(gte(holidays.day, from), lte(holidays.day, to)));
  return new Set(rows.map((r) => r.day));
}
