'use client';

import { Check, CloudUpload, RefreshCw } from 'lucide-react';
import { useTranslations, type useFormatter } from 'next-intl';
import { Button } from '@/components/ui/button';
import type { SaveState } from './use-autosave';

/** Where the draft stands: saved (and when), saving, waiting to be saved, held back by an invalid
 * field, failed, or changed elsewhere. Announced politely to screen readers. */
export function SaveStatus({ state, onSaveNow, refusalText, format }: { state: SaveState; onSaveNow: () => void; refusalText: (code: string) => string; format: ReturnType<typeof useFormatter> }) {
  const t = useTranslations('nominations.editor.save');
  if (state.kind === 'conflict') {
    return (
      <div role="alert" className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
        <span>{t('conflict')}</span>
        <Button type="button" size="sm" variant="secondary" onClick={() => window.location.reload()}>
          <RefreshCw aria-hidden className="size-4" />
          {t('reload')}
        </Button>
      </div>
    );
  }
  const text =
    state.kind === 'saved'
      ? state.at
        ? t('savedAt', { time: format.dateTime(new Date(state.at), 'withTime') })
        : t('saved')
      : state.kind === 'saving'
        ? t('saving')
        : state.kind === 'unsaved'
          ? t('unsaved')
          : state.kind === 'invalid'
            ? t('invalid')
            : t('failed', { error: refusalText(state.error) });
  return (
    <div className="sticky top-0 z-10 flex flex-wrap items-center justify-between gap-2 rounded-md border border-stone-200 bg-white/95 px-3 py-2 text-sm shadow-sm backdrop-blur">
      <p role="status" aria-live="polite" className={state.kind === 'failed' || state.kind === 'invalid' ? 'text-red-800' : 'text-stone-700'} data-save-state={state.kind}>
        {state.kind === 'saved' ? <Check aria-hidden className="mr-1 inline size-4 text-emerald-700" /> : <CloudUpload aria-hidden className="mr-1 inline size-4" />}
        {text}
      </p>
      {state.kind === 'unsaved' || state.kind === 'failed' ? (
        <Button type="button" size="sm" variant="secondary" onClick={onSaveNow}>
          {t('saveNow')}
        </Button>
      ) : null}
    </div>
  );
}
