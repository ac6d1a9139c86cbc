'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useId, useRef, useState, useTransition } from 'react';
import { toast } from 'sonner';
import { closePublicNoticeAction } from '@/app/(app)/notices/actions';
import { Button } from '@/components/ui/button';
import { useRefusalText } from './use-refusal-text';

/** Closing the notice, behind a confirmation that says what will happen: every candidate still in
 * the notice moves on to the decision, and the notice takes no more comments. Irreversible. */
export function CloseNoticeButton({ noticeId, candidates }: { noticeId: number; candidates: { nominationId: number; version: number }[] }) {
  const t = useTranslations('notices.close');
  const refusalText = useRefusalText();
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const textId = useId();
  const [key, setKey] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();

  const open = () => {
    setError(null);
    // A new key per opened dialog: sending the same confirmation twice closes once (S11).
    setKey(crypto.randomUUID());
    dialog.current?.showModal();
  };

  const confirm = () =>
    start(async () => {
      const result = await closePublicNoticeAction({ noticeId, idempotencyKey: key, candidates });
      if (!result.ok) {
        setError(refusalText(result));
        return;
      }
      dialog.current?.close();
      toast.success(t('done', { count: result.data.moved.length }));
      router.refresh();
    });

  return (
    <>
      <Button type="button" onClick={open}>
        {t('button')}
      </Button>
      <dialog ref={dialog} aria-labelledby={titleId} aria-describedby={textId} className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-lg p-0 shadow-xl backdrop:bg-black/40">
        <div className="space-y-4 p-5">
          <h2 id={titleId} className="text-lg font-semibold">
            {t('title')}
          </h2>
          <p id={textId} className="text-sm text-stone-700">
            {t('text', { count: candidates.length })}
          </p>
          {error ? (
            <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
              {error}
            </p>
          ) : null}
          <div className="flex justify-end gap-2">
            <Button type="button" variant="secondary" onClick={() => dialog.current?.close()}>
              {t('cancel')}
            </Button>
            <Button type="button" disabled={pending || !key} onClick={confirm}>
              {pending ? t('working') : t('confirm')}
            </Button>
          </div>
        </div>
      </dialog>
    </>
  );
}
