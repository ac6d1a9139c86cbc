import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Table, Td, Th } from '@/components/ui/table';
import type { CriterionRow } from '@/db/queries/agreements';

/** The agreement's scoring table: groups, their criteria with maxima, method and evidence; bonus and
 * deduction rows; the ordinary criteria's total. */
export async function CriteriaTable({ criteria, total }: { criteria: CriterionRow[]; total: number }) {
  const t = await getTranslations('bloc');
  const locale = await getLocale();
  const format = await getFormatter();
  const pick = (vi: string, en: string) => (locale === 'vi' ? vi : en);
  const n = (x: number) => format.number(x, { maximumFractionDigits: 2 });
  const groups = [...new Set(criteria.map((c) => c.groupPosition))];
  return (
    <Table>
      <thead>
        <tr>
          <Th className="w-14">{t('columns.number')}</Th>
          <Th>{t('columns.criterion')}</Th>
          <Th>{t('columns.kind')}</Th>
          <Th className="text-right">{t('columns.maxPoints')}</Th>
          <Th>{t('columns.method')}</Th>
          <Th>{t('columns.evidence')}</Th>
        </tr>
      </thead>
      {groups.map((g) => {
        const rows = criteria.filter((c) => c.groupPosition === g);
        return (
          <tbody key={g}>
            <tr>
              <th scope="colgroup" colSpan={6} className="border-b border-stone-200 bg-stone-100 px-4 py-2 text-left font-semibold text-stone-800">
                {g}. {pick(rows[0]!.groupTitleVi, rows[0]!.groupTitleEn)}
              </th>
            </tr>
            {rows.map((c) => (
              <tr key={c.id}>
                <Td className="tabular-nums">
                  {c.groupPosition}.{c.position}
                </Td>
                <Td>{pick(c.titleVi, c.titleEn)}</Td>
                <Td className="whitespace-nowrap">{t(`kinds.${c.kind}`)}</Td>
                <Td className="text-right tabular-nums">{c.kind === 'deduction' ? `−${n(c.maxPoints)}` : n(c.maxPoints)}</Td>
                <Td>
                  <span className="block">{t(`methods.${c.method}`)}</span>
                  {c.method !== 'manual' && c.indicatorVi ? <span className="block text-xs text-stone-600">{pick(c.indicatorVi, c.indicatorEn ?? c.indicatorVi)}</span> : null}
                  {c.method === 'linear' ? (
                    <span className="block text-xs text-stone-600 tabular-nums">
                      {c.linearFrom !== null && c.linearTo !== null ? t('methods.bounds', { from: n(c.linearFrom), to: n(c.linearTo) }) : t('methods.noBounds')}
                    </span>
                  ) : null}
                </Td>
                <Td className="text-stone-700">{pick(c.evidenceVi, c.evidenceEn)}</Td>
              </tr>
            ))}
          </tbody>
        );
      })}
      <tfoot>
        <tr>
          <th scope="row" colSpan={3} className="px-4 py-2 text-right font-medium">
            {t('agreement.total')}
          </th>
          <td className="px-4 py-2 text-right font-semibold tabular-nums">{n(total)}</td>
          <td colSpan={2} className="px-4 py-2 text-xs text-stone-600">
            {t('agreement.totalHint')}
          </td>
        </tr>
      </tfoot>
    </Table>
  );
}
