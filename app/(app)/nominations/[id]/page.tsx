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
import { getNominationPage } from '@/db/queries/nomination-page';
import { Achievements } from '@/components/nominations/achievements';
import { BlocReviewCard } from '@/components/nominations/bloc-review-card';
import { EligibilityPanel } from '@/components/nominations/eligibility-panel';
import { ReturnNotice } from '@/components/nominations/return-notice';
import { changesSinceReturn } from '@/lib/workflow/changes-since-return';
import { collapseUpdates } from '@/lib/workflow/timeline';
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
  const data = Number.isInteger(id) && id > 0 ? await getNominationPage(viewer, id) : null;
  if (!data) notFound();
  const { detail: n, content, eligibility } = data;
  const t = await getTranslations('nominations');
  const tStatus = await getTranslations('status');
  const tActions = await getTranslations('actions');
  const tRoles = await getTranslations('roles');
  const tHome = await getTranslations('home.columns');
  const locale = await getLocale();
  const format = await getFormatter();
  const pick = (vi: string, en: string) => (locale === 'vi' ? vi : en);

  const changes = changesSinceReturn(n.timeline);
  const lastTransition = n.timeline.findLast((e) => e.toStatus !== null);
  const showChanges = changes && (n.status === 'returned' || (changes.resubmitted && lastTransition?.action === 'resubmit'));
  // The eligibility the unit head confirmed when the nomination left the unit, if it failed a check.
  const confirmedFailures = n.timeline.findLast((e) => (e.action === 'submit' || e.action === 'resubmit') && (e.payload.eligibility as { confirmedDespiteFailures?: boolean } | undefined)?.confirmedDespiteFailures);
  const failing = eligibility?.overall === 'fail';
  const confirmation = failing ? { text: t('eligibility.confirmText', { count: eligibility.failures.length }), label: t('eligibility.confirmLabel') } : undefined;

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
          {n.canEditDossier ? (
            <div className="mb-4 flex flex-wrap items-center gap-3 border-b border-stone-100 pb-4">
              <Link href={`/nominations/${n.id}/edit`} className="inline-flex h-10 items-center rounded-md border border-brand-700 px-4 text-sm font-medium text-brand-800 hover:bg-brand-50">
                {t('detail.edit')}
              </Link>
              <span className="text-sm text-stone-600">{t('detail.editHint')}</span>
            </div>
          ) : null}
          <ActionPanel
            nominationId={n.id}
            version={n.version}
            reference={n.reference}
            statusLabel={tStatus(n.status)}
            actions={actions}
            confirmations={confirmation ? { submit: confirmation, resubmit: confirmation } : {}}
            details={
              failing
                ? { forward: <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">{t('eligibility.forwardOverride', { count: eligibility.failures.length })}</p> }
                : {}
            }
          />
        </CardBody>
      </Card>

      {showChanges ? <ReturnNotice changes={changes} audience={n.status === 'returned' ? 'unit' : 'reviewer'} /> : null}

      {eligibility ? (
        <Card>
          <CardHeader title={t('eligibility.title')} />
          <CardBody className="space-y-3">
            {confirmedFailures ? (
              <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
                {t('eligibility.confirmedBy', { name: confirmedFailures.actorName, time: format.dateTime(new Date(confirmedFailures.occurredAt), 'withTime') })}
              </p>
            ) : null}
            <EligibilityPanel eligibility={eligibility} />
          </CardBody>
        </Card>
      ) : null}

      {data.blocReview ? <BlocReviewCard review={data.blocReview} /> : null}

      {n.achievementSummary ? (
        <Card>
          <CardHeader title={t('detail.summary')} />
          <CardBody>
            <p className="whitespace-pre-line text-[15px] leading-relaxed text-stone-800">{n.achievementSummary}</p>
          </CardBody>
        </Card>
      ) : null}

      {content.figures.length + content.initiatives.length > 0 ? (
        <Card>
          <CardHeader title={t('detail.achievements')} />
          <CardBody>
            <Achievements content={content} />
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
            {collapseUpdates(n.timeline).map((e) => (
              <tr key={e.seq}>
                <Td className="whitespace-nowrap">{format.dateTime(new Date(e.occurredAt), 'withTime')}</Td>
                <Td>
                  <div className="font-medium">{e.actorName}</div>
                  <div className="text-xs text-stone-500">{e.role ? tRoles(e.role) : ''}</div>
                </Td>
                <Td>
                  {tActions.has(e.action) ? tActions(e.action) : e.action}
                  {e.count > 1 ? <span className="block text-xs text-stone-500">{t('detail.saves', { count: e.count })}</span> : null}
                </Td>
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
