import 'server-only';
import { randomBytes } from 'node:crypto';
import { asc, desc, eq, inArray, lte } from 'drizzle-orm';
import { WorkflowError } from '@/lib/workflow/refusals';
import type { DecisionInput } from '@/lib/validation/workflow';
import { getDb } from '../../client';
import { awardHistory, awardTypes, baseSalaries, decisionRecipients, decisions, nominations, rounds, units } from '../../schema';
import {
  applyTransition,
  claimIdempotencyKey,
  prepareOrReplay,
  prepareTransition,
  storeIdempotentResult,
  type ActionContext,
  type Prepared,
  type TransitionResult,
  type TransitionSpec,
} from './run-transition';

export interface DecisionResult {
  decisionId: number;
  number: string;
  approved: TransitionResult[];
}

/** Crockford-style code without look-alike characters, printed on the decision and certificates. */
function verificationCode(): string {
  const alphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
  return [...randomBytes(12)].map((b) => alphabet[b % alphabet.length]).join('').replace(/(.{4})(?=.)/g, '$1-');
}

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } };
  return e?.code === '23505' || e?.cause?.code === '23505';
}

/** The approver issues one decision covering several nominations awaiting it: all are approved in
 * one transaction, or none (inside_decision). Each recipient gets its golden-book number and its prize:
 * coefficient × the base salary in force on the decision date (× the household multiplier). */
export async function issueDecision(ctx: ActionContext, input: DecisionInput): Promise<DecisionResult> {
  const db = await getDb();
  // Authorize every nomination before writing anything; sorted so that concurrent decisions lock rows in one order.
  const items = [...input.nominations].sort((a, b) => a.id - b.id);
  const outcome = await prepareOrReplay<DecisionResult, { spec: TransitionSpec; prepared: Prepared }[]>(db, ctx, 'decision.issue', async () => {
    const all: { spec: TransitionSpec; prepared: Prepared }[] = [];
    for (const item of items) {
      const spec = { nominationId: item.id, action: 'approve' as const, expectedVersion: item.version };
      all.push({ spec, prepared: await prepareTransition(ctx, spec, db) });
    }
    return all;
  });
  if ('replay' in outcome) return outcome.replay;
  const prepared = outcome.prepared;
  const issuerUnitId = prepared[0]!.prepared.grant.unitId!;
  const year = Number(input.signedOn.slice(0, 4));

  try {
    return await db.transaction(async (tx) => {
      const earlier = await claimIdempotencyKey<DecisionResult>(tx, ctx, 'decision.issue');
      if (earlier) return earlier;
      // Lock every nomination's row, in id order, before the first audit event takes the chain's lock.
      // A single transition locks its row and then the chain; a decision that held the chain while it
      // waited for its next row would deadlock with one that held that row and waited for the chain.
      await tx
        .select({ id: nominations.id })
        .from(nominations)
        .where(inArray(nominations.id, items.map((i) => i.id)))
        .orderBy(asc(nominations.id))
        .for('update');
      const [salary] = await tx
        .select({ amount: baseSalaries.amountVnd })
        .from(baseSalaries)
        .where(lte(baseSalaries.effectiveFrom, input.signedOn))
        .orderBy(desc(baseSalaries.effectiveFrom))
        .limit(1);
      if (!salary) throw new WorkflowError('invalid_input');
      const [issuer] = await tx.select({ nameVi: units.nameVi }).from(units).where(eq(units.id, issuerUnitId));
      const [decision] = await tx
        .insert(decisions)
        .values({
          issuerUnitId,
          year,
          number: input.number,
          state: 'issued',
          signedOn: input.signedOn,
          signerName: input.signerName,
          signerTitleVi: input.signerTitleVi,
          signerTitleEn: input.signerTitleEn,
          legalBases: input.legalBases,
          verificationCode: verificationCode(),
          createdBy: ctx.viewer.id,
          issuedAt: new Date(),
        })
        .returning({ id: decisions.id });
      const decisionId = decision!.id;

      const approved: TransitionResult[] = [];
      for (const [index, { spec, prepared: p }] of prepared.entries()) {
        approved.push(
          await applyTransition(
            tx,
            ctx,
            {
              ...spec,
              set: () => ({ decisionId }),
              payload: { decision: input.number, signedOn: input.signedOn },
              also: async (inner, n) => {
                const [award] = await inner
                  .select({ code: awardTypes.code, coefficient: awardTypes.prizeCoefficient, householdMultiplier: awardTypes.householdMultiplier, year: rounds.year, kind: nominations.nomineeKind })
                  .from(nominations)
                  .innerJoin(awardTypes, eq(awardTypes.id, nominations.awardTypeId))
                  .innerJoin(rounds, eq(rounds.id, nominations.roundId))
                  .where(eq(nominations.id, n.id));
                if (!award) throw new WorkflowError('not_found');
                const multiplier = award.kind === 'household' ? Number(award.householdMultiplier) : 1;
                const prizeVnd = Math.round(Number(award.coefficient) * salary.amount * multiplier);
                const goldenBookNo = index + 1;
                await inner.insert(decisionRecipients).values({
                  decisionId,
                  nominationId: n.id,
                  goldenBookNo,
                  coefficient: award.coefficient,
                  baseSalaryVnd: salary.amount,
                  prizeVnd,
                  certificateCode: verificationCode(),
                });
                const [nominee] = await inner
                  .select({ unitId: nominations.nomineeUnitId, personId: nominations.nomineePersonId, householdId: nominations.nomineeHouseholdId })
                  .from(nominations)
                  .where(eq(nominations.id, n.id));
                // New awards enter the history, so next year's prerequisites see them.
                await inner.insert(awardHistory).values({
                  unitId: nominee?.unitId ?? null,
                  personId: nominee?.personId ?? null,
                  householdId: nominee?.householdId ?? null,
                  year: award.year,
                  titleCode: award.code,
                  decisionNumber: input.number,
                  decisionDate: input.signedOn,
                  issuer: `Chủ tịch UBND ${issuer?.nameVi ?? ''}`.trim(),
                  nominationId: n.id,
                });
                return { goldenBookNo, prizeVnd };
              },
            },
            p,
          ),
        );
      }
      const result: DecisionResult = { decisionId, number: input.number, approved };
      await storeIdempotentResult(tx, ctx, result);
      return result;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new WorkflowError('decision_number_taken', { number: input.number });
    throw error;
  }
}
