import { CalendarClock, CircleCheck, Landmark, type LucideIcon } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { cn } from '@/lib/utils';

// ux.md: states differ in icon and text, never colour alone.
const LOOK: Record<'planned' | 'open' | 'closed', { icon: LucideIcon; className: string }> = {
  planned: { icon: CalendarClock, className: 'bg-stone-100 text-stone-700 ring-stone-300' },
  open: { icon: Landmark, className: 'bg-blue-50 text-blue-800 ring-blue-200' },
  closed: { icon: CircleCheck, className: 'bg-emerald-50 text-emerald-800 ring-emerald-200' },
};

export function SessionStateBadge({ state }: { state: 'planned' | 'open' | 'closed' }) {
  const t = useTranslations('council.states');
  const { icon: Icon, className } = LOOK[state];
  return (
    <span className={cn('inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset', className)}>
      <Icon className="size-3.5" aria-hidden="true" />
      {t(state)}
    </span>
  );
}
