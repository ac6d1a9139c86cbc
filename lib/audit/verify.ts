import * as crypto from 'node:crypto';
import { canonicalJson } from './canonical';
import { checkLink, GENESIS_HASH, type AuditEventBody } from './chain';

/** A stored event as the verifier reads it: the hashed fields and the two hashes. */
export type StoredAuditEvent = AuditEventBody & { prevHash: string; hash: string };

/** Returns up to `limit` events with seq > `afterSeq`, in ascending seq order (a keyset page). */
export type FetchAuditBatch = (afterSeq: number, limit: number) => Promise<readonly StoredAuditEvent[]>;

export type ChainProblem =
  /** The event's contents no longer match its hash: it was edited after it was recorded. */
  | 'hash_mismatch'
  /** The expected seq is missing: the event was deleted (or the events after it renumbered). */
  | 'sequence_gap'
  /** The event does not name its predecessor's hash: events were reordered, replaced or inserted. */
  | 'prev_hash_mismatch'
  /** The chain ends before the expected head: the newest events were removed. */
  | 'truncated'
  /** The event at the expected head's seq has another hash: the chain up to it was rewritten. */
  | 'head_mismatch'
  /** There is no event at all. */
  | 'empty';

export type ChainVerification =
  | { ok: true; events: number; headSeq: number; headHash: string }
  | {
      ok: false;
      /** Events verified intact before the break. */
      events: number;
      /** The first sequence number that is wrong (or missing). */
      brokenAt: number;
      problem: ChainProblem;
      /** sequence_gap: the seq found where `brokenAt` was expected. truncated: the last seq present. */
      foundSeq?: number;
    };

export interface ChainProgress {
  /** Events verified so far. */
  events: number;
  /** The last sequence number verified. */
  lastSeq: number;
}

export interface VerifyChainOptions {
  /** Events per fetch; memory holds at most two batches whatever the length of the chain. */
  batchSize?: number;
  /**
   * A head recorded elsewhere: printed by an earlier run of the verifier, or anchored in a signed
   * decision. Each event vouches only for those before it, so removing the newest events (or
   * rewriting and re-hashing the chain from some point to its end) leaves a chain that is intact in
   * itself: it can only be detected against a head known from outside the database.
   */
  expectedHead?: { seq: number; hash: string };
  /** Called after each batch. */
  onProgress?: (progress: ChainProgress) => void;
}

// Larger batches were no faster against PostgreSQL, and held more rows long enough to reach V8's old space.
export const DEFAULT_BATCH_SIZE = 2_000;

// The hashed fields in canonical (sorted) key order, and their JSON-quoted names. Must list exactly
// the fields eventBody picks (a unit test holds them together).
export const HASHED_KEYS: readonly (keyof AuditEventBody)[] = (
  [
    'seq', 'occurredAt', 'actorUserId', 'actorName', 'actingForUserId', 'role', 'scopeKind', 'scopeId',
    'action', 'entityKind', 'entityId', 'fromStatus', 'toStatus', 'reason', 'payload', 'ip',
  ] as const
).slice().sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const QUOTED_KEYS = HASHED_KEYS.map((key) => `${JSON.stringify(key)}:`);
const OCCURRED_AT = HASHED_KEYS.indexOf('occurredAt');
const PAYLOAD = HASHED_KEYS.indexOf('payload');

// crypto.hash (node ≥ 20.12) hashes a string in one call, without a Hash object per event.
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;
const sha256Hex = oneShot ? (data: string) => oneShot('sha256', data, 'hex') : (data: string) => crypto.createHash('sha256').update(data).digest('hex');

// PostgreSQL prints a timestamptz in a UTC session as `2026-11-26 01:02:03.456+00`; that is turned into
// ISO 8601 by moving characters, as new Date(…).toISOString() would (PostgreSQL never prints an
// invalid date, and more than three fractional digits, or any other form, go through Date).
const PG_UTC_TIME = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d)(?:\.(\d{1,3}))?\+00$/;
const MS_PADDING = ['000', '00', '0', ''];

function isoTime(value: unknown): string {
  if (typeof value === 'string') {
    const pg = PG_UTC_TIME.exec(value);
    if (pg) return `${pg[1]}T${pg[2]}.${pg[3] === undefined ? '000' : pg[3] + MS_PADDING[pg[3].length]}Z`;
  }
  return new Date(value as string).toISOString();
}

