import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import type { BlocReview } from '@/db/queries/bloc-review';

/** "The bloc's review": how the bloc that reviewed a nomination chose it — its bloc-year's scoreboard
 * and ballot sessions, each closed session's count for this nomination, and the leads' decision. */
export async function BlocReviewCard({ review }: { review: BlocReview }) {
  const t = await getTranslations('nominations.blocReview');
  const locale = await getLocale();
  const format = await getFormatter();
  const pick = (vi: string, en: string) => (locale === 'vi' ? vi : en);
  const day = (d: string) => format.dateTime(new Date(`${d}T12:00:00+07:00`), 'short');
  const { term } = review;
  return (
    <Card>
      <CardHeader
        id="bloc-review"
        title={t('title')}
        description={t('hint', { bloc: pick(term.nameVi, term.nameEn), year: String(term.year) })}
        action={
          <div className="flex flex-wrap gap-3 text-sm">
            <Link href={`/bloc/scoreboard?term=${term.id}`} className="text-brand-700 underline">
              {t('scoreboard')}
            </Link>
            <Link href={`/bloc/ballot?term=${term.id}`} className="text-brand-700 underline">
              {t('ballots')}
            </Link>
          </div>
        }
      />
      <CardBody className="space-y-3 text-sm">
        {review.results.length === 0 && !review.decision ? <p className="text-stone-600">{t('noVote')}</p> : null}
        {review.results.length > 0 ? (
          <ul className="space-y-2">
            {review.results.map((r) => (
              <li key={r.sessionId} className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                <span className="font-medium text-stone-900">{t('round', { round: r.roundNo, date: day(r.heldOn) })}</span>
                <span className={r.passed ? 'font-medium text-emerald-700' : 'font-medium text-stone-600'}>
                  <span aria-hidden="true">{r.passed ? '✓ ' : '○ '}</span>
                  {r.passed ? t('passed') : t('notPassed')}
                </span>
                <span className="text-stone-700 tabular-nums">{t('votes', { for: r.votesFor, against: r.votesAgainst, members: r.membersTotal, present: r.membersPresent })}</span>
                <Link href={`/bloc/ballot/${r.sessionId}/minutes`} className="text-brand-700 underline">
                  {t('minutes')}
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
        {review.decision ? <p className="text-stone-800">{t('decision', { chosen: String(review.decision.chosen), reason: review.decision.reason })}</p> : null}
      </CardBody>
    </Card>
  );
}
