'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { toast } from 'sonner';
import { discardDecisionDraftAction, issueDecisionDraftAction } from '@/app/(app)/decisions/actions';
import { Button } from '@/components/ui/button';
import { ActionDialog } from './action-dialog';
import { refusalText } from './refusal-text';

/** Issuing a draft (behind a confirmation that says everything that will happen) and discarding it. */
export function DraftControls({
  decisionId,
  number,
  fingerprint,
  canIssue,
  summary,
}: {
  decisionId: number;
  number: string;
  fingerprint: string;
  canIssue: boolean;
  /** The confirmation's words, formatted by the page: date, signer, count, total. */
  summary: { date: string; signer: string; count: number; total: string };
}) {
  const t = useTranslations('decisions.page');
  const tRefusals = useTranslations('refusals');
  const router = useRouter();
  const [key, setKey] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const issue = (close: () => void) =>
    startTransition(async () => {
      const result = await issueDecisionDraftAction({ decisionId, fingerprint, idempotencyKey: key });
      if (!result.ok) {
        setError(refusalText(tRefusals, result));
        return;
      }
      close();
      toast.success(t('issued', { number: result.data.number }));
      router.refresh();
    });

  const discard = (close: () => void) =>
    startTransition(async () => {
      const result = await discardDecisionDraftAction({ decisionId });
      if (!result.ok) {
        setError(refusalText(tRefusals, result));
        return;
      }
      close();
      toast.success(t('discarded', { number }));
      router.push('/decisions');
    });

  const reset = () => {
    setKey(crypto.randomUUID());
    setError(null);
  };
  const alert = error ? (
    <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
      {error}
    </p>
  ) : null;

  return (
    <div className="flex flex-wrap gap-2">
      {canIssue ? (
        <ActionDialog label={t('issue')} title={t('issueTitle', { number })} onOpen={reset}>
          {(close) => (
            <div className="space-y-4">
              <p className="text-sm text-stone-700">{t('issueText', { number, ...summary })}</p>
              <p className="text-sm text-stone-700">{t('issueText2')}</p>
              {alert}
              <div className="flex justify-end gap-2">
                <Button type="button" variant="secondary" onClick={close}>
                  {t('cancel')}
                </Button>
                <Button type="button" disabled={pending} onClick={() => issue(close)}>
                  {pending ? t('working') : t('confirm')}
                </Button>
              </div>
            </div>
          )}
        </ActionDialog>
      ) : null}
      <ActionDialog label={t('discard')} title={t('discardTitle', { number })} variant="secondary" onOpen={reset}>
        {(close) => (
          <div className="space-y-4">
            <p className="text-sm text-stone-700">{t('discardText', { number })}</p>
            {alert}
            <div className="flex justify-end gap-2">
              <Button type="button" variant="secondary" onClick={close}>
                {t('cancel')}
              </Button>
              <Button type="button" disabled={pending} onClick={() => discard(close)}>
                {pending ? t('working') : t('confirm')}
              </Button>
            </div>
          </div>
        )}
      </ActionDialog>
    </div>
  );
}
