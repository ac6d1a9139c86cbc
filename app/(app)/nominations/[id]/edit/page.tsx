import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { Dossier } from '@/components/nominations/dossier';
import { NominationEditor } from '@/components/nominations/editor/nomination-editor';
import { AwardHistoryTable } from '@/components/nominations/award-history-table';
import { ReturnNotice } from '@/components/nominations/return-notice';
import { StatusBadge } from '@/components/nominations/status-badge';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { getCurrentUser } from '@/db/queries/current-user';
import { getNominationEditor } from '@/db/queries/nomination-page';
import type { DocumentKind } from '@/lib/domain/constants';
import { BLOC_SUPPLIED_DOCUMENTS } from '@/lib/rules/dossier';
import { SUMMARY_MIN_LENGTH, plainDecimal } from '@/lib/validation/nomination';
import { changesSinceReturn } from '@/lib/workflow/changes-since-return';

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return { title: `${(await getTranslations('nominations.editor'))('title')} #${(await params).id}` };
}

/** The unit's editor for a draft or returned nomination: fields saved as typed, documents, the
 * eligibility checks and the nominee's award history. */
export default async function EditNominationPage({ params }: Params) {
  const viewer = await getCurrentUser();
  if (!viewer) return null;
  const id = Number((await params).id);
  const data = Number.isInteger(id) && id > 0 ? await getNominationEditor(viewer, id) : null;
  if (!data) notFound();
  // Out of the unit's hands (or not the unit's): the nomination's own page says where it stands.
  if (data === 'read_only') redirect(`/nominations/${id}`);
  const { detail: n, content, eligibility, history } = data;
  const t = await getTranslations('nominations.editor');
  const locale = await getLocale();
  const pick = (vi: string, en: string) => (locale === 'vi' ? vi : en);
  // Figures as the person types them: "99,5" in Vietnamese, "99.5" in English, not PostgreSQL's "99.50".
  const typed = (v: string | null) => (v === null ? null : locale === 'vi' ? plainDecimal(v).replace('.', ',') : plainDecimal(v));
  const unitKinds = n.requiredDocuments.filter((k) => !BLOC_SUPPLIED_DOCUMENTS.includes(k as DocumentKind));
  const changes = changesSinceReturn(n.timeline);

  return (
    <div className="mx-auto max-w-5xl space-y-5">
      <Link href={`/nominations/${id}`} className="text-sm text-brand-700 hover:underline">
        ← {t('back')}
      </Link>
      <header className="space-y-2">
        <div className="flex flex-wrap items-center gap-3">
          <span className="font-mono text-sm text-stone-600">{n.reference}</span>
          <StatusBadge status={n.status} />
        </div>
        <h1 className="text-2xl font-semibold text-stone-900">{t('heading', { nominee: pick(n.nomineeVi, n.nomineeEn) })}</h1>
        <p className="text-sm text-stone-700">
          {pick(n.awardVi, n.awardEn)} · {pick(n.roundVi, n.roundEn)}
        </p>
        <p className="text-sm text-stone-600">{t('intro')}</p>
      </header>
      {n.status === 'returned' && changes ? <ReturnNotice changes={changes} /> : null}

      <Card>
        <CardBody className="py-5">
          <NominationEditor
            nominationId={id}
            version={n.version}
            updatedAt={n.updatedAt.toISOString()}
            roundYear={n.roundYear}
            summaryMin={SUMMARY_MIN_LENGTH}
            initial={{
              achievementSummary: n.achievementSummary,
              figures: content.figures.map((f) => ({ indicatorId: f.indicatorId, year: f.year, target: typed(f.target), result: typed(f.result)!, changePct: typed(f.changePct) })),
              initiativeIds: content.initiatives.map((i) => i.id),
            }}
            indicators={data.indicators.map((x) => ({ id: x.id, name: pick(x.nameVi, x.nameEn), unit: pick(x.unitVi, x.unitEn) }))}
            initiatives={data.initiatives}
            eligibility={eligibility}
          />
        </CardBody>
      </Card>

      <Card>
        <CardHeader title={t('documents')} />
        <CardBody>
          <Dossier
            nominationId={n.id}
            documents={n.documents.map((d) => ({ ...d, uploadedAt: d.uploadedAt.toISOString() }))}
            required={unitKinds}
            editable
            kinds={[...new Set([...unitKinds, 'other'])]}
          />
        </CardBody>
      </Card>

      <Card>
        <CardHeader title={t('history')} />
        <CardBody>
          <AwardHistoryTable history={history} />
        </CardBody>
      </Card>

      <div className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-stone-200 bg-white p-4">
        <p className="text-sm text-stone-700">{t('nextStep')}</p>
        <Link href={`/nominations/${id}`} className="inline-flex h-10 items-center rounded-md bg-brand-700 px-4 text-sm font-medium text-white hover:bg-brand-800">
          {t('done')}
        </Link>
      </div>
    </div>
  );
}
