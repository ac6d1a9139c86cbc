import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { NewCouncilSessionForm } from '@/components/council/new-session-form';
import { Card, CardBody } from '@/components/ui/card';
import { getCurrentUser } from '@/db/queries/current-user';
import { getNewCouncilSessionForm } from '@/db/queries/council-views';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('council.new'))('title') };
}

/** The council secretary calls a session: its day and place. */
export default async function NewCouncilSessionPage() {
  const viewer = await getCurrentUser();
  if (!viewer) return null;
  const form = await getNewCouncilSessionForm(viewer);
  const t = await getTranslations('council');
  const locale = await getLocale();
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <Link href="/council" className="text-sm text-brand-700 hover:underline">
        ← {t('session.back')}
      </Link>
      <h1 className="text-2xl font-semibold text-stone-900">{t('new.title')}</h1>
      {form ? (
        <>
          <p className="text-sm text-stone-700">{t('new.description', { council: locale === 'vi' ? form.councilVi : form.councilEn, members: form.membersToday, awaiting: form.awaitingAgenda })}</p>
          <Card>
            <CardBody>
              <NewCouncilSessionForm today={form.today} />
            </CardBody>
          </Card>
        </>
      ) : (
        <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
          {t('new.notSecretary')}
        </p>
      )}
    </div>
  );
}
