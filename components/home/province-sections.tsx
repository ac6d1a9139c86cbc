import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Card, CardBody, CardHeader, EmptyState, Stat } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { getApproverHome, getAppraisalHome, getCouncilHome } from '@/db/queries/home-province';
import type { RoleGrant } from '@/lib/policy/viewer';
import { NominationTable } from './nomination-table';
import { WorkingDaysLeft } from './working-days';

const dayOf = (day: string) => new Date(`${day}T00:00:00+07:00`);

export async function AppraiserSection({ grant }: { grant: RoleGrant }) {
  const home = await getAppraisalHome(grant);
  if (!home) return null;
  const t = await getTranslations('home');
  const format = await getFormatter();
  return (
    <section aria-labelledby="appraiser-title" className="space-y-4">
      <h2 id="appraiser-title" className="text-lg font-semibold text-stone-900">
        {t('appraiser.title')}
      </h2>
      <div className="grid grid-cols-3 gap-3">
        <Stat label={t('appraiser.inAppraisal')} value={home.counts.appraisal} />
        <Stat label={t('appraiser.onHold')} value={home.counts.onHold} tone={home.counts.onHold > 0 ? 'attention' : 'neutral'} />
        <Stat label={t('appraiser.publicNotice')} value={home.counts.publicNotice} />
      </div>
      <Card>
        <CardHeader id="appraisal-queue" title={t('appraiser.queue')} />
        <NominationTable
          rows={home.queue}
          empty={t('appraiser.queueEmpty')}
          columns={['reference', 'nominee', 'award', 'proposingUnit']}
          extra={[
            { header: t('columns.due'), cell: (r) => <span className="whitespace-nowrap">{format.dateTime(dayOf(r.dueOn), 'short')}</span> },
            { header: t('columns.left'), cell: (r) => <WorkingDaysLeft days={r.workingDaysLeft} /> },
          ]}
        />
      </Card>
      <Card>
        <CardHeader id="appraisal-on-hold" title={t('appraiser.onHoldTitle')} />
        <NominationTable rows={home.onHold} empty={t('appraiser.onHoldEmpty')} columns={['reference', 'nominee', 'award', 'proposingUnit', 'updated']} />
      </Card>
    </section>
  );
}

export async function CouncilSection({ grant }: { grant: RoleGrant }) {
  const home = await getCouncilHome(grant);
  if (!home) return null;
  const t = await getTranslations('home');
  const locale = await getLocale();
  const format = await getFormatter();
  return (
    <section aria-labelledby="council-title" className="space-y-4">
      <div>
        <h2 id="council-title" className="text-lg font-semibold text-stone-900">
          {locale === 'vi' ? home.councilVi : home.councilEn}
        </h2>
        <p className="text-sm text-stone-600">
          {home.lastSession ? t('council.lastSession', { date: format.dateTime(dayOf(home.lastSession.heldOn), 'short') }) : t('council.noSession')}
        </p>
      </div>
      <div className="grid grid-cols-3 gap-3">
        <Stat label={t('council.members')} value={home.members} />
        <Stat label={t('council.quorum')} value={home.quorum} />
        <Stat label={t('council.agendaCount')} value={home.agenda.length} />
      </div>
      <Card>
        <CardHeader id="council-agenda" title={t('council.agenda')} description={t('council.thresholdNote')} />
        <NominationTable
          rows={home.agenda}
          empty={t('council.agendaEmpty')}
          columns={['reference', 'nominee', 'award', 'proposingUnit']}
          extra={[
            {
              header: t('columns.threshold'),
              className: 'whitespace-nowrap text-right',
              cell: (r) => (r.thresholdPct === null ? t('council.noBallot') : format.number(r.thresholdPct / 100, { style: 'percent' })),
            },
            { header: t('columns.votesNeeded'), className: 'text-right tabular-nums', cell: (r) => (r.votesNeeded === null ? '—' : `${r.votesNeeded}/${home.members}`) },
          ]}
        />
      </Card>
    </section>
  );
}

export async function ApproverSection({ grant }: { grant: RoleGrant }) {
  const home = await getApproverHome(grant);
  if (!home) return null;
  const t = await getTranslations('home');
  const locale = await getLocale();
  const format = await getFormatter();
  return (
    <section aria-labelledby="approver-title" className="space-y-4">
      <h2 id="approver-title" className="text-lg font-semibold text-stone-900">
        {t('approver.title')}
      </h2>
      <Card>
        <CardHeader id="approver-awaiting" title={t('approver.awaiting')} />
        {home.byAward.length === 0 ? (
          <EmptyState>{t('approver.awaitingEmpty')}</EmptyState>
        ) : (
          home.byAward.map((group) => (
            <div key={group.awardVi}>
              <h3 className="bg-gold-50 px-4 py-2 text-sm font-semibold text-gold-700">
                {t('approver.group', { award: locale === 'vi' ? group.awardVi : group.awardEn, count: group.items.length })}
              </h3>
              <NominationTable rows={group.items} empty="" columns={['reference', 'nominee', 'proposingUnit', 'updated']} />
            </div>
          ))
        )}
      </Card>
      <Card>
        <CardHeader id="approver-decisions" title={t('approver.decisions')} />
        {home.decisions.length === 0 ? (
          <CardBody>
            <EmptyState>{t('approver.decisionsEmpty')}</EmptyState>
          </CardBody>
        ) : (
          <Table>
            <thead>
              <tr>
                <Th>{t('columns.decision')}</Th>
                <Th>{t('columns.signedOn')}</Th>
                <Th>{t('columns.status')}</Th>
                <Th className="text-right">{t('columns.recipients')}</Th>
              </tr>
            </thead>
            <tbody>
              {home.decisions.map((d) => (
                <tr key={d.id}>
                  <Td className="font-medium">{d.number}</Td>
                  <Td>{d.signedOn ? format.dateTime(dayOf(d.signedOn), 'short') : '—'}</Td>
                  <Td>{t(`approver.decisionStates.${d.state === 'issued' ? 'issued' : 'draft'}`)}</Td>
                  <Td className="text-right tabular-nums">{d.recipients}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
    </section>
  );
}
