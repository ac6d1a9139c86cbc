import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { NoticeDaysLeft, NoticePhaseBadge } from '@/components/notices/notice-state';
import { Card, EmptyState } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { getCurrentUser } from '@/db/queries/current-user';
import { listNoticesForAppraiser } from '@/db/queries/notice-workspace';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('notices'))('title') };
}

const dayOf = (day: string) => new Date(`${day}T00:00:00+07:00`);

/** The province's public notices for its appraisers: candidates, comments, what is unanswered, and
 * the window in working days. */
export default async function NoticesPage() {
  const viewer = await getCurrentUser();
  if (!viewer) return null;
  const notices = await listNoticesForAppraiser(viewer);
  if (!notices) notFound();
  const t = await getTranslations('notices');
  const locale = await getLocale();
  const format = await getFormatter();
  const pick = (vi: string | null, en: string | null) => (locale === 'vi' ? vi : en);

  return (
    <div className="mx-auto max-w-7xl space-y-5">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold text-stone-900">{t('title')}</h1>
        <p className="text-stone-700">{t('subtitle')}</p>
        <p className="text-sm">
          <Link href="/public/notices" className="text-brand-700 underline-offset-2 hover:underline">
            {t('publicPage')}
          </Link>
        </p>
      </header>
      <Card>
        {notices.length === 0 ? (
          <EmptyState>{t('empty')}</EmptyState>
        ) : (
          <Table>
            <caption className="sr-only">{t('title')}</caption>
            <thead>
              <tr>
                <Th>{t('columns.notice')}</Th>
                <Th>{t('columns.window')}</Th>
                <Th>{t('columns.left')}</Th>
                <Th className="text-right">{t('columns.candidates')}</Th>
                <Th className="text-right">{t('columns.comments')}</Th>
                <Th className="text-right">{t('columns.unanswered')}</Th>
                <Th>{t('columns.state')}</Th>
              </tr>
            </thead>
            <tbody>
              {notices.map((n) => (
                <tr key={n.id}>
                  <Td>
                    <Link href={`/notices/${n.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                      {pick(n.awardVi, n.awardEn) ?? t('untitled')}
                    </Link>
                    <div className="text-xs text-stone-600">{pick(n.roundVi, n.roundEn)}</div>
                  </Td>
                  <Td className="whitespace-nowrap">
                    {format.dateTime(dayOf(n.opensOn), 'short')} – {format.dateTime(dayOf(n.closesOn), 'short')}
                    <div className="text-xs text-stone-600">{t('workingDays', { count: n.workingDays })}</div>
                  </Td>
                  <Td>
                    <NoticeDaysLeft phase={n.phase} days={n.workingDaysLeft} />
                  </Td>
                  <Td className="text-right tabular-nums">
                    {n.candidates}
                    {n.inNotice !== n.candidates && n.state === 'running' ? <div className="text-xs text-stone-600">{t('inNotice', { count: n.inNotice })}</div> : null}
                  </Td>
                  <Td className="text-right tabular-nums">{n.comments}</Td>
                  <Td className={n.unanswered > 0 ? 'text-right font-semibold tabular-nums text-amber-800' : 'text-right tabular-nums'}>{n.unanswered}</Td>
                  <Td>
                    <NoticePhaseBadge phase={n.phase} />
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
    </div>
  );
}
