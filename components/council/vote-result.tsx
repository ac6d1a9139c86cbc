import { useFormatter, useTranslations } from 'next-intl';
import { LEGAL_BASIS_COUNCIL_THRESHOLD, LEGAL_BASIS_STANDING_COMMITTEE, recordedOutcome, type CouncilRule } from '@/lib/rules/council-ballot';

interface Vote {
  membersTotal: number;
  present: number;
  writtenVotes: number;
  votesFor: number;
  votesAgainst: number;
  thresholdPct: string;
  passed: boolean;
}

/** A recorded ballot: the votes and their share of the base, the threshold, the result, and the legal
 * basis (the council's threshold rule or the standing committee's, and the award's own basis). */
export function VoteResult({ rule, vote, legalBasis }: { rule: CouncilRule; vote: Vote; legalBasis: string }) {
  const t = useTranslations('council.result');
  const format = useFormatter();
  const { base, needed, sharePct } = recordedOutcome(rule, vote);
  const pct = (value: number | string) => format.number(Number(value) / 100, { style: 'percent', maximumFractionDigits: 1 });
  const basis = rule === 'standing_committee' ? LEGAL_BASIS_STANDING_COMMITTEE : `${LEGAL_BASIS_COUNCIL_THRESHOLD}; ${legalBasis}`;
  return (
    <div className="space-y-0.5 text-xs">
      <p className="text-sm">
        <strong className={vote.passed ? 'text-emerald-800' : 'text-red-800'}>{vote.passed ? t('passed') : t('failed')}</strong>
        {' · '}
        <span className="tabular-nums">{t(rule === 'standing_committee' ? 'standingVotes' : 'votes', { votesFor: vote.votesFor, base, share: pct(sharePct), votesAgainst: vote.votesAgainst })}</span>
      </p>
      <p>
        {rule === 'standing_committee'
          ? t('standing', { needed, base })
          : rule === 'threshold_present'
            ? t('thresholdPresent', { pct: pct(vote.thresholdPct), needed, base })
            : t('threshold', { pct: pct(vote.thresholdPct), needed, total: vote.membersTotal })}
      </p>
      <p className="text-stone-600">{t('voters', { present: vote.present, written: vote.writtenVotes, total: vote.membersTotal })}</p>
      <p className="text-stone-600">{t('basis', { basis })}</p>
    </div>
  );
}
