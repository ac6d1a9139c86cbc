import Link from 'next/link';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { StatusBadge } from '@/components/nominations/status-badge';
import { EmptyState } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import type { NominationSummary } from '@/db/queries/nomination-summary';

type Column = 'reference' | 'nominee' | 'award' | 'proposingUnit' | 'status' | 'updated';

/** The shared table of nominations on home sections; `extra` adds columns at the end. */
export function NominationTable<T extends NominationSummary>({
  rows,
  empty,
  columns = ['reference', 'nominee', 'award', 'status', 'updated'],
  extra = [],
  linkRows = true,
}: {
  /** Link each reference to the nomination's page (every list does; printed lists would not). */
  linkRows?: boolean;
  rows: T[];
  empty: ReactNode;
  columns?: Column[];
  extra?: { header: string; cell: (row: T) => ReactNode; className?: string }[];
}) {
  const t = useTranslations('home.columns');
  const locale = useLocale();
  const format = useFormatter();
  if (rows.length === 0) return <EmptyState>{empty}</EmptyState>;
  const pick = (vi: string, en: string) => (locale === 'vi' ? vi : en);
  const cells: Record<Column, (row: T) => ReactNode> = {
    reference: (r) =>
      linkRows ? (
        <Link href={`/nominations/${r.id}`} className="whitespace-nowrap font-mono text-xs font-medium text-brand-700 underline-offset-2 hover:underline">
          {r.reference}
        </Link>
      ) : (
        <span className="whitespace-nowrap font-mono text-xs text-stone-700">{r.reference}</span>
      ),
    nominee: (r) => <span className="font-medium text-stone-900">{pick(r.nomineeVi, r.nomineeEn)}</span>,
    award: (r) => pick(r.awardVi, r.awardEn),
    proposingUnit: (r) => pick(r.proposingUnitVi, r.proposingUnitEn),
    status: (r) => <StatusBadge status={r.status} />,
    updated: (r) => <span className="whitespace-nowrap text-stone-600">{format.dateTime(r.updatedAt, 'short')}</span>,
  };
  return (
    <Table>
      <thead>
        <tr>
          {columns.map((c) => (
            <Th key={c}>{t(c)}</Th>
          ))}
          {extra.map((e) => (
            <Th key={e.header} className={e.className}>
              {e.header}
            </Th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} className="hover:bg-stone-50">
            {columns.map((c) => (
              <Td key={c}>{cells[c](row)}</Td>
            ))}
            {extra.map((e) => (
              <Td key={e.header} className={e.className}>
                {e.cell(row)}
              </Td>
            ))}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
