import { useTranslations } from 'next-intl';
import { cn } from '@/lib/utils';

/** Working days left, always labelled as working days (ux.md); overdue and nearly due stand out. */
export function WorkingDaysLeft({ days }: { days: number }) {
  const t = useTranslations('home');
  const tone = days < 0 ? 'text-red-700 font-semibold' : days <= 5 ? 'text-amber-700 font-medium' : 'text-stone-700';
  return <span className={cn('whitespace-nowrap', tone)}>{days < 0 ? t('workingDaysOverdue', { count: -days }) : t('workingDays', { count: days })}</span>;
}
