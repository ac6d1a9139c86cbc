import { describe, expect, it } from 'vitest';
import { NOMINATION_STATUSES, REVIEW_BODIES } from '@/lib/domain/constants';
import { TERMINAL_STATUSES, TRANSITIONS, allGuardsOf, findTransition, guardsFor, transitionsFrom } from './transitions';

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

  it('approves the province’s own awards inside a decision, and an award proposed upward only on the central body’s acceptance', () => {
    const approve = findTransition('approve', 'awaiting_decision', 'approver');
    expect(approve).toBeDefined();
    // One transition: the same people approve, from the same status, to the same one.
    expect(TRANSITIONS.filter((t) => t.action === 'approve')).toHaveLength(1);
    expect(guardsFor(approve!, 'council_ballot')).toEqual(['inside_decision']);
    expect(guardsFor(approve!, 'standing_committee')).toEqual(['inside_decision']);
    expect(guardsFor(approve!, 'upward')).toEqual(['central_answer_accepted']);
    expect(guardsFor(approve!, 'upward')).not.toContain('inside_decision');
    expect(allGuardsOf(approve!).sort()).toEqual(['central_answer_accepted', 'inside_decision']);
  });

  it('asks the same guards of every review body where the table names no replacement', () => {
    for (const t of TRANSITIONS.filter((x) => !x.guardsByReviewBody))
      for (const body of REVIEW_BODIES) expect(guardsFor(t, body), `${t.action} ${body}`).toBe(t.guards);
    // Only the way out of awaiting_decision depends on who decides the award.
    expect(TRANSITIONS.filter((t) => t.guardsByReviewBody).map((t) => `${t.action} from ${t.from.join(',')}`)).toEqual(['reject from awaiting_decision', 'approve from awaiting_decision']);
  });

  it('lets the approver reject an upward nomination the central body refused, with the answer as the reason', () => {
    const reject = findTransition('reject', 'awaiting_decision', 'approver');
    expect(reject?.requiresReason).toBe(true);
    expect(guardsFor(reject!, 'council_ballot')).toEqual([]);
    // Once the letter is sent, only the central refusal rejects it.
    expect(guardsFor(reject!, 'upward')).toEqual(['no_proposal_pending']);
  });
});
