'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useId, useRef, useState } from 'react';
import { recordCouncilBallotAction } from '@/app/(app)/council/actions';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { councilBallotOutcome, type AttendanceCount, type AwardVoteRule } from '@/lib/rules/council-ballot';
import { CouncilError, useCouncilAction } from './council-action';

interface Props {
  sessionId: number;
  nominationId: number;
  version: number;
  reference: string;
  nominee: string;
  award: AwardVoteRule & { requiresPublicNotice: boolean };
  council: AttendanceCount;
  standing: AttendanceCount;
  quorumMet: boolean;
}

/** The secretary types the votes for and against one agenda item; who was present and who voted in
 * writing come from the session's attendance. The confirmation previews the outcome with the rule the
 * data access layer records it with (lib/rules/council-ballot.ts); recording is irreversible. */
export function CouncilBallotForm({ sessionId, nominationId, version, reference, nominee, award, council, standing, quorumMet }: Props) {
  const t = useTranslations('council.ballot');
  const tDialog = useTranslations('council.dialog');
  const tStatus = useTranslations('status');
  const format = useFormatter();
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const uid = useId();
  const [votes, setVotes] = useState({ votesFor: '', votesAgainst: '' });
  const { run, error, pending, clearError } = useCouncilAction();
  const standingReview = award.reviewBody === 'standing_committee' || award.thresholdPct === null;
  const outcome = councilBallotOutcome(award, council, standing, { votesFor: Number(votes.votesFor || 0), votesAgainst: Number(votes.votesAgainst || 0) });
  const pct = (value: number | string) => format.number(Number(value) / 100, { style: 'percent', maximumFractionDigits: 1 });
  const voters = standingReview ? standing.present + standing.writtenVotes : council.present + council.writtenVotes;
  const to = award.requiresPublicNotice ? 'public_notice' : 'awaiting_decision';

  return (
    <form
      className="flex flex-wrap items-end gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        clearError();
        dialog.current?.showModal();
      }}
    >
      <label className="space-y-1 text-xs">
        <span className="block text-stone-700">{t(standingReview ? 'standingFor' : 'votesFor')}</span>
        <Input id={`${uid}-for`} className="h-9 w-24" type="number" min={0} max={voters} required inputMode="numeric" value={votes.votesFor} onChange={(e) => setVotes((v) => ({ ...v, votesFor: e.target.value }))} />
      </label>
      <label className="space-y-1 text-xs">
        <span className="block text-stone-700">{t(standingReview ? 'standingAgainst' : 'votesAgainst')}</span>
        <Input id={`${uid}-against`} className="h-9 w-24" type="number" min={0} max={voters} required inputMode="numeric" value={votes.votesAgainst} onChange={(e) => setVotes((v) => ({ ...v, votesAgainst: e.target.value }))} />
      </label>
      <Button type="submit" size="sm" className="h-9">
        {t('record')}
      </Button>
      <dialog ref={dialog} aria-labelledby={`${uid}-title`} className="m-auto w-[min(34rem,calc(100vw-2rem))] rounded-lg p-0 text-sm shadow-xl backdrop:bg-black/40">
        <div className="space-y-3 p-5">
          <h2 id={`${uid}-title`} className="text-lg font-semibold">
            {t('confirmTitle', { reference })}
          </h2>
          {!quorumMet ? <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-950">{t('noQuorum')}</p> : null}
          {outcome ? (
            <>
              <p>
                {t('preview', { nominee, votesFor: outcome.count.votesFor, votesAgainst: outcome.count.votesAgainst, base: outcome.base, share: pct(outcome.sharePct) })}
              </p>
              <p>
                {standingReview
                  ? t('ruleStanding', { needed: outcome.needed, base: outcome.base })
                  : outcome.rule === 'threshold_present'
                    ? t('rulePresent', { pct: pct(outcome.thresholdPct), needed: outcome.needed, base: outcome.base })
                    : t('ruleAll', { pct: pct(outcome.thresholdPct), needed: outcome.needed, base: outcome.base })}
              </p>
              <p className={outcome.passed ? 'font-semibold text-emerald-800' : 'font-semibold text-red-800'}>{outcome.passed ? t('previewPass', { to: tStatus(to) }) : t('previewFail')}</p>
            </>
          ) : (
            <p className="font-semibold text-red-800">{t('previewInvalid', { voters })}</p>
          )}
          <p className="text-stone-600">{t('irreversible')}</p>
          <CouncilError error={error} />
          <div className="flex justify-end gap-2">
            <Button type="button" variant="secondary" onClick={() => dialog.current?.close()}>
              {tDialog('cancel')}
            </Button>
            <Button
              type="button"
              disabled={pending}
              onClick={() =>
                run(recordCouncilBallotAction, { sessionId, nominationId, version, votesFor: votes.votesFor, votesAgainst: votes.votesAgainst }, t('done', { reference }), () => {
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
    </form>
  );
}
