import {
  Ban,
  CircleCheck,
  CircleMinus,
  CirclePause,
  CircleX,
  FilePen,
  Hourglass,
  Landmark,
  Megaphone,
  Search,
  Undo2,
  Users,
  type LucideIcon,
} from 'lucide-react';
import { useTranslations } from 'next-intl';
import type { NominationStatus } from '@/lib/domain/constants';
import { cn } from '@/lib/utils';

// ux.md: status colours also differ in icon and text, never colour alone.
const LOOK: Record<NominationStatus, { icon: LucideIcon; className: string }> = {
  draft: { icon: FilePen, className: 'bg-stone-100 text-stone-700 ring-stone-300' },
  bloc_review: { icon: Users, className: 'bg-blue-50 text-blue-800 ring-blue-200' },
  returned: { icon: Undo2, className: 'bg-amber-50 text-amber-800 ring-amber-300' },
  appraisal: { icon: Search, className: 'bg-blue-50 text-blue-800 ring-blue-200' },
  on_hold: { icon: CirclePause, className: 'bg-purple-50 text-purple-800 ring-purple-200' },
  council: { icon: Landmark, className: 'bg-blue-50 text-blue-800 ring-blue-200' },
  public_notice: { icon: Megaphone, className: 'bg-blue-50 text-blue-800 ring-blue-200' },
  awaiting_decision: { icon: Hourglass, className: 'bg-blue-50 text-blue-800 ring-blue-200' },
  approved: { icon: CircleCheck, className: 'bg-emerald-50 text-emerald-800 ring-emerald-200' },
  not_endorsed: { icon: CircleX, className: 'bg-red-50 text-red-800 ring-red-200' },
  rejected: { icon: CircleX, className: 'bg-red-50 text-red-800 ring-red-200' },
  withdrawn: { icon: CircleMinus, className: 'bg-stone-100 text-stone-600 ring-stone-300' },
  revoked: { icon: Ban, className: 'bg-red-100 text-red-900 ring-red-300 line-through' },
};

export function StatusBadge({ status }: { status: NominationStatus }) {
  const t = useTranslations('status');
  const { icon: Icon, className } = LOOK[status];
  return (
    <span className={cn('inline-flex items-center gap-1 whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset', className)}>
      <Icon aria-hidden className="size-3.5" />
      {t(status)}
    </span>
  );
}

/** A transition as the timeline and the event log show it: from → to, either side optional. */
export function StatusChange({ from, to }: { from: NominationStatus | null; to: NominationStatus | null }) {
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      {from ? <StatusBadge status={from} /> : null}
      {from && to ? <span aria-hidden>→</span> : null}
      {to ? <StatusBadge status={to} /> : null}
    </span>
  );
}
