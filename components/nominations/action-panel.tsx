'use client';

import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useRef, useState, useTransition, type ReactNode } from 'react';
import { toast } from 'sonner';
import { endorseAction, revokeAction, simpleActionAction } from '@/app/(app)/nominations/actions';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { HOLD_KINDS } from '@/lib/domain/hold-kinds';
import type { WorkflowAction } from '@/lib/workflow/transitions';

export interface PanelAction {
  action: WorkflowAction;
  requiresReason: boolean;
  /** The label of where the nomination goes, for the confirmation. */
  toLabel: string;
  /** A line under the buttons that the button points to (e.g. "Return can be used once only"). */
  hint?: string;
  /** The reason field's label and hint where the action asks something particular of it. */
  reasonLabel?: string;
  reasonHint?: string;
  /** Taken on another page (a decision, a proposal upward): the panel says so and links there. */
  elsewhere?: { href: string; notice: string; link: string };
}

interface Props {
  nominationId: number;
  version: number;
  reference: string;
  statusLabel: string;
  actions: PanelAction[];
  /** A statement the person must tick before the action (e.g. submitting despite failed checks). */
  confirmations?: Partial<Record<WorkflowAction, { text: string; label: string }>>;
  /** What the dialog shows before confirming (e.g. what changed since the return). */
  details?: Partial<Record<WorkflowAction, ReactNode>>;
}

type Result = { ok: true; data: { to?: string; replayed?: boolean } } | { ok: false; formError: string; params?: Record<string, string | number>; reference?: string };

const NUMBER_FIELDS: Partial<Record<WorkflowAction, string[]>> = {
  endorse: ['membersTotal', 'votesFor', 'votesAgainst'],
};

/** Taken elsewhere than in this panel's dialog: the council's ballot is recorded in the session that
 * holds the nomination on its agenda, with the attendance of that session. */
const ELSEWHERE: readonly WorkflowAction[] = ['record_ballot'];

/** The actions this person may take now, each behind a confirmation that says what will happen and
 * asks for the reason where the table requires one (ux.md). */
