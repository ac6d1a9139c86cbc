'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, useTransition, type FormEvent } from 'react';
import { toast } from 'sonner';
import { updateAwardNoticeSettingAction } from '@/app/(app)/admin/award-types/actions';
import { useRefusalText } from '@/components/notices/use-refusal-text';
import { Button } from '@/components/ui/button';
import { Field, fieldAria } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { NOTICE_MAX_WORKING_DAYS, NOTICE_MIN_WORKING_DAYS, ZAwardNoticeSetting } from '@/lib/validation/award-catalogue';

/** Whether an award type runs a public notice before its decision, and for how many working days. */
export function AwardNoticeForm({ awardTypeId, name, requiresPublicNotice, noticeWorkingDays, roundMinimum }: { awardTypeId: number; name: string; requiresPublicNotice: boolean; noticeWorkingDays: number | null; roundMinimum: number | null }) {
  const t = useTranslations('awardCatalogue.form');
  const refusalText = useRefusalText();
  const router = useRouter();
  const [required, setRequired] = useState(requiresPublicNotice);
  const [days, setDays] = useState(String(noticeWorkingDays ?? Math.max(NOTICE_MIN_WORKING_DAYS, roundMinimum ?? 0)));
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const minimum = Math.max(NOTICE_MIN_WORKING_DAYS, roundMinimum ?? 0);
  const daysId = `notice-days-${awardTypeId}`;
  const requiredId = `notice-required-${awardTypeId}`;

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = ZAwardNoticeSetting.safeParse({ awardTypeId, requiresPublicNotice: required, noticeWorkingDays: required ? days.trim() : null });
    if (!parsed.success) {
      setFieldError(t('daysInvalid', { min: NOTICE_MIN_WORKING_DAYS, max: NOTICE_MAX_WORKING_DAYS }));
      return;
    }
    setFieldError(null);
    setError(null);
    start(async () => {
      const result = await updateAwardNoticeSettingAction(parsed.data);
      if (!result.ok) {
        setError(refusalText(result));
        return;
      }
      toast.success(result.data.changed ? t('saved', { name }) : t('unchanged'));
      router.refresh();
    });
  };

  return (
    <form onSubmit={save} noValidate className="space-y-3 text-sm" aria-label={t('label', { name })}>
      <div className="flex items-start gap-2">
        <input id={requiredId} type="checkbox" className="mt-0.5 size-4 accent-brand-700" checked={required} onChange={(e) => setRequired(e.target.checked)} />
        <label htmlFor={requiredId}>
          <span className="block font-medium text-stone-900">{t('required')}</span>
          <span className="block text-stone-600">{t('requiredHint')}</span>
        </label>
      </div>
      <Field id={daysId} label={t('days')} hint={t('daysHint', { min: minimum })} error={fieldError} className="max-w-xs">
        <Input
          inputMode="numeric"
          value={days}
          disabled={!required}
          onChange={(e) => setDays(e.target.value)}
          {...fieldAria(daysId, fieldError, true)}
        />
      </Field>
      {error ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-red-800">
          {error}
        </p>
      ) : null}
      <Button type="submit" size="sm" disabled={pending}>
        {pending ? t('saving') : t('save')}
      </Button>
    </form>
  );
}
