'use client';

import { Plus, Trash2 } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { toast } from 'sonner';
import { saveMemberReportAction } from '@/app/(app)/bloc/reports/actions';
import { Button } from '@/components/ui/button';
import { Field, Select, Textarea, fieldAria } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { ZBlocReport } from '@/lib/validation/bloc-report';

interface Row {
  indicatorId: string;
  target: string;
  result: string;
  changePct: string;
}

export interface MemberReportFormProps {
  termId: number;
  period: 'mid_year' | 'year_end';
  unitName: string;
  indicators: { id: number; name: string; unit: string }[];
  initial: { summary: string; figures: Row[] };
}

/** A member unit's report to its bloc: a summary and its figures; saved as a draft, then sent. */
export function MemberReportForm({ termId, period, unitName, indicators, initial }: MemberReportFormProps) {
  const t = useTranslations('blocReports.form');
  const tRefusals = useTranslations('refusals');
  const tErrors = useTranslations('nominations.editor.errors');
  const router = useRouter();
  const [summary, setSummary] = useState(initial.summary);
  const [rows, setRows] = useState<Row[]>(initial.figures);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [pending, start] = useTransition();
  const message = (code?: string) => (code ? (tErrors.has(code) ? tErrors(code as 'number') : tErrors('invalid')) : null);

  const send = (submit: boolean) => {
    const input = { termId, period, summary, figures: rows.map((r) => ({ ...r, indicatorId: Number(r.indicatorId) })), submit };
    const parsed = ZBlocReport.safeParse(input);
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), i.message])));
      setConfirming(false);
      return;
    }
    setErrors({});
    setFormError(null);
    start(async () => {
      const result = await saveMemberReportAction(parsed.data);
      setConfirming(false);
      if (!result.ok) {
        setFormError(tRefusals.has(result.formError) ? tRefusals(result.formError, { reference: result.reference ?? '', roles: '' }) : tRefusals('unexpected', { reference: result.reference ?? '' }));
        return;
      }
      toast.success(submit ? t('sent') : t('saved'));
      router.refresh();
    });
  };

  const set = (i: number, key: keyof Row, value: string) => setRows((rs) => rs.map((r, j) => (j === i ? { ...r, [key]: value } : r)));
  return (
    <form onSubmit={(e) => e.preventDefault()} noValidate className="space-y-4">
      <p className="text-sm text-stone-700">{t('intro', { unit: unitName })}</p>
      {formError ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {formError}
        </p>
      ) : null}
      <Field id="report-summary" label={t('summary')} hint={t('summaryHint')} error={message(errors.summary)}>
        <Textarea rows={4} value={summary} onChange={(e) => setSummary(e.target.value)} {...fieldAria('report-summary', message(errors.summary), true)} />
      </Field>
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-stone-800">{t('figures')}</legend>
        {errors.figures ? <p className="text-sm text-red-700">{t('figuresRequired')}</p> : null}
        {rows.map((r, i) => {
          const unit = indicators.find((x) => x.id === Number(r.indicatorId))?.unit ?? '';
          const id = (k: string) => `report-${i}-${k}`;
          return (
            <div key={i} className="grid gap-3 rounded-lg border border-stone-200 p-3 sm:grid-cols-[minmax(0,2.4fr)_minmax(0,1fr)_minmax(0,1fr)_7rem_auto] sm:items-start">
              <Field id={id('indicator')} label={t('indicator')} error={message(errors[`figures.${i}.indicatorId`])}>
                <Select value={r.indicatorId} onChange={(e) => set(i, 'indicatorId', e.target.value)} {...fieldAria(id('indicator'), message(errors[`figures.${i}.indicatorId`]))}>
                  {indicators.map((x) => (
                    <option key={x.id} value={x.id}>
                      {x.name} ({x.unit})
                    </option>
                  ))}
                </Select>
              </Field>
              <Field id={id('target')} label={t('target', { unit })} error={message(errors[`figures.${i}.target`])}>
                <Input inputMode="decimal" value={r.target} onChange={(e) => set(i, 'target', e.target.value)} {...fieldAria(id('target'), message(errors[`figures.${i}.target`]))} />
              </Field>
              <Field id={id('result')} label={t('result', { unit })} error={message(errors[`figures.${i}.result`])}>
                <Input inputMode="decimal" value={r.result} onChange={(e) => set(i, 'result', e.target.value)} {...fieldAria(id('result'), message(errors[`figures.${i}.result`]))} />
              </Field>
              <Field id={id('change')} label={t('change')} error={message(errors[`figures.${i}.changePct`])}>
                <Input inputMode="decimal" value={r.changePct} onChange={(e) => set(i, 'changePct', e.target.value)} {...fieldAria(id('change'), message(errors[`figures.${i}.changePct`]))} />
              </Field>
              <div className="sm:pt-6">
                <Button type="button" size="sm" variant="ghost" aria-label={t('remove', { n: i + 1 })} onClick={() => setRows((rs) => rs.filter((_, j) => j !== i))}>
                  <Trash2 aria-hidden className="size-4" />
                </Button>
              </div>
            </div>
          );
        })}
        <Button type="button" variant="secondary" onClick={() => setRows((rs) => [...rs, { indicatorId: String(indicators[0]?.id ?? ''), target: '', result: '', changePct: '' }])}>
          <Plus aria-hidden className="size-4" />
          {t('add')}
        </Button>
        <p className="text-xs text-stone-600">{t('numberHint')}</p>
      </fieldset>
      {confirming ? (
        <div role="alertdialog" aria-labelledby="report-confirm" className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
          <p id="report-confirm">{t('confirm')}</p>
          <div className="flex gap-2">
            <Button type="button" onClick={() => send(true)} disabled={pending}>
              {t('confirmSend')}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setConfirming(false)}>
              {t('cancel')}
            </Button>
          </div>
        </div>
      ) : (
        <div className="flex flex-wrap gap-2">
          <Button type="button" variant="secondary" onClick={() => send(false)} disabled={pending}>
            {t('saveDraft')}
          </Button>
          <Button type="button" onClick={() => setConfirming(true)} disabled={pending}>
            {t('send')}
          </Button>
        </div>
      )}
    </form>
  );
}
