import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { CentralAnswerDialog } from '@/components/proposals/central-answer-dialog';
import { ProposalAnswerBadge } from '@/components/proposals/proposal-answer-badge';
import { SubmitProposalDialog } from '@/components/proposals/submit-proposal-dialog';
import { StatusBadge } from '@/components/nominations/status-badge';
import { buttonVariants } from '@/components/ui/button';
import { Card, CardHeader, EmptyState } from '@/components/ui/card';
import { getCurrentUser } from '@/db/queries/current-user';
import { listUpwardProposals, type UpwardNominationRow } from '@/db/queries/upward-proposals';
import { todayInVietnam } from '@/lib/rules/dates';
import { DEFAULT_RECIPIENT_BODY } from '@/lib/validation/proposal';
import { AWAITING_DECISION } from '@/lib/workflow/status-groups';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('proposals'))('title') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * Proposals upward (issue 6 §6): nominations of an award the central body confers that the council
 * passed, waiting for the Chairman's submission letter; the submitted ones waiting for the central
 * answer; the answered ones. The approver acts; appraisers and auditors read.
 */
export default async function ProposalsPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await getCurrentUser();
  if (!viewer) return null;
  const raw = (await searchParams).before;
  const before = typeof raw === 'string' && /^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : undefined;
  const page = await listUpwardProposals(viewer, { before });
  const t = await getTranslations('proposals');
  const format = await getFormatter();
  const locale = await getLocale();
  if (!page) return <p className="mx-auto max-w-3xl rounded-lg border border-amber-200 bg-amber-50 p-4 text-amber-900">{t('notAllowed')}</p>;

  const pick = (vi: string, en: string) => (locale === 'vi' ? vi : en);
  const day = (iso: string) => format.dateTime(new Date(`${iso}T12:00:00+07:00`), 'short');
  const today = todayInVietnam();

  const summary = (row: UpwardNominationRow) => (
    <div className="min-w-0 space-y-1">
      <h3 className="text-base font-semibold text-stone-900">
        <Link href={`/nominations/${row.nominationId}`} className="hover:underline">
          {pick(row.nomineeVi, row.nomineeEn)}
        </Link>
      </h3>
      <p className="text-sm text-stone-700">
        <span className="font-mono text-xs text-stone-600">{row.reference}</span> · {pick(row.awardVi, row.awardEn)}
      </p>
      <p className="text-sm text-stone-600">{t('proposedBy', { unit: pick(row.proposingUnitVi, row.proposingUnitEn) })}</p>
      <p className="text-sm text-stone-700">
        {row.ballot
          ? t('ballot', {
              votesFor: row.ballot.votesFor,
              membersTotal: row.ballot.membersTotal,
              pct: format.number(row.ballot.votesFor / row.ballot.membersTotal, { style: 'percent', maximumFractionDigits: 2 }),
              threshold: format.number(Number(row.ballot.thresholdPct) / 100, { style: 'percent', maximumFractionDigits: 2 }),
            })
          : t('noBallot')}
      </p>
    </div>
  );

  return (
    <div className="mx-auto max-w-5xl space-y-5">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold text-stone-900">{t('title')}</h1>
        <p className="text-sm text-stone-600">{t('intro')}</p>
        {page.canAct ? null : <p className="text-sm text-stone-600">{t('readOnly')}</p>}
      </div>

      <Card aria-labelledby="proposals-to-submit">
        <CardHeader id="proposals-to-submit" title={t('toSubmit.title', { count: page.toSubmit.length })} description={t('toSubmit.description')} />
        {page.toSubmit.length === 0 ? (
          <EmptyState>{t('toSubmit.empty')}</EmptyState>
        ) : (
          <ul className="divide-y divide-stone-100">
            {page.toSubmit.map((row) => (
              <li key={row.nominationId} className="flex flex-wrap items-start justify-between gap-3 px-4 py-3">
                {summary(row)}
                {row.canAct ? (
                  <SubmitProposalDialog
                    nominationId={row.nominationId}
                    version={row.version}
                    nominee={pick(row.nomineeVi, row.nomineeEn)}
                    award={pick(row.awardVi, row.awardEn)}
                    defaults={{ recipientBody: DEFAULT_RECIPIENT_BODY, submittedOn: today, signerName: viewer.displayName }}
                  />
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </Card>

      <Card aria-labelledby="proposals-pending">
        <CardHeader id="proposals-pending" title={t('pending.title', { count: page.pending.length })} description={t('pending.description')} />
        {page.pending.length === 0 ? (
          <EmptyState>{t('pending.empty')}</EmptyState>
        ) : (
          <ul className="divide-y divide-stone-100">
            {page.pending.map((row) => (
              <li key={row.proposal.proposalId} className="flex flex-wrap items-start justify-between gap-3 px-4 py-3">
                <div className="min-w-0 space-y-1">
                  {summary(row)}
                  <p className="text-sm text-stone-800">
                    {t('submissionLine', { number: row.proposal.submissionNumber, date: day(row.proposal.submittedOn) })} · {row.proposal.recipientBody}
                  </p>
                  <p className="text-sm text-stone-600">{t('signedBy', { name: row.proposal.signerName })}</p>
                  {row.status !== AWAITING_DECISION ? (
                    <div className="flex flex-wrap items-center gap-2 text-sm text-stone-700">
                      <StatusBadge status={row.status} />
                      {t('notAwaiting')}
                    </div>
                  ) : null}
                </div>
                <div className="flex flex-wrap items-center gap-3">
                  <a
                    href={`/api/proposals/${row.proposal.proposalId}/document`}
                    className={buttonVariants({ variant: 'secondary', size: 'sm' })}
                  >
                    {t('download', { number: row.proposal.submissionNumber })}
                  </a>
                  {row.canAct ? (
                    <CentralAnswerDialog
                      proposalId={row.proposal.proposalId}
                      version={row.version}
                      number={row.proposal.submissionNumber}
                      nominee={pick(row.nomineeVi, row.nomineeEn)}
                      award={pick(row.awardVi, row.awardEn)}
                      today={today}
                    />
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
        )}
      </Card>

      <Card aria-labelledby="proposals-answered">
        <CardHeader id="proposals-answered" title={t('answered.title')} description={t('answered.description')} />
        {page.answered.length === 0 ? (
          <EmptyState>{t('answered.empty')}</EmptyState>
        ) : (
          <ul className="divide-y divide-stone-100">
            {page.answered.map((row) => (
              <li key={row.proposal.proposalId} className="flex flex-wrap items-start justify-between gap-3 px-4 py-3">
                <div className="min-w-0 space-y-1">
                  {summary(row)}
                  <p className="text-sm text-stone-800">
                    {t('submissionLine', { number: row.proposal.submissionNumber, date: day(row.proposal.submittedOn) })} · {row.proposal.recipientBody}
                  </p>
                  <div className="flex flex-wrap items-center gap-2 text-sm">
                    <ProposalAnswerBadge answer={row.proposal.answer} />
                    <span className="font-medium">{t('answerLine', { reference: row.proposal.answerReference ?? '', date: row.proposal.answeredOn ? day(row.proposal.answeredOn) : '' })}</span>
                  </div>
                  {row.proposal.answerNote ? <p className="whitespace-pre-line text-sm text-stone-700">{row.proposal.answerNote}</p> : null}
                </div>
                <div className="flex flex-wrap items-center gap-3">
                  <StatusBadge status={row.status} />
                  <a
                    href={`/api/proposals/${row.proposal.proposalId}/document`}
                    className={buttonVariants({ variant: 'secondary', size: 'sm' })}
                  >
                    {t('download', { number: row.proposal.submissionNumber })}
                  </a>
                </div>
              </li>
            ))}
          </ul>
        )}
        {page.nextCursor || before ? (
          <nav aria-label={t('answered.paging')} className="flex justify-between gap-3 border-t border-stone-100 px-4 py-3 text-sm">
            {before ? (
              <Link href="/proposals" className="text-brand-700 hover:underline">
                {t('answered.first')}
              </Link>
            ) : (
              <span />
            )}
            {page.nextCursor ? (
              <Link href={`/proposals?before=${page.nextCursor}`} className="text-brand-700 hover:underline">
                {t('answered.next')}
              </Link>
            ) : null}
          </nav>
        ) : null}
      </Card>
    </div>
  );
}
