import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, eventBody, hashEvent, type AuditEventBody } from './chain';
import { HASHED_KEYS, fastEventHash, verifyChain, type ChainProgress, type StoredAuditEvent } from './verify';

const body = (seq: number, extra: Partial<AuditEventBody> = {}): AuditEventBody => ({
  seq,
  occurredAt: new Date(Date.UTC(2026, 0, 5, 1, 2, 3) + seq * 60_000).toISOString(),
  actorUserId: 10 + (seq % 3),
  actorName: 'Trần Thị Mai',
  actingForUserId: null,
  role: 'bloc_lead',
  scopeKind: 'bloc_term',
  scopeId: 3,
  action: 'endorse',
  entityKind: 'nomination',
  entityId: 100 + seq,
  fromStatus: 'bloc_review',
  toStatus: 'appraisal',
  reason: seq % 4 === 0 ? 'Đủ điều kiện' : null,
  payload: { reference: `NB-2026-${seq}`, votes: [seq, { b: 1, a: 2 }] },
  ip: null,
  ...extra,
});

/** Chains `bodies` from `prevHash` (hashes recomputed, as a writer, or a forger who re-hashes, would). */
function chainOf(bodies: AuditEventBody[], prevHash = GENESIS_HASH): StoredAuditEvent[] {
  let prev = prevHash;
  return bodies.map((b) => {
    const hash = hashEvent(prev, b);
    const event = { ...b, prevHash: prev, hash };
    prev = hash;
    return event;
  });
}

const chain = (n: number) => chainOf(Array.from({ length: n }, (_, i) => body(i + 1)));

/** A keyset reader over rows held in memory, as the database would answer `seq > after order by seq limit n`. */
function reader(rows: StoredAuditEvent[]) {
  const sorted = [...rows].sort((a, b) => a.seq - b.seq);
  const calls: [number, number][] = [];
  const fetch = async (after: number, limit: number) => {
    calls.push([after, limit]);
    return sorted.filter((e) => e.seq > after).slice(0, limit);
  };
  return { fetch, calls };
}

describe('verifyChain', () => {
  it('walks an intact chain in keyset batches and returns its head', async () => {
    const events = chain(23);
    const { fetch, calls } = reader(events);
    const progress: ChainProgress[] = [];
    const result = await verifyChain(fetch, { batchSize: 5, onProgress: (p) => progress.push(p) });
    expect(result).toEqual({ ok: true, events: 23, headSeq: 23, headHash: events[22]!.hash });
    expect(calls).toEqual([[0, 5], [5, 5], [10, 5], [15, 5], [20, 5]]);
    expect(progress.map((p) => p.events)).toEqual([5, 10, 15, 20, 23]);
    expect(progress.at(-1)).toEqual({ events: 23, lastSeq: 23 });
  });

  it('asks once more after a full last batch, and finds nothing there', async () => {
    const events = chain(10);
    const { fetch, calls } = reader(events);
    expect(await verifyChain(fetch, { batchSize: 5 })).toMatchObject({ ok: true, events: 10, headSeq: 10 });
    expect(calls).toEqual([[0, 5], [5, 5], [10, 5]]);
  });

  it('finds an edited event by its hash', async () => {
    const events = chain(20);
    events[11] = { ...events[11]!, reason: 'sửa lén sau khi ghi' };
    expect(await verifyChain(reader(events).fetch, { batchSize: 4 })).toEqual({ ok: false, events: 11, brokenAt: 12, problem: 'hash_mismatch' });
  });

  it('finds an edited payload and an edited time', async () => {
    const payload = chain(8);
    payload[4] = { ...payload[4]!, payload: { ...payload[4]!.payload, votes: [99] } };
    expect(await verifyChain(reader(payload).fetch)).toMatchObject({ ok: false, brokenAt: 5, problem: 'hash_mismatch' });
    const time = chain(8);
    time[6] = { ...time[6]!, occurredAt: '2020-01-01T00:00:00.000Z' };
    expect(await verifyChain(reader(time).fetch)).toMatchObject({ ok: false, brokenAt: 7, problem: 'hash_mismatch' });
  });

  it('finds a deleted event as a gap in the sequence', async () => {
    const events = chain(20).filter((e) => e.seq !== 9);
    expect(await verifyChain(reader(events).fetch, { batchSize: 4 })).toEqual({
      ok: false,
      events: 8,
      brokenAt: 9,
      problem: 'sequence_gap',
      foundSeq: 10,
    });
  });

  it('finds deleted first events', async () => {
    const events = chain(10).slice(3);
    expect(await verifyChain(reader(events).fetch)).toEqual({ ok: false, events: 0, brokenAt: 1, problem: 'sequence_gap', foundSeq: 4 });
  });

  it('finds two events whose sequence numbers were swapped', async () => {
    const events = chain(20);
    events[6] = { ...events[6]!, seq: 8 };
    events[7] = { ...events[7]!, seq: 7 };
    expect(await verifyChain(reader(events).fetch, { batchSize: 3 })).toEqual({ ok: false, events: 6, brokenAt: 7, problem: 'prev_hash_mismatch' });
  });

  it('finds a forged event re-chained into the middle', async () => {
    const events = chain(10);
    // The forger replaces event 5 with a well-formed, correctly hashed one; event 6 still names the old 5.
    const [forged] = chainOf([body(5, { reason: 'giả mạo' })], events[3]!.hash);
    events[4] = forged!;
    expect(await verifyChain(reader(events).fetch)).toMatchObject({ ok: false, brokenAt: 6, problem: 'prev_hash_mismatch' });
  });

  it('sees a truncated tail only against an expected head', async () => {
    const full = chain(30);
    const head = { seq: 30, hash: full[29]!.hash };
    const truncated = full.slice(0, 20);
    // In itself the shortened chain is intact: nothing in it says that events followed.
    expect(await verifyChain(reader(truncated).fetch, { batchSize: 7 })).toMatchObject({ ok: true, events: 20, headSeq: 20 });
    expect(await verifyChain(reader(truncated).fetch, { batchSize: 7, expectedHead: head })).toEqual({
      ok: false,
      events: 20,
      brokenAt: 21,
      problem: 'truncated',
      foundSeq: 20,
    });
    expect(await verifyChain(reader(full).fetch, { batchSize: 7, expectedHead: head })).toMatchObject({ ok: true, headSeq: 30 });
  });

  it('accepts a chain that grew past the expected head', async () => {
    const events = chain(30);
    expect(await verifyChain(reader(events).fetch, { expectedHead: { seq: 25, hash: events[24]!.hash } })).toMatchObject({ ok: true, headSeq: 30 });
  });

  it('sees a chain rewritten and re-hashed from some event only against an expected head', async () => {
    const original = chain(30);
    const head = { seq: 25, hash: original[24]!.hash };
    const bodies: AuditEventBody[] = original.map((e) => eventBody(e));
    bodies[14] = { ...bodies[14]!, reason: 'viết lại' };
    const rewritten = [...original.slice(0, 14), ...chainOf(bodies.slice(14), original[13]!.hash)];
    expect(await verifyChain(reader(rewritten).fetch)).toMatchObject({ ok: true, headSeq: 30 });
    expect(await verifyChain(reader(rewritten).fetch, { expectedHead: head })).toEqual({ ok: false, events: 24, brokenAt: 25, problem: 'head_mismatch' });
  });

  it('reports an empty chain', async () => {
    expect(await verifyChain(reader([]).fetch)).toEqual({ ok: false, events: 0, brokenAt: 1, problem: 'empty' });
    expect(await verifyChain(reader([]).fetch, { expectedHead: { seq: 3, hash: 'a'.repeat(64) } })).toMatchObject({ ok: false, problem: 'empty' });
  });

  it('passes on a failing read, and leaves no unhandled rejection from a read in flight at a break', async () => {
    await expect(verifyChain(async () => Promise.reject(new Error('connection lost')))).rejects.toThrow('connection lost');
    const events = chain(10);
    events[1] = { ...events[1]!, reason: 'x' };
    let call = 0;
    const fetch = async (after: number, limit: number) => {
      call++;
      if (call > 1) throw new Error('second read fails');
      return events.filter((e) => e.seq > after).slice(0, limit);
    };
    expect(await verifyChain(fetch, { batchSize: 5 })).toMatchObject({ ok: false, brokenAt: 2, problem: 'hash_mismatch' });
  });

  it('refuses a batch size that is not a positive integer', async () => {
    await expect(verifyChain(reader([]).fetch, { batchSize: 0 })).rejects.toThrow(RangeError);
  });
});

