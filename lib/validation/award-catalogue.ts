import { z } from 'zod';

// The award catalogue's settings that the administrator changes (issue 6 §4). The rules themselves
// stay data with their legal basis; this form sets whether an award type runs a public notice.

/** Domain.md §6: a public notice runs at least 10 working days where the award type requires one. A
 * round may ask for more (rounds.notice_working_days), which the data access layer checks. */
export const NOTICE_MIN_WORKING_DAYS = 10;
/** An upper bound that keeps a typo from opening a notice of years. */
export const NOTICE_MAX_WORKING_DAYS = 60;

export const ZAwardNoticeSetting = z
  .strictObject({
    awardTypeId: z.coerce.number().int().positive(),
    requiresPublicNotice: z.boolean(),
    noticeWorkingDays: z.coerce
      .number('number')
      .int('number')
      .min(NOTICE_MIN_WORKING_DAYS, 'notice_days_min')
      .max(NOTICE_MAX_WORKING_DAYS, 'notice_days_max')
      .nullable(),
  })
  .superRefine((v, ctx) => {
    if (v.requiresPublicNotice && v.noticeWorkingDays === null) ctx.addIssue({ code: 'custom', path: ['noticeWorkingDays'], message: 'notice_days_min' });
  });
export type AwardNoticeSettingInput = z.infer<typeof ZAwardNoticeSetting>;
