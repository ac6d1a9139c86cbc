import { CircleCheck, Hourglass, Megaphone } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { WorkingDaysLeft } from '@/components/home/working-days';
import type { NoticePhase } from '@/lib/rules/notice-window';
import { cn } from '@/lib/utils';

const LOOK: Record<NoticePhase, { icon: typeof Megaphone; className: string }> = {
  upcoming: { icon: Hourglass, className: 'bg-stone-100 text-stone-700 ring-stone-300' },
  open: { icon: Megaphone, className: 'bg-blue-50 text-blue-800 ring-blue-200' },
  ended: { icon: Hourglass, className: 'bg-amber-50 text-amber-800 ring-amber-300' },
  closed: { icon: CircleCheck, className: 'bg-emerald-50 text-emerald-800 ring-emerald-200' },
};

/** Where a notice stands, in icon and words (never colour alone, ux.md). */
export function NoticePhaseBadge({ phase }: { phase: NoticePhase }) {
  const t = useTranslations('notices.phase');
  const { icon: Icon, className } = LOOK[phase];
  return (
    <span className={cn('inline-flex items-center gap-1 whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset', className)}>
      <Icon aria-hidden className="size-3.5" />
      {t(phase)}
    </span>
  );
}

/** What is left of the window in working days; once it has run, that closing may proceed. */
export function NoticeDaysLeft({ phase, days }: { phase: NoticePhase; days: number }) {
  const t = useTranslations('notices');
  if (phase === 'closed') return <span className="text-stone-600">—</span>;
  if (phase === 'ended') return <span className="whitespace-nowrap font-medium text-amber-800">{t('windowRun')}</span>;
  if (phase === 'open' && days === 0) return <span className="whitespace-nowrap font-medium text-amber-800">{t('lastDay')}</span>;
  return <WorkingDaysLeft days={days} />;
}
