import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { NominationForm } from '@/components/nominations/nomination-form';
import { Card, CardBody } from '@/components/ui/card';
import { getCurrentUser } from '@/db/queries/current-user';
import { getNominationFormOptions } from '@/db/queries/workflow/create';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('nominations.form'))('title') };
}

export default async function NewNominationPage() {
  const viewer = await getCurrentUser();
  if (!viewer) return null;
  const t = await getTranslations('nominations.form');
  const locale = await getLocale();
  const options = await getNominationFormOptions(viewer);
  const pick = (vi: string, en: string) => (locale === 'vi' ? vi : en);
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      {!options ? (
        <p className="rounded-lg border border-amber-200 bg-amber-50 p-4 text-amber-900">{t('notAllowed')}</p>
      ) : options.rounds.length === 0 ? (
        <p className="rounded-lg border border-stone-200 bg-white p-4">{t('noRounds')}</p>
      ) : (
        <Card>
          <CardBody className="space-y-4 py-5">
            <p className="text-sm text-stone-700">{t('intro', { unit: pick(options.unitNameVi, options.unitNameEn) })}</p>
            <NominationForm
              options={{
                unitId: options.unitId,
                unitName: pick(options.unitNameVi, options.unitNameEn),
                rounds: options.rounds.map((r) => ({
                  id: r.id,
                  name: pick(r.nameVi, r.nameEn),
                  deadline: r.deadline,
                  awards: r.awards.map((a) => ({ id: a.id, name: pick(a.nameVi, a.nameEn), target: a.target, standard: pick(a.standardVi, a.standardEn) })),
                })),
                units: options.units.map((u) => ({ id: u.id, name: pick(u.nameVi, u.nameEn) })),
                people: options.people,
                households: options.households,
              }}
            />
          </CardBody>
        </Card>
      )}
    </div>
  );
}