export function ActionPanel({ nominationId, version, reference, statusLabel, actions, confirmations = {}, details = {} }: Props) {
  const t = useTranslations('nominations');
  const tActions = useTranslations('actions');
  const tRefusals = useTranslations('refusals');
  // What a revocation marks beyond the nomination: the decision's recipient and the public verification.
  const tRevoke = useTranslations('decisions');
  const tStatus = useTranslations('status');
  const tKinds = useTranslations('documentKinds');
  const tHold = useTranslations('appraisal');
  const tCouncil = useTranslations('council.panel');
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const [current, setCurrent] = useState<PanelAction | null>(null);
  const [key, setKey] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const open = (a: PanelAction) => {
    setCurrent(a);
    setError(null);
    // A new key per opened form: resending the same form changes state once (S11).
    setKey(crypto.randomUUID());
    dialog.current?.showModal();
  };

  const submit = (formData: FormData) => {
    if (!current) return;
    formData.set('nominationId', String(nominationId));
    formData.set('version', String(version));
    formData.set('idempotencyKey', key);
    const action = current.action;
    if (!['endorse', 'revoke'].includes(action)) formData.set('action', action);
    startTransition(async () => {
      const run = action === 'endorse' ? endorseAction : action === 'revoke' ? revokeAction : simpleActionAction;
      const result = (await run(formData)) as Result;
      if (!result.ok) {
        const params = { roles: '', kinds: '', checks: '', min: 0, deadline: '', votesFor: 0, membersTotal: 0, quota: 0, present: 0, needed: 0, closesOn: '', count: 0, number: '', reference: result.reference ?? '', ...result.params };
        // Document kinds arrive as codes: the person reads their names.
        if (typeof params.kinds === 'string' && params.kinds) params.kinds = params.kinds.split(',').map((k) => (tKinds.has(k) ? tKinds(k) : k)).join('; ');
        setError(tRefusals.has(result.formError) ? tRefusals(result.formError, params) : tRefusals('unexpected', params));
        return;
      }
      dialog.current?.close();
      const to = result.data.to && tStatus.has(result.data.to) ? tStatus(result.data.to) : '';
      toast.success(result.data.replayed ? t('dialog.replayed') : t('dialog.done', { action: tActions(action), reference, to }));
      router.refresh();
    });
  };

  if (actions.length === 0) return <p className="text-sm text-stone-600">{t('detail.noActions')}</p>;
  return (
    <>
      <div className="flex flex-wrap gap-2">
        {actions.some((a) => ELSEWHERE.includes(a.action)) ? (
          <div className="w-full space-y-2 rounded-md border border-stone-200 bg-stone-50 p-3 text-sm">
            <p className="text-stone-700">{tCouncil('notice')}</p>
            <Link href={`/council?nomination=${nominationId}`} className="inline-flex h-10 items-center rounded-md bg-brand-700 px-4 font-medium text-white hover:bg-brand-800">
              {tCouncil('link')}
            </Link>
          </div>
        ) : null}
        {actions
          .filter((a) => a.elsewhere)
          .map((a) => (
            <div key={a.action} className="w-full space-y-2 rounded-md border border-stone-200 bg-stone-50 p-3 text-sm">
              <p className="text-stone-700">{a.elsewhere!.notice}</p>
              <Link href={a.elsewhere!.href} className="inline-flex h-10 items-center rounded-md bg-brand-700 px-4 font-medium text-white hover:bg-brand-800">
                {a.elsewhere!.link}
              </Link>
            </div>
          ))}
        {actions.filter((a) => !ELSEWHERE.includes(a.action) && !a.elsewhere).map((a) => (
          <Button
            key={a.action}
            type="button"
            variant={['reject', 'decline', 'withdraw', 'revoke'].includes(a.action) ? 'secondary' : 'primary'}
            onClick={() => open(a)}
            aria-describedby={a.hint ? `action-hint-${a.action}` : undefined}
          >
            {tActions(a.action)}
          </Button>
        ))}
      </div>
      {actions.some((a) => a.hint) ? (
        <ul className="mt-2 space-y-0.5 text-sm text-stone-600">
          {actions
            .filter((a) => a.hint)
            .map((a) => (
              <li key={a.action} id={`action-hint-${a.action}`}>
                {a.hint}
              </li>
            ))}
        </ul>
      ) : null}
      <dialog ref={dialog} aria-labelledby="action-dialog-title" className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-lg p-0 shadow-xl backdrop:bg-black/40">
        {current ? (
          // Keyed by the opening: each dialog starts empty (a reason typed for one action never
          // carries over to the next), while a refused submit keeps what was typed.
          <form
            key={key}
            onSubmit={(event) => {
              // Not a form action: React resets a form after its action runs, and a refused form
              // must keep what the person typed.
              event.preventDefault();
              submit(new FormData(event.currentTarget));
            }}
            className="space-y-4 p-5"
          >
            <h2 id="action-dialog-title" className="text-lg font-semibold">
              {t('dialog.confirmTitle', { action: tActions(current.action) })}
            </h2>
            <p className="text-sm text-stone-700">{t('dialog.confirmText', { reference, from: statusLabel, to: current.toLabel })}</p>
            {details[current.action] ?? null}
            {confirmations[current.action] ? (
              <div className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
                <p>{confirmations[current.action]!.text}</p>
                <label className="flex items-start gap-2 font-medium">
                  <input type="checkbox" name="acknowledgeIneligible" value="true" required className="mt-0.5 size-4 accent-brand-700" />
                  {confirmations[current.action]!.label}
                </label>
              </div>
            ) : null}
            {NUMBER_FIELDS[current.action] ? (
              <fieldset className="grid grid-cols-2 gap-3">
                <legend className="col-span-2 mb-1 text-sm font-medium">{t('dialog.blocBallot')}</legend>
                {NUMBER_FIELDS[current.action]!.map((field) => (
                  <label key={field} className="space-y-1 text-sm">
                    <span className="block text-stone-700">{t(`dialog.${field}` as 'dialog.present')}</span>
                    <Input name={field} type="number" min={0} required inputMode="numeric" />
                  </label>
                ))}
              </fieldset>
            ) : null}
            {current.action === 'revoke' ? <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">{tRevoke('revokeNote')}</p> : null}
            {current.action === 'revoke' ? (
              <label className="block space-y-1 text-sm">
                <span className="block font-medium">{t('dialog.ground')}</span>
                <select name="ground" required className="h-10 w-full rounded-md border border-stone-300 bg-white px-3">
                  {(['false_achievements', 'forged_documents', 'unlawful_procedure'] as const).map((g) => (
                    <option key={g} value={g}>
                      {t(`dialog.grounds.${g}`)}
                    </option>
                  ))}
                </select>
              </label>
            ) : null}
            {current.action === 'hold' ? (
              <label className="block space-y-1 text-sm">
                <span className="block font-medium">{tHold('dialog.holdKind')}</span>
                <select name="holdKind" required defaultValue="" className="h-10 w-full rounded-md border border-stone-300 bg-white px-3">
                  <option value="" disabled>
                    {tHold('dialog.choose')}
                  </option>
                  {HOLD_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {tHold(`holdKinds.${k}`)}
                    </option>
                  ))}
                </select>
              </label>
            ) : null}
            {current.requiresReason || current.action === 'forward' ? (
              <label className="block space-y-1 text-sm">
                <span className="block font-medium">{current.reasonLabel ?? t('dialog.reason')}</span>
                <textarea name="reason" required={current.requiresReason} rows={3} maxLength={2000} className="w-full rounded-md border border-stone-300 p-2" aria-describedby="reason-hint" />
                <span id="reason-hint" className="block text-xs text-stone-600">
                  {current.reasonHint ?? t('dialog.reasonHint')}
                </span>
              </label>
            ) : null}
            {error ? (
              <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
                {error}
              </p>
            ) : null}
            <div className="flex justify-end gap-2">
              <Button type="button" variant="secondary" onClick={() => dialog.current?.close()}>
                {t('dialog.cancel')}
              </Button>
              <Button type="submit" disabled={pending}>
                {pending ? t('dialog.working') : t('dialog.confirm')}
              </Button>
            </div>
          </form>
        ) : null}
      </dialog>
    </>
  );
}
