import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical';
import { GENESIS_HASH, checkLink, hashEvent, type AuditEventBody } from './chain';

const event = (seq: number, extra: Partial<AuditEventBody> = {}): AuditEventBody => ({
  seq,
  occurredAt: '2026-11-26T01:02:03.000Z',
  actorUserId: 1,
  actorName: 'Nguyễn Văn Hùng',
  actingForUserId: null,
  role: 'unit_head',
  scopeKind: 'unit',
  scopeId: 7,
  action: 'submit',
  entityKind: 'nomination',
  entityId: 42,
  fromStatus: 'draft',
  toStatus: 'bloc_review',
  reason: null,
  payload: { b: 1, a: [2, { d: 3, c: 4 }] },
  ip: '127.0.0.1',
  ...extra,
});

function chain(n: number) {
  const out: (AuditEventBody & { prevHash: string; hash: string })[] = [];
  let prev = GENESIS_HASH;
  for (let i = 1; i <= n; i++) {
    const body = event(i);
    const hash = hashEvent(prev, body);
    out.push({ ...body, prevHash: prev, hash });
    prev = hash;
  }
  return out;
}

describe('canonical JSON', () => {
  it('sorts keys at every depth and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: undefined, c: [1, { z: 1, y: 2 }] } })).toBe('{"a":{"c":[1,{"y":2,"z":1}]},"b":1}');
  });

  it('keeps Vietnamese text as it is', () => {
    expect(canonicalJson({ name: 'Phường Hoa Lư' })).toBe('{"name":"Phường Hoa Lư"}');
  });

  it('refuses numbers JSON cannot carry', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow();
  });
});

describe('hash chain', () => {
  it('verifies an untouched chain', () => {
    const events = chain(5);
    events.forEach((e, i) => expect(checkLink(i === 0 ? null : events[i - 1]!, e)).toBeNull());
  });

  it('does not depend on how the time is printed', () => {
    const body = event(1);
    expect(hashEvent(GENESIS_HASH, { ...body, occurredAt: '2026-11-26 08:02:03+07' })).toBe(hashEvent(GENESIS_HASH, body));
  });

  it('finds an edited event', () => {
    const events = chain(3);
    const edited = { ...events[1]!, reason: 'sửa lén' };
    expect(checkLink(events[0]!, edited)).toEqual({ seq: 2, problem: 'hash_mismatch' });
  });

  it('finds a deleted event', () => {
    const events = chain(3);
    expect(checkLink(events[0]!, events[2]!)).toEqual({ seq: 2, problem: 'sequence_gap' });
  });

  it('finds a re-chained event whose predecessor was replaced', () => {
    const events = chain(3);
    const forged = { ...events[2]!, prevHash: 'f'.repeat(64) };
    expect(checkLink(events[1]!, forged)).toEqual({ seq: 3, problem: 'prev_hash_mismatch' });
  });
});
