'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useFormatter, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { toast } from 'sonner';
import { createAgreementVersionAction } from '@/app/(app)/bloc/actions';
import { Button } from '@/components/ui/button';
import { Field, Select, Textarea, fieldAria } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { CRITERION_KINDS, SCORING_METHODS } from '@/lib/domain/constants';
import { ZAgreementVersion, agreementTotal, type AgreementVersionFormInput, type AgreementVersionInput } from '@/lib/validation/bloc';

type Row = AgreementVersionFormInput['criteria'][number];

interface Props {
  termId: number;
  /** The version the table was copied from; null when building the bloc-year's first version. */
  basedOnId: number | null;
  basedOnVersion: number | null;
  initial: { titleVi: string; titleEn: string; changeNote?: string; criteria: Row[] };
  indicators: { id: number; name: string; unit: string }[];
}

const EMPTY_ROW: Row = { groupTitleVi: '', groupTitleEn: '', titleVi: '', titleEn: '', kind: 'criterion', maxPoints: '', method: 'manual', indicatorId: '', linearFrom: '', linearTo: '', evidenceVi: '', evidenceEn: '' };

/** The head unit's lead writes a new version of the agreement: the table as it stands, edited, and
 * a required change note. The old version stays; members accept the new one afresh. Without a
 * version to start from, the lead builds version 1 from one empty row. */
