import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { DOCUMENT_KINDS, type DocumentKind } from '@/lib/domain/constants';
import { CONTENT_TYPES, nameWithExtension, safeFileName, sniffFileType, type SniffedType } from '@/lib/files/sniff';
import { readGrant } from '@/lib/policy/can';
import type { Viewer } from '@/lib/policy/viewer';
import { WorkflowError } from '@/lib/workflow/refusals';
import { actorFields, appendAuditEvent } from '../audit-append';
import { getDb, type Db, type Tx } from '../client';
import { awardTypes, documents } from '../schema';
import { blobWrite, readBlob } from '../storage/blob-store';
import { authorizeDossierChange, lockEditable } from './dossier-access';
import { loadNominationFacts } from './workflow/facts';

const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** The upload size cap: LAUREL_UPLOAD_MAX_BYTES, or 20 MB. */
export function uploadMaxBytes(): number {
  const configured = Number(process.env.LAUREL_UPLOAD_MAX_BYTES);
  return Number.isSafeInteger(configured) && configured > 0 ? configured : DEFAULT_MAX_BYTES;
}

/** The formats each kind of document may take: every document may be a PDF; only the achievement
 * report (its figures are often kept in Word or Excel) and `other` may also be DOCX or XLSX. */
function formatsOf(kind: DocumentKind): readonly SniffedType[] {
  return kind === 'achievement_report' || kind === 'other' ? ['pdf', 'docx', 'xlsx'] : ['pdf'];
}

export type UploadRefusalReason =
  | 'file_empty'
  | 'file_too_large'
  | 'file_type_not_allowed'
  | 'file_name_invalid'
  | 'document_kind_not_allowed'
  | 'replaced_document_gone'
  | 'replaced_kind_mismatch';

function refuse(reason: UploadRefusalReason): WorkflowError {
  return new WorkflowError('invalid_input', { reason });
}

type ByteSource = ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;

/** Reads the whole source, refusing it as soon as it passes `maxBytes`: the rest is never pulled,
 * and the source is cancelled so that the client's upload stops too. */
export async function readCapped(source: ByteSource, maxBytes: number): Promise<{ bytes: Buffer; sha256: string }> {
  const hash = createHash('sha256');
  const chunks: Uint8Array[] = [];
  let total = 0;
  const take = (chunk: Uint8Array): boolean => {
    total += chunk.byteLength;
    if (total > maxBytes) return false;
    hash.update(chunk);
    chunks.push(chunk);
    return true;
  };
  if ('getReader' in source && typeof source.getReader === 'function') {
    const reader = source.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        if (!take(value)) {
          await reader.cancel('file_too_large').catch(() => {});
          throw refuse('file_too_large');
        }
      }
    } finally {
      reader.releaseLock();
    }
  } else {
    // Leaving a for-await loop early calls the iterator's return(): the generator stops there.
    for await (const chunk of source as AsyncIterable<Uint8Array>) {
      if (!take(chunk)) throw refuse('file_too_large');
    }
  }
  return { bytes: Buffer.concat(chunks, total), sha256: hash.digest('hex') };
}

export interface UploadDocumentInput {
  nominationId: number;
  kind: string;
  fileName: string;
  stream: ByteSource;
  /** Defaults to uploadMaxBytes(). */
  maxBytes?: number;
  ip?: string | null;
  /** A live document of the same nomination and kind that the new file replaces. */
  replaces?: number;
}

export interface UploadedDocument {
  id: number;
  kind: DocumentKind;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  /** The document this one replaced, when it replaced one. */
  replacedId: number | null;
}

type ReplacedDocument = { id: number; kind: DocumentKind; fileName: string; sha256: string };

/** The live document `id` of nomination `nominationId`. One refusal for a document that is gone,
 * was never there, or belongs to another dossier: an id says nothing about other nominations (S3). */
async function liveDocumentOf(db: Db | Tx, nominationId: number, id: number): Promise<ReplacedDocument> {
  const [doc] = await db
    .select({ id: documents.id, kind: documents.kind, fileName: documents.fileName, sha256: documents.sha256 })
    .from(documents)
    .where(and(eq(documents.id, id), eq(documents.nominationId, nominationId), isNull(documents.removedAt)));
  if (!doc) throw refuse('replaced_document_gone');
  return doc;
}

/** Adds a file to the dossier of a draft or returned nomination, or replaces one of its live files
 * by a new file of the same kind (`replaces`). Who: the proposing unit's officer or head. Every
 * refusal (quality.md S8) is thrown before the document row is written; the row, the old row's
 * removal mark and the audit event are stored together or not at all. The bytes go with them into
 * PostgreSQL, or, with object storage configured, are written just before (storage/blob-store.ts). */
