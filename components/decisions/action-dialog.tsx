'use client';

import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';

/** A button that opens a modal dialog (the native <dialog>: focus trapped, Escape closes) whose
 * content says what will happen before anything does (ux.md). `children` receives `close`. */
export function ActionDialog({
  label,
  ariaLabel,
  title,
  variant = 'primary',
  size = 'md',
  onOpen,
  children,
}: {
  label: ReactNode;
  ariaLabel?: string;
  title: ReactNode;
  variant?: 'primary' | 'secondary' | 'ghost';
  size?: 'sm' | 'md';
  onOpen?: () => void;
  children: (close: () => void) => ReactNode;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [open, setOpen] = useState(false);
  // The state says whether the dialog is open; the element follows it (showModal traps the focus).
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  const close = () => setOpen(false);
  return (
    <>
      <Button
        type="button"
        variant={variant}
        size={size}
        aria-label={ariaLabel}
        onClick={() => {
          onOpen?.();
          setOpen(true);
        }}
      >
        {label}
      </Button>
      <dialog ref={dialog} aria-labelledby={titleId} onClose={close} className="m-auto w-[min(34rem,calc(100vw-2rem))] rounded-lg p-0 text-left shadow-xl backdrop:bg-black/40">
        <div className="space-y-4 p-5">
          <h2 id={titleId} className="text-lg font-semibold text-stone-900">
            {title}
          </h2>
          {open ? children(close) : null}
        </div>
      </dialog>
    </>
  );
}
