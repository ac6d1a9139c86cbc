import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { AgreementVersionForm } from '@/components/bloc/agreement-version-form';
import { BlocHeader, NoBlocYear, termParam } from '@/components/bloc/bloc-header';
import { getAgreementPage } from '@/db/queries/agreements';
import { getCurrentUser } from '@/db/queries/current-user';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('bloc'))('versionForm.title') };
}

const text = (n: number | null) => (n === null ? '' : String(n));

/** A new version of the agreement, written by the head unit's lead (issue 5.2); for a bloc-year
 * without an agreement, its first version, built from an empty table. */
export default async function NewAgreementVersionPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await getCurrentUser();
  if (!viewer) return null;
  const page = await getAgreementPage(viewer, termParam((await searchParams).term));
  if (!page) return <NoBlocYear />;
  const t = await getTranslations('bloc');
  const locale = await getLocale();
  const pick = (vi: string, en: string) => (locale === 'vi' ? vi : en);
  const { term, current } = page;
  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <BlocHeader title={current ? t('versionForm.title') : t('versionForm.titleFirst')} subtitle={t('agreement.heading', { bloc: pick(term.nameVi, term.nameEn), year: String(term.year) })} termId={term.id} current="agreement" />
      {!page.canCreateVersion ? (
        <p className="rounded-lg border border-amber-200 bg-amber-50 p-4 text-amber-900">{term.scoringClosed ? t('versionForm.closed') : t('versionForm.notLead')}</p>
      ) : (
        <AgreementVersionForm
          termId={term.id}
          basedOnId={current?.id ?? null}
          basedOnVersion={current?.version ?? null}
          indicators={page.indicators.map((i) => ({ id: i.id, name: pick(i.nameVi, i.nameEn), unit: pick(i.unitVi, i.unitEn) }))}
          initial={{
            titleVi: current?.titleVi ?? '',
            titleEn: current?.titleEn ?? '',
            changeNote: current ? '' : t('versionForm.firstChangeNote'),
            criteria: page.criteria.map((c) => ({
              groupTitleVi: c.groupTitleVi,
              groupTitleEn: c.groupTitleEn,
              titleVi: c.titleVi,
              titleEn: c.titleEn,
              kind: c.kind,
              maxPoints: String(c.maxPoints),
              method: c.method,
              indicatorId: c.indicatorId === null ? '' : String(c.indicatorId),
              linearFrom: text(c.linearFrom),
              linearTo: text(c.linearTo),
              evidenceVi: c.evidenceVi,
              evidenceEn: c.evidenceEn,
            })),
          }}
        />
      )}
    </div>
  );
}