export async function uploadDocument(viewer: Viewer, input: UploadDocumentInput): Promise<UploadedDocument> {
  const db = await getDb();
  const { n } = await authorizeDossierChange(db, viewer, input.nominationId);
  if (!(DOCUMENT_KINDS as readonly string[]).includes(input.kind)) throw refuse('document_kind_not_allowed');
  const kind = input.kind as DocumentKind;
  const [award] = await db.select({ required: awardTypes.requiredDocuments }).from(awardTypes).where(eq(awardTypes.id, n.awardTypeId));
  if (kind !== 'other' && !(award?.required ?? []).includes(kind)) throw refuse('document_kind_not_allowed');
  // Checked before the file is read, so that a stale page learns at once; checked again below.
  if (input.replaces !== undefined) {
    const old = await liveDocumentOf(db, n.id, input.replaces);
    if (old.kind !== kind) throw refuse('replaced_kind_mismatch');
  }
  const safeName = safeFileName(input.fileName);
  if (!safeName) throw refuse('file_name_invalid');

  const { bytes, sha256 } = await readCapped(input.stream, input.maxBytes ?? uploadMaxBytes());
  if (bytes.length === 0) throw refuse('file_empty');
  const type = sniffFileType(bytes);
  if (!type || !formatsOf(kind).includes(type)) throw refuse('file_type_not_allowed');
  const fileName = nameWithExtension(safeName, type);
  const contentType = CONTENT_TYPES[type];
  // 128 random bits: the key names the blob and says nothing about the file or its owner.
  const storageKey = randomBytes(16).toString('hex');
  const blob = blobWrite(storageKey, bytes);
  await blob.beforeTransaction();

  return db.transaction(async (tx) => {
    await lockEditable(tx, n.id);
    // Authorization again inside the transaction: a role ended or a nomination moved while the file was arriving.
    const { grant } = await authorizeDossierChange(tx, viewer, n.id);
    let replaced: ReplacedDocument | null = null;
    if (input.replaces !== undefined) {
      // The claim on the old row: of a replace and a remove (or two replaces) racing for one
      // document, exactly one finds it live; the other is refused and stores nothing.
      const [claimed] = await tx
        .update(documents)
        .set({ removedAt: new Date() })
        .where(and(eq(documents.id, input.replaces), eq(documents.nominationId, n.id), eq(documents.kind, kind), isNull(documents.removedAt)))
        .returning({ id: documents.id, kind: documents.kind, fileName: documents.fileName, sha256: documents.sha256 });
      if (!claimed) throw refuse('replaced_document_gone');
      replaced = claimed;
    }
    await blob.inTransaction(tx);
    const [row] = await tx
      .insert(documents)
      .values({ nominationId: n.id, kind, fileName, contentType, sizeBytes: bytes.length, sha256, storageKey, uploadedBy: viewer.id })
      .returning({ id: documents.id });
    const added = { documentId: row!.id, kind, sha256, sizeBytes: bytes.length, fileName };
    // One event per change: a replacement is one event naming both files, not a removal and an upload.
    await appendAuditEvent(tx, {
      ...actorFields(viewer, grant),
      action: replaced ? 'document_replace' : 'document_upload',
      entityKind: 'nomination',
      entityId: n.id,
      fromStatus: null,
      toStatus: null,
      reason: null,
      payload: replaced ? { ...added, replacedDocumentId: replaced.id, replacedSha256: replaced.sha256, replacedFileName: replaced.fileName } : added,
      ip: input.ip ?? null,
    });
    return { id: row!.id, kind, fileName, contentType, sizeBytes: bytes.length, sha256, replacedId: replaced?.id ?? null };
  });
}

/** Removes a file from the dossier of a draft or returned nomination (same people as upload). The
 * row and the bytes stay, marked removed: the audit trail may name the file's hash. */
export async function removeDocument(viewer: Viewer, documentId: number, ip: string | null = null): Promise<void> {
  const db = await getDb();
  const [doc] = await db
    .select({ id: documents.id, nominationId: documents.nominationId, kind: documents.kind, sha256: documents.sha256, fileName: documents.fileName })
    .from(documents)
    .where(and(eq(documents.id, documentId), isNull(documents.removedAt)));
  if (!doc) throw new WorkflowError('not_found');
  await authorizeDossierChange(db, viewer, doc.nominationId);
  await db.transaction(async (tx) => {
    await lockEditable(tx, doc.nominationId);
    const { grant } = await authorizeDossierChange(tx, viewer, doc.nominationId);
    const removed = await tx
      .update(documents)
      .set({ removedAt: new Date() })
      .where(and(eq(documents.id, doc.id), isNull(documents.removedAt)))
      .returning({ id: documents.id });
    // Removed by someone else meanwhile: nothing to do, and nothing to record.
    if (removed.length === 0) throw new WorkflowError('not_found');
    await appendAuditEvent(tx, {
      ...actorFields(viewer, grant),
      action: 'document_remove',
      entityKind: 'nomination',
      entityId: doc.nominationId,
      fromStatus: null,
      toStatus: null,
      reason: null,
      payload: { documentId: doc.id, kind: doc.kind, sha256: doc.sha256, fileName: doc.fileName },
      ip,
    });
  });
}

export interface DownloadableDocument {
  fileName: string;
  contentType: string;
  bytes: Uint8Array;
  sha256: string;
}

/** A file for download, for anyone who may read its nomination (its unit and the units above, its
 * bloc-year's leads, the province's staff). Null when there is no such file, it was removed, or the
 * viewer may not read it: the answer is the same, so an id says nothing about other units (S3). */
export async function readDocumentForDownload(viewer: Viewer, documentId: number): Promise<DownloadableDocument | null> {
  if (!Number.isSafeInteger(documentId) || documentId <= 0) return null;
  const db = await getDb();
  const [doc] = await db
    .select({ nominationId: documents.nominationId, fileName: documents.fileName, contentType: documents.contentType, sha256: documents.sha256, storageKey: documents.storageKey })
    .from(documents)
    .where(and(eq(documents.id, documentId), isNull(documents.removedAt)));
  if (!doc) return null;
  const n = await loadNominationFacts(db, doc.nominationId);
  if (!n || !readGrant(viewer, n)) return null;
  const bytes = await readBlob(db, doc.storageKey);
  // Seeded documents have metadata only; a file without bytes cannot be downloaded.
  if (!bytes) return null;
  // The recorded hash is the promise made to every reader (it is shown and sent as x-content-sha256):
  // bytes that no longer match it, altered in the table or the bucket, are never handed out as this file.
  if (createHash('sha256').update(bytes).digest('hex') !== doc.sha256) throw new Error(`stored bytes of document ${documentId} do not match its recorded SHA-256`);
  return { fileName: doc.fileName, contentType: doc.contentType, bytes, sha256: doc.sha256 };
}
