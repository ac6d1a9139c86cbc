'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useId, useRef } from 'react';
import { closeCouncilSessionAction, openCouncilSessionAction } from '@/app/(app)/council/actions';
import { Button } from '@/components/ui/button';
import { CouncilError, useCouncilAction } from './council-action';

/** Opening and closing a session, each behind a confirmation that says what will happen (ux.md);
 * closing is irreversible and refused while an agenda item has no ballot. */
export function SessionControl({ kind, sessionId, unvoted }: { kind: 'open' | 'close'; sessionId: number; unvoted: number }) {
  const t = useTranslations('council.session');
  const tDialog = useTranslations('council.dialog');
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const { run, error, pending, clearError } = useCouncilAction();
  const action = kind === 'open' ? openCouncilSessionAction : closeCouncilSessionAction;

  return (
    <>
      <Button
        type="button"
        variant={kind === 'close' ? 'secondary' : 'primary'}
        onClick={() => {
          clearError();
          dialog.current?.showModal();
        }}
      >
        {t(kind)}
      </Button>
      <dialog ref={dialog} aria-labelledby={titleId} className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-lg p-0 shadow-xl backdrop:bg-black/40">
        <div className="space-y-4 p-5">
          <h2 id={titleId} className="text-lg font-semibold">
            {t(`${kind}Title`)}
          </h2>
          <p className="text-sm text-stone-700">{t(`${kind}Text`)}</p>
          {kind === 'close' && unvoted > 0 ? <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">{t('closeUnvoted', { count: unvoted })}</p> : null}
          <CouncilError error={error} />
          <div className="flex justify-end gap-2">
            <Button type="button" variant="secondary" onClick={() => dialog.current?.close()}>
              {tDialog('cancel')}
            </Button>
            <Button
              type="button"
              disabled={pending}
              onClick={() =>
                run(action, { sessionId }, t(kind === 'open' ? 'opened' : 'closed'), () => {
                  dialog.current?.close();
                  router.refresh();
                })
              }
            >
              {pending ? tDialog('working') : tDialog('confirm')}
            </Button>
          </div>
        </div>
      </dialog>
    </>
  );
}
