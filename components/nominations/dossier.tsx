'use client';

import { CircleCheck, CircleDashed, Copy, Download, ExternalLink, RefreshCw, Trash2, Upload } from 'lucide-react';
import { useFormatter, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useRef, useState, useTransition, type ReactNode } from 'react';
import { useLeaveWarning } from '@/components/nominations/editor/use-leave-warning';
import { toast } from 'sonner';
import { removeDocumentAction } from '@/app/(app)/nominations/actions';
import { Button } from '@/components/ui/button';
import { cn } from '@/lib/utils';

export interface DossierDocument {
  id: number;
  kind: string;
  fileName: string;
  sizeBytes: number;
  sha256: string;
  uploadedAt: string;
  /** When the page has it; otherwise the name tells, as the server gives every stored file the
   * extension of the type it sniffed (lib/files/sniff.ts nameWithExtension). */
  contentType?: string;
}

/** The download route shows only PDFs inline; the link is offered for those alone. */
function isPdf(d: DossierDocument): boolean {
  return d.contentType ? d.contentType === 'application/pdf' : d.fileName.toLowerCase().endsWith('.pdf');
}

function acceptFor(kind: string): string {
  return kind === 'achievement_report' || kind === 'other' ? '.pdf,.docx,.xlsx' : '.pdf';
}

interface Props {
  nominationId: number;
  documents: DossierDocument[];
  required: string[];
  editable: boolean;
  /** Kinds a unit may add: the required ones and "other". */
  kinds: string[];
}

type UploadState = { name: string; loaded: number; total: number; replacing?: string } | null;

/** Sends one file as the request body, so the server checks its size while it streams; reports
 * progress. With `replaces`, the file takes the place of that document in one change. */
function send(nominationId: number, kind: string, file: File, onProgress: (loaded: number) => void, replaces?: number): Promise<{ ok: boolean; error?: string }> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    const query = new URLSearchParams({ kind });
    if (replaces !== undefined) query.set('replaces', String(replaces));
    xhr.open('POST', `/api/nominations/${nominationId}/documents?${query}`);
    xhr.setRequestHeader('x-file-name', encodeURIComponent(file.name));
    xhr.setRequestHeader('content-type', file.type || 'application/octet-stream');
    xhr.upload.onprogress = (e) => onProgress(e.loaded);
    xhr.onload = () => {
      try {
        resolve(JSON.parse(xhr.responseText) as { ok: boolean; error?: string });
      } catch {
        resolve({ ok: false, error: 'unexpected' });
      }
    };
    xhr.onerror = () => resolve({ ok: false, error: 'network' });
    xhr.send(file);
  });
}

/** A row's Replace button: it opens a file chooser of its own (a hidden input, so the row has one
 * tab stop) and hands the chosen file on. */
function ReplaceButton({ accept, label, chooseLabel, disabled, onFile, children }: { accept: string; label: string; chooseLabel: string; disabled: boolean; onFile: (file: File) => void; children: ReactNode }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={input}
        type="file"
        hidden
        accept={accept}
        aria-label={chooseLabel}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
      <Button type="button" variant="ghost" size="sm" disabled={disabled} aria-label={label} onClick={() => input.current?.click()}>
        {children}
      </Button>
    </>
  );
}

/** The dossier: the award's required documents as a checklist, each file downloadable (a PDF also
 * viewable in the browser) with its SHA-256, and — while the unit may still edit — upload by picking
 * or dropping files, replace and remove, with progress. */
