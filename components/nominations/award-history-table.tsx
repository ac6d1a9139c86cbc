import { useFormatter, useTranslations } from 'next-intl';
import { useLocale } from 'next-intl';
import { Table, Td, Th } from '@/components/ui/table';
import type { HistoryEntry } from '@/db/queries/eligibility';

/** The nominee's titles and awards from the registry, newest first; those inherited through a
 * 2025 merger name the unit they came from. */
export function AwardHistoryTable({ history }: { history: HistoryEntry[] }) {
  const t = useTranslations('nominations.history');
  const tTitles = useTranslations('titles');
  const format = useFormatter();
  const locale = useLocale();
  if (history.length === 0) return <p className="text-sm text-stone-600">{t('empty')}</p>;
  return (
    <div className="-mx-5 overflow-x-auto">
      <Table>
        <thead>
          <tr>
            <Th>{t('year')}</Th>
            <Th>{t('title')}</Th>
            <Th>{t('decision')}</Th>
            <Th>{t('issuer')}</Th>
          </tr>
        </thead>
        <tbody>
          {history.map((h, i) => (
            <tr key={`${h.year}-${h.titleCode}-${i}`} className={h.revoked ? 'text-stone-500 line-through' : undefined}>
              <Td className="tabular-nums">{h.year}</Td>
              <Td>
                <span className="font-medium">{tTitles.has(h.titleCode) ? tTitles(h.titleCode) : h.titleCode}</span>
                {h.via ? <span className="block text-xs text-stone-600">{t('via', { unit: locale === 'vi' ? h.via.nameVi : h.via.nameEn })}</span> : null}
                {h.revoked ? <span className="block text-xs no-underline">{t('revoked')}</span> : null}
              </Td>
              <Td className="whitespace-nowrap">
                {h.decisionNumber} · {format.dateTime(new Date(`${h.decisionDate}T12:00:00+07:00`), 'short')}
              </Td>
              <Td>{h.issuer}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