/** canonicalJson, faster for what JSON.parse returns (plain objects and arrays): no entries array,
 * filter or map per object. Anything else is handed to canonicalJson itself. */
function canonicalValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (value === null || typeof value !== 'object' || value instanceof Date) return canonicalJson(value);
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      out += `${i === 0 ? '' : ','}${item === undefined ? 'null' : canonicalValue(item)}`;
    }
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  // Default sort compares UTF-16 code units, as canonicalJson's comparator does.
  const keys = Object.keys(record).sort();
  let out = '{';
  let first = true;
  for (const key of keys) {
    const item = record[key];
    if (item === undefined) continue;
    out += `${first ? '' : ','}${JSON.stringify(key)}:${canonicalValue(item)}`;
    first = false;
  }
  return `${out}}`;
}

/**
 * The same bytes as hashEvent(prevHash, event), without its per-event intermediate body object and
 * generic key sorting: the key order of the event is fixed, so it is sorted once. That generic path
 * costs ≈ 12 µs an event, too slow for quality.md P5 (100,000 events/s); this one about half of that.
 * Used only to accept: a mismatch is confirmed by chain.ts's checkLink, which stays the definition.
 */
export function fastEventHash(prevHash: string, event: AuditEventBody): string {
  let json = '{';
  for (let i = 0; i < HASHED_KEYS.length; i++) {
    const value: unknown = event[HASHED_KEYS[i]!];
    // As eventBody: the time is normalized to ISO 8601, payload defaults to {}, a missing field is null.
    const text = i === OCCURRED_AT ? `"${isoTime(value)}"` : i === PAYLOAD ? canonicalValue(value ?? {}) : value == null ? 'null' : canonicalValue(value);
    json += i === 0 ? `${QUOTED_KEYS[i]}${text}` : `,${QUOTED_KEYS[i]}${text}`;
  }
  return sha256Hex(`${prevHash}${json}}`);
}

/** Walks the whole chain from seq 1 in keyset batches and returns the first break, or the head.
 * Pure and streaming: all I/O is `fetchBatch`, and the next batch is fetched while this one is hashed. */
export async function verifyChain(fetchBatch: FetchAuditBatch, options: VerifyChainOptions = {}): Promise<ChainVerification> {
  const limit = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`batchSize must be a positive integer, not ${limit}`);
  const expected = options.expectedHead;
  const onProgress = options.onProgress;

  let previous: StoredAuditEvent | null = null;
  let events = 0;
  let pending: Promise<readonly StoredAuditEvent[]> | null = fetchBatch(0, limit);
  try {
    while (pending) {
      const batch: readonly StoredAuditEvent[] = await pending;
      pending = null;
      const count = batch.length;
      // A full batch may have a successor: ask for it now, so that the database works while we hash.
      if (count === limit) pending = fetchBatch(batch[count - 1]!.seq, limit);
      for (let i = 0; i < count; i++) {
        const event = batch[i]!;
        // checkLink's checks in checkLink's order, with the fast hash; any doubt goes to checkLink.
        const intact =
          event.seq === (previous ? previous.seq + 1 : 1) &&
          event.prevHash === (previous ? previous.hash : GENESIS_HASH) &&
          fastEventHash(event.prevHash, event) === event.hash;
        const broken = intact ? null : checkLink(previous, event);
        if (broken) {
          return broken.problem === 'sequence_gap'
            ? { ok: false, events, brokenAt: broken.seq, problem: broken.problem, foundSeq: event.seq }
            : { ok: false, events, brokenAt: broken.seq, problem: broken.problem };
        }
        if (expected && event.seq === expected.seq && event.hash !== expected.hash) {
          return { ok: false, events, brokenAt: event.seq, problem: 'head_mismatch' };
        }
        previous = event;
        events++;
      }
      if (count > 0 && onProgress) onProgress({ events, lastSeq: previous!.seq });
    }
  } finally {
    // Stopped at a break with a fetch in flight: its outcome no longer matters.
    if (pending) (pending as Promise<unknown>).catch(() => {});
  }

  if (!previous) return { ok: false, events: 0, brokenAt: 1, problem: 'empty' };
  if (expected && previous.seq < expected.seq) {
    return { ok: false, events, brokenAt: previous.seq + 1, problem: 'truncated', foundSeq: previous.seq };
  }
  return { ok: true, events, headSeq: previous.seq, headHash: previous.hash };
}
