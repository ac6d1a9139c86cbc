import { createHash } from 'node:crypto';
import type { Tx } from '../client';
import { awardHistory, decisionRecipients, decisions } from '../schema';
import { baseSalaryOn } from './awards';
import { atLocal, localDay } from './dates';
import { DECISION_LEGAL_BASES, DECISIONS, PROVINCIAL_ISSUER, SIGNER_TITLE, type DecisionRow } from './decision-list';
import { DEMO_ACCOUNTS } from './demo-accounts';
import { IdMap } from './ids';
import type { PlannedNomination } from './nomination-plan';

/** A code printed on the decision and its certificates, by which anyone can verify them. */
function verificationCode(decision: DecisionRow): string {
  const hex = createHash('sha256').update(`laurel-demo-decision/${decision.number}/${decision.signedOn}`).digest('hex').toUpperCase();
  return `NB-${hex.slice(0, 4)}-${hex.slice(4, 8)}-${hex.slice(8, 12)}`;
}

/** Inserts the Chairman's decisions (issued, signed by the approver persona); returns key → id. */
export async function seedDecisions(tx: Tx, ids: { provinceId: number; users: IdMap }): Promise<IdMap> {
  const approver = DEMO_ACCOUNTS.find((a) => a.role === 'approver');
  if (!approver) throw new Error('Demo seed: no approver account');
  const inserted = await tx
    .insert(decisions)
    .values(
      DECISIONS.map((d) => ({
        issuerUnitId: ids.provinceId,
        year: Number(d.signedOn.slice(0, 4)),
        number: d.number,
        state: 'issued' as const,
        signedOn: d.signedOn,
        signerName: approver.displayName,
        signerTitleVi: SIGNER_TITLE.vi,
        signerTitleEn: SIGNER_TITLE.en,
        legalBases: [...DECISION_LEGAL_BASES, d.submission].join('; '),
        verificationCode: verificationCode(d),
        createdBy: ids.users.get(approver.username),
        createdAt: atLocal(d.signedOn, 8 * 60),
        // After every approval of the day (approvals are recorded in office hours).
        issuedAt: atLocal(d.signedOn, 17 * 60 + 30),
      })),
    )
    .returning({ id: decisions.id, key: decisions.number });
  const byNumber = IdMap.of('decision', inserted);
  return IdMap.of(
    'decision',
    DECISIONS.map((d) => ({ key: d.key, id: byNumber.get(d.number) })),
  );
}

/** Each approved (or since revoked) nomination becomes a recipient of its decision, with its golden-book
 * number and the prize fixed on the decision date, and an entry in the award history. */
export async function seedRecipients(
  tx: Tx,
  plan: readonly PlannedNomination[],
  ids: { decisions: IdMap; nominations: IdMap; units: IdMap; people: IdMap; households: IdMap },
): Promise<number> {
  const recipients: (typeof decisionRecipients.$inferInsert)[] = [];
  const history: (typeof awardHistory.$inferInsert)[] = [];
  for (const decision of DECISIONS) {
    const members = plan.filter((p) => p.spec.decision === decision.key).sort((a, b) => a.reference.localeCompare(b.reference));
    const baseSalary = baseSalaryOn(decision.signedOn);
    const code = verificationCode(decision);
    members.forEach((p, i) => {
      if (p.status !== 'approved' && p.status !== 'revoked') throw new Error(`Demo seed: ${p.reference} is in a decision but ${p.status}`);
      const revoke = p.steps.find((s) => s.action === 'revoke');
      const revokedOn = revoke ? localDay(revoke.at) : null;
      const multiplier = 'household' in p.spec.nominee ? Number(p.award.householdMultiplier ?? 1) : 1;
      const nominationId = ids.nominations.get(p.reference);
      recipients.push({
        decisionId: ids.decisions.get(decision.key),
        nominationId,
        goldenBookNo: i + 1,
        coefficient: p.award.prizeCoefficient,
        baseSalaryVnd: baseSalary,
        prizeVnd: Math.round(Number(p.award.prizeCoefficient) * baseSalary * multiplier),
        certificateCode: `${code}-${String(i + 1).padStart(3, '0')}`,
        revokedOn,
        revocationGround: revoke ? (p.spec.revocationGround ?? revoke.reason) : null,
      });
      history.push({
        unitId: 'unit' in p.spec.nominee ? ids.units.get(p.spec.nominee.unit) : null,
        personId: 'person' in p.spec.nominee ? ids.people.get(p.spec.nominee.person) : null,
        householdId: 'household' in p.spec.nominee ? ids.households.get(p.spec.nominee.household) : null,
        year: p.spec.round,
        titleCode: p.award.code,
        decisionNumber: decision.number,
        decisionDate: decision.signedOn,
        issuer: PROVINCIAL_ISSUER,
        nominationId,
        revokedOn,
      });
    });
  }
  if (recipients.length > 0) {
    await tx.insert(decisionRecipients).values(recipients);
    await tx.insert(awardHistory).values(history);
  }
  return recipients.length;
}
