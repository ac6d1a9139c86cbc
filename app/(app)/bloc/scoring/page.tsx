import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { BlocHeader, NoBlocYear, termParam } from '@/components/bloc/bloc-header';
import { ConfirmButton } from '@/components/bloc/confirm-button';
import { ScoreSheetForm } from '@/components/bloc/score-sheet-form';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { getScoringPage } from '@/db/queries/bloc-scoring';
import { getCurrentUser } from '@/db/queries/current-user';
import { uploadMaxBytes } from '@/db/queries/documents';
import { cn } from '@/lib/utils';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('bloc'))('scoring.title') };
}

/** Scoring (issue 5.3): the sheets this person may fill for one member, the reconciliation of self
 * against the leads, and closing. */
export default async function ScoringPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await getCurrentUser();
  if (!viewer) return null;
  const params = await searchParams;
  const page = await getScoringPage(viewer, termParam(params.term), termParam(params.unit));
  if (!page) return <NoBlocYear />;
  const t = await getTranslations('bloc');
  const locale = await getLocale();
  const format = await getFormatter();
  const pick = (vi: string, en: string) => (locale === 'vi' ? vi : en);
  const n = (x: number | null) => (x === null ? '—' : format.number(x, { maximumFractionDigits: 2 }));
  const signed = (x: number | null) => (x === null ? '—' : x > 0 ? `+${n(x)}` : x < 0 ? `−${n(-x)}` : '0');
  const { term } = page;
  const shown = page.members.find((m) => m.unitId === page.unitId);
  const shownName = shown ? pick(shown.nameVi, shown.nameEn) : '';
  const byId = new Map(page.criteria.map((c) => [c.id, c]));
  const number = (id: number) => `${byId.get(id)?.groupPosition}.${byId.get(id)?.position}`;

  return (
    <div className="mx-auto max-w-7xl space-y-6">
      <BlocHeader title={t('scoring.heading', { bloc: pick(term.nameVi, term.nameEn), year: String(term.year) })} subtitle={page.agreement ? t('scoring.against', { title: pick(page.agreement.titleVi, page.agreement.titleEn), version: page.agreement.version }) : undefined} termId={term.id} current="scoring" />

      {term.closedAt ? (
        <p className="rounded-lg border border-stone-300 bg-stone-50 p-3 text-sm text-stone-800">
          <span aria-hidden="true">🔒 </span>
          {t('scoring.closed', { at: format.dateTime(term.closedAt, 'withTime') })}{' '}
          <Link href={`/bloc/scoreboard?term=${term.id}`} className="text-brand-700 underline">
            {t('board.open')}
          </Link>
        </p>
      ) : page.canClose ? (
        <div className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-stone-200 bg-white p-3">
          <p className="text-sm text-stone-700">{t('scoring.closeHint')}</p>
          <ConfirmButton kind="close" input={{ termId: term.id }} label={t('scoring.close')} title={t('scoring.closeTitle')} text={t('scoring.closeText')} done={t('scoring.closeDone')} />
        </div>
      ) : null}

      {!page.agreement ? <p className="rounded-lg border border-stone-200 bg-white p-4 text-stone-700">{t('year.noAgreement')}</p> : null}

      {page.members.length > 1 ? (
        <nav aria-label={t('scoring.members')}>
          <h2 className="mb-2 text-sm font-medium text-stone-700">{t('scoring.members')}</h2>
          <ul className="flex flex-wrap gap-2">
            {page.members.map((m) => (
              <li key={m.unitId}>
                <Link
                  href={`/bloc/scoring?term=${term.id}&unit=${m.unitId}`}
                  aria-current={m.unitId === page.unitId ? 'page' : undefined}
                  className={cn('inline-block rounded-md border px-3 py-1.5 text-sm', m.unitId === page.unitId ? 'border-brand-700 bg-brand-50 font-medium text-brand-800' : 'border-stone-300 bg-white text-stone-700 hover:bg-stone-50')}
                >
                  {pick(m.nameVi, m.nameEn)}
                  {m.position !== 'member' ? ` · ${t(`positions.${m.position}`)}` : ''}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}

      {shown && page.agreement
        ? page.sheets.map((sheet) => {
            const title = t(`scoring.sheet.${sheet.kind}`, { unit: shownName });
            return (
              <Card key={sheet.kind}>
                <CardHeader id={`sheet-${sheet.kind}`} title={title} description={t(`scoring.sheetHint.${sheet.kind}`)} />
                <ScoreSheetForm
                  termId={term.id}
                  scoredUnitId={shown.unitId}
                  scorerKind={sheet.kind}
                  title={title}
                  evidenceMaxMb={Math.floor(uploadMaxBytes() / (1024 * 1024))}
                  rows={page.criteria.map((c) => ({
                    criterionId: c.id,
                    number: `${c.groupPosition}.${c.position}`,
                    title: pick(c.titleVi, c.titleEn),
                    kind: c.kind,
                    maxPoints: c.maxPoints,
                    suggestion: page.suggestions[c.id] ?? null,
                    points: sheet.values[c.id]?.points ?? null,
                    note: sheet.values[c.id]?.note ?? null,
                    evidence: sheet.evidence[c.id] ?? [],
                  }))}
                />
              </Card>
            );
          })
        : null}

      {shown && page.agreement && page.sheets.length === 0 && !term.closedAt ? <p className="text-sm text-stone-600">{t('scoring.nothingToScore', { unit: shownName })}</p> : null}

      {shown && page.reconciliation.length ? (
        <Card>
          <CardHeader
            id="reconciliation"
            title={t('scoring.reconciliation', { unit: shownName })}
            description={page.totals ? t('scoring.totals', { self: n(page.totals.self), official: n(page.totals.official) }) : undefined}
          />
          <Table>
            <thead>
              <tr>
                <Th className="w-14">{t('columns.number')}</Th>
                <Th>{t('columns.criterion')}</Th>
                <Th className="text-right">{t('columns.self')}</Th>
                <Th>{t('columns.leads')}</Th>
                <Th className="text-right">{t('columns.official')}</Th>
                <Th className="text-right">{t('columns.difference')}</Th>
                <Th>{t('columns.notes')}</Th>
              </tr>
            </thead>
            <tbody>
              {page.reconciliation.map(({ result, entries }) => {
                const c = byId.get(result.criterionId)!;
                const notes = entries.filter((e) => e.comment || e.evidenceNote);
                return (
                  <tr key={result.criterionId}>
                    <Td className="tabular-nums">{number(result.criterionId)}</Td>
                    <Td>
                      {pick(c.titleVi, c.titleEn)}
                      <span className="block text-xs text-stone-600 tabular-nums">{t('scoring.max', { max: n(c.maxPoints) })}</span>
                    </Td>
                    <Td className="text-right tabular-nums">{n(result.self)}</Td>
                    <Td className="tabular-nums">
                      {result.leads.length ? (
                        <ul>
                          {result.leads.map((l) => {
                            const who = entries.find((e) => e.scorerUnitId === l.scorerUnitId);
                            return <li key={`${l.scorerUnitId}-${l.scorerKind}`}>{t('scoring.leadScore', { kind: t(`scorerKinds.${l.scorerKind}`), unit: who ? pick(who.scorerVi, who.scorerEn) : '', points: n(l.points) })}</li>;
                          })}
                        </ul>
                      ) : (
                        '—'
                      )}
                    </Td>
                    <Td className="text-right font-medium tabular-nums">{n(result.official)}</Td>
                    <Td className={cn('text-right tabular-nums', result.difference !== null && result.difference !== 0 && 'font-medium text-amber-800')}>
                      {signed(result.difference)}
                      {result.difference !== null && result.difference !== 0 ? <span className="sr-only"> {t('scoring.differs')}</span> : null}
                    </Td>
                    <Td className="text-sm text-stone-700">
                      {notes.length ? (
                        <ul className="space-y-0.5">
                          {notes.map((e) => (
                            <li key={`${e.scorerUnitId}-${e.scorerKind}`}>
                              <span className="font-medium">{t(`scorerKinds.${e.scorerKind}`)}:</span> {e.evidenceNote ?? e.comment}
                            </li>
                          ))}
                        </ul>
                      ) : (
                        '—'
                      )}
                    </Td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
        </Card>
      ) : null}
      {!shown ? (
        <Card>
          <CardBody>
            <p className="text-sm text-stone-600">{t('scoring.noMember')}</p>
          </CardBody>
        </Card>
      ) : null}
    </div>
  );
}
