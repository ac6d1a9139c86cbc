import { z } from 'zod';
import { GENDERS, INITIATIVE_SCOPES } from '@/lib/domain/constants';

// The unit's forms (issue 4): one schema per form, used by the page's form and by the server action.

const id = z.coerce.number().int().positive();
const name = z.string().trim().min(2, 'too_short').max(200, 'too_long');
const text = (max: number) => z.string().trim().max(max, 'too_long');
const THIS_YEAR = new Date().getFullYear();

/** A figure as people type it: digits with a comma or a point before the decimals, no thousands
 * separators ("50985,5" or "50985.5"); normalised to the point form PostgreSQL's numeric reads. */
export const decimal = z
  .string()
  .trim()
  .regex(/^-?\d{1,15}([.,]\d{1,2})?$/, 'number')
  .transform((s) => s.replace(',', '.'));
/** A stored numeric ("99.50", "-15.30", "95.00") without its trailing zeros ("99.5", "-15.3", "95"). */
export function plainDecimal(value: string): string {
  return value.includes('.') ? value.replace(/0+$/, '').replace(/\.$/, '') : value;
}
const optionalDecimal = z.union([z.literal('').transform(() => null), decimal]).nullable().optional();

/** Who is nominated: the unit itself or a sub-unit, a person (existing or added now), a household. */
export const ZNominee = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('unit'), unitId: id }),
  z.strictObject({ kind: z.literal('person'), personId: id }),
  z.strictObject({
    kind: z.literal('new_person'),
    fullName: name,
    gender: z.enum(GENDERS, 'required'),
    birthYear: z.coerce.number('required').int('required').min(1930, 'birth_year').max(THIS_YEAR - 16, 'birth_year'),
    position: text(200).min(2, 'too_short'),
    unitId: id,
  }),
  z.strictObject({ kind: z.literal('household'), householdId: id }),
  z.strictObject({ kind: z.literal('new_household'), headName: name, address: text(300).min(5, 'too_short'), unitId: id }),
]);
export type NomineeInput = z.infer<typeof ZNominee>;

/** A new nomination: the round, the award, the nominee; the summary may follow in the editor. */
export const ZNominationCreate = z.strictObject({
  idempotencyKey: z.uuid(),
  roundId: id,
  awardTypeId: id,
  nominee: ZNominee,
  achievementSummary: text(8_000).default(''),
});
export type NominationCreateInput = z.infer<typeof ZNominationCreate>;

/** One achievement figure of one year (industrial production value, budget revenue, PCI…). */
export const ZFigure = z.strictObject({
  indicatorId: id,
  year: z.coerce.number().int().min(2000, 'year').max(2100, 'year'),
  target: optionalDecimal,
  result: decimal,
  changePct: optionalDecimal,
});
export type FigureInput = z.infer<typeof ZFigure>;

/** The editor's autosave: the draft's own fields. The version is the one the person last saw. */
export const ZNominationUpdate = z
  .strictObject({
    nominationId: id,
    version: id,
    achievementSummary: text(8_000),
    figures: z.array(ZFigure).max(100, 'too_many'),
    initiativeIds: z.array(id).max(20, 'too_many'),
  })
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    v.figures.forEach((f, i) => {
      const key = `${f.indicatorId}:${f.year}`;
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['figures', i, 'year'], message: 'figure_duplicate' });
      seen.add(key);
    });
  });
export type NominationUpdateInput = z.infer<typeof ZNominationUpdate>;

/** A new reusable indicator, offered to every unit once added. */
export const ZIndicatorCreate = z.strictObject({
  nameVi: name,
  nameEn: name,
  unitOfMeasureVi: text(40).min(1, 'required'),
  unitOfMeasureEn: text(40).min(1, 'required'),
});
export type IndicatorCreateInput = z.infer<typeof ZIndicatorCreate>;

/** An initiative entered into the registry for the nominee and attached to the nomination. */
export const ZInitiativeCreate = z.strictObject({
  nominationId: id,
  title: text(300).min(5, 'too_short'),
  certifyingBody: text(200).min(2, 'too_short'),
  scope: z.enum(INITIATIVE_SCOPES, 'required'),
  decisionReference: text(300).min(5, 'too_short'),
  certifiedOn: z.iso.date('date').refine((d) => d >= '2000-01-01' && d <= `${THIS_YEAR + 1}-12-31`, 'date'),
});
export type InitiativeCreateInput = z.infer<typeof ZInitiativeCreate>;

/** The minimum a dossier needs in words before it leaves the unit. */
export const SUMMARY_MIN_LENGTH = 20;
