import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { DecisionHeaderForm } from '@/components/decisions/decision-header-form';
import { DecisionStateBadge } from '@/components/decisions/decision-state-badge';
import { DraftControls } from '@/components/decisions/draft-controls';
import { DraftItemActions } from '@/components/decisions/draft-item-actions';
import { Money } from '@/components/decisions/money';
import { StatusBadge } from '@/components/nominations/status-badge';
import { buttonVariants } from '@/components/ui/button';
import { Card, CardBody, CardHeader, EmptyState } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { getCurrentUser } from '@/db/queries/current-user';
import { getDecisionForViewer } from '@/db/queries/decision-pages';
import { legalBasisLines } from '@/lib/validation/decision';
import { cn } from '@/lib/utils';

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return { title: `${(await getTranslations('decisions'))('title')} #${(await params).id}` };
}

const dayOf = (day: string) => new Date(`${day}T00:00:00+07:00`);
const GROUNDS = ['false_achievements', 'forged_documents', 'unlawful_procedure'];

/** A decision: a draft with its recipients, prizes computed live, and the approver's controls; an
 * issued decision with its stored document, verification code, certificates and revocations. */
export default async function DecisionPage({ params }: Params) {
  const viewer = await getCurrentUser();
  if (!viewer) return null;
  const id = Number((await params).id);
  // Missing and forbidden look the same: an id reveals nothing (S3).
  const d = Number.isInteger(id) && id > 0 ? await getDecisionForViewer(viewer, id) : null;
  if (!d) notFound();
  const t = await getTranslations('decisions');
  const tStatus = await getTranslations('status');
  const locale = await getLocale();
  const format = await getFormatter();
  const pick = (vi: string, en: string) => (locale === 'vi' ? vi : en);
  const draft = d.state === 'draft';
  const editable = draft && d.canEdit;
  const money = (v: number) => t('money', { amount: format.number(v, { maximumFractionDigits: 0 }) });
  const ground = (g: string | null) => (g && GROUNDS.includes(g) ? t(`grounds.${g}`) : (g ?? ''));
  const issuable = d.items.length > 0 && d.baseSalary !== null && d.items.every((i) => i.status === 'awaiting_decision');

  return (
    <div className="mx-auto max-w-6xl space-y-5">
      <Link href="/decisions" className="text-sm text-brand-700 hover:underline">
        ← {t('page.back')}
      </Link>
      <header className="space-y-2">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold text-stone-900">{d.number}</h1>
          <DecisionStateBadge state={d.state} />
        </div>
        <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2 lg:grid-cols-4">
          <div>
            <dt className="text-stone-500">{t('page.signedOn')}</dt>
            <dd className="font-medium">{d.signedOn ? format.dateTime(dayOf(d.signedOn), 'short') : '—'}</dd>
          </div>
          <div>
            <dt className="text-stone-500">{t('page.signer')}</dt>
            <dd>
              <span className="font-medium">{d.signerName}</span> · {pick(d.signerTitleVi, d.signerTitleEn)}
            </dd>
          </div>
          <div>
            <dt className="text-stone-500">{t('page.issuer')}</dt>
            <dd>{pick(d.provinceVi, d.provinceEn)}</dd>
          </div>
          {d.issuedAt ? (
            <div>
              <dt className="text-stone-500">{t('page.issuedAt')}</dt>
              <dd>{format.dateTime(d.issuedAt, 'withTime')}</dd>
            </div>
          ) : null}
        </dl>
      </header>

      {draft ? (
        <Card>
          <CardHeader title={t('states.draft')} description={editable ? t('page.draftNote') : t('page.readOnly')} />
          <CardBody className="space-y-4">
            <div className="flex flex-wrap items-center gap-2">
              <a href={`/api/decisions/${d.id}/document`} className={buttonVariants({ variant: 'secondary' })}>
                {t('page.preview')}
              </a>
              {editable ? (
                <DraftControls
                  decisionId={d.id}
                  number={d.number}
                  fingerprint={d.fingerprint!}
                  canIssue={issuable}
                  summary={{ date: format.dateTime(dayOf(d.signedOn), 'short'), signer: d.signerName, count: d.items.length, total: money(d.totalPrizeVnd) }}
                />
              ) : null}
            </div>
            {editable ? (
              <details className="rounded-md border border-stone-200">
                <summary className="cursor-pointer px-3 py-2 text-sm font-medium text-stone-800">{t('page.edit')}</summary>
                <div className="border-t border-stone-100 p-3">
                  <DecisionHeaderForm
                    decisionId={d.id}
                    values={{ number: d.number, signedOn: d.signedOn, signerName: d.signerName, signerTitleVi: d.signerTitleVi, signerTitleEn: d.signerTitleEn, legalBases: legalBasisLines(d.legalBases).join('\n') }}
                  />
                </div>
              </details>
            ) : null}
          </CardBody>
        </Card>
      ) : (
        <Card>
          <CardBody className="space-y-3">
            <div className="flex flex-wrap items-center gap-3">
              <a href={`/api/decisions/${d.id}/document`} className={buttonVariants()}>
                {t('page.download')}
              </a>
              {d.verificationCode ? (
                <Link href={`/public/verify/${encodeURIComponent(d.verificationCode)}`} prefetch={false} className="text-sm font-medium text-brand-700 underline-offset-2 hover:underline">
                  {t('page.verifyLink')}
                </Link>
              ) : null}
            </div>
            <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
              <div>
                <dt className="text-stone-500">{t('page.verification')}</dt>
                <dd className="font-mono font-medium" data-testid="verification-code">
                  {d.verificationCode}
                </dd>
              </div>
              {d.documentSha256 ? (
                <div className="min-w-0">
                  <dt className="text-stone-500">{t('page.sha')}</dt>
                  <dd className="break-all font-mono text-xs">{d.documentSha256}</dd>
                </div>
              ) : null}
            </dl>
          </CardBody>
        </Card>
      )}

      <Card>
        <CardHeader
          id="decision-recipients"
          title={t('page.recipients')}
          description={d.baseSalary ? t('page.baseSalary', { amount: money(d.baseSalary.amountVnd), basis: d.baseSalary.legalBasis }) : t('page.noBaseSalary')}
        />
        {d.items.length === 0 ? (
          <EmptyState>{t('page.noRecipients')}</EmptyState>
        ) : (
          <Table aria-labelledby="decision-recipients">
            <thead>
              <tr>
                <Th className="text-right">{t('page.columns.goldenBookNo')}</Th>
                <Th>{t('page.columns.recipient')}</Th>
                <Th>{t('page.columns.detail')}</Th>
                <Th>{t('page.columns.award')}</Th>
                <Th className="text-right">{t('page.columns.coefficient')}</Th>
                <Th className="text-right">{t('page.columns.prize')}</Th>
                {editable ? <Th>{t('page.columns.actions')}</Th> : null}
                {!draft ? <Th>{t('page.columns.certificate')}</Th> : null}
              </tr>
            </thead>
            <tbody>
              {d.items.map((i) => {
                const name = pick(i.nameVi, i.nameEn);
                return (
                  <tr key={i.nominationId} className={cn(i.revokedOn && 'bg-red-50/60')}>
                    <Td className="text-right font-medium tabular-nums">{i.goldenBookNo}</Td>
                    <Td>
                      <span className={cn('block font-medium text-stone-900', i.revokedOn && 'text-red-900 line-through')}>{name}</span>
                      <Link href={`/nominations/${i.nominationId}`} className="font-mono text-xs text-brand-700 underline-offset-2 hover:underline">
                        {i.reference}
                      </Link>
                      {i.revokedOn ? (
                        <span className="mt-1 block text-xs text-red-900">{t('page.revoked', { date: format.dateTime(dayOf(i.revokedOn), 'short'), ground: ground(i.revocationGround) })}</span>
                      ) : null}
                      {draft && i.status !== 'awaiting_decision' ? (
                        <span className="mt-1 flex flex-wrap items-center gap-1 text-xs text-amber-900">
                          <StatusBadge status={i.status} />
                          {t('page.notAwaiting', { status: tStatus(i.status) })}
                        </span>
                      ) : null}
                    </Td>
                    <Td className="text-stone-700">{pick(i.detailVi, i.detailEn)}</Td>
                    <Td>{pick(i.awardVi, i.awardEn)}</Td>
                    <Td className="whitespace-nowrap text-right tabular-nums">
                      {format.number(Number(i.coefficient), { maximumFractionDigits: 2 })}
                      {i.kind === 'household' && i.multiplier !== 1 ? <span className="block text-xs text-stone-600">{t('page.household', { multiplier: format.number(i.multiplier) })}</span> : null}
                    </Td>
                    <Td className={cn('text-right font-medium', i.revokedOn && 'line-through')}>{i.prizeVnd === null ? '—' : <Money value={i.prizeVnd} />}</Td>
                    {editable ? (
                      <Td>
                        <DraftItemActions decisionId={d.id} nominationId={i.nominationId} version={i.version} reference={i.reference} name={name} canDecline={i.status === 'awaiting_decision'} />
                      </Td>
                    ) : null}
                    {!draft ? (
                      <Td>
                        {i.recipientId ? (
                          <a href={`/api/decisions/${d.id}/certificates/${i.recipientId}`} aria-label={t('page.certificateLabel', { name })} className="text-sm font-medium text-brand-700 underline-offset-2 hover:underline">
                            {t('page.certificate')}
                          </a>
                        ) : null}
                      </Td>
                    ) : null}
                  </tr>
                );
              })}
            </tbody>
            <tfoot>
              <tr>
                <Td colSpan={5} className="text-right font-semibold">
                  {t('page.total')}
                </Td>
                <Td className="text-right font-semibold">
                  <Money value={d.totalPrizeVnd} />
                </Td>
                {editable || !draft ? <Td /> : null}
              </tr>
            </tfoot>
          </Table>
        )}
      </Card>

      <Card>
        <CardHeader title={t('page.legalBases')} />
        <CardBody>
          <ul className="list-disc space-y-1 pl-5 text-sm text-stone-800">
            {legalBasisLines(d.legalBases).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </CardBody>
      </Card>
    </div>
  );
}
