import { can, type NominationFacts } from '@/lib/policy/can';
import type { Viewer } from '@/lib/policy/viewer';
import { TRANSITIONS, type Transition, type WorkflowAction } from './transitions';

const ACTIONS: readonly WorkflowAction[] = [...new Set(TRANSITIONS.map((t) => t.action))].filter((a) => a !== 'create');

/** The actions the table and the policy allow this viewer on this nomination now. Pages show these
 * buttons and no others; the data access layer checks the same answer again, with the data guards. */
export function availableActions(viewer: Viewer, n: NominationFacts): { action: WorkflowAction; transition: Transition }[] {
  return ACTIONS.flatMap((action) => {
    const decision = can(viewer, action, n);
    return decision.ok ? [{ action, transition: decision.transition }] : [];
  });
}
