'use client';

import { useFormatter, useTranslations } from 'next-intl';

export type Refusal = { formError: string; params?: Record<string, string | number>; reference?: string };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The message for a refused action in the person's language: days as dates of the locale, roles by
 * their names, the reference of an unexpected failure. Shared by the notice pages and the catalogue. */
export function useRefusalText(): (refusal: Refusal) => string {
  const tRefusals = useTranslations('refusals');
  const tRoles = useTranslations('roles');
  const format = useFormatter();
  return (refusal) => {
    const params: Record<string, string | number> = { roles: '', closesOn: '', opensOn: '', count: 0, workingDays: 0, max: 0, minutes: 0, minimum: 0, reference: refusal.reference ?? '', ...refusal.params };
    for (const key of ['closesOn', 'opensOn']) {
      const value = params[key];
      if (typeof value === 'string' && DAY.test(value)) params[key] = format.dateTime(new Date(`${value}T00:00:00+07:00`), 'short');
    }
    if (typeof params.roles === 'string' && params.roles) params.roles = params.roles.split(',').map((r) => (tRoles.has(r) ? tRoles(r) : r)).join(', ');
    return tRefusals.has(refusal.formError) ? tRefusals(refusal.formError, params) : tRefusals('unexpected', params);
  };
}