export function AgreementVersionForm({ termId, basedOnId, basedOnVersion, initial, indicators }: Props) {
  const t = useTranslations('bloc');
  const tRefusals = useTranslations('refusals');
  const format = useFormatter();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const form = useForm<AgreementVersionFormInput, unknown, AgreementVersionInput>({
    resolver: zodResolver(ZAgreementVersion),
    defaultValues: {
      termId,
      basedOnId,
      titleVi: initial.titleVi,
      titleEn: initial.titleEn,
      changeNote: initial.changeNote ?? '',
      criteria: initial.criteria.length > 0 ? initial.criteria : [{ ...EMPTY_ROW }],
    },
  });
  const { control, register, handleSubmit, formState } = form;
  const rows = useFieldArray({ control, name: 'criteria' });
  const watched = (useWatch({ control, name: 'criteria' }) ?? []) as Row[];
  const total = agreementTotal(watched.map((r) => ({ kind: r.kind ?? 'criterion', maxPoints: r.maxPoints ?? '' })));
  const message = (error: { message?: string } | undefined) => (error?.message ? (t.has(`errors.${error.message}`) ? t(`errors.${error.message}`) : error.message) : null);

  const submit = handleSubmit((data) => {
    setFormError(null);
    startTransition(async () => {
      const result = await createAgreementVersionAction(data);
      if (!result.ok) {
        const params = { roles: '', max: 0, criterion: '', reference: result.reference ?? '', ...result.params };
        setFormError(tRefusals.has(result.formError) ? tRefusals(result.formError, params) : tRefusals('unexpected', params));
        return;
      }
      toast.success(t('versionForm.done', { version: result.data.version }));
      router.push(`/bloc/agreement?term=${termId}`);
      router.refresh();
    });
  });

  const e = formState.errors;
  return (
    <form onSubmit={submit} className="space-y-6" noValidate>
      <p className="text-sm text-stone-700">{basedOnVersion === null ? t('versionForm.introFirst') : t('versionForm.intro', { version: basedOnVersion })}</p>
      <div className="grid gap-4 md:grid-cols-2">
        <Field id="titleVi" label={t('versionForm.titleVi')} error={message(e.titleVi)}>
          <Input {...register('titleVi')} {...fieldAria('titleVi', message(e.titleVi))} />
        </Field>
        <Field id="titleEn" label={t('versionForm.titleEn')} error={message(e.titleEn)}>
          <Input {...register('titleEn')} {...fieldAria('titleEn', message(e.titleEn))} />
        </Field>
      </div>

      <fieldset className="space-y-3">
        <legend className="text-base font-semibold text-stone-900">{t('versionForm.rows')}</legend>
        <p className="text-sm text-stone-600">{t('versionForm.rowsHint')}</p>
        {message(e.criteria?.root ?? e.criteria) ? <p className="text-sm text-red-700">{message(e.criteria?.root ?? e.criteria)}</p> : null}
        <ol className="space-y-3">
          {rows.fields.map((field, i) => {
            const re = e.criteria?.[i];
            const method = watched[i]?.method ?? 'manual';
            const id = (name: string) => `criteria-${i}-${name}`;
            return (
              <li key={field.id} className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
                <fieldset className="space-y-3">
                  <legend className="flex w-full items-center justify-between gap-2 text-sm font-semibold text-stone-800">
                    <span>{t('versionForm.row', { n: i + 1 })}</span>
                  </legend>
                  <div className="grid gap-3 md:grid-cols-2">
                    <Field id={id('groupTitleVi')} label={t('versionForm.groupTitleVi')} error={message(re?.groupTitleVi)}>
                      <Input {...register(`criteria.${i}.groupTitleVi`)} {...fieldAria(id('groupTitleVi'), message(re?.groupTitleVi))} />
                    </Field>
                    <Field id={id('groupTitleEn')} label={t('versionForm.groupTitleEn')} error={message(re?.groupTitleEn)}>
                      <Input {...register(`criteria.${i}.groupTitleEn`)} {...fieldAria(id('groupTitleEn'), message(re?.groupTitleEn))} />
                    </Field>
                    <Field id={id('titleVi')} label={t('versionForm.criterionVi')} error={message(re?.titleVi)}>
                      <Input {...register(`criteria.${i}.titleVi`)} {...fieldAria(id('titleVi'), message(re?.titleVi))} />
                    </Field>
                    <Field id={id('titleEn')} label={t('versionForm.criterionEn')} error={message(re?.titleEn)}>
                      <Input {...register(`criteria.${i}.titleEn`)} {...fieldAria(id('titleEn'), message(re?.titleEn))} />
                    </Field>
                  </div>
                  <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
                    <Field id={id('kind')} label={t('columns.kind')} error={message(re?.kind)}>
                      <Select {...register(`criteria.${i}.kind`)} {...fieldAria(id('kind'), message(re?.kind))}>
                        {CRITERION_KINDS.map((k) => (
                          <option key={k} value={k}>
                            {t(`kinds.${k}`)}
                          </option>
                        ))}
                      </Select>
                    </Field>
                    <Field id={id('maxPoints')} label={t('columns.maxPoints')} error={message(re?.maxPoints)}>
                      <Input inputMode="decimal" className="tabular-nums" {...register(`criteria.${i}.maxPoints`)} {...fieldAria(id('maxPoints'), message(re?.maxPoints))} />
                    </Field>
                    <Field id={id('method')} label={t('columns.method')} error={message(re?.method)}>
                      <Select {...register(`criteria.${i}.method`)} {...fieldAria(id('method'), message(re?.method))}>
                        {SCORING_METHODS.map((m) => (
                          <option key={m} value={m}>
                            {t(`methods.${m}`)}
                          </option>
                        ))}
                      </Select>
                    </Field>
                    {method !== 'manual' ? (
                      <Field id={id('indicatorId')} label={t('versionForm.indicator')} error={message(re?.indicatorId)}>
                        <Select {...register(`criteria.${i}.indicatorId`)} {...fieldAria(id('indicatorId'), message(re?.indicatorId))}>
                          <option value="">{t('versionForm.chooseIndicator')}</option>
                          {indicators.map((ind) => (
                            <option key={ind.id} value={String(ind.id)}>
                              {ind.name} ({ind.unit})
                            </option>
                          ))}
                        </Select>
                      </Field>
                    ) : null}
                  </div>
                  {method === 'linear' ? (
                    <div className="grid gap-3 sm:grid-cols-2">
                      <Field id={id('linearFrom')} label={t('versionForm.linearFrom')} hint={t('versionForm.linearHint')} error={message(re?.linearFrom)}>
                        <Input inputMode="decimal" className="tabular-nums" {...register(`criteria.${i}.linearFrom`)} {...fieldAria(id('linearFrom'), message(re?.linearFrom), true)} />
                      </Field>
                      <Field id={id('linearTo')} label={t('versionForm.linearTo')} error={message(re?.linearTo)}>
                        <Input inputMode="decimal" className="tabular-nums" {...register(`criteria.${i}.linearTo`)} {...fieldAria(id('linearTo'), message(re?.linearTo))} />
                      </Field>
                    </div>
                  ) : null}
                  <div className="grid gap-3 md:grid-cols-2">
                    <Field id={id('evidenceVi')} label={t('versionForm.evidenceVi')} error={message(re?.evidenceVi)}>
                      <Input {...register(`criteria.${i}.evidenceVi`)} {...fieldAria(id('evidenceVi'), message(re?.evidenceVi))} />
                    </Field>
                    <Field id={id('evidenceEn')} label={t('versionForm.evidenceEn')} error={message(re?.evidenceEn)}>
                      <Input {...register(`criteria.${i}.evidenceEn`)} {...fieldAria(id('evidenceEn'), message(re?.evidenceEn))} />
                    </Field>
                  </div>
                  <div className="flex justify-end">
                    <Button type="button" variant="ghost" size="sm" onClick={() => rows.remove(i)} aria-label={t('versionForm.removeRow', { n: i + 1 })}>
                      {t('versionForm.remove')}
                    </Button>
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ol>
        <Button type="button" variant="secondary" onClick={() => rows.append({ ...EMPTY_ROW, groupTitleVi: watched.at(-1)?.groupTitleVi ?? '', groupTitleEn: watched.at(-1)?.groupTitleEn ?? '' })}>
          {t('versionForm.addRow')}
        </Button>
      </fieldset>

      <p className="text-sm text-stone-800" aria-live="polite">
        {t('versionForm.total', { total: format.number(total, { maximumFractionDigits: 2 }) })}
      </p>

      <Field id="changeNote" label={t('versionForm.changeNote')} hint={t('versionForm.changeNoteHint')} error={message(e.changeNote)}>
        <Textarea rows={3} {...register('changeNote')} {...fieldAria('changeNote', message(e.changeNote), true)} />
      </Field>

      {formError ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {formError}
        </p>
      ) : null}
      <div className="flex justify-end gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? t('dialog.working') : basedOnId === null ? t('versionForm.submitFirst') : t('versionForm.submit')}
        </Button>
      </div>
    </form>
  );
}
