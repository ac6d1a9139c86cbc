'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { createBlocSessionAction } from '@/app/(app)/bloc/ballot/actions';
import { Button } from '@/components/ui/button';
import { Field, Select } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { BallotError, useBallotAction } from './ballot-action-hook';

interface Named {
  nameVi: string;
  nameEn: string;
}

interface Props {
  termId: number;
  today: string;
  members: (Named & { unitId: number })[];
  candidates: { id: number; reference: string; nomineeVi: string; nomineeEn: string; awardVi: string; awardEn: string }[];
}

/** The lead calls a session: date, mode, who is present, and the candidates in order. The order
 * defaults to the reference order; the scoreboard's rank can be typed in as positions. */
export function BallotNewSessionForm({ termId, today, members, candidates }: Props) {
  const t = useTranslations('blocBallot');
  const locale = useLocale();
  const router = useRouter();
  const pick = (n: Named) => (locale === 'vi' ? n.nameVi : n.nameEn);
  const { run, error, pending } = useBallotAction();
  const [positions, setPositions] = useState<Record<number, string>>(() => Object.fromEntries(candidates.map((c, i) => [c.id, String(i + 1)])));

  const submit = (form: FormData) => {
    const presentUnitIds = form.getAll('present').map(Number);
    const chosen = form.getAll('candidate').map(Number);
    const candidateIds = [...chosen].sort((a, b) => Number(positions[a] ?? 0) - Number(positions[b] ?? 0) || a - b);
    run(
      createBlocSessionAction,
      { blocTermId: termId, mode: form.get('mode'), heldOn: form.get('heldOn'), presentUnitIds, candidateIds },
      (data) => router.push(`/bloc/ballot/${(data as { sessionId: number }).sessionId}`),
    );
  };

  return (
    <form
      className="space-y-5"
      onSubmit={(event) => {
        event.preventDefault();
        submit(new FormData(event.currentTarget));
      }}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="heldOn" label={t('form.heldOn')}>
          <Input id="heldOn" name="heldOn" type="date" required defaultValue={today} />
        </Field>
        <Field id="mode" label={t('form.mode')}>
          <Select id="mode" name="mode" defaultValue="electronic">
            <option value="electronic">{t('mode.electronic')}</option>
            <option value="paper">{t('mode.paper')}</option>
          </Select>
        </Field>
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-stone-800">{t('form.attendance')}</legend>
        <p className="text-xs text-stone-600">{t('form.attendanceHint')}</p>
        <div className="grid gap-1 sm:grid-cols-2">
          {members.map((m) => (
            <label key={m.unitId} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="present" value={m.unitId} defaultChecked className="size-4 accent-brand-700" />
              {pick(m)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-stone-800">{t('form.candidates')}</legend>
        <p className="text-xs text-stone-600">{t('form.candidatesHint')}</p>
        {candidates.length === 0 ? <p className="text-sm text-stone-600">{t('form.noCandidates')}</p> : null}
        <ul className="space-y-2">
          {candidates.map((c) => (
            <li key={c.id} className="flex flex-wrap items-center gap-3 rounded-md border border-stone-200 p-2 text-sm">
              <input type="checkbox" name="candidate" value={c.id} defaultChecked aria-label={c.reference} className="size-4 accent-brand-700" />
              <label className="flex items-center gap-1">
                <span className="text-stone-600">{t('form.position')}</span>
                <Input
                  type="number"
                  min={1}
                  className="h-8 w-16"
                  value={positions[c.id] ?? ''}
                  onChange={(e) => setPositions((p) => ({ ...p, [c.id]: e.target.value }))}
                />
              </label>
              <span className="font-mono text-stone-600">{c.reference}</span>
              <span className="font-medium">{locale === 'vi' ? c.nomineeVi : c.nomineeEn}</span>
              <span className="text-stone-600">{locale === 'vi' ? c.awardVi : c.awardEn}</span>
            </li>
          ))}
        </ul>
      </fieldset>
      <BallotError error={error} />
      <Button type="submit" disabled={pending || candidates.length === 0}>
        {t('form.submit')}
      </Button>
    </form>
  );
}
