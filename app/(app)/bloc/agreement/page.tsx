import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { BlocHeader, NoBlocYear, termParam } from '@/components/bloc/bloc-header';
import { ConfirmButton } from '@/components/bloc/confirm-button';
import { CriteriaTable } from '@/components/bloc/criteria-table';
import { buttonVariants } from '@/components/ui/button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { getAgreementPage } from '@/db/queries/agreements';
import { getCurrentUser } from '@/db/queries/current-user';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('bloc'))('agreement.title') };
}

/** The emulation agreement (issue 5.2): its scoring table, every version with who wrote it and why,
 * who accepted each; a member head accepts the current version, the head unit's lead writes a new one. */
export default async function AgreementPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await getCurrentUser();
  if (!viewer) return null;
  const page = await getAgreementPage(viewer, termParam((await searchParams).term));
  if (!page) return <NoBlocYear />;
  const t = await getTranslations('bloc');
  const locale = await getLocale();
  const format = await getFormatter();
  const pick = (vi: string, en: string) => (locale === 'vi' ? vi : en);
  const n = (x: number) => format.number(x, { maximumFractionDigits: 2 });
  const { term, current } = page;
  const blocName = pick(term.nameVi, term.nameEn);

  return (
    <div className="mx-auto max-w-7xl space-y-6">
      <BlocHeader title={t('agreement.heading', { bloc: blocName, year: String(term.year) })} termId={term.id} current="agreement" />
      {!current ? (
        <Card>
          <CardBody className="space-y-3">
            <p id="agreement-none" className="text-stone-800">
              {page.canCreateVersion ? t('agreement.noneLead') : page.viewerAs === 'member' ? t('agreement.noneMember') : t('agreement.noneReader')}
            </p>
            {page.canCreateVersion ? (
              <Link href={`/bloc/agreement/new?term=${term.id}`} className={buttonVariants({ variant: 'primary' })}>
                {t('agreement.build')}
              </Link>
            ) : null}
          </CardBody>
        </Card>
      ) : (
        <>
          <Card>
            <CardHeader
              id="agreement-current"
              title={pick(current.titleVi, current.titleEn)}
              description={t('agreement.facts', { version: current.version, total: n(current.totalPoints), accepted: current.acceptances.length, members: page.members.length })}
              action={
                <div className="flex flex-wrap items-center gap-2">
                  {page.acceptAs && !page.acceptAs.accepted ? (
                    <ConfirmButton
                      kind="accept"
                      input={{ termId: term.id, agreementId: current.id }}
                      label={t('agreement.accept')}
                      title={t('agreement.acceptTitle', { version: current.version })}
                      text={t('agreement.acceptText', { title: pick(current.titleVi, current.titleEn), version: current.version, unit: pick(page.members.find((m) => m.unitId === page.acceptAs!.unitId)?.nameVi ?? '', page.members.find((m) => m.unitId === page.acceptAs!.unitId)?.nameEn ?? '') })}
                      done={t('agreement.acceptDone', { version: current.version })}
                    />
                  ) : null}
                  {page.acceptAs?.accepted ? <span className="text-sm text-emerald-700">✓ {t('agreement.youAccepted', { version: current.version })}</span> : null}
                  {page.canCreateVersion ? (
                    <Link href={`/bloc/agreement/new?term=${term.id}`} className={buttonVariants({ variant: 'secondary' })}>
                      {t('agreement.newVersion')}
                    </Link>
                  ) : null}
                </div>
              }
            />
            <CriteriaTable criteria={page.criteria} total={current.totalPoints} />
          </Card>

          <Card>
            <CardHeader id="agreement-versions" title={t('agreement.versions')} description={t('agreement.versionsHint')} />
            <Table>
              <thead>
                <tr>
                  <Th className="text-right">{t('columns.version')}</Th>
                  <Th>{t('columns.title')}</Th>
                  <Th className="text-right">{t('columns.total')}</Th>
                  <Th>{t('columns.createdBy')}</Th>
                  <Th>{t('columns.changeNote')}</Th>
                  <Th>{t('columns.acceptances')}</Th>
                </tr>
              </thead>
              <tbody>
                {page.versions.map((v) => (
                  <tr key={v.id}>
                    <Td className="text-right tabular-nums">
                      {v.version}
                      {v.id === current.id ? <span className="block text-xs text-brand-700">{t('agreement.current')}</span> : null}
                    </Td>
                    <Td>{pick(v.titleVi, v.titleEn)}</Td>
                    <Td className="text-right tabular-nums">{n(v.totalPoints)}</Td>
                    <Td>
                      <span className="block">{v.createdBy ?? t('agreement.unknownAuthor')}</span>
                      <span className="block text-xs text-stone-600 tabular-nums">{format.dateTime(v.createdAt, 'withTime')}</span>
                    </Td>
                    <Td className="max-w-sm text-stone-700">{v.changeNote ?? t('agreement.firstVersion')}</Td>
                    <Td>
                      {v.acceptances.length ? (
                        <ul className="space-y-0.5">
                          {v.acceptances.map((a) => (
                            <li key={a.unitId}>{t('year.acceptedBy', { unit: pick(a.unitVi, a.unitEn), person: a.acceptedBy, at: format.dateTime(a.acceptedAt, 'short') })}</li>
                          ))}
                        </ul>
                      ) : (
                        <span className="text-stone-600">{t('year.noAcceptances')}</span>
                      )}
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </Card>
          {term.scoringClosed ? (
            <Card>
              <CardBody>
                <p className="text-sm text-stone-700">{t('agreement.closedNote')}</p>
              </CardBody>
            </Card>
          ) : null}
        </>
      )}
    </div>
  );
}
