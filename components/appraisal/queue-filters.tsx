import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { buttonVariants } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/field';
import type { QueueOption } from '@/db/queries/appraisal-queue';
import { hasQueueFilters, queueHref, type AppraisalQueueQuery } from '@/lib/validation/appraisal-queue';

interface Props {
  query: AppraisalQueueQuery;
  options: { rounds: QueueOption[]; awards: QueueOption[]; blocs: QueueOption[]; units: QueueOption[] };
}

/** The queue's filters as a plain GET form: they live in the URL (shareable, ux.md) and work without
 * JavaScript. Filtering starts again from the first page; the order is kept. */
export function QueueFilters({ query, options }: Props) {
  const t = useTranslations('appraisal.filters');
  const locale = useLocale();
  const name = (o: QueueOption) => (locale === 'vi' ? o.nameVi : o.nameEn);
  const choice = (id: string, label: string, param: 'round' | 'award' | 'bloc' | 'unit', list: QueueOption[]) => (
    <div className="min-w-0 space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-stone-800">
        {label}
      </label>
      <Select id={id} name={param} defaultValue={query[param] === undefined ? '' : String(query[param])}>
        <option value="">{t('all')}</option>
        {list.map((o) => (
          <option key={o.value} value={o.value}>
            {name(o)}
          </option>
        ))}
      </Select>
    </div>
  );
  return (
    <form method="get" action="/appraisal" aria-label={t('title')} className="space-y-3 rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
      {query.status !== 'appraisal' ? <input type="hidden" name="status" value={query.status} /> : null}
      {query.sort !== 'left' ? <input type="hidden" name="sort" value={query.sort} /> : null}
      {query.dir !== 'asc' ? <input type="hidden" name="dir" value={query.dir} /> : null}
      <div className="grid gap-3 sm:grid-cols-2 xl:grid-cols-4">
        {choice('queue-round', t('round'), 'round', options.rounds)}
        {choice('queue-award', t('award'), 'award', options.awards)}
        {choice('queue-bloc', t('bloc'), 'bloc', options.blocs)}
        {choice('queue-unit', t('unit'), 'unit', options.units)}
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1 space-y-1 sm:max-w-md">
          <label htmlFor="queue-search" className="block text-sm font-medium text-stone-800">
            {t('search')}
          </label>
          <Input id="queue-search" type="search" name="q" defaultValue={query.q ?? ''} maxLength={100} placeholder={t('searchPlaceholder')} />
        </div>
        <label className="flex h-10 items-center gap-2 text-sm font-medium text-stone-800">
          <input type="checkbox" name="overdue" value="1" defaultChecked={query.overdue !== undefined} className="size-4 accent-brand-700" />
          {t('overdue')}
        </label>
        <button type="submit" className={buttonVariants()}>
          {t('apply')}
        </button>
        {hasQueueFilters(query) ? (
          <Link href={queueHref({ ...query, round: undefined, award: undefined, bloc: undefined, unit: undefined, overdue: undefined, q: undefined, page: 1 })} className={buttonVariants({ variant: 'secondary' })}>
            {t('clear')}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
