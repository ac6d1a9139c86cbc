'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useMemo, useState, useTransition } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { toast } from 'sonner';
import type { z } from 'zod';
import { createNominationAction } from '@/app/(app)/nominations/actions';
import { Button } from '@/components/ui/button';
import { ZNominationDraft } from '@/lib/validation/workflow';

type Input = z.input<typeof ZNominationDraft>;
type Output = z.output<typeof ZNominationDraft>;

export interface FormOptions {
  unitName: string;
  rounds: { id: number; name: string; awards: { id: number; name: string; target: string }[] }[];
  people: { id: number; fullName: string; position: string | null }[];
}

const selectClass = 'h-10 w-full rounded-md border border-stone-300 bg-white px-3 aria-[invalid=true]:border-red-600';

export function NominationForm({ options }: { options: FormOptions }) {
  const t = useTranslations('nominations.form');
  const tRefusals = useTranslations('refusals');
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const [key] = useState(() => crypto.randomUUID());
  const { register, handleSubmit, control, formState } = useForm<Input, unknown, Output>({
    resolver: zodResolver(ZNominationDraft),
    defaultValues: { idempotencyKey: key, roundId: options.rounds[0]?.id ?? '', awardTypeId: '', nomineePersonId: '', achievementSummary: '' },
  });
  const roundId = Number(useWatch({ control, name: 'roundId' }));
  const awardTypeId = Number(useWatch({ control, name: 'awardTypeId' }));
  const awards = useMemo(() => options.rounds.find((r) => r.id === roundId)?.awards ?? [], [options.rounds, roundId]);
  const individual = awards.find((a) => a.id === awardTypeId)?.target === 'individual';
  const message = (field: keyof Input) => {
    const code = formState.errors[field]?.message;
    if (!code) return null;
    return t.has(`errors.${code}`) ? t(`errors.${code}` as 'errors.required') : t('errors.required');
  };

  const onSubmit = handleSubmit((values) => {
    setFormError(null);
    const data = new FormData();
    data.set('idempotencyKey', values.idempotencyKey);
    data.set('roundId', String(values.roundId));
    data.set('awardTypeId', String(values.awardTypeId));
    if (individual && values.nomineePersonId) data.set('nomineePersonId', String(values.nomineePersonId));
    data.set('achievementSummary', values.achievementSummary);
    startTransition(async () => {
      const result = await createNominationAction(data);
      if (!result.ok) {
        setFormError(tRefusals.has(result.formError) ? tRefusals(result.formError, { reference: result.reference ?? '' }) : tRefusals('unexpected', { reference: result.reference ?? '' }));
        return;
      }
      toast.success(result.data.reference);
      router.push(`/nominations/${result.data.id}`);
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      {formError ? (
        <p role="alert" id="form-error" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {formError}
        </p>
      ) : null}
      <input type="hidden" {...register('idempotencyKey')} />
      <div className="space-y-1.5">
        <label htmlFor="roundId" className="block text-sm font-medium">
          {t('round')}
        </label>
        <select id="roundId" className={selectClass} {...register('roundId')}>
          {options.rounds.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1.5">
        <label htmlFor="awardTypeId" className="block text-sm font-medium">
          {t('award')}
        </label>
        <select id="awardTypeId" className={selectClass} aria-invalid={message('awardTypeId') ? true : undefined} aria-describedby="awardTypeId-error" {...register('awardTypeId')}>
          <option value="">{t('chooseAward')}</option>
          {awards.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
        <p id="awardTypeId-error" className="text-sm text-red-700">
          {message('awardTypeId')}
        </p>
      </div>
      {individual ? (
        <div className="space-y-1.5">
          <label htmlFor="nomineePersonId" className="block text-sm font-medium">
            {t('nominee')}
          </label>
          <select id="nomineePersonId" className={selectClass} {...register('nomineePersonId')}>
            <option value="">{t('chooseNominee')}</option>
            {options.people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.fullName}
                {p.position ? ` — ${p.position}` : ''}
              </option>
            ))}
          </select>
        </div>
      ) : awardTypeId ? (
        <p className="text-sm text-stone-700">{t('collectiveNominee', { unit: options.unitName })}</p>
      ) : null}
      <div className="space-y-1.5">
        <label htmlFor="achievementSummary" className="block text-sm font-medium">
          {t('summary')}
        </label>
        <textarea
          id="achievementSummary"
          rows={6}
          className="w-full rounded-md border border-stone-300 p-3 aria-[invalid=true]:border-red-600"
          aria-invalid={message('achievementSummary') ? true : undefined}
          aria-describedby="achievementSummary-hint achievementSummary-error"
          {...register('achievementSummary')}
        />
        <p id="achievementSummary-hint" className="text-xs text-stone-600">
          {t('summaryHint')}
        </p>
        <p id="achievementSummary-error" className="text-sm text-red-700">
          {message('achievementSummary')}
        </p>
      </div>
      <Button type="submit" disabled={pending}>
        {t('submit')}
      </Button>
    </form>
  );
}
