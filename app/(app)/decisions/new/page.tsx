import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { DecisionDraftForm } from '@/components/decisions/decision-draft-form';
import { Card, EmptyState } from '@/components/ui/card';
import { getCurrentUser } from '@/db/queries/current-user';
import { getDecisionCandidates } from '@/db/queries/decision-pages';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('decisions.new'))('title') };
}

/** The approver drafts a decision from the nominations awaiting one, grouped by award. */
export default async function NewDecisionPage() {
  const viewer = await getCurrentUser();
  if (!viewer) return null;
  const t = await getTranslations('decisions.new');
  const tRefusals = await getTranslations('refusals');
  const locale = await getLocale();
  const data = await getDecisionCandidates(viewer);
  if (!data) return <p className="mx-auto max-w-2xl rounded-lg border border-amber-200 bg-amber-50 p-4 text-amber-900">{tRefusals('role_not_permitted', { roles: '' })}</p>;
  const pick = (vi: string, en: string) => (locale === 'vi' ? vi : en);
  return (
    <div className="mx-auto max-w-3xl space-y-5">
      <Link href="/decisions" className="text-sm text-brand-700 hover:underline">
        ← {(await getTranslations('decisions.page'))('back')}
      </Link>
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold text-stone-900">{t('title')}</h1>
        <p className="text-sm text-stone-600">{t('intro')}</p>
        <p className="text-sm text-stone-600">{t('upwardNote')}</p>
      </div>
      {data.inDrafts.length > 0 ? (
        <ul className="space-y-1 rounded-lg border border-stone-200 bg-white p-4 text-sm">
          {data.inDrafts.map((d) => (
            <li key={d.id}>
              {t('inDrafts', { number: d.number, count: d.count })}{' '}
              <Link href={`/decisions/${d.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                {t('openDraft', { number: d.number })}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      {data.groups.length === 0 ? (
        <Card>
          <EmptyState>{t('none')}</EmptyState>
        </Card>
      ) : (
        <DecisionDraftForm
          groups={data.groups.map((g) => ({
            awardCode: g.awardCode,
            award: pick(g.awardVi, g.awardEn),
            items: g.items.map((i) => ({ id: i.id, version: i.version, reference: i.reference, nominee: pick(i.nomineeVi, i.nomineeEn), proposingUnit: pick(i.proposingUnitVi, i.proposingUnitEn) })),
          }))}
          defaults={data.defaults}
        />
      )}
    </div>
  );
}
