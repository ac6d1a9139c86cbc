import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { ActionPanel, type PanelAction } from '@/components/nominations/action-panel';
import { Dossier } from '@/components/nominations/dossier';
import { StatusBadge, StatusChange } from '@/components/nominations/status-badge';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { getCurrentUser } from '@/db/queries/current-user';
import { getNominationForViewer } from '@/db/queries/nominations';
import type { DocumentKind } from '@/lib/domain/constants';
import { BLOC_SUPPLIED_DOCUMENTS } from '@/lib/rules/dossier';
import { findTransition } from '@/lib/workflow/transitions';

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return { title: `${(await getTranslations('nominations'))('title')} #${(await params).id}` };
}

/** A nomination: header, the actions this person may take now, dossier, timeline (ux.md). */
export default async function NominationPage({ params }: Params) {
  const viewer = await getCurrentUser();
  if (!viewer) return null;
  const id = Number((await params).id);
  // Missing and forbidden look the same: an id reveals nothing (S3).
  const n = Number.isInteger(id) && id > 0 ? await getNominationForViewer(viewer, id) : null;
  if (!n) notFound();
  const t = await getTranslations('nominations');
  const tStatus = await getTranslations('status');
  const tActions = await getTranslations('actions');
  const tRoles = await getTranslations('roles');
  const tHome = await getTranslations('home.columns');
  const locale = await getLocale();
  const format = await getFormatter();
  const pick = (vi: string, en: string) => (locale === 'vi' ? vi : en);

  const actions: PanelAction[] = n.actions.flatMap((action) => {
    const transition = findTransition(action, n.status);
    if (!transition) return [];
    const origin = transition.resolve === 'origin' ? (action === 'release' ? n.heldFrom : n.returnedFrom) : null;
    const toLabel = origin ? tStatus(origin) : transition.resolve ? t(`dialog.targets.${transition.resolve}`) : tStatus(transition.to[0]!);
    return [{ action, requiresReason: transition.requiresReason, toLabel }];
  });

  return (
    <div className="mx-auto max-w-6xl space-y-5">
      <Link href="/nominations" className="text-sm text-brand-700 hover:underline">
        ← {t('detail.back')}
      </Link>
      <header className="space-y-2">
        <div className="flex flex-wrap items-center gap-3">
          <span className="font-mono text-sm text-stone-600">{n.reference}</span>
          <StatusBadge status={n.status} />
        </div>
        <h1 className="text-2xl font-semibold text-stone-900">{pick(n.nomineeVi, n.nomineeEn)}</h1>
        <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-3">
          <div>
            <dt className="text-stone-500">{t('detail.award')}</dt>
            <dd className="font-medium">{pick(n.awardVi, n.awardEn)}</dd>
          </div>
          <div>
            <dt className="text-stone-500">{t('detail.round')}</dt>
            <dd>{pick(n.roundVi, n.roundEn)}</dd>
          </div>
          <div>
            <dt className="text-stone-500">{t('detail.proposingUnit')}</dt>
            <dd>{pick(n.proposingUnitVi, n.proposingUnitEn)}</dd>
          </div>
        </dl>
        {n.thresholdPct ? <p className="text-sm text-stone-600">{t('detail.threshold', { pct: format.number(Number(n.thresholdPct) / 100, { style: 'percent' }) })}</p> : null}
        {n.provinceReturnCount > 0 ? <p className="text-sm text-amber-800">{t('detail.returnedOnce')}</p> : null}
      </header>

      <Card>
        <CardHeader title={t('detail.actions')} />
        <CardBody>
          <ActionPanel nominationId={n.id} version={n.version} reference={n.reference} statusLabel={tStatus(n.status)} actions={actions} />
        </CardBody>
      </Card>

      {n.achievementSummary ? (
        <Card>
          <CardHeader title={t('detail.summary')} />
          <CardBody>
            <p className="whitespace-pre-line text-[15px] leading-relaxed text-stone-800">{n.achievementSummary}</p>
          </CardBody>
        </Card>
      ) : null}

      <Card>
        <CardHeader title={t('detail.documents')} />
        <CardBody>
          <Dossier
            nominationId={n.id}
            documents={n.documents.map((d) => ({ ...d, uploadedAt: d.uploadedAt.toISOString() }))}
            required={n.requiredDocuments.filter((k) => !BLOC_SUPPLIED_DOCUMENTS.includes(k as DocumentKind))}
            editable={n.canEditDossier}
            kinds={[...new Set([...n.requiredDocuments.filter((k) => !BLOC_SUPPLIED_DOCUMENTS.includes(k as DocumentKind)), 'other'])]}
          />
        </CardBody>
      </Card>

      <Card>
        <CardHeader title={t('detail.timeline')} />
        <Table>
          <thead>
            <tr>
              <Th>{tHome('time')}</Th>
              <Th>{tHome('actor')}</Th>
              <Th>{tHome('action')}</Th>
              <Th>{tHome('change')}</Th>
              <Th>{tHome('reason')}</Th>
            </tr>
          </thead>
          <tbody>
            {n.timeline.map((e) => (
              <tr key={e.seq}>
                <Td className="whitespace-nowrap">{format.dateTime(new Date(e.occurredAt), 'withTime')}</Td>
                <Td>
                  <div className="font-medium">{e.actorName}</div>
                  <div className="text-xs text-stone-500">{e.role ? tRoles(e.role) : ''}</div>
                </Td>
                <Td>{tActions.has(e.action) ? tActions(e.action) : e.action}</Td>
                <Td>
                  <StatusChange from={e.fromStatus} to={e.toStatus} />
                </Td>
                <Td className="max-w-sm text-stone-700">{e.reason ?? ''}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Card>
    </div>
  );
}
