import { getLocale, getTranslations } from 'next-intl/server';
import { Card, CardHeader } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { getBlocHome } from '@/db/queries/home-bloc';
import type { RoleGrant } from '@/lib/policy/viewer';
import { cn } from '@/lib/utils';
import { NominationTable } from './nomination-table';

export async function BlocSection({ grant }: { grant: RoleGrant }) {
  const home = await getBlocHome(grant);
  if (!home) return null;
  const t = await getTranslations('home');
  const locale = await getLocale();
  const pick = (vi: string, en: string) => (locale === 'vi' ? vi : en);
  return (
    <section aria-labelledby="bloc-year" className="space-y-4">
      <div>
        <h2 id="bloc-year" className="text-lg font-semibold text-stone-900">
          {t('bloc.title', { bloc: pick(home.blocNameVi, home.blocNameEn), year: String(home.year) })}
        </h2>
        <p className="text-sm text-stone-600">
          {t('bloc.head', { unit: pick(home.headVi, home.headEn) })} · {t('bloc.deputy', { unit: pick(home.deputyVi, home.deputyEn) })}
        </p>
      </div>
      <div className="grid grid-cols-1 gap-4 xl:grid-cols-5">
        <Card className="xl:col-span-2">
          <CardHeader
            id="bloc-members"
            title={t('bloc.members', { count: home.members.length })}
            description={
              home.agreement
                ? t('bloc.agreement', {
                    title: pick(home.agreement.titleVi, home.agreement.titleEn),
                    version: home.agreement.version,
                    accepted: home.agreement.acceptances,
                    total: home.members.length,
                  })
                : t('bloc.noAgreement')
            }
          />
          <Table>
            <thead>
              <tr>
                <Th>{t('columns.unit')}</Th>
                <Th>{t('columns.position')}</Th>
                <Th className="text-right">{t('columns.nominations')}</Th>
                <Th>{t('columns.agreement')}</Th>
              </tr>
            </thead>
            <tbody>
              {home.members.map((m) => (
                <tr key={m.unitId}>
                  <Td className="font-medium">{pick(m.nameVi, m.nameEn)}</Td>
                  <Td className={cn('whitespace-nowrap', m.position !== 'member' && 'font-medium text-brand-700')}>{t(`bloc.positions.${m.position}`)}</Td>
                  <Td className="text-right tabular-nums">{m.nominations}</Td>
                  <Td className={cn('whitespace-nowrap', m.acceptedAgreement ? 'text-emerald-700' : 'text-stone-500')}>{m.acceptedAgreement ? t('bloc.accepted') : t('bloc.notAccepted')}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </Card>
        <Card className="xl:col-span-3">
          <CardHeader id="bloc-awaiting" title={t('bloc.awaiting')} />
          <NominationTable rows={home.awaitingBloc} empty={t('bloc.awaitingEmpty')} columns={['reference', 'nominee', 'award', 'proposingUnit', 'updated']} />
        </Card>
      </div>
    </section>
  );
}
