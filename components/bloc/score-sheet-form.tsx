'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useFormatter, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { saveScoreSheetAction } from '@/app/(app)/bloc/actions';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Table, Td, Th } from '@/components/ui/table';
import { ScoreEvidenceList, ScoreEvidenceUpload, type EvidenceItem } from './score-evidence';
import { ZScoreSheet, type ScoreAs, type ScoreSheetFormInput, type ScoreSheetInput } from '@/lib/validation/bloc';

export interface SheetRow {
  criterionId: number;
  number: string;
  title: string;
  kind: 'criterion' | 'bonus' | 'deduction';
  maxPoints: number;
  suggestion: { points: number; target: number | null; result: number } | null;
  points: number | null;
  note: string | null;
  /** The files this scorer attached to the row. */
  evidence: EvidenceItem[];
}

/** One scorer's sheet for one member: points (0..max) and a note per criterion; the points a
 * target or linear row computes from the member's year-end figure are offered as a suggestion. */
export function ScoreSheetForm({ termId, scoredUnitId, scorerKind, title, rows, evidenceMaxMb = 20 }: { termId: number; scoredUnitId: number; scorerKind: ScoreAs; title: string; rows: SheetRow[]; evidenceMaxMb?: number }) {
  const t = useTranslations('bloc');
  const tRefusals = useTranslations('refusals');
  const format = useFormatter();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const n = (x: number) => format.number(x, { maximumFractionDigits: 2 });
  const { register, handleSubmit, setValue, setError, formState } = useForm<ScoreSheetFormInput, unknown, ScoreSheetInput>({
    resolver: zodResolver(ZScoreSheet),
    defaultValues: {
      termId,
      scoredUnitId,
      scorerKind,
      entries: rows.map((r) => ({ criterionId: r.criterionId, points: r.points === null ? '' : String(r.points), comment: r.note ?? '' })),
    },
  });

  const submit = handleSubmit((data) => {
    // The maximum is checked here to name the row at once; the server checks it again.
    let over = false;
    data.entries.forEach((entry, i) => {
      const max = rows[i]!.maxPoints;
      if (entry.points !== null && Number(entry.points) > max) {
        over = true;
        setError(`entries.${i}.points`, { message: t('errors.overMax', { max: n(max) }) });
      }
    });
    if (over) return;
    setFormError(null);
    startTransition(async () => {
      const result = await saveScoreSheetAction(data);
      if (!result.ok) {
        const params = { roles: '', max: 0, criterion: '', reference: result.reference ?? '', ...result.params };
        setFormError(tRefusals.has(result.formError) ? tRefusals(result.formError, params) : tRefusals('unexpected', params));
        return;
      }
      toast.success(t('scoring.saved', { count: result.data.saved }));
      router.refresh();
    });
  });

  const prefix = `sheet-${scorerKind}`;
  return (
    <form onSubmit={submit} noValidate className="space-y-3">
      <Table aria-label={title}>
        <thead>
          <tr>
            <Th className="w-14">{t('columns.number')}</Th>
            <Th>{t('columns.criterion')}</Th>
            <Th className="text-right">{t('columns.maxPoints')}</Th>
            <Th>{t('columns.suggestion')}</Th>
            <Th className="w-32">{t('columns.points')}</Th>
            <Th>{scorerKind === 'self' ? t('columns.evidenceNote') : t('columns.comment')}</Th>
            <Th>{t('evidence.files')}</Th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => {
            const error = formState.errors.entries?.[i]?.points?.message;
            const message = error ? (t.has(`errors.${error}`) ? t(`errors.${error}`) : error) : null;
            const pointsId = `${prefix}-${r.criterionId}-points`;
            return (
              <tr key={r.criterionId}>
                <Td className="tabular-nums">{r.number}</Td>
                <Td>
                  <label htmlFor={pointsId}>{r.title}</label>
                  {r.kind !== 'criterion' ? <span className="block text-xs text-stone-600">{t(`kinds.${r.kind}`)}</span> : null}
                </Td>
                <Td className="text-right tabular-nums">{n(r.maxPoints)}</Td>
                <Td className="text-sm">
                  {r.suggestion ? (
                    <span className="flex flex-wrap items-center gap-2">
                      <span className="tabular-nums">
                        {t('scoring.suggestion', { points: n(r.suggestion.points), result: n(r.suggestion.result), target: r.suggestion.target === null ? '—' : n(r.suggestion.target) })}
                      </span>
                      <Button type="button" variant="ghost" size="sm" onClick={() => setValue(`entries.${i}.points`, String(r.suggestion!.points), { shouldDirty: true })}>
                        {t('scoring.useSuggestion')}
                      </Button>
                    </span>
                  ) : (
                    <span className="text-stone-500">—</span>
                  )}
                </Td>
                <Td>
                  <Input id={pointsId} inputMode="decimal" className="tabular-nums" aria-invalid={message ? true : undefined} aria-describedby={`${pointsId}-error`} {...register(`entries.${i}.points`)} />
                  <p id={`${pointsId}-error`} className="text-xs text-red-700 empty:hidden">
                    {message ?? ''}
                  </p>
                </Td>
                <Td>
                  <Input aria-label={`${scorerKind === 'self' ? t('columns.evidenceNote') : t('columns.comment')} ${r.number}`} {...register(`entries.${i}.comment`)} />
                </Td>
                <Td className="min-w-48">
                  <ScoreEvidenceList files={r.evidence} canRemove maxMb={evidenceMaxMb} />
                  <ScoreEvidenceUpload
                    termId={termId}
                    criterionId={r.criterionId}
                    scoredUnitId={scoredUnitId}
                    scorerKind={scorerKind}
                    label={t('evidence.attachLabel', { number: r.number, criterion: r.title })}
                    maxMb={evidenceMaxMb}
                  />
                </Td>
              </tr>
            );
          })}
        </tbody>
      </Table>
      <div className="flex flex-wrap items-center justify-between gap-2 px-4 pb-3">
        <p className="text-xs text-stone-600">{t('scoring.emptyHint')}</p>
        <Button type="submit" disabled={pending}>
          {pending ? t('dialog.working') : t('scoring.save')}
        </Button>
      </div>
      {formError ? (
        <p role="alert" className="mx-4 mb-3 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {formError}
        </p>
      ) : null}
    </form>
  );
}
