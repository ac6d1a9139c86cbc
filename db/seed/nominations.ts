import type { NomineeKind } from '@/lib/domain/constants';
import type { Tx } from '../client';
import { documents, nominationFigures, nominationInitiatives, nominations } from '../schema';
import { awardTypeKey } from './awards';
import { appendAuditTrail } from './audit-trail';
import { seedBlocBallots, seedCouncilSessions } from './ballots';
import { blocTermKey } from './blocs';
import { roundKey } from './calendar';
import type { SeededCouncil } from './council';
import { seedDecisions, seedRecipients } from './decisions';
import { dossierRows } from './dossiers';
import { IdMap } from './ids';
import type { Nominee } from './nomination-list';
import { planNominations, type PlannedNomination } from './nomination-plan';
import { seedPublicNotices } from './notices';

export interface NominationIds {
  provinceId: number;
  units: IdMap;
  people: IdMap;
  households: IdMap;
  users: IdMap;
  rounds: IdMap;
  awardTypes: IdMap;
  blocTerms: IdMap;
  indicators: IdMap;
  initiatives: IdMap;
}

function nomineeColumns(nominee: Nominee, ids: NominationIds): { nomineeKind: NomineeKind; nomineeUnitId: number | null; nomineePersonId: number | null; nomineeHouseholdId: number | null } {
  if ('unit' in nominee) return { nomineeKind: 'unit', nomineeUnitId: ids.units.get(nominee.unit), nomineePersonId: null, nomineeHouseholdId: null };
  if ('person' in nominee) return { nomineeKind: 'person', nomineeUnitId: null, nomineePersonId: ids.people.get(nominee.person), nomineeHouseholdId: null };
  return { nomineeKind: 'household', nomineeUnitId: null, nomineePersonId: null, nomineeHouseholdId: ids.households.get(nominee.household) };
}

/** Inserts the nominations with their whole recorded history: dossiers, figures, initiatives, bloc
 * and council ballots, public notices, decisions and the hash-chained audit events. */
export async function seedNominations(tx: Tx, ids: NominationIds, council: SeededCouncil): Promise<{ nominations: PlannedNomination[]; auditEvents: number }> {
  const plan = planNominations();
  // created_by and uploaded_by name the account that took the step the audit event records.
  const userOf = (p: PlannedNomination, step: number): number => {
    const actor = p.steps[step]?.actor;
    if (!actor) throw new Error(`Demo seed: ${p.reference} has no step ${step}`);
    return ids.users.get(actor.username);
  };
  const decisionIds = await seedDecisions(tx, { provinceId: ids.provinceId, users: ids.users });

  const inserted = await tx
    .insert(nominations)
    .values(
      plan.map((p) => {
        const first = p.steps[0];
        const last = p.steps.at(-1);
        if (!first || !last) throw new Error(`Demo seed: ${p.reference} has no history`);
        return {
          reference: p.reference,
          roundId: ids.rounds.get(roundKey('year_end', p.spec.round)),
          awardTypeId: ids.awardTypes.get(awardTypeKey(p.award.code, p.award.version)),
          ...nomineeColumns(p.spec.nominee, ids),
          proposingUnitId: ids.units.get(p.proposer),
          blocTermId: p.term ? ids.blocTerms.get(blocTermKey(p.term.bloc, p.term.year)) : null,
          status: p.status,
          returnedFrom: p.returnedFrom,
          heldFrom: p.heldFrom,
          provinceReturnCount: p.provinceReturnCount,
          achievementSummary: p.spec.summary,
          // Every transition claims and bumps the version.
          version: p.steps.length,
          createdBy: userOf(p, 0),
          createdAt: first.at,
          updatedAt: last.at,
          submittedAt: p.steps.find((s) => s.action === 'submit')?.at ?? null,
          appraisalStartedAt: p.steps.findLast((s) => s.to === 'appraisal')?.at ?? null,
          decisionId: p.spec.decision ? decisionIds.get(p.spec.decision) : null,
        };
      }),
    )
    .returning({ id: nominations.id, key: nominations.reference });
  const nominationIds = IdMap.of('nomination', inserted);

  const files = dossierRows(plan, userOf);
  if (files.length > 0) await tx.insert(documents).values(files.map(({ reference, ...row }) => ({ ...row, nominationId: nominationIds.get(reference) })));

  const figures = plan.flatMap((p) =>
    (p.spec.figures ?? []).map(([indicator, target, result, changePct]) => ({
      nominationId: nominationIds.get(p.reference),
      indicatorId: ids.indicators.get(indicator),
      year: p.spec.round,
      target: target === null ? null : String(target),
      result: String(result),
      changePct: changePct === null ? null : String(changePct),
    })),
  );
  if (figures.length > 0) await tx.insert(nominationFigures).values(figures);

  const links = plan.flatMap((p) => (p.spec.initiatives ?? []).map((key) => ({ nominationId: nominationIds.get(p.reference), initiativeId: ids.initiatives.get(key) })));
  if (links.length > 0) await tx.insert(nominationInitiatives).values(links);

  await seedBlocBallots(tx, plan, { blocTerms: ids.blocTerms, nominations: nominationIds, users: ids.users });
  await seedCouncilSessions(tx, plan, council, { nominations: nominationIds, users: ids.users });
  await seedPublicNotices(tx, plan, { rounds: ids.rounds, awardTypes: ids.awardTypes, nominations: nominationIds, users: ids.users });
  await seedRecipients(tx, plan, { decisions: decisionIds, nominations: nominationIds, units: ids.units, people: ids.people, households: ids.households });

  const auditEvents = await appendAuditTrail(tx, plan, { users: ids.users, units: ids.units, blocTerms: ids.blocTerms, nominations: nominationIds, provinceId: ids.provinceId });
  return { nominations: plan, auditEvents };
}
