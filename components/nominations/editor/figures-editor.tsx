'use client';

import { Plus, Trash2 } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import type { UseFieldArrayReturn, UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import { createIndicatorAction } from '@/app/(app)/nominations/draft-actions';
import { Button } from '@/components/ui/button';
import { Field, Select, fieldAria } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { ZIndicatorCreate, type ZNominationUpdate } from '@/lib/validation/nomination';

type EditorInput = z.input<typeof ZNominationUpdate>;
type EditorOutput = z.output<typeof ZNominationUpdate>;

export interface IndicatorOption {
  id: number;
  name: string;
  unit: string;
}

interface Props {
  form: UseFormReturn<EditorInput, unknown, EditorOutput>;
  figures: UseFieldArrayReturn<EditorInput, 'figures'>;
  indicators: IndicatorOption[];
  roundYear: number;
  error: (path: string) => string | null;
}

/** Achievement figures by year: indicator, target, result and change on the previous year. The
 * indicators are shared by every unit; one missing can be added here for all. */
export function FiguresEditor({ form, figures, indicators: initialIndicators, roundYear, error }: Props) {
  const t = useTranslations('nominations.editor.figures');
  const [indicators, setIndicators] = useState(initialIndicators);
  const [adding, setAdding] = useState(false);
  const { register } = form;

  const addRow = (indicatorId?: number) =>
    figures.append({ indicatorId: indicatorId ?? indicators[0]?.id ?? 0, year: roundYear, target: '', result: '', changePct: '' }, { shouldFocus: true });

  return (
    <section aria-labelledby="figures-heading" className="space-y-3">
      <div>
        <h2 id="figures-heading" className="text-lg font-semibold">
          {t('heading')}
        </h2>
        <p className="text-sm text-stone-600">{t('hint')}</p>
      </div>
      {figures.fields.length === 0 ? <p className="rounded-md border border-dashed border-stone-300 px-3 py-4 text-sm text-stone-600">{t('empty')}</p> : null}
      <ol className="space-y-3">
        {figures.fields.map((field, i) => {
          const unit = indicators.find((x) => x.id === Number(form.getValues(`figures.${i}.indicatorId`)))?.unit ?? '';
          const id = (name: string) => `figures-${i}-${name}`;
          return (
            <li key={field.id} className="rounded-lg border border-stone-200 p-3">
              <fieldset className="grid gap-3 sm:grid-cols-[minmax(0,2.2fr)_5.5rem_minmax(0,1fr)_minmax(0,1fr)_6.5rem_auto] sm:items-start">
                <legend className="sr-only">{t('row', { n: i + 1 })}</legend>
                <Field id={id('indicator')} label={t('indicator')} error={error(`figures.${i}.indicatorId`)}>
                  <Select {...fieldAria(id('indicator'), error(`figures.${i}.indicatorId`))} {...register(`figures.${i}.indicatorId`)}>
                    {indicators.map((x) => (
                      <option key={x.id} value={x.id}>
                        {x.name} ({x.unit})
                      </option>
                    ))}
                  </Select>
                </Field>
                <Field id={id('year')} label={t('year')} error={error(`figures.${i}.year`)}>
                  <Input inputMode="numeric" {...fieldAria(id('year'), error(`figures.${i}.year`))} {...register(`figures.${i}.year`)} />
                </Field>
                <Field id={id('target')} label={t('target', { unit })} error={error(`figures.${i}.target`)}>
                  <Input inputMode="decimal" {...fieldAria(id('target'), error(`figures.${i}.target`))} {...register(`figures.${i}.target`)} />
                </Field>
                <Field id={id('result')} label={t('result', { unit })} error={error(`figures.${i}.result`)}>
                  <Input inputMode="decimal" {...fieldAria(id('result'), error(`figures.${i}.result`))} {...register(`figures.${i}.result`)} />
                </Field>
                <Field id={id('change')} label={t('change')} error={error(`figures.${i}.changePct`)}>
                  <Input inputMode="decimal" {...fieldAria(id('change'), error(`figures.${i}.changePct`))} {...register(`figures.${i}.changePct`)} />
                </Field>
                <div className="sm:pt-6">
                  <Button type="button" variant="ghost" size="sm" onClick={() => figures.remove(i)} aria-label={t('remove', { n: i + 1 })}>
                    <Trash2 aria-hidden className="size-4" />
                    <span className="sm:sr-only">{t('removeShort')}</span>
                  </Button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <p className="text-xs text-stone-600">{t('numberHint')}</p>
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="secondary" onClick={() => addRow()} disabled={indicators.length === 0}>
          <Plus aria-hidden className="size-4" />
          {t('add')}
        </Button>
        <Button type="button" variant="ghost" onClick={() => setAdding((v) => !v)} aria-expanded={adding} aria-controls="new-indicator">
          {t('newIndicator')}
        </Button>
      </div>
      {adding ? (
        <NewIndicatorForm
          onCreated={(x) => {
            setIndicators((list) => [...list, x]);
            setAdding(false);
            addRow(x.id);
          }}
        />
      ) : null}
    </section>
  );
}

/** A reusable indicator, in both languages (every unit will see it). Not a <form>: it sits inside the editor's. */
function NewIndicatorForm({ onCreated }: { onCreated: (x: IndicatorOption) => void }) {
  const t = useTranslations('nominations.editor.figures');
  const tRefusals = useTranslations('refusals');
  const [values, setValues] = useState({ nameVi: '', nameEn: '', unitOfMeasureVi: '', unitOfMeasureEn: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const tEditor = useTranslations('nominations.editor');
  const message = (code: string | undefined) => (code ? (tEditor.has(`errors.${code}`) ? tEditor(`errors.${code}` as 'errors.number') : tEditor('errors.invalid')) : null);

  const submit = () => {
    const parsed = ZIndicatorCreate.safeParse(values);
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])));
      return;
    }
    setErrors({});
    start(async () => {
      const result = await createIndicatorAction(parsed.data);
      if (!result.ok) {
        setFormError(tRefusals.has(result.formError) ? tRefusals(result.formError, { reference: result.reference ?? '', roles: '' }) : tRefusals('unexpected', { reference: result.reference ?? '' }));
        return;
      }
      // The new indicator is named in the person's language on this page.
      onCreated({ id: result.data.id, name: document.documentElement.lang === 'en' ? result.data.nameEn : result.data.nameVi, unit: document.documentElement.lang === 'en' ? result.data.unitEn : result.data.unitVi });
    });
  };

  const field = (name: keyof typeof values) => (
    <Field id={`new-indicator-${name}`} label={t(`indicatorFields.${name}`)} error={message(errors[name])}>
      <Input
        {...fieldAria(`new-indicator-${name}`, message(errors[name]))}
        value={values[name]}
        onChange={(e) => setValues((v) => ({ ...v, [name]: e.target.value }))}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            submit();
          }
        }}
      />
    </Field>
  );

  return (
    <div id="new-indicator" role="group" aria-labelledby="new-indicator-heading" className="space-y-3 rounded-lg border border-stone-200 bg-stone-50 p-4">
      <h3 id="new-indicator-heading" className="font-medium">
        {t('newIndicatorTitle')}
      </h3>
      <div className="grid gap-3 sm:grid-cols-2">
        {field('nameVi')}
        {field('nameEn')}
        {field('unitOfMeasureVi')}
        {field('unitOfMeasureEn')}
      </div>
      {formError ? (
        <p role="alert" className="text-sm text-red-800">
          {formError}
        </p>
      ) : null}
      <Button type="button" onClick={submit} disabled={pending}>
        {t('createIndicator')}
      </Button>
    </div>
  );
}
