'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useId, useRef, useState, useTransition } from 'react';
import { toast } from 'sonner';
import { acceptAgreementAction, closeScoringAction } from '@/app/(app)/bloc/actions';
import { Button } from '@/components/ui/button';

type Result = { ok: true } | { ok: false; formError: string; params?: Record<string, string | number>; reference?: string };

/** A one-click change behind a confirmation that says what will happen (ux.md): accepting the
 * agreement's current version, closing scoring. */
export function ConfirmButton({ kind, input, label, title, text, done }: { kind: 'accept' | 'close'; input: Record<string, number>; label: string; title: string; text: string; done: string }) {
  const t = useTranslations('bloc.dialog');
  const tRefusals = useTranslations('refusals');
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const confirm = () =>
    startTransition(async () => {
      const result = (await (kind === 'accept' ? acceptAgreementAction(input) : closeScoringAction(input))) as Result;
      if (!result.ok) {
        const params = { roles: '', max: 0, criterion: '', reference: result.reference ?? '', ...result.params };
        setError(tRefusals.has(result.formError) ? tRefusals(result.formError, params) : tRefusals('unexpected', params));
        return;
      }
      dialog.current?.close();
      toast.success(done);
      router.refresh();
    });

  return (
    <>
      <Button
        type="button"
        onClick={() => {
          setError(null);
          dialog.current?.showModal();
        }}
      >
        {label}
      </Button>
      <dialog ref={dialog} aria-labelledby={titleId} className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-lg p-0 shadow-xl backdrop:bg-black/40">
        <div className="space-y-4 p-5">
          <h2 id={titleId} className="text-lg font-semibold">
            {title}
          </h2>
          <p className="text-sm text-stone-700">{text}</p>
          {error ? (
            <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
              {error}
            </p>
          ) : null}
          <div className="flex justify-end gap-2">
            <Button type="button" variant="secondary" onClick={() => dialog.current?.close()}>
              {t('cancel')}
            </Button>
            <Button type="button" disabled={pending} onClick={confirm}>
              {pending ? t('working') : t('confirm')}
            </Button>
          </div>
        </div>
      </dialog>
    </>
  );
}
