import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { AwardNoticeForm } from '@/components/admin/award-notice-form';
import { Card, CardBody, EmptyState } from '@/components/ui/card';
import { listAwardCatalogue, type CatalogueAwardType } from '@/db/queries/award-catalogue';
import { getCurrentUser } from '@/db/queries/current-user';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('awardCatalogue'))('title') };
}

const dayOf = (day: string) => new Date(`${day}T00:00:00+07:00`);

/** The award types in force with their rules (data with a legal basis), and the one setting the
 * administrator changes here: whether a type runs a public notice, and for how long. Admin only. */
export default async function AwardTypesPage() {
  const viewer = await getCurrentUser();
  if (!viewer) return null;
  const catalogue = await listAwardCatalogue(viewer);
  if (!catalogue) notFound();
  const t = await getTranslations('awardCatalogue');
  const locale = await getLocale();
  const format = await getFormatter();
  const number = (value: string) => format.number(Number(value), { maximumFractionDigits: 2 });

  const threshold = (a: CatalogueAwardType) =>
    a.voteThresholdPct === null ? t('rules.noThreshold') : t('rules.threshold', { pct: number(a.voteThresholdPct), basis: t(`voteBasis.${a.voteBasis}`) });
  const rules = (a: CatalogueAwardType): [string, string][] => [
    [t('rules.target'), t(`target.${a.target}`)],
    [t('rules.route'), t(`route.${a.route}`)],
    [t('rules.reviewBody'), t(`reviewBody.${a.reviewBody}`)],
    [t('rules.thresholdLabel'), threshold(a)],
    [t('rules.quorumLabel'), a.quorumPct === null ? '—' : t('rules.quorum', { pct: number(a.quorumPct) })],
    [
      t('rules.prizeLabel'),
      Number(a.householdMultiplier) === 1 ? t('rules.prize', { coefficient: number(a.prizeCoefficient) }) : t('rules.prizeHousehold', { coefficient: number(a.prizeCoefficient), multiplier: number(a.householdMultiplier) }),
    ],
    [
      t('rules.effectiveLabel'),
      a.effectiveTo
        ? t('rules.effectiveRange', { from: format.dateTime(dayOf(a.effectiveFrom), 'short'), to: format.dateTime(dayOf(a.effectiveTo), 'short') })
        : t('rules.effectiveFrom', { from: format.dateTime(dayOf(a.effectiveFrom), 'short') }),
    ],
    [t('rules.noticeLabel'), a.requiresPublicNotice ? t('rules.notice', { count: a.noticeWorkingDays ?? 0 }) : t('rules.noNotice')],
  ];

  return (
    <div className="mx-auto max-w-6xl space-y-5">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold text-stone-900">{t('title')}</h1>
        <p className="text-stone-700">{t('subtitle')}</p>
      </header>
      {catalogue.length === 0 ? (
        <Card>
          <EmptyState>{t('empty')}</EmptyState>
        </Card>
      ) : (
        <div className="grid gap-4 lg:grid-cols-2">
          {catalogue.map((a) => {
            const name = locale === 'vi' ? a.nameVi : a.nameEn;
            return (
              <Card key={a.id} aria-labelledby={`award-${a.id}`}>
                <div className="border-b border-stone-100 px-4 py-3">
                  <h2 id={`award-${a.id}`} className="text-base font-semibold text-stone-900">
                    {name}
                  </h2>
                  <p className="font-mono text-xs text-stone-600">{t('code', { code: a.code, version: a.version })}</p>
                </div>
                <CardBody className="space-y-4">
                  <dl className="grid gap-x-4 gap-y-1.5 text-sm sm:grid-cols-[minmax(0,11rem)_minmax(0,1fr)]">
                    {rules(a).map(([label, value]) => (
                      <div key={label} className="contents">
                        <dt className="text-stone-600">{label}</dt>
                        <dd className="text-stone-900">{value}</dd>
                      </div>
                    ))}
                    <div className="contents">
                      <dt className="text-stone-600">{t('rules.legalBasis')}</dt>
                      <dd lang="vi" className="text-stone-900">
                        {a.legalBasis}
                      </dd>
                    </div>
                  </dl>
                  <div className="border-t border-stone-100 pt-3">
                    <h3 className="mb-2 text-sm font-semibold text-stone-900">{t('form.title')}</h3>
                    <AwardNoticeForm awardTypeId={a.id} name={name} requiresPublicNotice={a.requiresPublicNotice} noticeWorkingDays={a.noticeWorkingDays} roundMinimum={a.roundMinimum} />
                  </div>
                </CardBody>
              </Card>
            );
          })}
        </div>
      )}
    </div>
  );
}
