import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { BlocHeader, Done, NoBlocYear, termParam } from '@/components/bloc/bloc-header';
import { BlocYearPicker } from '@/components/bloc/bloc-year-picker';
import { buttonVariants } from '@/components/ui/button';
import { BlocSettingsForm } from '@/components/bloc/bloc-settings-form';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { getBlocYear, getBlocYearChoices } from '@/db/queries/bloc-year';
import { hasRole } from '@/lib/policy/viewer';
import { getCurrentUser } from '@/db/queries/current-user';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('bloc'))('year.title') };
}

/** The bloc-year at a glance (issue 5.1): members, agreement, calendar, progress, and the ranking once scoring has closed. */
export default async function BlocYearPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await getCurrentUser();
  if (!viewer) return null;
  const termId = termParam((await searchParams).term);
  const year = await getBlocYear(viewer, termId);
  if (!year) {
    // The province's appraisers and auditors belong to no bloc: they choose one of the year's.
    if (termId === null && (hasRole(viewer, 'appraiser') || hasRole(viewer, 'auditor'))) return <BlocYearPicker choices={await getBlocYearChoices(viewer)} />;
    return <NoBlocYear />;
  }
  const t = await getTranslations('bloc');
  const locale = await getLocale();
  const format = await getFormatter();
  const pick = (vi: string, en: string) => (locale === 'vi' ? vi : en);
  const day = (d: string | null) => (d ? format.dateTime(new Date(`${d}T12:00:00+07:00`), 'short') : t('year.notSet'));
  const points = (n: number) => format.number(n, { maximumFractionDigits: 2 });
  const { term, agreement } = year;
  const name = pick(term.nameVi, term.nameEn);

  return (
    <div className="mx-auto max-w-7xl space-y-6">
      <BlocHeader title={t('year.heading', { bloc: name, year: String(term.year) })} subtitle={t(`year.viewerAs.${year.viewerAs}`)} termId={term.id} current="year" />
      {year.choices.length > 1 ? (
        <nav aria-label={year.viewerAs === 'reader' ? t('year.provinceTerms') : t('year.otherTerms')} className="flex flex-wrap items-center gap-2 text-sm">
          <span className="text-stone-600">{year.viewerAs === 'reader' ? t('year.provinceTerms') : t('year.otherTerms')}:</span>
          {year.choices.map((c) => (
            <Link key={c.id} href={`/bloc?term=${c.id}`} aria-current={c.id === term.id ? 'page' : undefined} className={c.id === term.id ? 'font-semibold text-stone-900' : 'text-brand-700 underline'}>
              {pick(c.nameVi, c.nameEn)} · {c.year}
            </Link>
          ))}
        </nav>
      ) : null}

      <div className="grid grid-cols-1 gap-4 lg:grid-cols-3">
        <Card>
          <CardHeader id="bloc-calendar" title={t('year.calendar')} />
          <CardBody>
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
              <dt className="text-stone-600">{t('year.agreementSigned')}</dt>
              <dd className="tabular-nums">{day(term.agreementSignedOn)}</dd>
              <dt className="text-stone-600">{t('year.midYearReview')}</dt>
              <dd className="tabular-nums">{day(term.midYearReviewOn)}</dd>
              <dt className="text-stone-600">{t('year.yearEndReview')}</dt>
              <dd className="tabular-nums">{day(term.yearEndReviewOn)}</dd>
              <dt className="text-stone-600">{t('year.scoring')}</dt>
              <dd>{term.scoringClosedAt ? t('year.scoringClosed', { at: format.dateTime(term.scoringClosedAt, 'withTime') }) : t('year.scoringOpen')}</dd>
              <dt className="text-stone-600">{t('year.peerScoring')}</dt>
              <dd>{term.peerScoring ? t('year.yes') : t('year.no')}</dd>
              <dt className="text-stone-600">{t('settings.threshold')}</dt>
              <dd>{t(term.ballotThresholdStrict ? 'settings.ruleStrict' : 'settings.ruleAtLeast', { pct: points(Number(term.ballotThresholdPct)) })}</dd>
            </dl>
            {year.viewerAs === 'head' ? (
              <details className="mt-4 rounded-md border border-stone-200 p-3">
                <summary className="cursor-pointer text-sm font-medium text-brand-800">{t('settings.title')}</summary>
                <div className="pt-3">
                  <BlocSettingsForm
                    termId={term.id}
                    peerScoring={term.peerScoring}
                    thresholdPct={term.ballotThresholdPct}
                    strict={term.ballotThresholdStrict}
                    scoringClosed={term.scoringClosedAt !== null}
                    rulesLocked={term.ballotRulesLocked}
                  />
                </div>
              </details>
            ) : null}
          </CardBody>
        </Card>

        <Card className="lg:col-span-2">
          <CardHeader
            id="bloc-agreement"
            title={t('year.agreement')}
            action={
              <Link href={`/bloc/agreement?term=${term.id}`} className="text-sm text-brand-700 underline">
                {t('year.openAgreement')}
              </Link>
            }
          />
          <CardBody className="space-y-3 text-sm">
            {agreement ? (
              <>
                <p className="font-medium text-stone-900">{pick(agreement.titleVi, agreement.titleEn)}</p>
                <p className="text-stone-700">
                  {t('year.agreementFacts', { version: agreement.version, total: points(agreement.totalPoints), accepted: agreement.acceptances.length, members: year.members.length })}
                </p>
                {agreement.acceptances.length ? (
                  <ul className="space-y-1">
                    {agreement.acceptances.map((a) => (
                      <li key={a.unitId}>
                        {t('year.acceptedBy', { unit: pick(a.unitVi, a.unitEn), person: a.acceptedBy, at: format.dateTime(a.acceptedAt, 'short') })}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p className="text-stone-600">{t('year.noAcceptances')}</p>
                )}
              </>
            ) : year.viewerAs === 'head' && !term.scoringClosedAt ? (
              <div className="space-y-3">
                <p className="text-stone-800">{t('year.noAgreementLead')}</p>
                <Link href={`/bloc/agreement/new?term=${term.id}`} className={buttonVariants({ variant: 'primary' })}>
                  {t('year.buildAgreement')}
                </Link>
              </div>
            ) : (
              <p className="text-stone-600">{year.viewerAs === 'member' ? t('year.noAgreementMember') : t('year.noAgreement')}</p>
            )}
          </CardBody>
        </Card>
      </div>

      <Card>
        <CardHeader id="bloc-members" title={t('year.members', { count: year.members.length })} description={t('year.membersHint')} />
        <Table>
          <thead>
            <tr>
              <Th>{t('columns.unit')}</Th>
              <Th>{t('columns.position')}</Th>
              <Th>{t('columns.agreement')}</Th>
              <Th className="text-right">{t('columns.selfScores')}</Th>
              <Th className="text-right">{t('columns.leadScores')}</Th>
            </tr>
          </thead>
          <tbody>
            {year.members.map((m) => (
              <tr key={m.unitId}>
                <Td className="font-medium">{pick(m.nameVi, m.nameEn)}</Td>
                <Td className={m.position === 'member' ? '' : 'font-medium text-brand-700'}>{t(`positions.${m.position}`)}</Td>
                <Td>
                  <Done done={m.accepted} yes={t('year.accepted')} no={t('year.notAccepted')} />
                </Td>
                <Td className="text-right tabular-nums">
                  <Done done={m.rows > 0 && m.selfScored === m.rows} yes={t('year.ofRows', { done: m.selfScored, rows: m.rows })} no={t('year.ofRows', { done: m.selfScored, rows: m.rows })} />
                </Td>
                <Td className="text-right tabular-nums">
                  <Done done={m.rows > 0 && m.leadScored === m.rows} yes={t('year.ofRows', { done: m.leadScored, rows: m.rows })} no={t('year.ofRows', { done: m.leadScored, rows: m.rows })} />
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Card>

      <Card>
        <CardHeader
          id="bloc-board"
          title={t('board.title')}
          action={
            term.scoringClosedAt ? (
              <Link href={`/bloc/scoreboard?term=${term.id}`} className="text-sm text-brand-700 underline">
                {t('board.open')}
              </Link>
            ) : null
          }
        />
        {year.scoreboard.length ? (
          <Table>
            <thead>
              <tr>
                <Th className="text-right">{t('columns.rank')}</Th>
                <Th>{t('columns.unit')}</Th>
                <Th className="text-right">{t('columns.total')}</Th>
                <Th>{t('columns.decidedBy')}</Th>
              </tr>
            </thead>
            <tbody>
              {year.scoreboard.map((r) => (
                <tr key={r.unitId}>
                  <Td className="text-right tabular-nums">{r.rank}</Td>
                  <Td className="font-medium">{pick(r.nameVi, r.nameEn)}</Td>
                  <Td className="text-right tabular-nums">{points(r.total)}</Td>
                  <Td>{r.decidedBy ? t(`tieBreak.${r.decidedBy}`) : t('tieBreak.first')}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        ) : (
          <CardBody>
            <p className="text-sm text-stone-600">{t('board.notYet')}</p>
          </CardBody>
        )}
      </Card>
    </div>
  );
}
