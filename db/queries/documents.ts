import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { DOCUMENT_KINDS, type DocumentKind, type Role } from '@/lib/domain/constants';
import { CONTENT_TYPES, nameWithExtension, safeFileName, sniffFileType, type SniffedType } from '@/lib/files/sniff';
import { readGrant } from '@/lib/policy/can';
import type { RoleGrant, Viewer } from '@/lib/policy/viewer';
import { DOSSIER_EDITABLE } from '@/lib/workflow/status-groups';
import { WorkflowError } from '@/lib/workflow/refusals';
import { actorFields, appendAuditEvent } from '../audit-append';
import { getDb, type Db, type Tx } from '../client';
import { rowsOf } from '../rows';
import { awardTypes, documentBlobs, documents } from '../schema';
import { loadNominationFacts, type NominationRecord } from './workflow/facts';

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

const UNIT_ROLES: readonly Role[] = ['unit_officer', 'unit_head'];

export type UploadRefusalReason = 'file_empty' | 'file_too_large' | 'file_type_not_allowed' | 'file_name_invalid' | 'document_kind_not_allowed';

function refuse(reason: UploadRefusalReason): WorkflowError {
  return new WorkflowError('invalid_input', { reason });
}

/** The proposing unit's officer or head (on the unit or a unit above it) may change the dossier, and
 * only while it is editable. Someone who cannot read the nomination learns nothing (not_found, S3). */
async function authorizeDossierChange(db: Db | Tx, viewer: Viewer, nominationId: number): Promise<{ n: NominationRecord; grant: RoleGrant }> {
  const n = await loadNominationFacts(db, nominationId);
  if (!n || !readGrant(viewer, n)) throw new WorkflowError('not_found');
  const grant = viewer.grants.find((g) => UNIT_ROLES.includes(g.role) && g.scopeKind === 'unit' && g.unitId !== null && n.proposingUnitPath.includes(g.unitId));
  if (!grant) throw new WorkflowError('role_not_permitted');
  if (!DOSSIER_EDITABLE.includes(n.status)) throw new WorkflowError('not_in_status');
  return { n, grant };
}

/** Inside the storing transaction: the nomination must still be editable. The row lock (FOR SHARE)
 * makes a concurrent submit wait for this transaction, so no file slips into a submitted dossier. */
async function lockEditable(tx: Tx, nominationId: number): Promise<void> {
  const [row] = rowsOf<{ status: string }>(await tx.execute(sql`select status from nominations where id = ${nominationId} for share`));
  if (!row || !(DOSSIER_EDITABLE as readonly string[]).includes(row.status)) throw new WorkflowError('not_in_status');
}

type ByteSource = ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;

/** Reads the whole source, refusing it as soon as it passes `maxBytes`: the rest is never pulled,
 * and the source is cancelled so that the client's upload stops too. */
async function readCapped(source: ByteSource, maxBytes: number): Promise<{ bytes: Buffer; sha256: string }> {
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
}

export interface UploadedDocument {
  id: number;
  kind: DocumentKind;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
}

/** Adds a file to the dossier of a draft or returned nomination. Who: the proposing unit's officer
 * or head. Every refusal (quality.md S8) is thrown before anything is written; the blob, the
 * document row and the audit event are stored together or not at all. */
export async function uploadDocument(viewer: Viewer, input: UploadDocumentInput): Promise<UploadedDocument> {
  const db = await getDb();
  const { n } = await authorizeDossierChange(db, viewer, input.nominationId);
  if (!(DOCUMENT_KINDS as readonly string[]).includes(input.kind)) throw refuse('document_kind_not_allowed');
  const kind = input.kind as DocumentKind;
  const [award] = await db.select({ required: awardTypes.requiredDocuments }).from(awardTypes).where(eq(awardTypes.id, n.awardTypeId));
  if (kind !== 'other' && !(award?.required ?? []).includes(kind)) throw refuse('document_kind_not_allowed');
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

  return db.transaction(async (tx) => {
    await lockEditable(tx, n.id);
    // Authorization again inside the transaction: a role ended or a nomination moved while the file was arriving.
    const { grant } = await authorizeDossierChange(tx, viewer, n.id);
    await tx.insert(documentBlobs).values({ storageKey, bytes });
    const [row] = await tx
      .insert(documents)
      .values({ nominationId: n.id, kind, fileName, contentType, sizeBytes: bytes.length, sha256, storageKey, uploadedBy: viewer.id })
      .returning({ id: documents.id });
    await appendAuditEvent(tx, {
      ...actorFields(viewer, grant),
      action: 'document_upload',
      entityKind: 'nomination',
      entityId: n.id,
      fromStatus: null,
      toStatus: null,
      reason: null,
      payload: { documentId: row!.id, kind, sha256, sizeBytes: bytes.length, fileName },
      ip: input.ip ?? null,
    });
    return { id: row!.id, kind, fileName, contentType, sizeBytes: bytes.length, sha256 };
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
  const [blob] = await db.select({ bytes: documentBlobs.bytes }).from(documentBlobs).where(eq(documentBlobs.storageKey, doc.storageKey));
  // Seeded documents have metadata only; a file without bytes cannot be downloaded.
  if (!blob) return null;
  return { fileName: doc.fileName, contentType: doc.contentType, bytes: blob.bytes, sha256: doc.sha256 };
}
