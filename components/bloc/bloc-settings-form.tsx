'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { toast } from 'sonner';
import { updateBlocSettingsAction } from '@/app/(app)/bloc/actions';
import { Button } from '@/components/ui/button';
import { Field, fieldAria } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { ZBlocSettings } from '@/lib/validation/bloc';

/** The head's lead sets the bloc's rules for the year: peer scoring and the ballot's threshold. */
export function BlocSettingsForm({ termId, peerScoring, thresholdPct, strict, scoringClosed, rulesLocked }: { termId: number; peerScoring: boolean; thresholdPct: string; strict: boolean; scoringClosed: boolean; rulesLocked: boolean }) {
  const t = useTranslations('bloc.settings');
  const tRefusals = useTranslations('refusals');
  const router = useRouter();
  const [peer, setPeer] = useState(peerScoring);
  const [pct, setPct] = useState(String(Number(thresholdPct)));
  const [isStrict, setStrict] = useState(strict);
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [pending, start] = useTransition();

  const save = () => {
    const parsed = ZBlocSettings.safeParse({ termId, peerScoring: peer, ballotThresholdPct: pct.replace(',', '.'), ballotThresholdStrict: isStrict });
    if (!parsed.success) {
      setFieldError(t('thresholdInvalid'));
      return;
    }
    setFieldError(null);
    setError(null);
    start(async () => {
      const result = await updateBlocSettingsAction(parsed.data);
      if (!result.ok) {
        setError(tRefusals.has(result.formError) ? tRefusals(result.formError, { reference: result.reference ?? '', roles: '' }) : tRefusals('unexpected', { reference: result.reference ?? '' }));
        return;
      }
      toast.success(t('saved'));
      router.refresh();
    });
  };

  return (
    <form onSubmit={(e) => e.preventDefault()} className="space-y-4 text-sm" noValidate>
      <label className="flex items-start gap-2">
        <input type="checkbox" className="mt-0.5 size-4 accent-brand-700" checked={peer} disabled={scoringClosed} onChange={(e) => setPeer(e.target.checked)} />
        <span>
          <span className="block font-medium">{t('peerScoring')}</span>
          <span className="block text-stone-600">{scoringClosed ? t('peerLocked') : t('peerHint')}</span>
        </span>
      </label>
      <fieldset className="space-y-2" disabled={rulesLocked}>
        <legend className="font-medium">{t('threshold')}</legend>
        <p className="text-stone-600">{rulesLocked ? t('thresholdLocked') : t('thresholdHint')}</p>
        <div className="flex flex-wrap items-end gap-4">
          <Field id="bloc-threshold" label={t('thresholdPct')} error={fieldError} className="w-40">
            <Input inputMode="decimal" value={pct} onChange={(e) => setPct(e.target.value)} {...fieldAria('bloc-threshold', fieldError)} />
          </Field>
          <label className="flex items-center gap-2 pb-2">
            <input type="checkbox" className="size-4 accent-brand-700" checked={isStrict} onChange={(e) => setStrict(e.target.checked)} />
            {t('strict')}
          </label>
        </div>
      </fieldset>
      {error ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-red-800">
          {error}
        </p>
      ) : null}
      <Button type="button" onClick={save} disabled={pending || (scoringClosed && rulesLocked)}>
        {t('save')}
      </Button>
    </form>
  );
}
