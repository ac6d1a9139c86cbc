import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { QueueFilters } from '@/components/appraisal/queue-filters';
import { QueueTable } from '@/components/appraisal/queue-table';
import { buttonVariants } from '@/components/ui/button';
import { Card, EmptyState } from '@/components/ui/card';
import { listAppraisalQueue } from '@/db/queries/appraisal-queue';
import { getCurrentUser } from '@/db/queries/current-user';
import { hasQueueFilters, parseAppraisalQueueQuery, queueHref, QUEUE_STATUSES } from '@/lib/validation/appraisal-queue';
import { cn } from '@/lib/utils';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('appraisal'))('title') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The appraiser's queue (issue 6 §2): nominations in appraisal or on hold, by working days left,
 * with filters, order and page in the URL. */
export default async function AppraisalQueuePage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await getCurrentUser();
  if (!viewer) return null;
  const query = parseAppraisalQueueQuery(await searchParams);
  const locale = (await getLocale()) === 'en' ? 'en' : 'vi';
  const queue = await listAppraisalQueue(viewer, query, locale);
  const t = await getTranslations('appraisal');
  if (!queue) {
    return (
      <div className="mx-auto max-w-3xl space-y-3">
        <h1 className="text-2xl font-semibold text-stone-900">{t('title')}</h1>
        <p className="rounded-lg border border-amber-200 bg-amber-50 p-4 text-amber-900">{t('notAllowed')}</p>
        <Link href="/nominations" className={buttonVariants({ variant: 'secondary' })}>
          {t('openNominations')}
        </Link>
      </div>
    );
  }
  const held = query.status === 'on_hold';
  const total = queue.counts[query.status];
  // A page past the end (the queue shrank since the link was made) shows the last one.
  if (queue.rows.length === 0 && query.page > queue.pageCount) redirect(queueHref(query, { page: queue.pageCount }));
  const emptyText = hasQueueFilters(query) ? t('empty.filtered') : t(`empty.${query.status}`);

  return (
    <div className="mx-auto max-w-7xl space-y-4">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold text-stone-900">{t('title')}</h1>
        <p className="max-w-4xl text-sm text-stone-600">{t('intro', { days: queue.workingDays })}</p>
      </div>

      <nav aria-label={t('tabs.label')} className="flex flex-wrap gap-2 border-b border-stone-200">
        {QUEUE_STATUSES.map((status) => {
          const current = status === query.status;
          return (
            <Link
              key={status}
              href={queueHref(query, { status, page: 1 })}
              aria-current={current ? 'page' : undefined}
              className={cn(
                '-mb-px border-b-2 px-3 py-2 text-sm font-medium',
                current ? 'border-brand-700 text-brand-800' : 'border-transparent text-stone-600 hover:border-stone-300 hover:text-stone-900',
              )}
            >
              {t(`tabs.${status}`, { count: queue.counts[status] })}
            </Link>
          );
        })}
      </nav>

      <QueueFilters query={query} options={queue.options} />

      <Card>
        {queue.rows.length === 0 ? (
          <EmptyState>
            {emptyText}
            {hasQueueFilters(query) ? (
              <>
                {' '}
                <Link href={queueHref({ ...query, round: undefined, award: undefined, bloc: undefined, unit: undefined, overdue: undefined, q: undefined, page: 1 })} className="font-medium text-brand-800 underline">
                  {t('filters.clear')}
                </Link>
              </>
            ) : null}
          </EmptyState>
        ) : (
          <QueueTable
            rows={queue.rows}
            query={query}
            caption={t(`tabs.${query.status}`, { count: total })}
            columns={held ? ['nominee', 'proposingUnit', 'award', 'hold', 'left', 'received', 'eligibility'] : ['nominee', 'proposingUnit', 'award', 'round', 'received', 'left', 'eligibility']}
          />
        )}
      </Card>

      {total > 0 ? (
        <nav aria-label={t('paging.label')} className="flex flex-wrap items-center gap-3">
          {query.page > 1 ? (
            <Link href={queueHref(query, { page: Math.min(query.page - 1, queue.pageCount) })} className={buttonVariants({ variant: 'secondary' })}>
              {t('paging.previous')}
            </Link>
          ) : null}
          <span className="text-sm text-stone-600">{t('paging.page', { page: Math.min(query.page, queue.pageCount), pages: queue.pageCount, count: total })}</span>
          {query.page < queue.pageCount ? (
            <Link href={queueHref(query, { page: query.page + 1 })} className={buttonVariants({ variant: 'secondary' })}>
              {t('paging.next')}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
