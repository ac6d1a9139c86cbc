import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { AppraisalClock } from '@/components/appraisal/appraisal-clock';
import { HoldKindLabel } from '@/components/appraisal/hold-kind';
import { OverrideChecks } from '@/components/appraisal/override-checks';
import { ActionPanel, type PanelAction } from '@/components/nominations/action-panel';
import { Dossier } from '@/components/nominations/dossier';
import { StatusBadge, StatusChange } from '@/components/nominations/status-badge';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { getAppraisalClock } from '@/db/queries/appraisal-queue';
import { getProposalCard } from '@/db/queries/upward-proposals';
import { ProposalCard } from '@/components/proposals/proposal-card';
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
import { failingChecks } from '@/lib/rules/eligibility-summary';
import { failuresToConfirm } from '@/lib/rules/eligibility';
import { HOLD_KINDS, type HoldKind } from '@/lib/domain/hold-kinds';
import { IN_APPRAISAL, ON_HOLD } from '@/lib/workflow/status-groups';
import { findTransition, type WorkflowAction } from '@/lib/workflow/transitions';

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return { title: `${(await getTranslations('nominations'))('title')} #${(await params).id}` };
}

const holdKindOf = (payload: Record<string, unknown>): HoldKind | null =>
  typeof payload.holdKind === 'string' && (HOLD_KINDS as readonly string[]).includes(payload.holdKind) ? (payload.holdKind as HoldKind) : null;

/** A nomination: header, the actions this person may take now, dossier, timeline (ux.md). The
 * province's appraiser, while the nomination is in appraisal or on hold, reads the dossier beside
 * the eligibility checks (two columns on wide screens) under the appraisal time limit. */
