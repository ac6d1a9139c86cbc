import type { Tx } from '../client';
import { appendAuditEvent, type NewAuditEvent } from '../audit-append';
import { blocTermKey } from './blocs';
import { COUNCIL_MEMBERS } from './council';
import { DEMO_TODAY, localDay } from './dates';
import { DECISIONS } from './decision-list';
import type { IdMap } from './ids';
import type { PlannedNomination, PlannedStep } from './nomination-plan';

interface Ids {
  users: IdMap;
  units: IdMap;
  blocTerms: IdMap;
  nominations: IdMap;
  provinceId: number;
}

function payloadOf(p: PlannedNomination, step: PlannedStep): Record<string, unknown> {
  const base = { reference: p.reference };
  switch (step.action) {
    case 'create':
      return { ...base, awardType: p.award.code, awardVersion: p.award.version };
    case 'record_ballot':
      return p.ballot
        ? { ...base, votesFor: p.ballot.votesFor, membersTotal: COUNCIL_MEMBERS.length, thresholdPct: Number(p.award.voteThresholdPct), passed: p.ballot.passed }
        : { ...base, reviewBody: p.award.reviewBody, sessionOn: localDay(step.at) };
    case 'approve':
    case 'revoke':
      return { ...base, decision: DECISIONS.find((d) => d.key === p.spec.decision)?.number };
    default:
      return base;
  }
}

function eventOf(p: PlannedNomination, step: PlannedStep, ids: Ids): NewAuditEvent {
  const { actor } = step;
  const scopeId =
    actor.scope.kind === 'unit' ? ids.units.get(actor.scope.unit) : actor.scope.kind === 'bloc_term' ? ids.blocTerms.get(blocTermKey(actor.scope.bloc, actor.scope.year)) : ids.provinceId;
  return {
    occurredAt: step.at,
    actorUserId: ids.users.get(actor.username),
    actorName: actor.name,
    actingForUserId: null,
    role: actor.role,
    scopeKind: actor.scope.kind,
    scopeId,
    action: step.action,
    entityKind: 'nomination',
    entityId: ids.nominations.get(p.reference),
    fromStatus: step.from,
    toStatus: step.to,
    reason: step.reason,
    payload: payloadOf(p, step),
    ip: null,
  };
}

/** Appends every step of every nomination to the hash chain in the order they happened: the chain is
 * ordered by seq, so the events are sorted by time across nominations before they are appended. */
export async function appendAuditTrail(tx: Tx, plan: readonly PlannedNomination[], ids: Ids): Promise<number> {
  const today = new Date(`${DEMO_TODAY}T00:00:00+07:00`).getTime();
  const events = plan
    .flatMap((p, n) => p.steps.map((step, s) => ({ event: eventOf(p, step, ids), order: [step.at.getTime(), n, s] as const })))
    .sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1] || a.order[2] - b.order[2]);
  for (const { event } of events) {
    if (!event.occurredAt || event.occurredAt.getTime() >= today) throw new Error(`Demo seed: event ${event.action} is not in the demo's past`);
    await appendAuditEvent(tx, event);
  }
  return events.length;
}
