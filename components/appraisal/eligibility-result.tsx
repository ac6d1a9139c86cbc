import { Check, CircleHelp, X } from 'lucide-react';
import { useTranslations } from 'next-intl';
import type { EligibilitySummary } from '@/lib/rules/eligibility-summary';
import { cn } from '@/lib/utils';

const LOOK = {
  pass: { icon: Check, className: 'text-emerald-800' },
  fail: { icon: X, className: 'text-red-800' },
  to_confirm: { icon: CircleHelp, className: 'text-amber-800' },
} as const;

/** The eligibility result of a queue row in a few words: pass, n checks failed, or n to confirm. */
export function EligibilityResult({ summary }: { summary: EligibilitySummary | null }) {
  const t = useTranslations('appraisal.eligibility');
  if (!summary) return <span className="text-stone-500">—</span>;
  const { icon: Icon, className } = LOOK[summary.result];
  const count = summary.result === 'fail' ? summary.failed : summary.waiting;
  return (
    <span className={cn('inline-flex items-center gap-1 whitespace-nowrap font-medium', className)}>
      <Icon aria-hidden className="size-4 shrink-0" />
      {t(summary.result, { count })}
    </span>
  );
}
