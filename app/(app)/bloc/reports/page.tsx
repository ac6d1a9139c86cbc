import { FileDown } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { MemberReportForm } from '@/components/reports/member-report-form';
import { Card, CardBody, CardHeader, EmptyState } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { getBlocPeriodReport, reportIndicators, reportTermFor, reportingUnitOf } from '@/db/queries/bloc-reports';
import { getCurrentUser } from '@/db/queries/current-user';
import { plainDecimal } from '@/lib/validation/nomination';
import { WorkflowError } from '@/lib/workflow/refusals';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('blocReports'))('title') };
}

type Search = { searchParams: Promise<{ term?: string; period?: string }> };

/** The bloc's mid-year and year-end reports: each member's figures, the bloc's sums, the PDF and
 * Word exports; a member unit reports its own here. */
export default async function BlocReportsPage({ searchParams }: Search) {
  const viewer = await getCurrentUser();
  if (!viewer) return null;
  const search = await searchParams;
  const period = search.period === 'mid_year' ? 'mid_year' : 'year_end';
  const asked = search.term && /^\d{1,9}$/.test(search.term) ? Number(search.term) : null;
  const t = await getTranslations('blocReports');
  const locale = await getLocale();
  const format = await getFormatter();
  const pick = (vi: string, en: string) => (locale === 'vi' ? vi : en);
  const termId = await reportTermFor(viewer, asked);
  if (termId === null) {
    return (
      <div className="mx-auto max-w-3xl space-y-4">
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <EmptyState>{t('noBloc')}</EmptyState>
      </div>
    );
  }
  let report;
  try {
    report = await getBlocPeriodReport(viewer, termId, period);
  } catch (error) {
    if (error instanceof WorkflowError) notFound();
    throw error;
  }
  const myUnit = await reportingUnitOf(viewer, termId);
  const mine = report.members.find((m) => m.unitId === myUnit);
  const indicators = myUnit !== null && !mine?.report?.submittedAt ? await reportIndicators() : [];
  const typed = (v: string | null) => (v === null ? '' : locale === 'vi' ? plainDecimal(v).replace('.', ',') : plainDecimal(v));
  const num = (v: number | string | null) => (v === null ? '—' : format.number(Number(v), { maximumFractionDigits: 2 }));
  const href = (p: string) => `/bloc/reports?term=${termId}&period=${p}`;
  const exportHref = (f: 'pdf' | 'docx') => `/api/bloc/${termId}/report?period=${period}&format=${f}`;

  return (
    <div className="mx-auto max-w-6xl space-y-5">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="text-stone-700">{t('subtitle', { bloc: pick(report.term.nameVi, report.term.nameEn), year: report.term.year })}</p>
      </header>
      <nav aria-label={t('periods')} className="flex gap-2">
        {(['mid_year', 'year_end'] as const).map((p) => (
          <Link
            key={p}
            href={href(p)}
            aria-current={p === period ? 'page' : undefined}
            className="rounded-md border border-stone-300 px-3 py-1.5 text-sm aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-50 aria-[current=page]:font-semibold aria-[current=page]:text-brand-800"
          >
            {t(`period.${p}`)}
          </Link>
        ))}
      </nav>

      <Card>
        <CardHeader title={t('aggregate', { submitted: report.submitted, members: report.members.length })} />
        <CardBody className="space-y-4">
          <div className="flex flex-wrap gap-2">
            {(['pdf', 'docx'] as const).map((f) => (
              <a key={f} href={exportHref(f)} className="inline-flex h-9 items-center gap-2 rounded-md border border-stone-300 px-3 text-sm font-medium text-stone-800 hover:bg-stone-100" download>
                <FileDown aria-hidden className="size-4" />
                {t(`export.${f}`)}
              </a>
            ))}
          </div>
          {report.aggregate.length === 0 ? (
            <EmptyState>{t('noneSubmitted')}</EmptyState>
          ) : (
            <div className="-mx-5 overflow-x-auto">
              <Table>
                <thead>
                  <tr>
                    <Th>{t('columns.indicator')}</Th>
                    <Th className="text-right">{t('columns.target')}</Th>
                    <Th className="text-right">{t('columns.result')}</Th>
                    <Th className="text-right">{t('columns.share')}</Th>
                    <Th className="text-right">{t('columns.reporting')}</Th>
                  </tr>
                </thead>
                <tbody>
                  {report.aggregate.map((a) => (
                    <tr key={a.indicatorId}>
                      <Td>
                        {pick(a.nameVi, a.nameEn)} <span className="text-stone-500">({pick(a.unitVi, a.unitEn)})</span>
                      </Td>
                      <Td className="text-right tabular-nums">{num(a.target)}</Td>
                      <Td className="text-right tabular-nums">{num(a.result)}</Td>
                      <Td className="text-right tabular-nums">{a.targetSharePct === null ? '—' : `${num(a.targetSharePct)}%`}</Td>
                      <Td className="text-right tabular-nums">{a.reporting}</Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            </div>
          )}
        </CardBody>
      </Card>

      <Card>
        <CardHeader title={t('members')} />
        <div className="overflow-x-auto">
          <Table>
            <thead>
              <tr>
                <Th>{t('columns.unit')}</Th>
                <Th>{t('columns.status')}</Th>
                <Th>{t('columns.figures')}</Th>
              </tr>
            </thead>
            <tbody>
              {report.members.map((m) => (
                <tr key={m.unitId}>
                  <Td className="font-medium">{pick(m.nameVi, m.nameEn)}</Td>
                  <Td>
                    {m.report?.submittedAt ? (
                      <span className="text-emerald-800">✓ {t('sentOn', { date: format.dateTime(m.report.submittedAt, 'short') })}</span>
                    ) : m.report ? (
                      <span className="text-amber-800">{t('draft')}</span>
                    ) : (
                      <span className="text-stone-600">{t('notYet')}</span>
                    )}
                  </Td>
                  <Td className="text-sm text-stone-700">
                    {m.report?.submittedAt ? m.report.figures.map((f) => `${pick(f.nameVi, f.nameEn)}: ${num(f.result)} ${pick(f.unitVi, f.unitEn)}`).join(' · ') : ''}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </div>
      </Card>

      {myUnit !== null && mine ? (
        <Card>
          <CardHeader title={t('myReport', { unit: pick(mine.nameVi, mine.nameEn) })} />
          <CardBody>
            {mine.report?.submittedAt ? (
              <p className="text-sm text-stone-700">{t('alreadySent', { date: format.dateTime(mine.report.submittedAt, 'short') })}</p>
            ) : (
              <MemberReportForm
                termId={termId}
                period={period}
                unitName={pick(mine.nameVi, mine.nameEn)}
                indicators={indicators.map((x) => ({ id: x.id, name: pick(x.nameVi, x.nameEn), unit: pick(x.unitVi, x.unitEn) }))}
                initial={{
                  summary: mine.report?.summaryVi ?? '',
                  figures: (mine.report?.figures ?? []).map((f) => ({ indicatorId: String(f.indicatorId), target: typed(f.target), result: typed(f.result), changePct: typed(f.changePct) })),
                }}
              />
            )}
          </CardBody>
        </Card>
      ) : null}
    </div>
  );
}
