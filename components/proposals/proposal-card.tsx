import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import type { ProposalCardData } from '@/db/queries/upward-proposals';
import { ProposalAnswerBadge } from './proposal-answer-badge';

/**
 * A nomination's proposal upward, on its page: who decides the award, the council's vote, the
 * province's submission letter (number, date, addressee, signer, the PDF) and the central body's
 * answer. Mount with the data of `getProposalCard(viewer, nominationId)`; it is null for the
 * province's own awards, and then nothing is shown.
 */
export async function ProposalCard({ data }: { data: ProposalCardData }) {
  const t = await getTranslations('proposals.card');
  const tList = await getTranslations('proposals');
  const format = await getFormatter();
  const locale = await getLocale();
  const award = locale === 'vi' ? data.awardVi : data.awardEn;
  const day = (iso: string) => format.dateTime(new Date(`${iso}T12:00:00+07:00`), 'short');
  const p = data.proposal;
  return (
    <Card aria-labelledby={`proposal-card-${data.nominationId}`}>
      <CardHeader id={`proposal-card-${data.nominationId}`} title={t('title')} description={t('decidedCentrally', { award })} action={p ? <ProposalAnswerBadge answer={p.answer} /> : undefined} />
      <CardBody className="space-y-3 text-sm">
        {data.ballot ? (
          <p>
            {t('ballot', {
              votesFor: data.ballot.votesFor,
              membersTotal: data.ballot.membersTotal,
              pct: format.number(data.ballot.votesFor / data.ballot.membersTotal, { style: 'percent', maximumFractionDigits: 2 }),
              date: day(data.ballot.heldOn),
            })}
          </p>
        ) : null}
        {p ? (
          <>
            <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-2">
              <div>
                <dt className="text-stone-500">{tList('columns.submission')}</dt>
                <dd className="font-medium">{tList('submissionLine', { number: p.submissionNumber, date: day(p.submittedOn) })}</dd>
              </div>
              <div>
                <dt className="text-stone-500">{tList('columns.recipient')}</dt>
                <dd>{p.recipientBody}</dd>
              </div>
              <div>
                <dt className="text-stone-500">{t('signer')}</dt>
                <dd>{p.signerName}</dd>
              </div>
              <div>
                <dt className="text-stone-500">{tList('columns.answer')}</dt>
                <dd>
                  {p.answer === 'pending' ? (
                    t('awaitingAnswer')
                  ) : (
                    <>
                      <span className="font-medium">{tList('answerLine', { reference: p.answerReference ?? '', date: p.answeredOn ? day(p.answeredOn) : '' })}</span>
                      {p.answerNote ? <span className="mt-0.5 block whitespace-pre-line text-stone-700">{p.answerNote}</span> : null}
                    </>
                  )}
                </dd>
              </div>
            </dl>
            <div className="flex flex-wrap gap-x-4 gap-y-2">
              <a href={`/api/proposals/${p.proposalId}/document`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                {tList('download', { number: p.submissionNumber })}
              </a>
              {data.canAct ? (
                <Link href="/proposals" className="font-medium text-brand-700 underline-offset-2 hover:underline">
                  {t('recordAnswer')}
                </Link>
              ) : null}
            </div>
          </>
        ) : (
          <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
            <p className="text-stone-700">{t('notSubmitted')}</p>
            {data.canAct ? (
              <Link href="/proposals" className="font-medium text-brand-700 underline-offset-2 hover:underline">
                {t('submit')}
              </Link>
            ) : null}
          </div>
        )}
      </CardBody>
    </Card>
  );
}
