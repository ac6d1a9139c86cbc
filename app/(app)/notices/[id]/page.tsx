import { CircleCheck, CircleX, ExternalLink } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { StatusBadge } from '@/components/nominations/status-badge';
import { AnswerForm } from '@/components/notices/answer-form';
import { CloseNoticeButton } from '@/components/notices/close-notice-button';
import { NoticeDaysLeft, NoticePhaseBadge } from '@/components/notices/notice-state';
import { NoticeWindow } from '@/components/public/notice-window';
import { Card, CardBody, CardHeader, EmptyState } from '@/components/ui/card';
import { getCurrentUser } from '@/db/queries/current-user';
import { getNoticeWorkspace } from '@/db/queries/notice-workspace';

type Props = { params: Promise<{ id: string }> };

const dayOf = (day: string) => new Date(`${day}T00:00:00+07:00`);

async function load(id: string) {
  const viewer = await getCurrentUser();
  if (!viewer || !/^\d{1,9}$/.test(id)) return null;
  return getNoticeWorkspace(viewer, Number(id));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations('notices');
  const locale = await getLocale();
  const data = await load((await params).id);
  const award = data ? ((locale === 'vi' ? data.notice.awardVi : data.notice.awardEn) ?? t('untitled')) : t('title');
  return { title: t('detail.title', { award }) };
}

/** One notice for its appraisers: each candidate with the comments received and their answers, an
 * answer form per open comment, and closing, which the rules allow once the window has run and every
 * comment is answered. */
export default async function NoticeWorkspacePage({ params }: Props) {
  const data = await load((await params).id);
  if (!data) notFound();
  const { notice, candidates, closable } = data;
  const t = await getTranslations('notices');
  const locale = await getLocale();
  const format = await getFormatter();
  const pick = (vi: string | null, en: string | null) => (locale === 'vi' ? vi : en);
  const award = pick(notice.awardVi, notice.awardEn) ?? t('untitled');
  const running = notice.state === 'running';
  const conditions = [
    { met: notice.windowRun, text: t('detail.ruleWindow', { count: notice.workingDays, closesOn: format.dateTime(dayOf(notice.closesOn), 'short') }) },
    { met: notice.unanswered === 0, text: notice.unanswered === 0 ? t('detail.ruleAnswered') : t('detail.ruleUnanswered', { count: notice.unanswered }) },
  ];

  return (
    <div className="mx-auto max-w-5xl space-y-5">
      <nav aria-label={t('detail.breadcrumb')} className="text-sm">
        <Link href="/notices" className="text-brand-700 underline-offset-2 hover:underline">
          {t('title')}
        </Link>
      </nav>
      <header className="space-y-2">
        <div className="flex flex-wrap items-center gap-2">
          <NoticePhaseBadge phase={notice.phase} />
          <NoticeDaysLeft phase={notice.phase} days={notice.workingDaysLeft} />
        </div>
        <h1 className="text-2xl font-semibold text-stone-900">{t('detail.title', { award })}</h1>
        <p className="text-stone-700">{pick(notice.roundVi, notice.roundEn)}</p>
        <NoticeWindow opensOn={notice.opensOn} closesOn={notice.closesOn} workingDays={notice.workingDays} workingDaysLeft={notice.workingDaysLeft} phase={notice.phase} />
        <p className="text-sm">
          <Link href={`/public/notices/${notice.id}`} className="inline-flex items-center gap-1 text-brand-700 underline-offset-2 hover:underline">
            <ExternalLink aria-hidden className="size-4" />
            {t('detail.publicPage')}
          </Link>
        </p>
      </header>

      <Card>
        <CardHeader id="notice-closing" title={t('detail.closing')} description={running ? t('detail.closingHint', { count: closable.length }) : t('detail.closedOn', { date: notice.closedAt ? format.dateTime(notice.closedAt, 'short') : '—' })} />
        {running ? (
          <CardBody className="space-y-3">
            <ul className="space-y-1.5 text-sm">
              {conditions.map((c) => (
                <li key={c.text} className="flex items-start gap-2">
                  {c.met ? <CircleCheck aria-hidden className="mt-0.5 size-4 shrink-0 text-emerald-700" /> : <CircleX aria-hidden className="mt-0.5 size-4 shrink-0 text-red-700" />}
                  <span>
                    <span className="sr-only">{c.met ? t('detail.met') : t('detail.notMet')}: </span>
                    {c.text}
                  </span>
                </li>
              ))}
            </ul>
            <CloseNoticeButton noticeId={notice.id} candidates={closable} />
          </CardBody>
        ) : null}
      </Card>

      <section aria-labelledby="notice-candidates" className="space-y-3">
        <h2 id="notice-candidates" className="text-lg font-semibold text-stone-900">
          {t('detail.candidates', { count: candidates.length })}
        </h2>
        {candidates.length === 0 ? (
          <Card>
            <EmptyState>{t('detail.noCandidates')}</EmptyState>
          </Card>
        ) : (
          candidates.map((c) => (
            <Card key={c.id} aria-labelledby={`candidate-${c.id}`}>
              <div className="flex flex-wrap items-start justify-between gap-2 border-b border-stone-100 px-4 py-3">
                <div>
                  <h3 id={`candidate-${c.id}`} className="text-base font-semibold text-stone-900">
                    {pick(c.nomineeVi, c.nomineeEn)}
                  </h3>
                  <p className="text-sm text-stone-600">
                    <Link href={`/nominations/${c.id}`} className="font-mono text-xs font-medium text-brand-700 underline-offset-2 hover:underline">
                      {c.reference}
                    </Link>{' '}
                    · {pick(c.proposingUnitVi, c.proposingUnitEn)}
                  </p>
                </div>
                <StatusBadge status={c.status} />
              </div>
              <CardBody className="space-y-4">
                {c.comments.length === 0 ? (
                  <p className="text-sm text-stone-600">{t('detail.noComments')}</p>
                ) : (
                  <ol className="space-y-4">
                    {c.comments.map((m) => (
                      <li key={m.id} className="space-y-2 rounded-md border border-stone-200 p-3">
                        <div className="flex flex-wrap items-baseline justify-between gap-2 text-sm">
                          <span className="font-medium text-stone-900">{m.authorName}</span>
                          <span className="text-stone-600">{t('detail.received', { date: format.dateTime(m.receivedAt, 'withTime') })}</span>
                        </div>
                        {m.contact ? <p className="text-xs text-stone-600">{t('detail.contact', { contact: m.contact })}</p> : null}
                        <p lang="vi" className="whitespace-pre-line text-[15px] text-stone-800">
                          {m.body}
                        </p>
                        {m.answer !== null ? (
                          <div className="rounded-md bg-stone-50 p-3 text-sm">
                            <p className="font-medium text-emerald-800">
                              {t('detail.answered', { name: m.answeredByName ?? '—', date: m.answeredAt ? format.dateTime(m.answeredAt, 'withTime') : '—' })}
                            </p>
                            <p lang="vi" className="mt-1 whitespace-pre-line text-stone-800">
                              {m.answer}
                            </p>
                          </div>
                        ) : (
                          <div className="space-y-2">
                            <p className="text-sm font-medium text-amber-800">{t('detail.unanswered')}</p>
                            <AnswerForm commentId={m.id} author={m.authorName} />
                          </div>
                        )}
                      </li>
                    ))}
                  </ol>
                )}
              </CardBody>
            </Card>
          ))
        )}
      </section>
    </div>
  );
}
