import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { SessionStateBadge } from '@/components/council/session-state';
import { Card, CardHeader, EmptyState } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { getCurrentUser } from '@/db/queries/current-user';
import { councilSessionOfNomination, listCouncilSessions, type CouncilSessionListItem } from '@/db/queries/council-views';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('council'))('title') };
}

type Props = { searchParams: Promise<{ nomination?: string }> };

const dayOf = (day: string) => new Date(`${day}T00:00:00+07:00`);

/** The council's sessions: upcoming, open and closed, each with its date, attendance, quorum and
 * agenda. `?nomination=ID` (the nomination page's link) opens the session holding that nomination. */
export default async function CouncilSessionsPage({ searchParams }: Props) {
  const viewer = await getCurrentUser();
  if (!viewer) return null;
  const asked = Number((await searchParams).nomination);
  let notOnAgenda = false;
  if (Number.isInteger(asked) && asked > 0) {
    const sessionId = await councilSessionOfNomination(viewer, asked);
    if (sessionId !== null) redirect(`/council/${sessionId}#item-${asked}`);
    notOnAgenda = true;
  }
  const list = await listCouncilSessions(viewer);
  const t = await getTranslations('council');
  const locale = await getLocale();
  const format = await getFormatter();
  const pct = (value: string) => format.number(Number(value) / 100, { style: 'percent', maximumFractionDigits: 2 });

  const table = (rows: CouncilSessionListItem[], empty: string, id: string) =>
    rows.length === 0 ? (
      <EmptyState>{empty}</EmptyState>
    ) : (
      <Table aria-labelledby={id}>
        <thead>
          <tr>
            <Th>{t('list.columns.date')}</Th>
            <Th>{t('list.columns.location')}</Th>
            <Th>{t('list.columns.attendance')}</Th>
            <Th>{t('list.columns.quorum')}</Th>
            <Th>{t('list.columns.agenda')}</Th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <Td className="whitespace-nowrap">
                <Link href={`/council/${r.id}`} className="font-medium text-brand-700 hover:underline">
                  {format.dateTime(dayOf(r.heldOn), 'short')}
                </Link>
                <span className="mt-1 block">
                  <SessionStateBadge state={r.state} />
                </span>
              </Td>
              <Td>{r.location ?? '—'}</Td>
              <Td className="tabular-nums">{t('list.attendanceCell', { present: r.present, total: r.membersTotal, written: r.writtenVotes })}</Td>
              <Td>
                <span className={r.quorum.met ? 'text-emerald-800' : 'text-amber-800'}>
                  {r.quorum.met ? t('quorum.short.met', { pct: pct(r.quorum.pct) }) : t('quorum.short.notMet', { needed: r.quorum.needed, pct: pct(r.quorum.pct) })}
                </span>
              </Td>
              <Td className="tabular-nums">{t('list.agendaCell', { count: r.agendaCount, voted: r.votedCount })}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    );

  return (
    <div className="mx-auto max-w-6xl space-y-5">
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold text-stone-900">{t('list.heading')}</h1>
          {list.councilVi ? <p className="text-sm text-stone-700">{locale === 'vi' ? list.councilVi : list.councilEn}</p> : null}
          <p className="text-sm text-stone-600">{t('list.awaiting', { count: list.awaitingAgenda })}</p>
        </div>
        {list.canCreate ? (
          <Link href="/council/new" className="inline-flex h-10 items-center rounded-md bg-brand-700 px-4 text-sm font-medium text-white hover:bg-brand-800">
            {t('list.create')}
          </Link>
        ) : null}
      </header>
      {notOnAgenda ? (
        <p role="status" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          {t('list.notOnAgenda')}
        </p>
      ) : null}
      <Card>
        <CardHeader id="council-open" title={t('list.open', { count: list.open.length })} />
        {table(list.open, t('list.emptyOpen'), 'council-open')}
      </Card>
      <Card>
        <CardHeader id="council-upcoming" title={t('list.upcoming', { count: list.upcoming.length })} />
        {table(list.upcoming, t('list.emptyUpcoming'), 'council-upcoming')}
      </Card>
      <Card>
        <CardHeader id="council-closed" title={t('list.closed', { count: list.closed.length })} />
        {table(list.closed, t('list.emptyClosed'), 'council-closed')}
      </Card>
    </div>
  );
}
