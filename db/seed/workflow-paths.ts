import type { AwardRoute, NominationStatus } from '@/lib/domain/constants';
import { transitionsFrom, type Transition, type WorkflowAction } from '@/lib/workflow/transitions';

/** One step of a nomination's history, as the transition table allows it. */
export interface PathStep {
  transition: Transition;
  action: WorkflowAction;
  from: NominationStatus | null;
  to: NominationStatus;
}

export interface PathRequest {
  target: NominationStatus;
  route: AwardRoute;
  /** Where a passed council ballot leads: awards that need a public notice go there first. */
  requiresPublicNotice: boolean;
  /** Actions the path must take, in this order (e.g. ['return'] for a dossier sent back once). */
  via?: readonly WorkflowAction[];
}

interface State {
  status: NominationStatus | null;
  returnedFrom: NominationStatus | null;
  heldFrom: NominationStatus | null;
  provinceReturns: number;
  viaDone: number;
  steps: PathStep[];
}

/** The statuses a transition can lead to from `state`, with 'origin', 'by_route' and 'by_ballot' resolved. */
function targetsOf(t: Transition, state: State, request: PathRequest): NominationStatus[] {
  switch (t.resolve) {
    case 'by_route':
      return [request.route === 'bloc' ? 'bloc_review' : 'appraisal'];
    case 'origin': {
      const origin = t.action === 'resubmit' ? state.returnedFrom : state.heldFrom;
      return origin !== null && t.to.includes(origin) ? [origin] : [];
    }
    case 'by_ballot': {
      // The ballot passes (to the notice, or straight to the decision) or fails.
      const outcomes: NominationStatus[] = [request.requiresPublicNotice ? 'public_notice' : 'awaiting_decision', 'rejected'];
      return outcomes.filter((s) => t.to.includes(s));
    }
    default:
      return [...t.to];
  }
}

/** The shortest legal history from creation to `target` that takes the `via` actions in order,
 * found by breadth-first search over THE transition table, so that seeded histories can never drift
 * from the rules. The province returns a dossier once at most. */
export function pathTo(request: PathRequest): PathStep[] {
  const via = request.via ?? [];
  const start: State = { status: null, returnedFrom: null, heldFrom: null, provinceReturns: 0, viaDone: 0, steps: [] };
  const seen = new Set<string>();
  const queue: State[] = [start];
  while (queue.length > 0) {
    const state = queue.shift();
    if (!state) break;
    if (state.status === request.target && state.viaDone === via.length) return state.steps;
    const key = `${state.status}|${state.returnedFrom}|${state.heldFrom}|${state.provinceReturns}|${state.viaDone}`;
    if (seen.has(key) || state.steps.length > 16) continue;
    seen.add(key);

    for (const t of transitionsFrom(state.status)) {
      const fromAppraisal = t.action === 'return' && state.status === 'appraisal';
      if (fromAppraisal && state.provinceReturns >= 1) continue;
      for (const to of targetsOf(t, state, request)) {
        const status = state.status;
        queue.push({
          status: to,
          returnedFrom: to === 'returned' ? status : t.action === 'resubmit' ? null : state.returnedFrom,
          heldFrom: to === 'on_hold' ? status : t.action === 'release' ? null : state.heldFrom,
          provinceReturns: state.provinceReturns + (fromAppraisal ? 1 : 0),
          viaDone: state.viaDone + (via[state.viaDone] === t.action ? 1 : 0),
          steps: [...state.steps, { transition: t, action: t.action, from: status, to }],
        });
      }
    }
  }
  throw new Error(`Demo seed: no legal path to ${request.target} via [${via.join(', ')}] on the ${request.route} route`);
}
