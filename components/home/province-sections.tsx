import { NoticesRunningSection } from '@/components/notices/notices-running-section';
import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { QueueTable } from '@/components/appraisal/queue-table';
import { Card, CardHeader, EmptyState, Stat } from '@/components/ui/card';
import { getAppraisalHome, getCouncilHome } from '@/db/queries/home-province';
import type { RoleGrant } from '@/lib/policy/viewer';
import { NominationTable } from './nomination-table';

const dayOf = (day: string) => new Date(`${day}T00:00:00+07:00`);

export async function AppraiserSection({ grant }: { grant: RoleGrant }) {
  const locale = await getLocale();
  const home = await getAppraisalHome(grant, locale === 'en' ? 'en' : 'vi');
  if (!home) return null;
  const t = await getTranslations('home');
  const tQueue = await getTranslations('appraisal');
  return (
    <section aria-labelledby="appraiser-title" className="space-y-4">
      <h2 id="appraiser-title" className="text-lg font-semibold text-stone-900">
        {t('appraiser.title')}
      </h2>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Stat label={t('appraiser.inAppraisal')} value={home.counts.appraisal} />
        <Stat label={tQueue('home.overdue')} value={home.counts.overdue} tone={home.counts.overdue > 0 ? 'attention' : 'neutral'} />
        <Stat label={t('appraiser.onHold')} value={home.counts.onHold} tone={home.counts.onHold > 0 ? 'attention' : 'neutral'} />
        <Stat label={t('appraiser.publicNotice')} value={home.counts.publicNotice} />
      </div>
      <Card>
        <CardHeader
          id="appraisal-queue"
          title={t('appraiser.queue')}
          action={
            <Link href="/appraisal" className="text-sm font-medium text-brand-800 underline-offset-2 hover:underline">
              {tQueue('home.viewQueue', { count: home.counts.appraisal })}
            </Link>
          }
        />
        {home.dueFirst.length === 0 ? (
          <EmptyState>{t('appraiser.queueEmpty')}</EmptyState>
        ) : (
          <QueueTable rows={home.dueFirst} columns={['nominee', 'proposingUnit', 'award', 'received', 'left']} />
        )}
      </Card>
      <Card>
        <CardHeader
          id="appraisal-on-hold"
          title={t('appraiser.onHoldTitle')}
          action={
            <Link href="/appraisal?status=on_hold" className="text-sm font-medium text-brand-800 underline-offset-2 hover:underline">
              {tQueue('home.viewOnHold', { count: home.counts.onHold })}
            </Link>
          }
        />
        {home.onHold.length === 0 ? <EmptyState>{t('appraiser.onHoldEmpty')}</EmptyState> : <QueueTable rows={home.onHold} columns={['nominee', 'proposingUnit', 'award', 'hold', 'left']} />}
      </Card>
      <NoticesRunningSection grant={grant} />
    </section>
  );
}

export async function CouncilSection({ grant }: { grant: RoleGrant }) {
  const home = await getCouncilHome(grant);
  if (!home) return null;
  const t = await getTranslations('home');
  const tc = await getTranslations('council');
  const locale = await getLocale();
  const format = await getFormatter();
  const pick = (vi: string, en: string) => (locale === 'vi' ? vi : en);
  const pct = (value: string | number) => format.number(Number(value) / 100, { style: 'percent', maximumFractionDigits: 2 });
  const next = home.next;
  return (
    <section aria-labelledby="council-title" className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h2 id="council-title" className="text-lg font-semibold text-stone-900">
            {pick(home.councilVi, home.councilEn)}
          </h2>
          <p className="text-sm text-stone-600">
            {home.lastSession ? t('council.lastSession', { date: format.dateTime(dayOf(home.lastSession.heldOn), 'short') }) : t('council.noSession')}
          </p>
        </div>
        <Link href="/council/new" className="inline-flex h-10 items-center rounded-md border border-brand-700 px-4 text-sm font-medium text-brand-800 hover:bg-brand-50">
          {tc('list.create')}
        </Link>
      </div>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Stat label={t('council.members')} value={home.members} />
        <Stat label={tc('home.nextDate')} value={next ? format.dateTime(dayOf(next.heldOn), 'short') : '—'} />
        <Stat label={tc('home.presentStat')} value={next ? `${next.present}/${next.membersTotal}` : '—'} tone={next ? (next.quorum.met ? 'good' : 'attention') : 'neutral'} />
        <Stat label={tc('home.awaitingStat')} value={home.awaitingCount} tone={home.awaitingCount > 0 ? 'attention' : 'neutral'} />
      </div>
      <Card>
        <CardHeader
          id="council-agenda"
          title={next ? tc('home.nextTitle', { date: format.dateTime(dayOf(next.heldOn), 'short'), state: tc(`states.${next.state}`) }) : t('council.agenda')}
          description={next ? (next.location ?? undefined) : undefined}
          action={
            next ? (
              <Link href={`/council/${next.id}`} className="text-sm font-medium text-brand-800 underline-offset-2 hover:underline">
                {tc('home.openSession')}
              </Link>
            ) : undefined
          }
        />
        {next ? (
          <>
            <p className={next.quorum.met ? 'border-b border-stone-100 px-4 py-2 text-sm text-emerald-800' : 'border-b border-stone-100 px-4 py-2 text-sm text-amber-800'}>
              {next.quorum.met
                ? tc('quorum.met', { present: next.present, total: next.membersTotal, pct: pct(next.quorum.pct) })
                : tc('quorum.notMet', { present: next.present, total: next.membersTotal, needed: next.quorum.needed, pct: pct(next.quorum.pct) })}
              {next.writtenVotes > 0 ? ` · ${tc('home.written', { count: next.writtenVotes })}` : ''}
              {next.quorumSetBy.length > 0 ? ` · ${tc('home.setBy', { awards: next.quorumSetBy.map((a) => pick(a.nameVi, a.nameEn)).join('; ') })}` : ''}
            </p>
            <NominationTable
              rows={next.agenda}
              empty={tc('agenda.empty')}
              columns={['reference', 'nominee', 'award', 'proposingUnit']}
              extra={[
                {
                  header: t('columns.threshold'),
                  className: 'whitespace-nowrap text-right',
                  cell: (r) => (r.thresholdPct === null ? t('council.noBallot') : pct(r.thresholdPct)),
                },
                { header: t('columns.votesNeeded'), className: 'text-right tabular-nums', cell: (r) => (r.votesNeeded === null ? '—' : `${r.votesNeeded}/${next.membersTotal}`) },
                { header: tc('agenda.columns.result'), cell: (r) => (r.passed === null ? tc('agenda.notVoted') : r.passed ? tc('result.passed') : tc('result.failed')) },
              ]}
            />
          </>
        ) : (
          <EmptyState>{tc('home.noNext')}</EmptyState>
        )}
      </Card>
      <Card>
        <CardHeader id="council-awaiting" title={tc('home.awaitingTitle', { count: home.awaitingCount })} description={t('council.thresholdNote')} />
        <NominationTable rows={home.awaiting} empty={t('council.agendaEmpty')} columns={['reference', 'nominee', 'award', 'proposingUnit']} />
      </Card>
    </section>
  );
}

// The approver's section lives with the decisions it lists.
export { ApproverSection } from '@/components/decisions/approver-section';
