import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Card, CardHeader, EmptyState } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { getRunningNotices } from '@/db/queries/notice-workspace';
import type { RoleGrant } from '@/lib/policy/viewer';
import { NoticeDaysLeft } from './notice-state';

const dayOf = (day: string) => new Date(`${day}T00:00:00+07:00`);

/** "Notices running" on the appraiser's home (ux.md): each running notice with its candidates, the
 * comments still to answer and the working days left. Renders nothing for any grant but an appraiser's. */
export async function NoticesRunningSection({ grant }: { grant: RoleGrant }) {
  const notices = await getRunningNotices(grant);
  if (!notices) return null;
  const t = await getTranslations('notices');
  const locale = await getLocale();
  const format = await getFormatter();
  return (
    <Card>
      <CardHeader
        id="notices-running"
        title={t('home.title')}
        action={
          <Link href="/notices" className="text-sm font-medium text-brand-700 underline-offset-2 hover:underline">
            {t('home.all')}
          </Link>
        }
      />
      {notices.length === 0 ? (
        <EmptyState>{t('home.empty')}</EmptyState>
      ) : (
        <Table>
          <thead>
            <tr>
              <Th>{t('columns.notice')}</Th>
              <Th>{t('columns.closesOn')}</Th>
              <Th>{t('columns.left')}</Th>
              <Th className="text-right">{t('columns.candidates')}</Th>
              <Th className="text-right">{t('columns.unanswered')}</Th>
            </tr>
          </thead>
          <tbody>
            {notices.map((n) => (
              <tr key={n.id}>
                <Td>
                  <Link href={`/notices/${n.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                    {(locale === 'vi' ? n.awardVi : n.awardEn) ?? t('untitled')}
                  </Link>
                  <div className="text-xs text-stone-600">{locale === 'vi' ? n.roundVi : n.roundEn}</div>
                </Td>
                <Td className="whitespace-nowrap">{format.dateTime(dayOf(n.closesOn), 'short')}</Td>
                <Td>
                  <NoticeDaysLeft phase={n.phase} days={n.workingDaysLeft} />
                </Td>
                <Td className="text-right tabular-nums">{n.inNotice}</Td>
                <Td className={n.unanswered > 0 ? 'text-right font-semibold tabular-nums text-amber-800' : 'text-right tabular-nums'}>{n.unanswered}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}
