'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useRef, useState, useTransition } from 'react';
import { toast } from 'sonner';
import { issueDecisionAction } from '@/app/(app)/decisions/actions';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';

export interface DecisionCandidate {
  id: number;
  version: number;
  reference: string;
  nominee: string;
  award: string;
}

interface Defaults {
  signedOn: string;
  signerName: string;
  signerTitleVi: string;
  signerTitleEn: string;
  legalBases: string;
}

/** The approver picks nominations awaiting a decision and issues one decision over all of them. */
export function DecisionForm({ candidates, defaults }: { candidates: DecisionCandidate[]; defaults: Defaults }) {
  const t = useTranslations('nominations.decision');
  const tDialog = useTranslations('nominations.dialog');
  const tRefusals = useTranslations('refusals');
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const [key] = useState(() => crypto.randomUUID());
  const [selected, setSelected] = useState<number[]>(candidates.map((c) => c.id));
  const [number, setNumber] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [pending, startTransition] = useTransition();

  const send = () => {
    const data = new FormData(form.current!);
    const input = {
      idempotencyKey: key,
      number: String(data.get('number') ?? ''),
      signedOn: String(data.get('signedOn') ?? ''),
      signerName: String(data.get('signerName') ?? ''),
      signerTitleVi: String(data.get('signerTitleVi') ?? ''),
      signerTitleEn: String(data.get('signerTitleEn') ?? ''),
      legalBases: String(data.get('legalBases') ?? ''),
      nominations: candidates.filter((c) => selected.includes(c.id)).map((c) => ({ id: c.id, version: c.version })),
    };
    startTransition(async () => {
      const result = await issueDecisionAction(input);
      dialog.current?.close();
      if (!result.ok) {
        setFieldErrors(result.fieldErrors ?? {});
        setError(tRefusals.has(result.formError) ? tRefusals(result.formError, { number: input.number, reference: result.reference ?? '', ...result.params }) : tRefusals('unexpected', { reference: result.reference ?? '' }));
        return;
      }
      toast.success(t('done', { number: result.data.number }));
      router.push('/');
    });
  };

  const fieldError = (name: string) => {
    const code = fieldErrors[name];
    return code ? (t.has(`errors.${code}`) ? t(`errors.${code}` as 'errors.required') : t('errors.required')) : null;
  };

  if (candidates.length === 0) return <p className="rounded-lg border border-stone-200 bg-white p-4">{t('none')}</p>;
  const text = (name: keyof Defaults | 'number', type = 'text') => (
    <label className="block space-y-1 text-sm">
      <span className="block font-medium">{t(name)}</span>
      <Input name={name} type={type} defaultValue={name === 'number' ? undefined : defaults[name]} onChange={name === 'number' ? (e) => setNumber(e.target.value) : undefined} required aria-invalid={fieldError(name) ? true : undefined} />
      {name === 'number' ? <span className="block text-xs text-stone-600">{t('numberHint')}</span> : null}
      {fieldError(name) ? <span className="block text-sm text-red-700">{fieldError(name)}</span> : null}
    </label>
  );

  return (
    <form
      ref={form}
      onSubmit={(e) => {
        e.preventDefault();
        setError(null);
        dialog.current?.showModal();
      }}
      className="space-y-5"
    >
      {error ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      ) : null}
      <fieldset className="space-y-2">
        <legend className="mb-1 text-sm font-semibold">{t('nominations')}</legend>
        {candidates.map((c) => (
          <label key={c.id} className="flex items-start gap-3 rounded-md border border-stone-200 bg-white px-3 py-2 text-sm">
            <input
              type="checkbox"
              className="mt-1 size-4 accent-brand-700"
              checked={selected.includes(c.id)}
              onChange={(e) => setSelected((s) => (e.target.checked ? [...s, c.id] : s.filter((x) => x !== c.id)))}
            />
            <span>
              <span className="block font-medium">{c.nominee}</span>
              <span className="block text-stone-600">
                <span className="font-mono text-xs">{c.reference}</span> · {c.award}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        {text('number')}
        {text('signedOn', 'date')}
        {text('signerName')}
        {text('signerTitleVi')}
        {text('signerTitleEn')}
      </div>
      <label className="block space-y-1 text-sm">
        <span className="block font-medium">{t('legalBases')}</span>
        <textarea name="legalBases" rows={4} defaultValue={defaults.legalBases} required className="w-full rounded-md border border-stone-300 p-2" />
      </label>
      <Button type="submit" disabled={pending || selected.length === 0}>
        {t('submit')}
      </Button>
      <dialog ref={dialog} aria-labelledby="decision-confirm" className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-lg p-5 shadow-xl backdrop:bg-black/40">
        <h2 id="decision-confirm" className="text-lg font-semibold">
          {t('submit')}
        </h2>
        <p className="mt-2 text-sm text-stone-700">{t('confirm', { number, count: selected.length })}</p>
        <div className="mt-4 flex justify-end gap-2">
          <Button type="button" variant="secondary" onClick={() => dialog.current?.close()}>
            {tDialog('cancel')}
          </Button>
          <Button type="button" disabled={pending} onClick={send}>
            {pending ? tDialog('working') : tDialog('confirm')}
          </Button>
        </div>
      </dialog>
    </form>
  );
}
