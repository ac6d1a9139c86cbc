'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useRef, useState, useTransition } from 'react';
import { toast } from 'sonner';
import { createDecisionDraftAction } from '@/app/(app)/decisions/actions';
import { Button } from '@/components/ui/button';
import { ZDecisionDraft } from '@/lib/validation/decision';
import { HeaderFields, readHeader, type HeaderValues } from './header-fields';
import { refusalText } from './refusal-text';

export interface CandidateGroup {
  awardCode: string;
  award: string;
  items: { id: number; version: number; reference: string; nominee: string; proposingUnit: string }[];
}

/** The approver picks nominations awaiting a decision, grouped by award, and gives the decision's
 * header; the draft is saved and opened for review. */
export function DecisionDraftForm({ groups, defaults }: { groups: CandidateGroup[]; defaults: HeaderValues }) {
  const t = useTranslations('decisions.new');
  const tErrors = useTranslations('decisions.errors');
  const tRefusals = useTranslations('refusals');
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [key] = useState(() => crypto.randomUUID());
  const [selected, setSelected] = useState<number[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const all = groups.flatMap((g) => g.items);

  const toggle = (ids: number[], on: boolean) => setSelected((s) => (on ? [...new Set([...s, ...ids])] : s.filter((x) => !ids.includes(x))));

  const submit = () => {
    const input = {
      idempotencyKey: key,
      ...readHeader(form.current!),
      nominations: all.filter((c) => selected.includes(c.id)).map((c) => ({ id: c.id, version: c.version })),
    };
    const parsed = ZDecisionDraft.safeParse(input);
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])));
      setFormError(null);
      return;
    }
    setErrors({});
    setFormError(null);
    startTransition(async () => {
      const result = await createDecisionDraftAction(parsed.data);
      if (!result.ok) {
        setErrors(result.fieldErrors ? Object.fromEntries(Object.entries(result.fieldErrors).map(([k, v]) => [k.split('.')[0]!, v])) : {});
        setFormError(refusalText(tRefusals, result));
        return;
      }
      toast.success(t('saved', { number: result.data.number }));
      router.push(`/decisions/${result.data.decisionId}`);
    });
  };

  return (
    <form
      ref={form}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      className="space-y-6"
    >
      <fieldset className="space-y-3" aria-describedby={errors.nominations ? 'candidates-error' : undefined}>
        <legend className="text-base font-semibold text-stone-900">{t('candidates')}</legend>
        {groups.map((group) => {
          const ids = group.items.map((i) => i.id);
          const allOn = ids.every((id) => selected.includes(id));
          return (
            <div key={group.awardCode} className="overflow-hidden rounded-lg border border-stone-200 bg-white">
              <label className="flex items-center gap-3 bg-gold-50 px-4 py-2 text-sm font-semibold text-gold-700">
                <input type="checkbox" className="size-4 accent-brand-700" checked={allOn} onChange={(e) => toggle(ids, e.target.checked)} aria-label={t('selectGroup', { award: group.award })} />
                <span>
                  {group.award} ({group.items.length})
                </span>
              </label>
              <ul className="divide-y divide-stone-100">
                {group.items.map((c) => (
                  <li key={c.id}>
                    <label className="flex items-start gap-3 px-4 py-2 text-sm hover:bg-stone-50">
                      <input type="checkbox" className="mt-1 size-4 accent-brand-700" checked={selected.includes(c.id)} onChange={(e) => toggle([c.id], e.target.checked)} />
                      <span>
                        <span className="block font-medium text-stone-900">{c.nominee}</span>
                        <span className="block text-stone-600">
                          <span className="font-mono text-xs">{c.reference}</span> · {c.proposingUnit}
                        </span>
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
        <p className="text-sm text-stone-700" aria-live="polite">
          {t('selected', { count: selected.length })}
        </p>
        {errors.nominations ? (
          <p id="candidates-error" className="text-sm text-red-700">
            {tErrors('choose')}
          </p>
        ) : null}
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="text-base font-semibold text-stone-900">{t('header')}</legend>
        <HeaderFields idPrefix="draft" values={defaults} errors={errors} />
      </fieldset>
      {formError ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {formError}
        </p>
      ) : null}
      <Button type="submit" disabled={pending}>
        {t('submit')}
      </Button>
    </form>
  );
}
