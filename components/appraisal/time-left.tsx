import { AlarmClock, CalendarClock } from 'lucide-react';
import { useFormatter, useTranslations } from 'next-intl';
import { cn } from '@/lib/utils';

const dayOf = (day: string) => new Date(`${day}T00:00:00+07:00`);

/** Working days left of the appraisal, always labelled as working days (ux.md), with the deadline;
 * overdue and nearly due stand out by icon and words as well as colour. */
export function TimeLeft({ days, dueOn, className }: { days: number | null; dueOn: string | null; className?: string }) {
  const t = useTranslations('appraisal');
  const format = useFormatter();
  if (days === null || dueOn === null) return <span className={cn('text-stone-600', className)}>{t('noClock')}</span>;
  const overdue = days < 0;
  const Icon = overdue ? AlarmClock : CalendarClock;
  const tone = overdue ? 'text-red-800 font-semibold' : days <= 5 ? 'text-amber-800 font-medium' : 'text-stone-800';
  return (
    <span className={cn('inline-flex flex-col', className)}>
      <span className={cn('inline-flex items-center gap-1 whitespace-nowrap', tone)}>
        <Icon aria-hidden className="size-4 shrink-0" />
        {overdue ? t('overdue', { count: -days }) : t('timeLeft', { count: days })}
      </span>
      <span className="whitespace-nowrap text-xs text-stone-600">{t('dueOn', { date: format.dateTime(dayOf(dueOn), 'short') })}</span>
    </span>
  );
}
