'use client';

import { useTranslations } from 'next-intl';
import { useId, useRef, type FormEventHandler, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';

/** A button that opens a dialog holding a short form; the dialog says what will happen, and its
 * confirm button sends the form (ux.md: irreversible steps are confirmed). Native <dialog>: focus is
 * kept inside and Escape closes it. */
export function ProposalDialog({
  openLabel,
  openAriaLabel,
  title,
  intro,
  children,
  error,
  pending,
  confirmLabel,
  onOpen,
  onSubmit,
  dialogRef,
}: {
  openLabel: string;
  openAriaLabel?: string;
  title: string;
  intro: ReactNode;
  children: ReactNode;
  error: string | null;
  pending: boolean;
  confirmLabel: string;
  onOpen?: () => void;
  onSubmit: FormEventHandler<HTMLFormElement>;
  dialogRef?: React.RefObject<HTMLDialogElement | null>;
}) {
  const t = useTranslations('proposals.dialog');
  const own = useRef<HTMLDialogElement>(null);
  const dialog = dialogRef ?? own;
  const titleId = useId();
  return (
    <>
      <Button
        type="button"
        size="sm"
        aria-label={openAriaLabel}
        onClick={() => {
          onOpen?.();
          dialog.current?.showModal();
        }}
      >
        {openLabel}
      </Button>
      <dialog ref={dialog} aria-labelledby={titleId} className="m-auto w-[min(36rem,calc(100vw-1.5rem))] rounded-lg p-0 shadow-xl backdrop:bg-black/40">
        <form onSubmit={onSubmit} noValidate className="space-y-4 p-5">
          <h2 id={titleId} className="text-lg font-semibold text-stone-900">
            {title}
          </h2>
          <div className="text-sm text-stone-700">{intro}</div>
          {children}
          {error ? (
            <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
              {error}
            </p>
          ) : null}
          <div className="flex flex-wrap justify-end gap-2">
            <Button type="button" variant="secondary" onClick={() => dialog.current?.close()}>
              {t('cancel')}
            </Button>
            <Button type="submit" disabled={pending}>
              {pending ? t('working') : confirmLabel}
            </Button>
          </div>
        </form>
      </dialog>
    </>
  );
}

type Translate = { has: (key: string) => boolean; (key: string, values?: Record<string, string | number>): string };

/** The text of a refusal, with the parameters every refusal message may name filled in; a role the
 * refusal names arrives as its code and is read as its name. */
export function refusalText(t: Translate, tRoles: Translate, result: { formError: string; params?: Record<string, string | number>; reference?: string }): string {
  const params: Record<string, string | number> = { roles: '', number: '', year: '', reference: result.reference ?? '', ...result.params };
  if (typeof params.roles === 'string' && tRoles.has(params.roles)) params.roles = tRoles(params.roles);
  return t.has(result.formError) ? t(result.formError, params) : t('unexpected', params);
}
