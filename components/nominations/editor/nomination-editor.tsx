'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useFormatter, useTranslations } from 'next-intl';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { saveDraftAction } from '@/app/(app)/nominations/draft-actions';
import { nominationEligibilityAction } from '@/app/(app)/nominations/eligibility-actions';
import { EligibilityPanel } from '@/components/nominations/eligibility-panel';
import { Button } from '@/components/ui/button';
import { Field, Textarea, fieldAria } from '@/components/ui/field';
import type { Eligibility } from '@/lib/rules/eligibility';
import { ZNominationUpdate } from '@/lib/validation/nomination';
import { FiguresEditor, type IndicatorOption } from './figures-editor';
import { InitiativesEditor, type InitiativeOption } from './initiatives-editor';
import { SaveStatus } from './save-status';
import { useAutosave } from './use-autosave';
import { useLeaveWarning } from './use-leave-warning';

export type EditorInput = z.input<typeof ZNominationUpdate>;
type EditorOutput = z.output<typeof ZNominationUpdate>;

export interface EditorProps {
  nominationId: number;
  version: number;
  updatedAt: string;
  initial: { achievementSummary: string; figures: { indicatorId: number; year: number; target: string | null; result: string; changePct: string | null }[]; initiativeIds: number[] };
  indicators: IndicatorOption[];
  /** The nominee's registered initiatives; null for a household, which has none. */
  initiatives: InitiativeOption[] | null;
  eligibility: Eligibility | null;
  roundYear: number;
  summaryMin: number;
}

/** The dossier's own fields, saved as the person types: the summary, the figures by year and the
 * initiatives. Eligibility follows the initiatives. */
export function NominationEditor(props: EditorProps) {
  const t = useTranslations('nominations.editor');
  const tRefusals = useTranslations('refusals');
  const format = useFormatter();
  const backupKey = `laurel:nomination-draft:${props.nominationId}`;
  const [eligibility, setEligibility] = useState(props.eligibility);
  const [backup, setBackup] = useState<EditorInput | null>(null);

  const defaults: EditorInput = {
    nominationId: props.nominationId,
    version: props.version,
    achievementSummary: props.initial.achievementSummary,
    figures: props.initial.figures.map((f) => ({ indicatorId: f.indicatorId, year: f.year, target: f.target ?? '', result: f.result, changePct: f.changePct ?? '' })),
    initiativeIds: props.initial.initiativeIds,
  };
  const form = useForm<EditorInput, unknown, EditorOutput>({ resolver: zodResolver(ZNominationUpdate), mode: 'onChange', defaultValues: defaults });
  const { control, register, formState, reset, trigger } = form;
  const figures = useFieldArray({ control, name: 'figures' });
  const values = useWatch({ control }) as EditorInput;
  // The ids are not the person's to change: what is saved is the content.
  const content = { achievementSummary: values.achievementSummary, figures: values.figures, initiativeIds: values.initiativeIds };

  const save = useCallback(
    async (v: typeof content, version: number) => {
      const result = await saveDraftAction({ ...v, nominationId: props.nominationId, version });
      if (!result.ok) return { ok: false as const, error: result.formError };
      if (result.data.changed.includes('initiatives')) {
        const fresh = await nominationEligibilityAction({ nominationId: props.nominationId });
        if (fresh.ok) setEligibility(fresh.data);
      }
      return { ok: true as const, version: result.data.version, savedAt: result.data.savedAt };
    },
    [props.nominationId],
  );
  const autosave = useAutosave({ values: content, valid: formState.isValid, initialVersion: props.version, initialSavedAt: props.updatedAt, save, backupKey });
  useLeaveWarning(autosave.unsaved, t('leaveWarning'));

  // Validate what the server sent, so that a draft saved incomplete shows its marks at once.
  useEffect(() => {
    void trigger();
  }, [trigger]);
  // A copy left by a visit that ended before its last save: offered back unless it is what the
  // server already holds.
  const serverContent = JSON.stringify({ achievementSummary: defaults.achievementSummary, figures: defaults.figures, initiativeIds: defaults.initiativeIds });
  // Only on opening: later, the copy in storage is the one autosave keeps of what is being typed.
  const backupChecked = useRef(false);
  useEffect(() => {
    if (backupChecked.current) return;
    backupChecked.current = true;
    const stored = window.localStorage.getItem(backupKey);
    if (!stored) return;
    try {
      const parsed = JSON.parse(stored) as Omit<EditorInput, 'nominationId' | 'version'>;
      if (JSON.stringify(parsed) === serverContent) window.localStorage.removeItem(backupKey);
      // Browser storage is read once the page is hydrated: the server cannot know it.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      else setBackup({ ...(JSON.parse(serverContent) as Omit<EditorInput, 'nominationId' | 'version'>), ...parsed, nominationId: props.nominationId, version: props.version });
    } catch {
      window.localStorage.removeItem(backupKey);
    }
  }, [backupKey, serverContent, props.nominationId, props.version]);

  const err = (path: string): string | null => {
    let node: unknown = formState.errors;
    for (const p of path.split('.')) node = (node as Record<string, unknown> | undefined)?.[p];
    const code = (node as { message?: string } | undefined)?.message;
    if (!code) return null;
    return t.has(`errors.${code}`) ? t(`errors.${code}` as 'errors.number') : t('errors.invalid');
  };
  const summaryLength = values.achievementSummary?.trim().length ?? 0;

  return (
    <div className="space-y-6">
      <SaveStatus state={autosave.state} onSaveNow={() => void autosave.flush()} refusalText={(code) => (tRefusals.has(code) ? tRefusals(code, { reference: '', roles: '' }) : tRefusals('unexpected', { reference: '' }))} format={format} />
      {backup ? (
        <div role="status" className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-900">
          <span>{t('backupFound')}</span>
          <span className="flex gap-2">
            <Button
              type="button"
              size="sm"
              onClick={() => {
                reset({ ...backup, version: autosave.version() }, { keepDefaultValues: true });
                setBackup(null);
                void trigger();
              }}
            >
              {t('restoreBackup')}
            </Button>
            <Button
              type="button"
              size="sm"
              variant="secondary"
              onClick={() => {
                window.localStorage.removeItem(backupKey);
                setBackup(null);
              }}
            >
              {t('discardBackup')}
            </Button>
          </span>
        </div>
      ) : null}

      <form onSubmit={(e) => e.preventDefault()} noValidate className="space-y-6">
        <Field
          id="achievementSummary"
          label={t('summary')}
          hint={t('summaryHint', { min: props.summaryMin, count: summaryLength })}
          error={err('achievementSummary') ?? (summaryLength > 0 && summaryLength < props.summaryMin ? t('summaryShort', { min: props.summaryMin }) : null)}
        >
          <Textarea rows={8} {...fieldAria('achievementSummary', err('achievementSummary'), true)} {...register('achievementSummary')} />
        </Field>

        <FiguresEditor form={form} figures={figures} indicators={props.indicators} roundYear={props.roundYear} error={err} />

        {props.initiatives ? <InitiativesEditor form={form} nominationId={props.nominationId} registered={props.initiatives} /> : null}
      </form>

      <section aria-labelledby="editor-eligibility" className="space-y-2">
        <h2 id="editor-eligibility" className="text-lg font-semibold">
          {t('eligibility')}
        </h2>
        <p className="text-sm text-stone-600">{t('eligibilityHint')}</p>
        {eligibility ? <EligibilityPanel eligibility={eligibility} /> : null}
      </section>
    </div>
  );
}