export function Dossier({ nominationId, documents, required, editable, kinds }: Props) {
  const t = useTranslations('dossier');
  const tKinds = useTranslations('documentKinds');
  const tUploads = useTranslations('uploads');
  const tRefusals = useTranslations('refusals');
  const format = useFormatter();
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [kind, setKind] = useState(required.find((k) => !documents.some((d) => d.kind === k)) ?? kinds[0] ?? 'other');
  const [upload, setUpload] = useState<UploadState>(null);
  const [dragging, setDragging] = useState(false);
  // Leaving while a file is still on its way would lose it: ask first.
  useLeaveWarning(upload !== null, t('leaveUploading'));
  const [pending, startTransition] = useTransition();
  const label = (k: string) => (tKinds.has(k) ? tKinds(k) : k);

  const uploadFiles = async (files: FileList | File[]) => {
    for (const file of Array.from(files)) {
      setUpload({ name: file.name, loaded: 0, total: file.size });
      const result = await send(nominationId, kind, file, (loaded) => setUpload({ name: file.name, loaded, total: file.size }));
      setUpload(null);
      if (result.ok) toast.success(t('uploaded', { name: file.name }));
      else toast.error(uploadError(result.error ?? 'unexpected', kind));
    }
    router.refresh();
  };

  const replaceFile = async (old: DossierDocument, file: File) => {
    setUpload({ name: file.name, loaded: 0, total: file.size, replacing: old.fileName });
    const result = await send(nominationId, old.kind, file, (loaded) => setUpload({ name: file.name, loaded, total: file.size, replacing: old.fileName }), old.id);
    setUpload(null);
    if (result.ok) toast.success(t('replaced', { old: old.fileName, name: file.name }));
    else toast.error(uploadError(result.error ?? 'unexpected', old.kind));
    router.refresh();
  };

  const copyHash = async (sha256: string) => {
    try {
      // Missing outside a secure context (plain http): the catch shows the value to copy by hand.
      await navigator.clipboard.writeText(sha256);
      toast.success(t('sha256Copied'));
    } catch {
      toast.error(t('sha256CopyFailed', { sha256 }));
    }
  };

  const uploadError = (code: string, forKind: string) => {
    const formats = forKind === 'achievement_report' || forKind === 'other' ? tUploads('formatsOffice') : tUploads('formatsPdf');
    if (tUploads.has(code)) return tUploads(code as 'file_empty', { maxMb: 20, formats });
    if (t.has(`errors.${code}`)) return t(`errors.${code}` as 'errors.unexpected');
    if (tRefusals.has(code)) return tRefusals(code as 'not_found', { roles: '', reference: '' });
    return t('errors.unexpected');
  };

  const progressLabel = upload ? (upload.replacing ? t('replacing', { old: upload.replacing, name: upload.name }) : t('uploading', { name: upload.name })) : '';

  const remove = (id: number) =>
    startTransition(async () => {
      const data = new FormData();
      data.set('documentId', String(id));
      const result = await removeDocumentAction(data);
      if (result.ok) toast.success(t('removed'));
      else toast.error(t('errors.unexpected'));
      router.refresh();
    });

  return (
    <div className="space-y-4">
      <ul className="grid gap-1 sm:grid-cols-2" aria-label={t('checklist')}>
        {required.map((k) => {
          const present = documents.some((d) => d.kind === k);
          return (
            <li key={k} className={cn('flex items-center gap-2 text-sm', present ? 'text-emerald-800' : 'text-amber-800')}>
              {present ? <CircleCheck aria-hidden className="size-4" /> : <CircleDashed aria-hidden className="size-4" />}
              <span>{label(k)}</span>
              <span className="sr-only">{present ? t('present') : t('missing')}</span>
            </li>
          );
        })}
      </ul>
      {documents.length === 0 ? (
        <p className="text-sm text-stone-600">{t('empty')}</p>
      ) : (
        <ul className="divide-y divide-stone-100 rounded-md border border-stone-200">
          {documents.map((d) => (
            <li key={d.id} className="flex flex-wrap items-start justify-between gap-2 px-3 py-2 text-sm">
              <div className="min-w-0">
                <div className="font-medium">
                  {label(d.kind)} · <span className="break-all">{d.fileName}</span>
                </div>
                <div className="flex flex-wrap items-center gap-x-1 text-xs text-stone-600">
                  <span>
                    {format.number(Math.ceil(d.sizeBytes / 1024))} KB · {format.dateTime(new Date(d.uploadedAt), 'short')} · {t('sha256')}
                  </span>
                  {/* The first 12 hex digits tell files apart at a glance; the whole value is in the title and copied by the button. */}
                  <span className="font-mono" title={d.sha256}>
                    {d.sha256.slice(0, 12)}…
                  </span>
                  <button
                    type="button"
                    onClick={() => void copyHash(d.sha256)}
                    aria-label={t('sha256Copy', { name: d.fileName })}
                    title={t('sha256Copy', { name: d.fileName })}
                    className="inline-flex size-6 items-center justify-center rounded text-stone-600 hover:bg-stone-100 hover:text-stone-900"
                  >
                    <Copy aria-hidden className="size-3.5" />
                  </button>
                </div>
              </div>
              <div className="flex flex-wrap gap-1">
                {isPdf(d) ? (
                  <a
                    href={`/api/files/${d.id}?inline=1`}
                    target="_blank"
                    rel="noopener"
                    aria-label={t('viewLabel', { name: d.fileName })}
                    className="inline-flex h-8 items-center gap-1 rounded-md px-2 text-brand-700 hover:bg-stone-100"
                  >
                    <ExternalLink aria-hidden className="size-4" />
                    {t('view')}
                  </a>
                ) : null}
                <a href={`/api/files/${d.id}`} aria-label={t('downloadLabel', { name: d.fileName })} className="inline-flex h-8 items-center gap-1 rounded-md px-2 text-brand-700 hover:bg-stone-100">
                  <Download aria-hidden className="size-4" />
                  {t('download')}
                </a>
                {editable ? (
                  <>
                    <ReplaceButton
                      accept={acceptFor(d.kind)}
                      label={t('replaceLabel', { name: d.fileName })}
                      chooseLabel={t('replaceChoose', { name: d.fileName })}
                      disabled={pending || upload !== null}
                      onFile={(file) => void replaceFile(d, file)}
                    >
                      <RefreshCw aria-hidden className="size-4" />
                      {t('replace')}
                    </ReplaceButton>
                    <Button type="button" variant="ghost" size="sm" disabled={pending || upload !== null} aria-label={t('removeLabel', { name: d.fileName })} onClick={() => remove(d.id)}>
                      <Trash2 aria-hidden className="size-4" />
                      {t('remove')}
                    </Button>
                  </>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
      {editable ? (
        <div
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            if (e.dataTransfer.files.length > 0) void uploadFiles(e.dataTransfer.files);
          }}
          className={cn('space-y-3 rounded-lg border-2 border-dashed p-4', dragging ? 'border-brand-600 bg-brand-50' : 'border-stone-300')}
        >
          <div className="flex flex-wrap items-end gap-2">
            <label className="space-y-1 text-sm">
              <span className="block font-medium">{t('kind')}</span>
              <select value={kind} onChange={(e) => setKind(e.target.value)} className="h-10 rounded-md border border-stone-300 bg-white px-3">
                {kinds.map((k) => (
                  <option key={k} value={k}>
                    {label(k)}
                  </option>
                ))}
              </select>
            </label>
            <input
              ref={input}
              type="file"
              className="sr-only"
              accept={acceptFor(kind)}
              aria-label={t('choose')}
              onChange={(e) => {
                if (e.target.files) void uploadFiles(e.target.files);
                e.target.value = '';
              }}
            />
            <Button type="button" variant="secondary" disabled={upload !== null} onClick={() => input.current?.click()}>
              <Upload aria-hidden className="size-4" />
              {t('choose')}
            </Button>
          </div>
          <p className="text-xs text-stone-600">{t('hint')}</p>
          {upload ? (
            <div role="status" className="space-y-1 text-sm">
              <div>{progressLabel}</div>
              <progress className="h-2 w-full accent-brand-700" max={upload.total || 1} value={upload.loaded} aria-label={progressLabel} />
            </div>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
