import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { BallotNewSessionForm } from '@/components/bloc/ballot-new-session-form';
import { Card, CardBody } from '@/components/ui/card';
import { getNewBlocSessionForm } from '@/db/queries/bloc-ballot-views';
import { getCurrentUser } from '@/db/queries/current-user';
import { todayInVietnam } from '@/lib/rules/dates';
import { WorkflowError } from '@/lib/workflow/refusals';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('blocBallot'))('title') };
}

type Props = { searchParams: Promise<{ term?: string }> };

/** The lead calls the next ballot round of a bloc-year. */
export default async function NewBlocSessionPage({ searchParams }: Props) {
  const viewer = await getCurrentUser();
  if (!viewer) return null;
  const termId = Number((await searchParams).term);
  if (!Number.isInteger(termId) || termId <= 0) notFound();
  const t = await getTranslations('blocBallot');
  const tRefusals = await getTranslations('refusals');
  let form;
  try {
    form = await getNewBlocSessionForm(viewer, termId);
  } catch (error) {
    if (!(error instanceof WorkflowError)) throw error;
    return (
      <div className="mx-auto max-w-3xl space-y-4">
        <Link href="/bloc/ballot" className="text-sm text-brand-700 hover:underline">
          ← {t('session.back')}
        </Link>
        <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
          {tRefusals(error.refusal, { max: 2, ...error.params })}
        </p>
      </div>
    );
  }
  if (!form) notFound();
  const locale = await getLocale();
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <Link href="/bloc/ballot" className="text-sm text-brand-700 hover:underline">
        ← {t('session.back')}
      </Link>
      <h1 className="text-2xl font-semibold text-stone-900">{t('form.title', { round: form.roundNo, bloc: locale === 'vi' ? form.nameVi : form.nameEn, year: form.year })}</h1>
      <Card>
        <CardBody>
          <BallotNewSessionForm termId={form.termId} today={todayInVietnam()} members={form.members} candidates={form.candidates} />
        </CardBody>
      </Card>
    </div>
  );
}
