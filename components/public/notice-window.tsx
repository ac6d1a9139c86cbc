import { CalendarClock } from 'lucide-react';
import { useFormatter, useTranslations } from 'next-intl';
import type { NoticePhase } from '@/lib/rules/notice-window';
import { cn } from '@/lib/utils';

const dayOf = (day: string) => new Date(`${day}T00:00:00+07:00`);

export interface NoticeWindowProps {
  opensOn: string;
  closesOn: string;
  workingDays: number;
  /** Working days after today up to the closing day. */
  workingDaysLeft: number;
  phase: NoticePhase;
  className?: string;
}

/** The comment window of a notice: its days, its length in working days, and what is left of it
 * (working days always labelled as such, ux.md). */
export function NoticeWindow({ opensOn, closesOn, workingDays, workingDaysLeft, phase, className }: NoticeWindowProps) {
  const t = useTranslations('publicNotice.window');
  const format = useFormatter();
  const where = phase === 'open' ? (workingDaysLeft > 0 ? t('left', { count: workingDaysLeft }) : t('lastDay')) : t(phase);
  return (
    <div className={cn('flex items-start gap-2 text-sm', className)}>
      <CalendarClock aria-hidden className="mt-0.5 size-4 shrink-0 text-brand-700" />
      <p>
        <span className="block text-stone-800">{t('range', { opensOn: format.dateTime(dayOf(opensOn), 'short'), closesOn: format.dateTime(dayOf(closesOn), 'short'), count: workingDays })}</span>
        <span className={cn('block font-medium', phase === 'open' ? 'text-emerald-800' : 'text-stone-700')}>{where}</span>
      </p>
    </div>
  );
}
