import { ArrowDown, ArrowUp, ArrowUpDown, Undo2 } from 'lucide-react';
import Link from 'next/link';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { Table, Td, Th } from '@/components/ui/table';
import type { AppraisalQueueRow } from '@/db/queries/appraisal-queue';
import { queueHref, type AppraisalQueueQuery, type QueueSort } from '@/lib/validation/appraisal-queue';
import { EligibilityResult } from './eligibility-result';
import { HoldKindLabel } from './hold-kind';
import { TimeLeft } from './time-left';

const dayOf = (day: string) => new Date(`${day}T00:00:00+07:00`);

type Column = 'nominee' | 'proposingUnit' | 'award' | 'round' | 'received' | 'left' | 'eligibility' | 'hold';

const SORTABLE: Partial<Record<Column, QueueSort>> = { left: 'left', received: 'received', award: 'award' };

interface Props {
  rows: AppraisalQueueRow[];
  /** The page's query, for the sort links; without it (the home page) the headers do not sort. */
  query?: AppraisalQueueQuery;
  columns: Column[];
  caption?: string;
}

/** The appraisal queue as a table: the nominee links to the nomination's page; time left is in
 * working days; an on-hold row says what holds it. Sortable headers are links (the order lives in
 * the URL) with aria-sort on the sorted one. */
export function QueueTable({ rows, query, columns, caption }: Props) {
  const t = useTranslations('appraisal');
  const tStatus = useTranslations('status');
  const locale = useLocale();
  const format = useFormatter();
  const pick = (vi: string, en: string) => (locale === 'vi' ? vi : en);

  const header = (column: Column): ReactNode => {
    const label = t(`columns.${column}`);
    const sort = SORTABLE[column];
    if (!query || !sort) return <Th key={column}>{label}</Th>;
    const active = query.sort === sort;
    const nextDir = active && query.dir === 'asc' ? 'desc' : 'asc';
    const Icon = !active ? ArrowUpDown : query.dir === 'asc' ? ArrowUp : ArrowDown;
    return (
      <Th key={column} aria-sort={active ? (query.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
        <Link
          href={queueHref(query, { sort, dir: nextDir, page: 1 })}
          className="inline-flex items-center gap-1 whitespace-nowrap text-stone-700 underline-offset-2 hover:text-brand-800 hover:underline"
          aria-label={t(`sort.${nextDir}`, { column: label })}
        >
          {label}
          <Icon aria-hidden className="size-3.5" />
        </Link>
      </Th>
    );
  };

  const cells: Record<Column, (r: AppraisalQueueRow) => ReactNode> = {
    nominee: (r) => (
      <div className="min-w-40">
        <Link href={`/nominations/${r.id}`} className="font-medium text-brand-800 underline-offset-2 hover:underline">
          {pick(r.nomineeVi, r.nomineeEn)}
        </Link>
        <div className="font-mono text-xs text-stone-600">{r.reference}</div>
        {r.returnedOnce ? (
          <div className="mt-0.5 inline-flex items-center gap-1 text-xs font-medium text-amber-800">
            <Undo2 aria-hidden className="size-3.5" />
            {t('returnedOnce')}
          </div>
        ) : null}
      </div>
    ),
    proposingUnit: (r) => pick(r.proposingUnitVi, r.proposingUnitEn),
    award: (r) => <span className="block min-w-40">{pick(r.awardVi, r.awardEn)}</span>,
    round: (r) => <span className="block min-w-32 text-stone-700">{pick(r.roundVi, r.roundEn)}</span>,
    received: (r) => <span className="whitespace-nowrap tabular-nums">{r.receivedOn ? format.dateTime(dayOf(r.receivedOn), 'short') : '—'}</span>,
    left: (r) => <TimeLeft days={r.workingDaysLeft} dueOn={r.dueOn} />,
    eligibility: (r) => <EligibilityResult summary={r.eligibility} />,
    hold: (r) =>
      r.hold ? (
        <div className="min-w-48 space-y-0.5">
          <HoldKindLabel kind={r.hold.kind} />
          {r.hold.since ? <div className="text-xs text-stone-600">{t('holdSince', { date: format.dateTime(new Date(r.hold.since), 'short') })}</div> : null}
          {r.hold.from ? <div className="text-xs text-stone-600">{t('heldFrom', { status: tStatus(r.hold.from) })}</div> : null}
          {r.hold.reason ? <p className="line-clamp-3 text-sm text-stone-800">{r.hold.reason}</p> : null}
        </div>
      ) : (
        '—'
      ),
  };

  return (
    <Table>
      {caption ? <caption className="sr-only">{caption}</caption> : null}
      <thead>
        <tr>{columns.map(header)}</tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} className="hover:bg-stone-50">
            {columns.map((c) => (
              <Td key={c}>{cells[c](row)}</Td>
            ))}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
