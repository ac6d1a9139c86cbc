import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { NominationTable } from '@/components/home/nomination-table';
import { buttonVariants } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { getCurrentUser } from '@/db/queries/current-user';
import { listNominationsForViewer } from '@/db/queries/nominations';
import { NOMINATION_STATUSES, type NominationStatus } from '@/lib/domain/constants';
import { hasRole } from '@/lib/policy/viewer';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('nominations'))('title') };
}

function parseStatus(value: unknown): NominationStatus | undefined {
  return typeof value === 'string' && (NOMINATION_STATUSES as readonly string[]).includes(value) ? (value as NominationStatus) : undefined;
}

/** Every nomination the person may see, filtered by status in the URL (shareable), 50 a page. */
export default async function NominationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await getCurrentUser();
  if (!viewer) return null;
  const params = await searchParams;
  const status = parseStatus(params.status);
  const before = Number(params.before) > 0 ? Number(params.before) : undefined;
  const page = await listNominationsForViewer(viewer, { status, before });
  const t = await getTranslations('nominations');
  const tStatus = await getTranslations('status');
  const canCreate = hasRole(viewer, 'unit_officer') || hasRole(viewer, 'unit_head');
  const query = (extra: Record<string, string | number>) => `/nominations?${new URLSearchParams({ ...(status ? { status } : {}), ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, String(v)])) })}`;
  return (
    <div className="mx-auto max-w-7xl space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold text-stone-900">{t('title')}</h1>
        {canCreate ? (
          <Link href="/nominations/new" className={buttonVariants()}>
            {t('new')}
          </Link>
        ) : null}
      </div>
      <form method="get" className="flex flex-wrap items-end gap-2">
        <label className="space-y-1 text-sm">
          <span className="block font-medium text-stone-700">{t('filterStatus')}</span>
          <select name="status" defaultValue={status ?? ''} className="h-10 rounded-md border border-stone-300 bg-white px-3">
            <option value="">{t('allStatuses')}</option>
            {NOMINATION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {tStatus(s)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className={buttonVariants({ variant: 'secondary' })}>
          {t('apply')}
        </button>
      </form>
      <Card>
        <NominationTable rows={page.rows} empty={t('empty')} columns={['reference', 'nominee', 'award', 'proposingUnit', 'status', 'updated']} linkRows />
      </Card>
      <nav className="flex gap-2" aria-label={t('title')}>
        {before ? (
          <Link href={status ? `/nominations?status=${status}` : '/nominations'} className={buttonVariants({ variant: 'secondary' })}>
            {t('first')}
          </Link>
        ) : null}
        {page.nextCursor ? (
          <Link href={query({ before: page.nextCursor })} className={buttonVariants({ variant: 'secondary' })}>
            {t('next')}
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
