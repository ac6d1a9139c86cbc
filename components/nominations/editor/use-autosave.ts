'use client';

import { useCallback, useEffect, useRef, useState } from 'react';

export type SaveState =
  | { kind: 'saved'; at: string | null }
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'invalid' }
  | { kind: 'failed'; error: string }
  | { kind: 'conflict' };

type SaveOutcome = { ok: true; version: number; savedAt: string } | { ok: false; error: string };

/**
 * Saves `values` a moment after the person stops typing. Saves run one at a time, each on the
 * version the previous one returned; a change made while a save runs is saved right after it.
 * `valid` holds back a save of a form that would be refused (the fields show why instead). A
 * conflict (the draft changed elsewhere) stops autosaving: the page must be reloaded, and until then
 * the unsaved text stays on screen and in the browser's storage under `backupKey`.
 */
export function useAutosave<V>({
  values,
  valid,
  initialVersion,
  initialSavedAt,
  save,
  backupKey,
  delayMs = 1200,
}: {
  values: V;
  valid: boolean;
  initialVersion: number;
  initialSavedAt: string | null;
  save: (values: V, version: number) => Promise<SaveOutcome>;
  backupKey: string;
  delayMs?: number;
}) {
  const serialized = JSON.stringify(values);
  const [savedJson, setSavedJson] = useState(serialized);
  const [last, setLast] = useState<SaveState>({ kind: 'saved', at: initialSavedAt });
  const version = useRef(initialVersion);
  const saved = useRef(serialized);
  const busy = useRef(false);
  const stopped = useRef(false);
  const latest = useRef({ serialized, values, valid });
  useEffect(() => {
    latest.current = { serialized, values, valid };
  });

  const flush = useCallback(async (): Promise<void> => {
    // One loop at a time; the running one picks up whatever was typed meanwhile.
    if (busy.current || stopped.current) return;
    busy.current = true;
    try {
      for (;;) {
        const { serialized: json, values: v, valid: ok } = latest.current;
        if (json === saved.current || !ok || stopped.current) break;
        setLast({ kind: 'saving' });
        const outcome = await save(v, version.current).catch((): SaveOutcome => ({ ok: false, error: 'unexpected' }));
        if (!outcome.ok) {
          if (outcome.error === 'conflict') stopped.current = true;
          setLast(outcome.error === 'conflict' ? { kind: 'conflict' } : { kind: 'failed', error: outcome.error });
          break;
        }
        version.current = outcome.version;
        saved.current = json;
        setSavedJson(json);
        setLast({ kind: 'saved', at: outcome.savedAt });
        if (latest.current.serialized === json) window.localStorage.removeItem(backupKey);
      }
    } finally {
      busy.current = false;
    }
  }, [save, backupKey]);

  const dirty = serialized !== savedJson;
  useEffect(() => {
    if (!dirty) return;
    // Until saved, a copy in the browser survives a crash, a lost connection or a reload.
    window.localStorage.setItem(backupKey, serialized);
    if (!valid) return;
    const timer = window.setTimeout(() => void flush(), delayMs);
    return () => window.clearTimeout(timer);
  }, [serialized, dirty, valid, delayMs, flush, backupKey]);

  const state: SaveState =
    last.kind === 'conflict' || last.kind === 'saving' || (last.kind === 'failed' && dirty) ? last : dirty ? (valid ? { kind: 'unsaved' } : { kind: 'invalid' }) : last;
  return { state, unsaved: dirty, flush, version: () => version.current };
}
