import { CircleCheck, FilePen } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { cn } from '@/lib/utils';

/** A decision's state with an icon and a word, never colour alone (ux.md). */
export function DecisionStateBadge({ state }: { state: 'draft' | 'issued' }) {
  const t = useTranslations('decisions.states');
  const Icon = state === 'issued' ? CircleCheck : FilePen;
  return (
    <span
      className={cn(
        'inline-flex items-center gap-1 whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset',
        state === 'issued' ? 'bg-emerald-50 text-emerald-800 ring-emerald-200' : 'bg-stone-100 text-stone-700 ring-stone-300',
      )}
    >
      <Icon aria-hidden className="size-3.5" />
      {t(state)}
    </span>
  );
}
