'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { toast } from 'sonner';

export type CouncilResult = { ok: true; data: unknown } | { ok: false; formError: string; params?: Record<string, string | number>; reference?: string };

/** Every parameter a council refusal may name, so that a message never shows a raw placeholder. */
const PARAM_DEFAULTS = { roles: '', present: 0, membersTotal: 0, needed: 0, pct: 0, count: 0, reference: '', date: '', sessionId: 0, voters: 0, quota: 0, votesFor: 0 };

/** Runs one council action with a fresh idempotency key per attempt, shows the refusal in the person's
 * language (U5), confirms with a toast and refreshes the page on success. */
export function useCouncilAction() {
  const tRefusals = useTranslations('refusals');
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const run = (action: (input: unknown) => Promise<CouncilResult>, input: Record<string, unknown>, done: string, onDone?: (data: unknown) => void) => {
    setError(null);
    startTransition(async () => {
      const result = await action({ ...input, idempotencyKey: crypto.randomUUID() });
      if (!result.ok) {
        const params = { ...PARAM_DEFAULTS, reference: result.reference ?? '', ...result.params };
        setError(tRefusals.has(result.formError) ? tRefusals(result.formError, params) : tRefusals('unexpected', params));
        return;
      }
      toast.success(done);
      if (onDone) onDone(result.data);
      else router.refresh();
    });
  };
  return { run, error, pending, clearError: () => setError(null) };
}

export function CouncilError({ error }: { error: string | null }) {
  if (!error) return null;
  return (
    <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
      {error}
    </p>
  );
}
