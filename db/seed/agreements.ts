import type { CriterionKind, ScorerKind, ScoringMethod } from '@/lib/domain/constants';
import type { Tx } from '../client';
import { agreementCriteria, agreements, scores } from '../schema';
import { IdMap } from './ids';

export interface Criterion {
  kind?: CriterionKind;
  titleVi: string;
  titleEn: string;
  maxPoints: number;
  method?: ScoringMethod;
  indicator?: string;
  evidenceVi: string;
  evidenceEn: string;
}

export interface CriterionGroup {
  titleVi: string;
  titleEn: string;
  items: readonly Criterion[];
}

export interface AgreementSpec {
  blocTermId: number;
  version: number;
  supersedesId?: number;
  titleVi: string;
  titleEn: string;
  signedOn: string;
  changeNote?: string;
  createdBy?: number;
  groups: readonly CriterionGroup[];
}

/** The ordinary criteria's maxima add up to the agreement's total; bonus and deduction rows come on top. */
export function totalPoints(groups: readonly CriterionGroup[]): number {
  return groups.flatMap((g) => g.items).reduce((sum, c) => ((c.kind ?? 'criterion') === 'criterion' ? sum + c.maxPoints : sum), 0);
}

/** Inserts one agreement version with its scoring table; returns its id and `group.position` → criterion id. */
export async function insertAgreement(tx: Tx, spec: AgreementSpec, indicatorIds: IdMap): Promise<{ id: number; criteria: IdMap }> {
  const [agreement] = await tx
    .insert(agreements)
    .values({
      blocTermId: spec.blocTermId,
      version: spec.version,
      supersedesId: spec.supersedesId ?? null,
      titleVi: spec.titleVi,
      titleEn: spec.titleEn,
      totalPoints: String(totalPoints(spec.groups)),
      signedOn: spec.signedOn,
      changeNote: spec.changeNote ?? null,
      createdBy: spec.createdBy ?? null,
      createdAt: new Date(`${spec.signedOn}T08:00:00+07:00`),
    })
    .returning({ id: agreements.id });
  if (!agreement) throw new Error('Demo seed: agreement not inserted');

  const inserted = await tx
    .insert(agreementCriteria)
    .values(
      spec.groups.flatMap((group, g) =>
        group.items.map((c, i) => ({
          agreementId: agreement.id,
          groupPosition: g + 1,
          groupTitleVi: group.titleVi,
          groupTitleEn: group.titleEn,
          position: i + 1,
          kind: c.kind ?? 'criterion',
          titleVi: c.titleVi,
          titleEn: c.titleEn,
          maxPoints: String(c.maxPoints),
          method: c.method ?? 'manual',
          indicatorId: c.indicator === undefined ? null : indicatorIds.get(c.indicator),
          evidenceVi: c.evidenceVi,
          evidenceEn: c.evidenceEn,
        })),
      ),
    )
    .returning({ id: agreementCriteria.id, group: agreementCriteria.groupPosition, position: agreementCriteria.position });
  return { id: agreement.id, criteria: IdMap.of('criterion', inserted.map((c) => ({ key: `${c.group}.${c.position}`, id: c.id }))) };
}

/** One scorer's points: [criterion 'group.position', scored unit, scorer unit, scorer kind, points]. */
export type ScoreRow = readonly [criterion: string, scored: string, scorer: string, kind: ScorerKind, points: number];

/** Inserts the scores; `scoredBy` names the account that entered each scorer unit's points. */
export async function insertScores(
  tx: Tx,
  rows: readonly ScoreRow[],
  refs: { criteria: IdMap; units: IdMap; scoredBy: (scorerUnit: string, kind: ScorerKind) => number; at: Date },
): Promise<void> {
  await tx.insert(scores).values(
    rows.map(([criterion, scored, scorer, scorerKind, points]) => ({
      criterionId: refs.criteria.get(criterion),
      scoredUnitId: refs.units.get(scored),
      scorerUnitId: refs.units.get(scorer),
      scorerKind,
      points: String(points),
      scoredBy: refs.scoredBy(scorer, scorerKind),
      updatedAt: refs.at,
    })),
  );
}
