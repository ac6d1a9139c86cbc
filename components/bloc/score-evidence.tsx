'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import type { ScoreAs } from '@/lib/validation/bloc';

/** One evidence file as the score sheet and the scoreboard's trace list it. */
export interface EvidenceItem {
  id: number;
  fileName: string;
  sizeBytes: number;
  sha256: string;
}

/** Turns a route's error code into a sentence in the person's language. */
function useEvidenceError(maxMb: number) {
  const t = useTranslations('bloc');
  const tUploads = useTranslations('uploads');
  const tRefusals = useTranslations('refusals');
  const tDossier = useTranslations('dossier');
  return (code: string, reference?: string): string => {
    if (code === 'network') return t('evidence.network');
    if (tUploads.has(code)) return tUploads(code, { maxMb, formats: tUploads('formatsOffice') });
    if (tDossier.has(`errors.${code}`) && code !== 'unexpected') return tDossier(`errors.${code}`);
    if (code !== 'unexpected' && tRefusals.has(code)) return tRefusals(code, { roles: '', max: 0, criterion: '', reference: reference ?? '' });
    return reference ? `${t('evidence.failed')} (${reference})` : t('evidence.failed');
  };
}

/** The files behind one score: name (a download link), size and a short SHA-256 (the full one in
 * its title); a remove button while scoring is open for those who may attach. */
export function ScoreEvidenceList({ files, canRemove = false, maxMb = 20 }: { files: readonly EvidenceItem[]; canRemove?: boolean; maxMb?: number }) {
  const t = useTranslations('bloc');
  const format = useFormatter();
  const router = useRouter();
  const explain = useEvidenceError(maxMb);
  const [busy, setBusy] = useState<number | null>(null);

  async function remove(file: EvidenceItem) {
    setBusy(file.id);
    try {
      const response = await fetch(`/api/bloc/evidence/${file.id}`, { method: 'DELETE' });
      const body = (await response.json().catch(() => ({}))) as { ok?: boolean; error?: string; reference?: string };
      if (response.ok && body.ok) toast.success(t('evidence.removed', { name: file.fileName }));
      else toast.error(explain(body.error ?? 'unexpected', body.reference));
    } catch {
      toast.error(explain('network'));
    } finally {
      setBusy(null);
      router.refresh();
    }
  }

  if (files.length === 0) return <span className="text-xs text-stone-500">{t('evidence.none')}</span>;
  return (
    <ul className="space-y-1" aria-label={t('evidence.files')}>
      {files.map((f) => (
        <li key={f.id} className="flex flex-wrap items-center gap-x-2 text-xs">
          <a href={`/api/bloc/evidence/${f.id}`} download className="break-all text-brand-700 underline" aria-label={t('evidence.downloadLabel', { name: f.fileName })}>
            {f.fileName}
          </a>
          <span className="text-stone-600 tabular-nums" title={t('evidence.shaTitle', { sha256: f.sha256 })}>
            {t('evidence.meta', { size: format.number(Math.max(1, Math.ceil(f.sizeBytes / 1024))), sha: f.sha256.slice(0, 12) })}
          </span>
          {canRemove ? (
            <Button type="button" variant="ghost" size="sm" disabled={busy === f.id} aria-label={t('evidence.removeLabel', { name: f.fileName })} onClick={() => void remove(f)}>
              {t('evidence.remove')}
            </Button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** "Attach evidence" for one row of a score sheet: the chosen file is sent as the raw body (as a
 * dossier file is), checked and stored by the server; the page then shows it in the row's list. */
export function ScoreEvidenceUpload({ termId, criterionId, scoredUnitId, scorerKind, label, maxMb }: { termId: number; criterionId: number; scoredUnitId: number; scorerKind: ScoreAs; label: string; maxMb: number }) {
  const t = useTranslations('bloc');
  const router = useRouter();
  const explain = useEvidenceError(maxMb);
  const [status, setStatus] = useState<string>('');
  const [uploading, setUploading] = useState(false);
  const inputId = `evidence-${scorerKind}-${criterionId}`;

  async function send(file: File) {
    setUploading(true);
    setStatus(t('evidence.uploading', { name: file.name }));
    try {
      const query = new URLSearchParams({ termId: String(termId), criterionId: String(criterionId), scoredUnitId: String(scoredUnitId), scorerKind });
      const response = await fetch(`/api/bloc/evidence?${query}`, { method: 'POST', headers: { 'x-file-name': encodeURIComponent(file.name) }, body: file });
      const body = (await response.json().catch(() => ({}))) as { ok?: boolean; error?: string; reference?: string };
      if (response.ok && body.ok) {
        setStatus(t('evidence.uploaded', { name: file.name }));
        router.refresh();
      } else {
        const message = explain(body.error ?? 'unexpected', body.reference);
        setStatus(message);
        toast.error(message);
      }
    } catch {
      setStatus(explain('network'));
    } finally {
      setUploading(false);
    }
  }

  return (
    <div className="mt-1">
      <label htmlFor={inputId} className="mb-0.5 block text-xs font-medium text-stone-700">
        {t('evidence.attach')}
      </label>
      <input
        id={inputId}
        aria-label={label}
        type="file"
        accept=".pdf,.docx,.xlsx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        disabled={uploading}
        title={t('evidence.hint', { maxMb })}
        className="block w-full max-w-56 text-xs file:mr-2 file:rounded-md file:border file:border-stone-300 file:bg-white file:px-2 file:py-1 file:text-xs"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (file) void send(file);
        }}
      />
      <p role="status" className="text-xs text-stone-600 empty:hidden">
        {status}
      </p>
    </div>
  );
}
