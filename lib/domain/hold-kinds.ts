import { RESTRICTION_KINDS } from './constants';

/** What holds a nomination (domain.md §4: no award while the nominee is under discipline,
 * investigation, inspection, or has a pending complaint), or another matter its reason explains.
 * Kept apart from the zod schemas so that the hold dialog's choices cost the browser no validator. */
export const HOLD_KINDS = [...RESTRICTION_KINDS, 'other'] as const;
export type HoldKind = (typeof HOLD_KINDS)[number];
