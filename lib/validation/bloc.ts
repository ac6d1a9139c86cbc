import { z } from 'zod';
import { CRITERION_KINDS, SCORING_METHODS } from '@/lib/domain/constants';

// The bloc-year's forms (issue 5): the agreement's versions, acceptance, scoring and its closing.
// One schema per form, used by the page's form and by the server action.

const id = z.coerce.number().int().positive();
const text = (max: number) => z.string().trim().max(max, 'too_long');
const required = (max: number) => text(max).min(1, 'required');

/** Points or a figure as people type them: a comma or a point before up to two decimals. */
const number = (pattern: RegExp) =>
  z
    .string()
    .trim()
    .regex(pattern, 'number')
    .transform((s) => s.replace(',', '.'));
const points = number(/^\d{1,6}([.,]\d{1,2})?$/);
const figure = number(/^-?\d{1,15}([.,]\d{1,2})?$/);
const optionalFigure = z.union([z.literal('').transform(() => null), figure]).nullable().optional();

export const ZAcceptAgreement = z.strictObject({ termId: id, agreementId: id });
export type AcceptAgreementInput = z.infer<typeof ZAcceptAgreement>;

/** One row of the scoring table as the lead edits it; rows sharing a group title form one group. */
export const ZCriterionRow = z
  .strictObject({
    groupTitleVi: required(300),
    groupTitleEn: required(300),
    titleVi: required(500),
    titleEn: required(500),
    kind: z.enum(CRITERION_KINDS, 'required'),
    maxPoints: points.refine((s) => Number(s) > 0, 'positive'),
    method: z.enum(SCORING_METHODS, 'required'),
    indicatorId: z.union([z.literal('').transform(() => null), id]).nullable().optional(),
    linearFrom: optionalFigure,
    linearTo: optionalFigure,
    evidenceVi: text(1000),
    evidenceEn: text(1000),
  })
  .superRefine((row, ctx) => {
    if (row.method !== 'manual' && !row.indicatorId) ctx.addIssue({ code: 'custom', path: ['indicatorId'], message: 'indicator_required' });
    if (row.method === 'linear') {
      if (row.linearFrom == null) ctx.addIssue({ code: 'custom', path: ['linearFrom'], message: 'required' });
      if (row.linearTo == null) ctx.addIssue({ code: 'custom', path: ['linearTo'], message: 'required' });
      if (row.linearFrom != null && row.linearTo != null && Number(row.linearFrom) === Number(row.linearTo)) ctx.addIssue({ code: 'custom', path: ['linearTo'], message: 'linear_bounds' });
    }
    if (row.method !== 'manual' && row.kind !== 'criterion') ctx.addIssue({ code: 'custom', path: ['method'], message: 'manual_only' });
  });

export const ZAgreementVersion = z
  .strictObject({
    termId: id,
    /** The version the lead started from: another version created meanwhile is a conflict. Absent
     * (or null) for the first version of a bloc-year that has no agreement yet. */
    basedOnId: id.nullable().optional(),
    titleVi: required(300),
    titleEn: required(300),
    changeNote: text(2000).min(5, 'too_short'),
    criteria: z.array(ZCriterionRow).min(1, 'required').max(200, 'too_many'),
  })
  .superRefine((v, ctx) => {
    if (!v.criteria.some((c) => c.kind === 'criterion')) ctx.addIssue({ code: 'custom', path: ['criteria'], message: 'criterion_required' });
  });
export type AgreementVersionInput = z.infer<typeof ZAgreementVersion>;
export type AgreementVersionFormInput = z.input<typeof ZAgreementVersion>;

/** The ordinary criteria's maxima add up to the agreement's total; bonus and deduction rows come on top. */
export function agreementTotal(rows: readonly { kind: string; maxPoints: string | number }[]): number {
  return Math.round(rows.reduce((sum, r) => (r.kind === 'criterion' ? sum + (Number(String(r.maxPoints).replace(',', '.')) || 0) : sum), 0) * 100) / 100;
}

export const SCORE_AS = ['self', 'head', 'deputy', 'peer'] as const;
export type ScoreAs = (typeof SCORE_AS)[number];

/** One scorer's sheet for one member: a row per criterion; an empty points field leaves it unscored. */
export const ZScoreSheet = z.strictObject({
  termId: id,
  scoredUnitId: id,
  scorerKind: z.enum(SCORE_AS, 'required'),
  entries: z
    .array(
      z.strictObject({
        criterionId: id,
        points: z.union([z.literal('').transform(() => null), points]).nullable(),
        comment: text(2000),
      }),
    )
    .max(200, 'too_many'),
});
export type ScoreSheetInput = z.infer<typeof ZScoreSheet>;
export type ScoreSheetFormInput = z.input<typeof ZScoreSheet>;

export const ZCloseScoring = z.strictObject({ termId: id });
export type CloseScoringInput = z.infer<typeof ZCloseScoring>;

/** The bloc's rules for its year: peer scoring, and the ballot's threshold (percent of all member
 * units; strict: more than, else at least). */
export const ZBlocSettings = z.strictObject({
  termId: z.coerce.number().int().positive(),
  peerScoring: z.boolean(),
  ballotThresholdPct: z.coerce.number('required').min(1, 'threshold').max(100, 'threshold'),
  ballotThresholdStrict: z.boolean(),
});
export type BlocSettingsInput = z.infer<typeof ZBlocSettings>;
