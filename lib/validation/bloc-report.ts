import { z } from 'zod';
import { REPORT_PERIODS } from '@/lib/domain/constants';
import { ZFigure } from './nomination';

/** A member unit's report for the bloc (mid-year or year-end): a summary and its figures. */
export const ZBlocReport = z
  .strictObject({
    termId: z.coerce.number().int().positive(),
    period: z.enum(REPORT_PERIODS),
    summary: z.string().trim().max(8_000, 'too_long'),
    figures: z.array(ZFigure.omit({ year: true })).max(60, 'too_many'),
    submit: z.boolean(),
  })
  .superRefine((v, ctx) => {
    const seen = new Set<number>();
    v.figures.forEach((f, i) => {
      if (seen.has(f.indicatorId)) ctx.addIssue({ code: 'custom', path: ['figures', i, 'indicatorId'], message: 'figure_duplicate' });
      seen.add(f.indicatorId);
    });
    if (v.submit && v.summary.length < 20) ctx.addIssue({ code: 'custom', path: ['summary'], message: 'too_short' });
    if (v.submit && v.figures.length === 0) ctx.addIssue({ code: 'custom', path: ['figures'], message: 'required' });
  });
export type BlocReportInput = z.infer<typeof ZBlocReport>;
