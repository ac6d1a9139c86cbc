import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Card, CardHeader, EmptyState, Stat } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { getUnitHome } from '@/db/queries/home-unit';
import type { RoleGrant } from '@/lib/policy/viewer';
import { APPROVED, UNDER_REVIEW_STATUSES } from '@/lib/workflow/status-groups';
import { NominationTable } from './nomination-table';
import { WorkingDaysLeft } from './working-days';

export async function UnitSection({ grant }: { grant: RoleGrant }) {
  const home = await getUnitHome(grant);
  if (!home) return null;
  const t = await getTranslations('home');
  const locale = await getLocale();
  const format = await getFormatter();
  const n = (s: keyof typeof home.countsByStatus) => home.countsByStatus[s] ?? 0;
  const inReview = UNDER_REVIEW_STATUSES.reduce((sum, s) => sum + n(s), 0);
  return (
    <section aria-labelledby="unit-title" className="space-y-4">
      <h2 id="unit-title" className="text-lg font-semibold text-stone-900">
        {t('unit.title', { unit: locale === 'vi' ? home.unitNameVi : home.unitNameEn })}
      </h2>
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4">
        <Stat label={t('unit.drafts')} value={n('draft')} />
        <Stat label={t('unit.returned')} value={n('returned')} tone={n('returned') > 0 ? 'attention' : 'neutral'} />
        <Stat label={t('unit.inReview')} value={inReview} />
        <Stat label={t('unit.approved')} value={n(APPROVED)} tone="good" />
      </div>
      <div className="grid grid-cols-1 gap-4 xl:grid-cols-3">
        <Card className="xl:col-span-2">
          <CardHeader id="unit-needs-action" title={t('unit.needsAction')} />
          <NominationTable
            rows={home.needsAction}
            empty={t('unit.needsActionEmpty')}
            extra={[
              {
                header: t('unit.dossier'),
                cell: (r) =>
                  r.missingDocuments === 0 ? (
                    <span className="whitespace-nowrap text-emerald-800">✓ {t('unit.documentsComplete')}</span>
                  ) : (
                    <span className="whitespace-nowrap text-amber-800">{t('unit.documentsMissing', { count: r.missingDocuments })}</span>
                  ),
              },
            ]}
          />
        </Card>
        <Card>
          <CardHeader id="unit-rounds" title={t('unit.openRounds')} />
          {home.openRounds.length === 0 ? (
            <EmptyState>{t('unit.openRoundsEmpty')}</EmptyState>
          ) : (
            <Table>
              <thead>
                <tr>
                  <Th>{t('columns.round')}</Th>
                  <Th>{t('columns.deadline')}</Th>
                </tr>
              </thead>
              <tbody>
                {home.openRounds.map((r) => (
                  <tr key={r.id}>
                    <Td className="font-medium">{locale === 'vi' ? r.nameVi : r.nameEn}</Td>
                    <Td>
                      <div className="whitespace-nowrap">{format.dateTime(new Date(`${r.deadline}T00:00:00+07:00`), 'short')}</div>
                      <WorkingDaysLeft days={r.workingDaysLeft} />
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </Card>
      </div>
      <Card>
        <CardHeader id="unit-in-progress" title={t('unit.inProgress')} />
        <NominationTable rows={home.recent} empty={t('unit.inProgressEmpty')} />
      </Card>
    </section>
  );
}
