import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { StatusChange } from '@/components/nominations/status-badge';
import { buttonVariants } from '@/components/ui/button';
import { Card, EmptyState } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { getCurrentUser } from '@/db/queries/current-user';
import { listAuditEventsForViewer } from '@/db/queries/nominations';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('nominations.audit'))('title') };
}

/** The province's whole event log for inspectors, newest first, by keyset at any depth. */
export default async function AuditLogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await getCurrentUser();
  if (!viewer) return null;
  const before = Number((await searchParams).before) > 0 ? Number((await searchParams).before) : undefined;
  const page = await listAuditEventsForViewer(viewer, before);
  const t = await getTranslations('nominations.audit');
  const tCols = await getTranslations('home.columns');
  const tRoles = await getTranslations('roles');
  const tActions = await getTranslations('actions');
  const format = await getFormatter();
  if (!page) return <p className="mx-auto max-w-3xl rounded-lg border border-amber-200 bg-amber-50 p-4 text-amber-900">{t('notAllowed')}</p>;
  return (
    <div className="mx-auto max-w-7xl space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="text-sm text-stone-600">{t('intro')}</p>
      </div>
      <Card>
        {page.rows.length === 0 ? (
          <EmptyState>—</EmptyState>
        ) : (
          <Table>
            <thead>
              <tr>
                <Th className="text-right">#</Th>
                <Th>{tCols('time')}</Th>
                <Th>{tCols('actor')}</Th>
                <Th>{tCols('action')}</Th>
                <Th>{tCols('reference')}</Th>
                <Th>{tCols('change')}</Th>
                <Th>{tCols('reason')}</Th>
                <Th>SHA-256</Th>
              </tr>
            </thead>
            <tbody>
              {page.rows.map((e) => (
                <tr key={e.seq}>
                  <Td className="text-right font-mono text-xs">{e.seq}</Td>
                  <Td className="whitespace-nowrap">{format.dateTime(new Date(e.occurredAt), 'withTime')}</Td>
                  <Td>
                    <div className="font-medium">{e.actorName}</div>
                    <div className="text-xs text-stone-500">{e.role ? tRoles(e.role) : ''}</div>
                  </Td>
                  <Td>{tActions.has(e.action) ? tActions(e.action) : e.action}</Td>
                  <Td className="whitespace-nowrap font-mono text-xs">
                    {e.reference && e.entityId ? (
                      <Link href={`/nominations/${e.entityId}`} className="text-brand-700 hover:underline">
                        {e.reference}
                      </Link>
                    ) : (
                      '—'
                    )}
                  </Td>
                  <Td>
                    <StatusChange from={e.fromStatus} to={e.toStatus} />
                  </Td>
                  <Td className="max-w-xs text-stone-700">{e.reason ?? ''}</Td>
                  <Td className="font-mono text-xs text-stone-500" title={e.hash}>
                    {e.hash.slice(0, 12)}…
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
      <nav className="flex gap-2" aria-label={t('title')}>
        {before ? (
          <Link href="/audit" className={buttonVariants({ variant: 'secondary' })}>
            {t('newest')}
          </Link>
        ) : null}
        {page.nextCursor ? (
          <Link href={`/audit?before=${page.nextCursor}`} className={buttonVariants({ variant: 'secondary' })}>
            {t('older')}
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
