import { isInformational, type Eligibility, type EligibilityCheck } from './eligibility';

/** The eligibility result in one word for a queue row: every check passes; some fail (and how many);
 * or none fails but some still wait for the appraiser's reading of the dossier or the bloc's ballot. */
export interface EligibilitySummary {
  result: 'pass' | 'fail' | 'to_confirm';
  /** Checks that make the nomination fail (as `Eligibility.failures` counts them). */
  failed: number;
  /** Checks still to confirm or pending, in the alternatives that can still hold. */
  waiting: number;
}

/** Prerequisite checks that still wait, in the alternatives that have not failed: what the appraiser
 * has left to read (the eligibility panel counts the same). */
function waitingChecks(eligibility: Eligibility): EligibilityCheck[] {
  const liveGroups = new Set(eligibility.groups.filter((g) => g.status !== 'fail').map((g) => g.index));
  return eligibility.checks.filter((c) => 'group' in c && liveGroups.has(c.group) && (c.status === 'to_confirm' || c.status === 'pending'));
}

export function summarizeEligibility(eligibility: Eligibility): EligibilitySummary {
  const failed = eligibility.failures.length;
  const waiting = waitingChecks(eligibility).length;
  return { result: failed > 0 ? 'fail' : waiting > 0 ? 'to_confirm' : 'pass', failed, waiting };
}

/** The checks an appraiser overrides by forwarding anyway: each failing general rule, and the failing
 * prerequisites when no alternative of the standard holds (a failed check of an alternative that is
 * not needed is no reason to override anything). */
export function failingChecks(eligibility: Eligibility): EligibilityCheck[] {
  const prerequisitesHold = eligibility.groups.length === 0 || eligibility.groups.some((g) => g.status !== 'fail');
  // An informational check (the province's own time limit) is never the nominee's failure to override.
  return eligibility.checks.filter((c) => c.status === 'fail' && !isInformational(c) && ('group' in c ? !prerequisitesHold : true));
}