describe('the fast event hash', () => {
  it('covers exactly the fields that eventBody picks, in canonical order', () => {
    const keys = Object.keys(eventBody(body(1))).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect([...HASHED_KEYS]).toEqual(keys);
  });

  it('gives the same hash as hashEvent, whatever the values', () => {
    const variants: Partial<AuditEventBody>[] = [
      {},
      { occurredAt: '2026-11-26 08:02:03.456+07' },
      { occurredAt: '2026-11-26T01:02:03Z' },
      // As PostgreSQL prints a timestamptz (UTC session, and another time zone).
      { occurredAt: '2026-11-26 01:02:03+00' },
      { occurredAt: '2026-11-26 01:02:03.4+00' },
      { occurredAt: '2026-11-26 01:02:03.45+00' },
      { occurredAt: '2026-11-26 01:02:03.456+00' },
      { occurredAt: '2026-11-26 01:02:03.456789+00' },
      { occurredAt: '2026-11-26 08:02:03.456+07' },
      { occurredAt: '1999-12-31 23:59:59.999+00' },
      { occurredAt: new Date('2026-11-26T01:02:03.456Z') as unknown as string },
      { actorUserId: null, role: null, scopeKind: null, scopeId: null, entityId: null, fromStatus: null, toStatus: null },
      { reason: 'Dấu "ngoặc", \\ gạch, xuống\ndòng, tab\t, \u2028, \u0001 và emoji 🏅' },
      { actorName: '' },
      { entityId: 0, scopeId: -1, seq: 2 ** 40 },
      { payload: {} },
      { payload: { z: 1, a: { d: [3, null, true, { y: 'ý', x: 1.5e21 }], c: false }, m: -0, n: 0.1 } },
      { payload: { é: 1, z: 2, Z: 3, _: 4, '10': 5, '9': 6, 'a b': 7, '"q"': 8, nested: [[], {}, [undefined, 'x']], skipped: undefined } },
      { payload: { at: new Date('2026-01-02T03:04:05.678Z'), list: [new Date(0)] } },
      { ip: '2001:db8::1' },
      { ...({ reason: undefined, ip: undefined, payload: undefined } as unknown as Partial<AuditEventBody>) },
    ];
    for (const [i, extra] of variants.entries()) {
      const event = body(i + 1, extra);
      const prev = i % 2 ? GENESIS_HASH : hashEvent(GENESIS_HASH, body(99));
      expect(fastEventHash(prev, event), JSON.stringify(extra)).toBe(hashEvent(prev, event));
    }
  });

  it('ignores fields that are not hashed', () => {
    const event = { ...body(1), prevHash: GENESIS_HASH, hash: 'x', extra: 1 } as AuditEventBody;
    expect(fastEventHash(GENESIS_HASH, event)).toBe(hashEvent(GENESIS_HASH, body(1)));
  });
});
