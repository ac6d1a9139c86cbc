import { CircleCheck, CircleX, Clock } from 'lucide-react';
import { useTranslations } from 'next-intl';

const STYLES = {
  pending: { className: 'border-sky-200 bg-sky-50 text-sky-900', Icon: Clock },
  accepted: { className: 'border-emerald-200 bg-emerald-50 text-emerald-900', Icon: CircleCheck },
  refused: { className: 'border-red-200 bg-red-50 text-red-900', Icon: CircleX },
} as const;

/** The central body's answer, by icon and words as well as colour (ux.md). */
export function ProposalAnswerBadge({ answer }: { answer: 'pending' | 'accepted' | 'refused' }) {
  const t = useTranslations('proposals.answerStatus');
  const { className, Icon } = STYLES[answer];
  return (
    <span className={`inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-medium ${className}`}>
      <Icon aria-hidden className="size-3.5" />
      {t(answer)}
    </span>
  );
}
