import type { Metadata } from 'next';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { BlocHeader, NoBlocYear, termParam } from '@/components/bloc/bloc-header';
import { ScoreEvidenceList } from '@/components/bloc/score-evidence';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { getScoreboard } from '@/db/queries/bloc-scoring';
import { getCurrentUser } from '@/db/queries/current-user';
import { TIE_BREAK_ORDER } from '@/lib/scoring';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('bloc'))('board.title') };
}

/** The scoreboard (issue 5.3): the ranking with the rule that decided each place, raw totals, the
 * z-score column when several scorers scored, and every number traced to its scores. */
export default async function ScoreboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await getCurrentUser();
  if (!viewer) return null;
  const board = await getScoreboard(viewer, termParam((await searchParams).term));
  if (!board) return <NoBlocYear />;
  const t = await getTranslations('bloc');
  const locale = await getLocale();
  const format = await getFormatter();
  const pick = (vi: string, en: string) => (locale === 'vi' ? vi : en);
  const n = (x: number | null) => (x === null ? '—' : format.number(x, { maximumFractionDigits: 2 }));
  const z = (x: number | null) => (x === null ? '—' : format.number(x, { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero' }));
  const { term } = board;
  const byId = new Map(board.criteria.map((c) => [c.id, c]));

  return (
    <div className="mx-auto max-w-7xl space-y-6">
      <BlocHeader title={t('board.heading', { bloc: pick(term.nameVi, term.nameEn), year: String(term.year) })} subtitle={board.agreement ? t('scoring.against', { title: pick(board.agreement.titleVi, board.agreement.titleEn), version: board.agreement.version }) : undefined} termId={term.id} current="scoreboard" />
      {!term.closedAt ? (
        <Card>
          <CardBody>
            <p className="text-sm text-stone-700">{t('board.notYet')}</p>
          </CardBody>
        </Card>
      ) : (
        <>
          <p className="text-sm text-stone-700">
            {t('board.closedAt', { at: format.dateTime(term.closedAt, 'withTime') })} {t('board.tieBreakRule', { rules: TIE_BREAK_ORDER.map((r) => t(`tieBreak.${r}`)).join(' → ') })}
          </p>
          <Card>
            <CardHeader id="board" title={t('board.title')} description={board.normalised ? t('board.zHint') : t('board.oneScorer')} />
            <Table>
              <thead>
                <tr>
                  <Th className="text-right">{t('columns.rank')}</Th>
                  <Th>{t('columns.unit')}</Th>
                  <Th className="text-right">{t('columns.criteriaPoints')}</Th>
                  <Th className="text-right">{t('columns.bonus')}</Th>
                  <Th className="text-right">{t('columns.deduction')}</Th>
                  <Th className="text-right">{t('columns.total')}</Th>
                  <Th className="text-right">{t('columns.selfTotal')}</Th>
                  {board.normalised ? <Th className="text-right">{t('columns.z')}</Th> : null}
                  <Th>{t('columns.decidedBy')}</Th>
                </tr>
              </thead>
              <tbody>
                {board.ranked.map((r) => (
                  <tr key={r.unitId}>
                    <Td className="text-right font-semibold tabular-nums">{r.rank}</Td>
                    <Td className="font-medium">
                      <a href={`#member-${r.unitId}`} className="text-brand-700 underline">
                        {pick(r.nameVi, r.nameEn)}
                      </a>
                    </Td>
                    <Td className="text-right tabular-nums">{n(r.criteriaPoints)}</Td>
                    <Td className="text-right tabular-nums">{n(r.bonus)}</Td>
                    <Td className="text-right tabular-nums">{r.deduction ? `−${n(r.deduction)}` : n(0)}</Td>
                    <Td className="text-right font-semibold tabular-nums">{n(r.total)}</Td>
                    <Td className="text-right tabular-nums">{n(r.selfTotal)}</Td>
                    {board.normalised ? <Td className="text-right tabular-nums">{r.scorers ? t('board.z', { z: z(r.z), scorers: r.scorers }) : '—'}</Td> : null}
                    <Td>{r.decidedBy ? t(`tieBreak.${r.decidedBy}`) : t('tieBreak.first')}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </Card>

          <section aria-labelledby="board-trace" className="space-y-3">
            <h2 id="board-trace" className="text-lg font-semibold text-stone-900">
              {t('board.trace')}
            </h2>
            {board.ranked.map((r) => (
              <details key={r.unitId} id={`member-${r.unitId}`} className="rounded-lg border border-stone-200 bg-white shadow-sm">
                <summary className="cursor-pointer px-4 py-3 font-medium">
                  {t('board.traceMember', { rank: r.rank, unit: pick(r.nameVi, r.nameEn), total: n(r.total) })}
                </summary>
                <Table>
                  <thead>
                    <tr>
                      <Th className="w-14">{t('columns.number')}</Th>
                      <Th>{t('columns.criterion')}</Th>
                      <Th className="text-right">{t('columns.official')}</Th>
                      <Th>{t('columns.scores')}</Th>
                    </tr>
                  </thead>
                  <tbody>
                    {r.criteria.map((c) => {
                      const spec = byId.get(c.criterionId)!;
                      return (
                        <tr key={c.criterionId}>
                          <Td className="tabular-nums">
                            {spec.groupPosition}.{spec.position}
                          </Td>
                          <Td>
                            {pick(spec.titleVi, spec.titleEn)}
                            <span className="block text-xs text-stone-600">
                              {t(`kinds.${spec.kind}`)} · {t('scoring.max', { max: n(spec.maxPoints) })} · {pick(spec.evidenceVi, spec.evidenceEn)}
                            </span>
                          </Td>
                          <Td className="text-right font-medium tabular-nums">{n(c.official)}</Td>
                          <Td>
                            {c.entries.length ? (
                              <ul className="space-y-0.5">
                                {c.entries.map((e) => (
                                  <li key={`${e.scorerUnitId}-${e.scorerKind}`} className="tabular-nums">
                                    {t('board.entry', { kind: t(`scorerKinds.${e.scorerKind}`), unit: pick(e.scorerVi, e.scorerEn), points: n(e.points), person: e.scoredBy ?? '—' })}
                                    {e.comment || e.evidenceNote ? <span className="block text-xs text-stone-600">{e.evidenceNote ?? e.comment}</span> : null}
                                    {e.evidence.length ? (
                                      <div className="mt-0.5 mb-1 pl-3">
                                        <ScoreEvidenceList files={e.evidence.map((f) => ({ id: f.id, fileName: f.fileName, sizeBytes: f.sizeBytes, sha256: f.sha256 }))} />
                                      </div>
                                    ) : null}
                                  </li>
                                ))}
                              </ul>
                            ) : (
                              <span className="text-stone-500">{t('board.noScores')}</span>
                            )}
                          </Td>
                        </tr>
                      );
                    })}
                  </tbody>
                </Table>
              </details>
            ))}
          </section>
        </>
      )}
    </div>
  );
}
