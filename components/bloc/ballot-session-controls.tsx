'use client';

import { useTranslations } from 'next-intl';
import { useRef, type ReactNode } from 'react';
import { castBlocBallotAction, closeBlocSessionAction, endorseFromBlocBallotAction, openBlocSessionAction, recordBlocLeadDecisionAction } from '@/app/(app)/bloc/ballot/actions';
import { Button } from '@/components/ui/button';
import { Textarea } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { BallotError, useBallotAction } from './ballot-action-hook';

interface Candidate {
  id: number;
  reference: string;
  name: string;
}

/** A button behind a native confirmation dialog (the pattern of the nomination action panel). */
function Confirmed({ label, question, onConfirm, pending, error, children, variant = 'primary' }: { label: string; question: string; onConfirm: (form: FormData) => void; pending: boolean; error: string | null; children?: ReactNode; variant?: 'primary' | 'secondary' }) {
  const t = useTranslations('blocBallot.session');
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <Button type="button" variant={variant} onClick={() => dialog.current?.showModal()}>
        {label}
      </Button>
      <dialog ref={dialog} aria-label={label} className="m-auto w-[min(34rem,calc(100vw-2rem))] rounded-lg p-0 shadow-xl backdrop:bg-black/40">
        <form
          className="space-y-4 p-5"
          onSubmit={(event) => {
            event.preventDefault();
            onConfirm(new FormData(event.currentTarget));
          }}
        >
          <h2 className="text-lg font-semibold">{label}</h2>
          <p className="text-sm text-stone-700">{question}</p>
          {children}
          <BallotError error={error} />
          <div className="flex justify-end gap-2">
            <Button type="button" variant="secondary" onClick={() => dialog.current?.close()}>
              {t('cancel')}
            </Button>
            <Button type="submit" disabled={pending}>
              {pending ? t('working') : t('confirm')}
            </Button>
          </div>
        </form>
      </dialog>
    </>
  );
}

export function BallotOpenButton({ sessionId }: { sessionId: number }) {
  const t = useTranslations('blocBallot.session');
  const { run, error, pending } = useBallotAction();
  return <Confirmed label={t('open')} question={t('openConfirm')} pending={pending} error={error} onConfirm={() => run(openBlocSessionAction, { sessionId })} />;
}

/** Closing: a paper session comes with its counted ballots per candidate; an electronic one counts itself. */
export function BallotCloseButton({ sessionId, paper, candidates }: { sessionId: number; paper: boolean; candidates: Candidate[] }) {
  const t = useTranslations('blocBallot.session');
  const { run, error, pending } = useBallotAction();
  const confirm = (form: FormData) => {
    const paperTallies = paper ? candidates.map((c) => ({ nominationId: c.id, votesFor: Number(form.get(`for-${c.id}`)), votesAgainst: Number(form.get(`against-${c.id}`)) })) : undefined;
    run(closeBlocSessionAction, { sessionId, ...(paperTallies ? { paperTallies } : {}) });
  };
  return (
    <Confirmed label={t('close')} question={t('closeConfirm')} pending={pending} error={error} onConfirm={confirm}>
      {paper ? (
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium">{t('paperIntro')}</legend>
          {candidates.map((c) => (
            <div key={c.id} className="grid grid-cols-[1fr_5rem_5rem] items-end gap-2 text-sm">
              <span>
                <span className="font-mono text-stone-600">{c.reference}</span> {c.name}
              </span>
              <label className="space-y-1">
                <span className="block text-xs text-stone-600">{t('votesFor')}</span>
                <Input name={`for-${c.id}`} type="number" min={0} required inputMode="numeric" />
              </label>
              <label className="space-y-1">
                <span className="block text-xs text-stone-600">{t('votesAgainst')}</span>
                <Input name={`against-${c.id}`} type="number" min={0} required inputMode="numeric" />
              </label>
            </div>
          ))}
        </fieldset>
      ) : null}
    </Confirmed>
  );
}

/** The present unit head's secret ballot: for or against every candidate. */
export function BallotCastForm({ sessionId, candidates }: { sessionId: number; candidates: Candidate[] }) {
  const t = useTranslations('blocBallot.session');
  const { run, error, pending } = useBallotAction();
  return (
    <form
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        run(castBlocBallotAction, { sessionId, choices: candidates.map((c) => ({ nominationId: c.id, approve: form.get(`choice-${c.id}`) === 'for' })) });
      }}
    >
      <p className="text-sm text-stone-700">{t('castIntro')}</p>
      {candidates.map((c) => (
        <fieldset key={c.id} className="flex flex-wrap items-center gap-4 rounded-md border border-stone-200 p-2 text-sm">
          <legend className="sr-only">{c.reference}</legend>
          <span className="min-w-0 flex-1">
            <span className="font-mono text-stone-600">{c.reference}</span> {c.name}
          </span>
          <label className="flex items-center gap-1">
            <input type="radio" name={`choice-${c.id}`} value="for" required className="size-4 accent-brand-700" />
            {t('approve')}
          </label>
          <label className="flex items-center gap-1">
            <input type="radio" name={`choice-${c.id}`} value="against" className="size-4 accent-brand-700" />
            {t('reject')}
          </label>
        </fieldset>
      ))}
      <BallotError error={error} />
      <Button type="submit" disabled={pending}>
        {pending ? t('working') : t('cast')}
      </Button>
    </form>
  );
}

export function BallotEndorseButton({ nominationId, version, reference }: { nominationId: number; version: number; reference: string }) {
  const t = useTranslations('blocBallot.session');
  const { run, error, pending } = useBallotAction();
  return <Confirmed label={t('endorse')} question={t('endorseConfirm', { reference })} pending={pending} error={error} onConfirm={() => run(endorseFromBlocBallotAction, { nominationId, version })} />;
}

export function BallotDecisionButton({ sessionId, nominationId, reference }: { sessionId: number; nominationId: number; reference: string }) {
  const t = useTranslations('blocBallot.session');
  const { run, error, pending } = useBallotAction();
  const confirm = (form: FormData) => run(recordBlocLeadDecisionAction, { sessionId, nominationId, chosen: form.get('chosen') === 'yes', reason: String(form.get('reason') ?? '') });
  return (
    <Confirmed label={t('decide')} question={reference} pending={pending} error={error} onConfirm={confirm} variant="secondary">
      <fieldset className="flex gap-4 text-sm">
        <label className="flex items-center gap-1">
          <input type="radio" name="chosen" value="yes" required className="size-4 accent-brand-700" />
          {t('decisionChosen')}
        </label>
        <label className="flex items-center gap-1">
          <input type="radio" name="chosen" value="no" className="size-4 accent-brand-700" />
          {t('decisionNotChosen')}
        </label>
      </fieldset>
      <label className="block space-y-1 text-sm">
        <span className="block font-medium">{t('decisionReason')}</span>
        <Textarea name="reason" required minLength={10} maxLength={2000} rows={3} />
      </label>
    </Confirmed>
  );
}

export function BallotPrintButton({ label }: { label: string }) {
  return (
    <Button type="button" variant="secondary" onClick={() => window.print()}>
      {label}
    </Button>
  );
}
