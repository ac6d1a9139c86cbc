import type { HTMLAttributes, ReactNode } from 'react';
import { cn } from '@/lib/utils';

export function Card({ className, ...props }: HTMLAttributes<HTMLElement>) {
  return <section className={cn('min-w-0 rounded-lg border border-stone-200 bg-white shadow-sm', className)} {...props} />;
}

export function CardHeader({ title, description, action, id }: { title: ReactNode; description?: ReactNode; action?: ReactNode; id?: string }) {
  return (
    <div className="flex flex-wrap items-start justify-between gap-2 border-b border-stone-100 px-4 py-3">
      <div>
        <h2 id={id} className="text-base font-semibold text-stone-900">
          {title}
        </h2>
        {description ? <p className="mt-0.5 text-sm text-stone-600">{description}</p> : null}
      </div>
      {action}
    </div>
  );
}

export function CardBody({ className, ...props }: HTMLAttributes<HTMLDivElement>) {
  return <div className={cn('px-4 py-3', className)} {...props} />;
}

/** A count with its label, for the top of a home section. */
export function Stat({ label, value, tone = 'neutral' }: { label: string; value: ReactNode; tone?: 'neutral' | 'attention' | 'good' }) {
  const tones = { neutral: 'text-stone-900', attention: 'text-amber-700', good: 'text-emerald-700' };
  return (
    <div className="rounded-lg border border-stone-200 bg-white px-4 py-3 shadow-sm">
      <div className={cn('text-2xl font-semibold tabular-nums', tones[tone])}>{value}</div>
      <div className="mt-0.5 text-sm text-stone-600">{label}</div>
    </div>
  );
}

/** What an empty list says: what it is waiting for, so nobody wonders whether something broke. */
export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="px-4 py-6 text-center text-sm text-stone-600">{children}</p>;
}
