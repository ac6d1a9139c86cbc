import 'server-only';
import { and, count, eq, gte, lt, sql } from 'drizzle-orm';
import type { Tx } from '../client';
import { rateLimitHits } from '../schema';

// Any fixed number: the count-then-insert of one key is serialized by this transaction-scoped lock,
// so that concurrent requests from one address (on one server or several) count one after another.
const RATE_LIMIT_LOCK = 3_318_206;

export interface RateLimit {
  bucket: string;
  max: number;
  minutes: number;
}

/** Counts one more hit of `key` against `limit` inside the caller's transaction, or returns false
 * when the window is full (and records nothing then). The hits live in PostgreSQL, so the limit
 * holds across several app servers; `key` is a keyed hash, never a raw address. */
export async function takeRateLimitHit(tx: Tx, limit: RateLimit, key: string): Promise<boolean> {
  const { bucket, max, minutes } = limit;
  await tx.execute(sql`select pg_advisory_xact_lock(${RATE_LIMIT_LOCK}::int, hashtext(${`${bucket}:${key}`}))`);
  const since = sql`now() - make_interval(mins => ${minutes})`;
  // Hits older than the window count for nothing any more.
  await tx.delete(rateLimitHits).where(and(eq(rateLimitHits.bucket, bucket), eq(rateLimitHits.key, key), lt(rateLimitHits.at, since)));
  const [hits] = await tx
    .select({ n: count() })
    .from(rateLimitHits)
    .where(and(eq(rateLimitHits.bucket, bucket), eq(rateLimitHits.key, key), gte(rateLimitHits.at, since)));
  if ((hits?.n ?? 0) >= max) return false;
  await tx.insert(rateLimitHits).values({ bucket, key });
  return true;
}
