import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { DecisionStateBadge } from '@/components/decisions/decision-state-badge';
import { buttonVariants } from '@/components/ui/button';
import { Card, EmptyState } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { getCurrentUser } from '@/db/queries/current-user';
import { listDecisionsForViewer } from '@/db/queries/decision-pages';
import { cn } from '@/lib/utils';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('decisions'))('title') };
}

const dayOf = (day: string) => new Date(`${day}T00:00:00+07:00`);

/** The province's decisions, drafts and issued, newest first; the state filter lives in the URL. */
export default async function DecisionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await getCurrentUser();
  if (!viewer) return null;
  const params = await searchParams;
  const state = params.state === 'draft' || params.state === 'issued' ? params.state : undefined;
  const before = Number(params.before) > 0 ? Number(params.before) : undefined;
  const t = await getTranslations('decisions');
  const tRefusals = await getTranslations('refusals');
  const format = await getFormatter();
  const list = await listDecisionsForViewer(viewer, { state, before });
  if (!list) {
    return <p className="mx-auto max-w-2xl rounded-lg border border-amber-200 bg-amber-50 p-4 text-amber-900">{tRefusals('role_not_permitted', { roles: '' })}</p>;
  }
  const href = (extra: Record<string, string | number>) => {
    const query = new URLSearchParams({ ...(state ? { state } : {}), ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, String(v)])) }).toString();
    return query ? `/decisions?${query}` : '/decisions';
  };
  const filters = [
    { key: undefined, label: t('list.all') },
    { key: 'draft' as const, label: t('states.draft') },
    { key: 'issued' as const, label: t('states.issued') },
  ];
  return (
    <div className="mx-auto max-w-6xl space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold text-stone-900">{t('title')}</h1>
          <p className="text-sm text-stone-600">{list.canDraft ? t('intro') : t('list.readOnly')}</p>
        </div>
        {list.canDraft ? (
          <Link href="/decisions/new" className={buttonVariants()}>
            {t('list.new')}
          </Link>
        ) : null}
      </div>
      <nav aria-label={t('list.filter')} className="flex flex-wrap gap-2">
        {filters.map((f) => (
          <Link
            key={f.label}
            href={f.key ? `/decisions?state=${f.key}` : '/decisions'}
            aria-current={state === f.key ? 'page' : undefined}
            className={cn(buttonVariants({ variant: 'secondary', size: 'sm' }), state === f.key && 'border-brand-700 bg-brand-50 text-brand-800')}
          >
            {f.label}
          </Link>
        ))}
      </nav>
      <Card>
        {list.rows.length === 0 ? (
          <EmptyState>{state ? t('list.emptyFiltered') : list.canDraft ? t('list.emptyApprover') : t('list.empty')}</EmptyState>
        ) : (
          <Table>
            <thead>
              <tr>
                <Th>{t('list.columns.number')}</Th>
                <Th>{t('list.columns.signedOn')}</Th>
                <Th>{t('list.columns.signer')}</Th>
                <Th className="text-right">{t('list.columns.recipients')}</Th>
                <Th>{t('list.columns.state')}</Th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((d) => (
                <tr key={d.id} className="hover:bg-stone-50">
                  <Td>
                    <Link href={`/decisions/${d.id}`} className="whitespace-nowrap font-medium text-brand-700 underline-offset-2 hover:underline">
                      {d.number}
                    </Link>
                  </Td>
                  <Td className="whitespace-nowrap">{d.signedOn ? format.dateTime(dayOf(d.signedOn), 'short') : '—'}</Td>
                  <Td>{d.signerName}</Td>
                  <Td className="text-right tabular-nums">
                    {d.recipients}
                    {d.revoked > 0 ? <span className="block text-xs text-red-800">{t('list.revokedCount', { count: d.revoked })}</span> : null}
                  </Td>
                  <Td>
                    <DecisionStateBadge state={d.state} />
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
      <nav className="flex gap-2" aria-label={t('title')}>
        {before ? (
          <Link href={href({})} className={buttonVariants({ variant: 'secondary' })}>
            {t('list.first')}
          </Link>
        ) : null}
        {list.nextCursor ? (
          <Link href={href({ before: list.nextCursor })} className={buttonVariants({ variant: 'secondary' })}>
            {t('list.next')}
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
