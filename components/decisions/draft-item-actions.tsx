'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { toast } from 'sonner';
import { declineDecisionItemAction, removeDecisionItemAction } from '@/app/(app)/decisions/actions';
import { Button } from '@/components/ui/button';
import { Field, Textarea, fieldAria } from '@/components/ui/field';
import { ActionDialog } from './action-dialog';
import { refusalText } from './refusal-text';

/** On a draft's item: take it out of the draft (it stays awaiting a decision), or decline it (the
 * `reject` transition, with its reason, behind a confirmation: irreversible). */
export function DraftItemActions({ decisionId, nominationId, version, reference, name, canDecline }: { decisionId: number; nominationId: number; version: number; reference: string; name: string; canDecline: boolean }) {
  const t = useTranslations('decisions.page');
  const tRefusals = useTranslations('refusals');
  const router = useRouter();
  const [key, setKey] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const remove = () =>
    startTransition(async () => {
      const result = await removeDecisionItemAction({ decisionId, nominationId });
      if (!result.ok) {
        setRemoveError(refusalText(tRefusals, result));
        return;
      }
      setRemoveError(null);
      toast.success(t('removed', { name }));
      router.refresh();
    });

  const decline = (close: () => void) =>
    startTransition(async () => {
      const result = await declineDecisionItemAction({ decisionId, nominationId, version, reason, idempotencyKey: key });
      if (!result.ok) {
        setError(result.fieldErrors?.reason ? t('reasonHint') : refusalText(tRefusals, result));
        return;
      }
      close();
      toast.success(t('declined', { name }));
      router.refresh();
    });

  const reasonId = `decline-reason-${nominationId}`;
  return (
    <div className="flex flex-wrap gap-2">
      <Button type="button" variant="secondary" size="sm" disabled={pending} onClick={remove} aria-label={t('removeLabel', { name })}>
        {t('remove')}
      </Button>
      {canDecline ? (
        <ActionDialog
          label={t('decline')}
          ariaLabel={t('declineLabel', { name })}
          title={t('declineTitle', { name })}
          variant="secondary"
          size="sm"
          onOpen={() => {
            // A new key per opened form: resending the same form changes state once (S11).
            setKey(crypto.randomUUID());
            setError(null);
          }}
        >
          {(close) => (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                decline(close);
              }}
              className="space-y-4"
            >
              <p className="text-sm text-stone-700">{t('declineText', { reference })}</p>
              <Field id={reasonId} label={t('reason')} hint={t('reasonHint')}>
                <Textarea name="reason" rows={3} maxLength={2000} required value={reason} onChange={(e) => setReason(e.target.value)} {...fieldAria(reasonId, null, true)} />
              </Field>
              {error ? (
                <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
                  {error}
                </p>
              ) : null}
              <div className="flex justify-end gap-2">
                <Button type="button" variant="secondary" onClick={close}>
                  {t('cancel')}
                </Button>
                <Button type="submit" disabled={pending}>
                  {pending ? t('working') : t('confirm')}
                </Button>
              </div>
            </form>
          )}
        </ActionDialog>
      ) : null}
      {removeError ? (
        <p role="alert" className="basis-full text-sm text-red-700">
          {removeError}
        </p>
      ) : null}
    </div>
  );
}
