import type { ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { cn } from '@/lib/utils';

/** A labelled control with its hint and error, linked for screen readers (`${id}-hint`, `${id}-error`). */
export function Field({ id, label, hint, error, className, children }: { id: string; label: ReactNode; hint?: ReactNode; error?: string | null; className?: string; children: ReactNode }) {
  return (
    <div className={cn('space-y-1.5', className)}>
      <label htmlFor={id} className="block text-sm font-medium text-stone-800">
        {label}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-stone-600">
          {hint}
        </p>
      ) : null}
      <p id={`${id}-error`} className="text-sm text-red-700 empty:hidden">
        {error ?? ''}
      </p>
    </div>
  );
}

/** aria props for a control inside <Field>. */
export function fieldAria(id: string, error: string | null | undefined, hint = false) {
  return { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': [hint ? `${id}-hint` : null, `${id}-error`].filter(Boolean).join(' ') };
}

export function Select({ className, ...props }: SelectHTMLAttributes<HTMLSelectElement>) {
  return <select className={cn('h-10 w-full rounded-md border border-stone-300 bg-white px-3 text-[15px] aria-[invalid=true]:border-red-600', className)} {...props} />;
}

export function Textarea({ className, ...props }: TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return <textarea className={cn('w-full rounded-md border border-stone-300 p-3 text-[15px] leading-relaxed aria-[invalid=true]:border-red-600', className)} {...props} />;
}