export default async function NominationPage({ params }: Params) {
  const viewer = await getCurrentUser();
  if (!viewer) return null;
  const id = Number((await params).id);
  // Missing and forbidden look the same: an id reveals nothing (S3).
  const valid = Number.isInteger(id) && id > 0;
  const [data, clock, proposal] = valid ? await Promise.all([getNominationPage(viewer, id), getAppraisalClock(viewer, id), getProposalCard(viewer, id)]) : [null, null, null];
  if (!data) notFound();
  const { detail: n, content, eligibility } = data;
  const t = await getTranslations('nominations');
  const tStatus = await getTranslations('status');
  const tActions = await getTranslations('actions');
  const tRoles = await getTranslations('roles');
  const tHome = await getTranslations('home.columns');
  const tAppraisal = await getTranslations('appraisal');
  const tDecisions = await getTranslations('decisions');
  const locale = await getLocale();
  const format = await getFormatter();
  const pick = (vi: string, en: string) => (locale === 'vi' ? vi : en);
  // The appraiser's workspace: only the province's appraiser, only in appraisal or on hold.
  const appraiserView = clock !== null;

  const changes = changesSinceReturn(n.timeline);
  const lastTransition = n.timeline.findLast((e) => e.toStatus !== null);
  const showChanges = changes && (n.status === 'returned' || (changes.resubmitted && lastTransition?.action === 'resubmit'));
  // The eligibility the unit head confirmed when the nomination left the unit, if it failed a check.
  const confirmedFailures = n.timeline.findLast((e) => (e.action === 'submit' || e.action === 'resubmit') && (e.payload.eligibility as { confirmedDespiteFailures?: boolean } | undefined)?.confirmedDespiteFailures);
  const failing = eligibility?.overall === 'fail';
  // Missing documents are refused on their own when the unit submits; the head confirms the rest.
  const toConfirm = eligibility ? failuresToConfirm(eligibility) : [];
  const confirmation = toConfirm.length > 0 ? { text: t('eligibility.confirmText', { count: toConfirm.length }), label: t('eligibility.confirmLabel') } : undefined;
  const note = (text: string, tone: 'amber' | 'stone' = 'stone') => (
    <p className={tone === 'amber' ? 'rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950' : 'rounded-md border border-stone-200 bg-stone-50 p-3 text-sm text-stone-800'}>{text}</p>
  );

  // What the appraiser's dialogs add: the one return the law allows, what a hold and a release do,
  // and the failed checks a forward overrides with its written justification.
  const returnUsed = n.provinceReturnCount > 0;
  const details: Partial<Record<WorkflowAction, ReactNode>> = {};
  const actions: PanelAction[] = n.actions.flatMap((action) => {
    const transition = findTransition(action, n.status);
    if (!transition) return [];
    const origin = transition.resolve === 'origin' ? (action === 'release' ? n.heldFrom : n.returnedFrom) : null;
    const toLabel = origin ? tStatus(origin) : transition.resolve ? t(`dialog.targets.${transition.resolve}`) : tStatus(transition.to[0]!);
    const panel: PanelAction = { action, requiresReason: transition.requiresReason, toLabel };
    const fromAppraisal = n.status === IN_APPRAISAL;
    if (action === 'return' && fromAppraisal) {
      panel.hint = returnUsed ? tAppraisal('dialog.returnUsedHint') : tAppraisal('dialog.returnHint');
      details.return = note(returnUsed ? tAppraisal('dialog.returnUsed') : tAppraisal('dialog.returnOnly'), 'amber');
    }
    if (action === 'hold') details.hold = note(tAppraisal('dialog.holdNote'));
    if (action === 'release' && n.heldFrom) details.release = note(tAppraisal('dialog.releaseNote', { status: tStatus(n.heldFrom) }));
    if (action === 'forward') {
      if (failing) {
        details.forward = (
          <div className="space-y-2">
            {note(t('eligibility.forwardOverride', { count: eligibility.failures.length }), 'amber')}
            <OverrideChecks checks={failingChecks(eligibility)} />
          </div>
        );
        panel.reasonLabel = tAppraisal('dialog.overrideReason');
        panel.reasonHint = tAppraisal('dialog.overrideHint');
      } else {
        panel.reasonLabel = tAppraisal('dialog.forwardReason');
        panel.reasonHint = tAppraisal('dialog.forwardHint');
      }
    }
    if (action === 'reject' && fromAppraisal) panel.reasonHint = tAppraisal('dialog.rejectHint');
    // Approval happens inside a decision (or, for an award proposed upward, on the central answer).
    if (action === 'approve') {
      panel.elsewhere = proposal?.upward
        ? { href: '/proposals', notice: tDecisions('panel.upwardNotice'), link: tDecisions('panel.upwardLink') }
        : { href: '/decisions/new', notice: tDecisions('panel.notice'), link: tDecisions('panel.link') };
    }
    return [panel];
  });

  const header = (
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
      {clock ? <AppraisalClock clock={clock} /> : null}
    </header>
  );

  const actionsCard = (
    <Card aria-labelledby="nomination-actions">
      <CardHeader id="nomination-actions" title={t('detail.actions')} />
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
          details={details}
        />
      </CardBody>
    </Card>
  );

  const eligibilityCard = eligibility ? (
    <Card aria-labelledby="nomination-eligibility">
      <CardHeader id="nomination-eligibility" title={t('eligibility.title')} />
      <CardBody className="space-y-3">
        {confirmedFailures ? (
          <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
            {t('eligibility.confirmedBy', { name: confirmedFailures.actorName, time: format.dateTime(new Date(confirmedFailures.occurredAt), 'withTime') })}
          </p>
        ) : null}
        <EligibilityPanel eligibility={eligibility} />
      </CardBody>
    </Card>
  ) : null;

  const blocReview = data.blocReview ? <BlocReviewCard review={data.blocReview} /> : null;
  const proposalCard = proposal ? <ProposalCard data={proposal} /> : null;

  const summaryCard = n.achievementSummary ? (
    <Card aria-labelledby="nomination-summary">
      <CardHeader id="nomination-summary" title={t('detail.summary')} />
      <CardBody>
        <p className="whitespace-pre-line text-[15px] leading-relaxed text-stone-800">{n.achievementSummary}</p>
      </CardBody>
    </Card>
  ) : null;

  const achievementsCard =
    content.figures.length + content.initiatives.length > 0 ? (
      <Card aria-labelledby="nomination-achievements">
        <CardHeader id="nomination-achievements" title={t('detail.achievements')} />
        <CardBody>
          <Achievements content={content} />
        </CardBody>
      </Card>
    ) : null;

  const unitKinds = n.requiredDocuments.filter((k) => !BLOC_SUPPLIED_DOCUMENTS.includes(k as DocumentKind));
  const documentsCard = (
    <Card aria-labelledby="nomination-documents">
      <CardHeader id="nomination-documents" title={t('detail.documents')} />
      <CardBody>
        <Dossier
          nominationId={n.id}
          documents={n.documents.map((d) => ({ ...d, uploadedAt: d.uploadedAt.toISOString() }))}
          required={unitKinds}
          editable={n.canEditDossier}
          kinds={[...new Set([...unitKinds, 'other'])]}
        />
      </CardBody>
    </Card>
  );

  const timelineCard = (
    <Card aria-labelledby="nomination-timeline">
      <CardHeader id="nomination-timeline" title={t('detail.timeline')} />
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
              <Td className="max-w-sm text-stone-700">
                {e.action === 'hold' && holdKindOf(e.payload) ? (
                  <span className="mb-0.5 block">
                    <HoldKindLabel kind={holdKindOf(e.payload)} />
                  </span>
                ) : null}
                {e.reason ?? ''}
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </Card>
  );

  const returnNotice = showChanges ? <ReturnNotice changes={changes} audience={n.status === 'returned' ? 'unit' : 'reviewer'} /> : null;

  if (appraiserView) {
    return (
      <div className="mx-auto max-w-7xl space-y-5">
        <Link href={n.status === ON_HOLD ? '/appraisal?status=on_hold' : '/appraisal'} className="text-sm text-brand-700 hover:underline">
          ← {tAppraisal('title')}
        </Link>
        {header}
        {actionsCard}
        {returnNotice}
        {/* The dossier beside the checks: the appraiser reads one against the other. */}
        <div className="grid gap-5 lg:grid-cols-2 lg:items-start">
          <div className="min-w-0 space-y-5" data-column="dossier">
            {summaryCard}
            {achievementsCard}
            {documentsCard}
            {blocReview}
          </div>
          <div className="min-w-0 space-y-5" data-column="checks">
            {eligibilityCard}
          </div>
        </div>
        {timelineCard}
      </div>
    );
  }

  return (
    <div className="mx-auto max-w-6xl space-y-5">
      <Link href="/nominations" className="text-sm text-brand-700 hover:underline">
        ← {t('detail.back')}
      </Link>
      {header}
      {actionsCard}
      {returnNotice}
      {proposalCard}
      {eligibilityCard}
      {blocReview}
      {summaryCard}
      {achievementsCard}
      {documentsCard}
      {timelineCard}
    </div>
  );
}
