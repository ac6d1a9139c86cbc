'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { toast } from 'sonner';

type Result = { ok: true; data: unknown } | { ok: false; formError: string; params?: Record<string, string | number>; reference?: string };

/** Runs one ballot action with a fresh idempotency key per attempt, shows the refusal in the person's
 * language (U5), and refreshes the page on success. */
export function useBallotAction() {
  const tRefusals = useTranslations('refusals');
  const t = useTranslations('blocBallot.session');
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const run = (action: (input: unknown) => Promise<Result>, input: Record<string, unknown>, onDone?: (data: unknown) => void) => {
    setError(null);
    startTransition(async () => {
      const result = await action({ ...input, idempotencyKey: crypto.randomUUID() });
      if (!result.ok) {
        const params = { roles: '', max: 2, quota: 0, votesFor: 0, membersTotal: 0, reference: result.reference ?? '', ...result.params };
        setError(tRefusals.has(result.formError) ? tRefusals(result.formError, params) : tRefusals('unexpected', params));
        return;
      }
      toast.success(t('done'));
      if (onDone) onDone(result.data);
      else router.refresh();
    });
  };
  return { run, error, pending };
}

export function BallotError({ error }: { error: string | null }) {
  if (!error) return null;
  return (
    <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
      {error}
    </p>
  );
}
