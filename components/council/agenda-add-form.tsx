'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { addCouncilAgendaAction } from '@/app/(app)/council/actions';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/card';
import { CouncilError, useCouncilAction } from './council-action';

export interface CandidateRow {
  id: number;
  reference: string;
  nomineeVi: string;
  nomineeEn: string;
  unitVi: string;
  unitEn: string;
  awardTypeId: number;
  awardVi: string;
  awardEn: string;
}

/** The nominations forwarded to the council and on no open agenda, grouped by award; the ticked ones
 * join the agenda after the items already there. */
export function AgendaAddForm({ sessionId, candidates }: { sessionId: number; candidates: CandidateRow[] }) {
  const t = useTranslations('council.add');
  const locale = useLocale();
  const pick = (vi: string, en: string) => (locale === 'vi' ? vi : en);
  const router = useRouter();
  const { run, error, pending } = useCouncilAction();
  const [chosen, setChosen] = useState<number[]>([]);
  if (candidates.length === 0) return <EmptyState>{t('empty')}</EmptyState>;
  const groups = [...new Set(candidates.map((c) => c.awardTypeId))].map((awardTypeId) => candidates.filter((c) => c.awardTypeId === awardTypeId));

  return (
    <form
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        run(addCouncilAgendaAction, { sessionId, nominationIds: chosen }, t('added', { count: chosen.length }), () => {
          setChosen([]);
          router.refresh();
        });
      }}
    >
      {groups.map((group) => (
        <fieldset key={group[0]!.awardTypeId} className="space-y-1">
          <legend className="text-sm font-semibold text-stone-800">{pick(group[0]!.awardVi, group[0]!.awardEn)}</legend>
          <ul className="space-y-1">
            {group.map((c) => (
              <li key={c.id}>
                <label className="flex flex-wrap items-center gap-x-3 gap-y-0.5 rounded-md border border-stone-200 px-3 py-2 text-sm hover:bg-stone-50">
                  <input
                    type="checkbox"
                    name="nominationId"
                    value={c.id}
                    checked={chosen.includes(c.id)}
                    onChange={(e) => setChosen((prev) => (e.target.checked ? [...prev, c.id] : prev.filter((id) => id !== c.id)))}
                    className="size-4 accent-brand-700"
                  />
                  <span className="font-mono text-stone-600">{c.reference}</span>
                  <span className="font-medium">{pick(c.nomineeVi, c.nomineeEn)}</span>
                  <span className="text-stone-600">{pick(c.unitVi, c.unitEn)}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ))}
      <CouncilError error={error} />
      <Button type="submit" disabled={pending || chosen.length === 0}>
        {t('submit', { count: chosen.length })}
      </Button>
    </form>
  );
}
