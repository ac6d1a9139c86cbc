import 'server-only';
import { and, count, eq, sql, type SQL } from 'drizzle-orm';
import type { BlocSettingsInput } from '@/lib/validation/bloc';
import { WorkflowError } from '@/lib/workflow/refusals';
import { actorFields, appendAuditEvent } from '../audit-append';
import { getDb } from '../client';
import { blocBallotCandidates, blocBallotSessions, blocTerms } from '../schema';
import { blocLeadOf, loadBlocTerm } from './bloc-access';
import type { ActionContext } from './workflow/run-transition';

/** The bloc-year's ballot rounds that were called: sessions with candidates. (A paper tally typed in
 * at an endorsement, the older path, leaves a session without candidates: it is no round.) */
export function calledRounds(termId: number): SQL {
  return and(eq(blocBallotSessions.blocTermId, termId), sql`exists (select 1 from ${blocBallotCandidates} where ${blocBallotCandidates.sessionId} = ${blocBallotSessions.id})`)!;
}

/** The bloc's own rules for its year, set by the head unit's lead: whether members score each other
 * (until scoring closes) and the ballot's threshold (until the first session is called — a rule is
 * not changed under a vote). Audited with the old and new values. */
export async function updateBlocSettings(ctx: ActionContext, input: BlocSettingsInput): Promise<{ termId: number }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await tx.select({ id: blocTerms.id }).from(blocTerms).where(eq(blocTerms.id, input.termId)).for('update');
    const term = await loadBlocTerm(tx, input.termId);
    if (!term) throw new WorkflowError('not_found');
    const lead = blocLeadOf(ctx.viewer, term);
    if (!lead) throw new WorkflowError('not_found');
    if (lead.kind !== 'head') throw new WorkflowError('role_not_permitted', { roles: 'bloc_lead' });
    const peerChanged = input.peerScoring !== term.peerScoring;
    const thresholdChanged = Number(input.ballotThresholdPct) !== Number(term.ballotThresholdPct) || input.ballotThresholdStrict !== term.ballotThresholdStrict;
    if (!peerChanged && !thresholdChanged) return { termId: term.id };
    if (peerChanged && term.scoringClosedAt) throw new WorkflowError('scoring_closed');
    if (thresholdChanged) {
      const [sessions] = await tx.select({ n: count() }).from(blocBallotSessions).where(calledRounds(term.id));
      if ((sessions?.n ?? 0) > 0) throw new WorkflowError('bloc_rules_locked');
    }
    await tx
      .update(blocTerms)
      .set({ peerScoring: input.peerScoring, ballotThresholdPct: String(input.ballotThresholdPct), ballotThresholdStrict: input.ballotThresholdStrict })
      .where(eq(blocTerms.id, term.id));
    await appendAuditEvent(tx, {
      ...actorFields(ctx.viewer, lead.grant),
      action: 'bloc_settings',
      entityKind: 'bloc_term',
      entityId: term.id,
      fromStatus: null,
      toStatus: null,
      reason: null,
      payload: {
        before: { peerScoring: term.peerScoring, ballotThresholdPct: term.ballotThresholdPct, ballotThresholdStrict: term.ballotThresholdStrict },
        after: { peerScoring: input.peerScoring, ballotThresholdPct: String(input.ballotThresholdPct), ballotThresholdStrict: input.ballotThresholdStrict },
      },
      ip: ctx.ip,
    });
    return { termId: term.id };
  });
}
