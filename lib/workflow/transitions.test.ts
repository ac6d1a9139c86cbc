import { describe, expect, it } from 'vitest';
import { NOMINATION_STATUSES } from '@/lib/domain/constants';
import { TERMINAL_STATUSES, TRANSITIONS, findTransition, transitionsFrom } from './transitions';

describe('the transition table', () => {
  it('leaves no non-terminal status without a way out, and none out of a terminal one', () => {
    for (const status of NOMINATION_STATUSES) {
      const out = transitionsFrom(status);
      if (TERMINAL_STATUSES.includes(status)) expect(out, status).toHaveLength(0);
      else expect(out.length, status).toBeGreaterThan(0);
    }
  });

  it('reaches every status from creation', () => {
    const reached = new Set<string>(['draft']);
    let grew = true;
    while (grew) {
      grew = false;
      for (const t of TRANSITIONS)
        if (t.from.some((f) => f !== null && reached.has(f)))
          for (const to of t.to)
            if (!reached.has(to)) {
              reached.add(to);
              grew = true;
            }
    }
    expect([...reached].sort()).toEqual([...NOMINATION_STATUSES].sort());
  });

  it('gives each (action, from, role) one transition at most', () => {
    const seen = new Set<string>();
    for (const t of TRANSITIONS)
      for (const from of t.from)
        for (const role of t.roles) {
          const key = `${t.action}|${from}|${role}`;
          expect(seen.has(key), key).toBe(false);
          seen.add(key);
        }
  });

  it('keeps the admin out of the workflow', () => {
    expect(TRANSITIONS.some((t) => t.roles.includes('admin'))).toBe(false);
  });

  it('asks for a reason wherever the law wants one', () => {
    for (const action of ['withdraw', 'return', 'decline', 'reject', 'hold', 'release', 'revoke'] as const)
      for (const t of TRANSITIONS.filter((x) => x.action === action)) expect(t.requiresReason, action).toBe(true);
  });

  it('finds transitions by action, status and role', () => {
    expect(findTransition('return', 'appraisal', 'appraiser')?.guards).toContain('province_returns_once');
    expect(findTransition('return', 'appraisal', 'bloc_lead')).toBeUndefined();
    expect(findTransition('approve', 'council')).toBeUndefined();
  });
});
