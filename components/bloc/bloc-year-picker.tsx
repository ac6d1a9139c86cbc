import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { Card, CardBody } from '@/components/ui/card';
import type { BlocYearChoice } from '@/db/queries/bloc-year';

/** For the province's appraisers and auditors, who belong to no bloc: the province's bloc-years of
 * the year, each a link to its page (`/bloc?term=`). */
export async function BlocYearPicker({ choices }: { choices: BlocYearChoice[] }) {
  const t = await getTranslations('bloc');
  const locale = await getLocale();
  const pick = (vi: string, en: string) => (locale === 'vi' ? vi : en);
  const year = choices[0]?.year;
  return (
    <div className="mx-auto max-w-5xl space-y-4">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold text-stone-900">{t('choose.title')}</h1>
        <p className="text-sm text-stone-600">{t('choose.intro')}</p>
      </header>
      {year === undefined ? (
        <p className="rounded-lg border border-stone-200 bg-white p-4 text-stone-700">{t('choose.none')}</p>
      ) : (
        <section aria-labelledby="bloc-choices" className="space-y-3">
          <h2 id="bloc-choices" className="text-lg font-semibold text-stone-900">
            {t('choose.heading', { year: String(year) })}
          </h2>
          <ul className="grid gap-3 md:grid-cols-2">
            {choices.map((c) => (
              <li key={c.id}>
                <Card>
                  <CardBody className="space-y-1 text-sm">
                    <Link href={`/bloc?term=${c.id}`} className="text-base font-medium text-brand-700 underline">
                      {pick(c.nameVi, c.nameEn)} · {c.year}
                    </Link>
                    <p className="text-stone-700">{t('choose.head', { unit: pick(c.headVi, c.headEn) })}</p>
                    <p className="text-stone-600">
                      {t('choose.members', { count: c.members })} · {c.agreementVersion === null ? t('choose.noAgreement') : t('choose.agreement', { version: c.agreementVersion })} ·{' '}
                      {c.scoringClosed ? t('choose.scoringClosed') : t('choose.scoringOpen')}
                    </p>
                  </CardBody>
                </Card>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
