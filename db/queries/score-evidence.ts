import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { CONTENT_TYPES, nameWithExtension, safeFileName, sniffFileType, type SniffedType } from '@/lib/files/sniff';
import type { Viewer } from '@/lib/policy/viewer';
import type { ScoreAs } from '@/lib/validation/bloc';
import { WorkflowError } from '@/lib/workflow/refusals';
import { actorFields, appendAuditEvent } from '../audit-append';
import { getDb, type Db, type Tx } from '../client';
import { blocTerms, scoreEvidence } from '../schema';
import { blobWrite, readBlob } from '../storage/blob-store';
import { loadCriteria, loadCurrentAgreement } from './agreements';
import { readableBlocTerm, type BlocTermFacts } from './bloc-access';
import { refuseScoring, scoringRights } from './bloc-scoring';
import { readCapped, uploadMaxBytes, type UploadRefusalReason } from './documents';

/** Evidence of a score may be a PDF, a Word document or an Excel workbook (a member's figures are
 * often kept in one), decided from the bytes alone (lib/files/sniff.ts). */
const EVIDENCE_FORMATS: readonly SniffedType[] = ['pdf', 'docx', 'xlsx'];

function refuse(reason: UploadRefusalReason): WorkflowError {
  return new WorkflowError('invalid_input', { reason });
}

type ByteSource = ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;

export interface UploadScoreEvidenceInput {
  termId: number;
  criterionId: number;
  scoredUnitId: number;
  scorerKind: ScoreAs;
  fileName: string;
  stream: ByteSource;
  /** Defaults to uploadMaxBytes(). */
  maxBytes?: number;
  ip?: string | null;
}

export interface UploadedScoreEvidence {
  id: number;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
}

/** Who may attach to this score now: whoever may save that score sheet (bloc-scoring.ts,
 * saveScoreSheet): the member's officer or head on its self row, a lead on its head or deputy row, a
 * peer where the bloc allows; never once scoring has closed. Someone outside the bloc-year is told
 * it is not there (S3). */
async function authorizeEvidence(db: Db | Tx, viewer: Viewer, termId: number, scoredUnitId: number, scorerKind: ScoreAs) {
  const term = await readableBlocTerm(db, viewer, termId);
  const right = scoringRights(viewer, term, scoredUnitId).find((r) => r.kind === scorerKind);
  if (!right) refuseScoring(viewer, term, scoredUnitId, scorerKind);
  if (term.scoringClosedAt) throw new WorkflowError('scoring_closed');
  return { term, right };
}

/** The claim against closing: closing scoring takes this row's lock too, so a file attached while the
 * lead closes lands before the close or not at all (as saveScoreSheet does). */
async function lockOpen(tx: Tx, term: BlocTermFacts): Promise<void> {
  const [locked] = await tx.select({ closedAt: blocTerms.scoringClosedAt }).from(blocTerms).where(eq(blocTerms.id, term.id)).for('share');
  if (!locked || locked.closedAt) throw new WorkflowError('scoring_closed');
}

/** Attaches a file to one scorer's score on one criterion for one member. The same checks and storage
 * as a dossier file (documents.ts, quality.md S8): every refusal is thrown before anything is
 * written; the row, the bytes (in PostgreSQL) and the audit event are stored together or not at all. */
export async function uploadScoreEvidence(viewer: Viewer, input: UploadScoreEvidenceInput): Promise<UploadedScoreEvidence> {
  const db = await getDb();
  const { term } = await authorizeEvidence(db, viewer, input.termId, input.scoredUnitId, input.scorerKind);
  const agreement = await loadCurrentAgreement(db, term.id);
  if (!agreement) throw new WorkflowError('no_agreement');
  // Only a row of the current scoring table: a criterion of another bloc or of an old version is not here.
  if (!(await loadCriteria(db, agreement.id)).some((c) => c.id === input.criterionId)) throw new WorkflowError('not_found');
  const safeName = safeFileName(input.fileName);
  if (!safeName) throw refuse('file_name_invalid');

  const { bytes, sha256 } = await readCapped(input.stream, input.maxBytes ?? uploadMaxBytes());
  if (bytes.length === 0) throw refuse('file_empty');
  const type = sniffFileType(bytes);
  if (!type || !EVIDENCE_FORMATS.includes(type)) throw refuse('file_type_not_allowed');
  const fileName = nameWithExtension(safeName, type);
  const contentType = CONTENT_TYPES[type];
  // 128 random bits: the key names the blob and says nothing about the file or its owner.
  const storageKey = randomBytes(16).toString('hex');
  const blob = blobWrite(storageKey, bytes);
  await blob.beforeTransaction();

  return db.transaction(async (tx) => {
    // Authorization again inside the transaction: a role ended or scoring closed while the file was arriving.
    const { right } = await authorizeEvidence(tx, viewer, term.id, input.scoredUnitId, input.scorerKind);
    await lockOpen(tx, term);
    await blob.inTransaction(tx);
    const [row] = await tx
      .insert(scoreEvidence)
      .values({ blocTermId: term.id, criterionId: input.criterionId, scoredUnitId: input.scoredUnitId, scorerUnitId: right.scorerUnitId, fileName, contentType, sizeBytes: bytes.length, sha256, storageKey, uploadedBy: viewer.id })
      .returning({ id: scoreEvidence.id });
    await appendAuditEvent(tx, {
      ...actorFields(viewer, right.grant),
      action: 'score_evidence_upload',
      entityKind: 'bloc_term',
      entityId: term.id,
      fromStatus: null,
      toStatus: null,
      reason: null,
      payload: { evidenceId: row!.id, criterionId: input.criterionId, scoredUnitId: input.scoredUnitId, scorerUnitId: right.scorerUnitId, scorerKind: input.scorerKind, sha256, sizeBytes: bytes.length, fileName },
      ip: input.ip ?? null,
    });
    return { id: row!.id, fileName, contentType, sizeBytes: bytes.length, sha256 };
  });
}

type EvidenceRow = { id: number; blocTermId: number; criterionId: number; scoredUnitId: number; scorerUnitId: number; fileName: string; sha256: string; contentType: string; storageKey: string };

async function liveEvidence(db: Db | Tx, id: number): Promise<EvidenceRow | null> {
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  const [row] = await db
    .select({
      id: scoreEvidence.id,
      blocTermId: scoreEvidence.blocTermId,
      criterionId: scoreEvidence.criterionId,
      scoredUnitId: scoreEvidence.scoredUnitId,
      scorerUnitId: scoreEvidence.scorerUnitId,
      fileName: scoreEvidence.fileName,
      sha256: scoreEvidence.sha256,
      contentType: scoreEvidence.contentType,
      storageKey: scoreEvidence.storageKey,
    })
    .from(scoreEvidence)
    .where(and(eq(scoreEvidence.id, id), isNull(scoreEvidence.removedAt)));
  return row ?? null;
}

/** Who may remove a file: whoever may attach to that score now, for the same scorer unit. */
async function authorizeRemoval(db: Db | Tx, viewer: Viewer, row: EvidenceRow) {
  const term = await readableBlocTerm(db, viewer, row.blocTermId);
  const right = scoringRights(viewer, term, row.scoredUnitId).find((r) => r.scorerUnitId === row.scorerUnitId);
  if (!right) throw new WorkflowError('role_not_permitted', { roles: 'unit_head, unit_officer, bloc_lead' });
  if (term.scoringClosedAt) throw new WorkflowError('scoring_closed');
  return { term, right };
}

/** Removes an evidence file while scoring is open. The row and the bytes stay, marked removed: the
 * audit trail names the file's hash. */
export async function removeScoreEvidence(viewer: Viewer, id: number, ip: string | null = null): Promise<void> {
  const db = await getDb();
  const row = await liveEvidence(db, id);
  if (!row) throw new WorkflowError('not_found');
  await authorizeRemoval(db, viewer, row);
  await db.transaction(async (tx) => {
    const { term, right } = await authorizeRemoval(tx, viewer, row);
    await lockOpen(tx, term);
    const removed = await tx
      .update(scoreEvidence)
      .set({ removedAt: new Date() })
      .where(and(eq(scoreEvidence.id, row.id), isNull(scoreEvidence.removedAt)))
      .returning({ id: scoreEvidence.id });
    // Removed by someone else meanwhile: nothing to do, and nothing to record.
    if (removed.length === 0) throw new WorkflowError('not_found');
    await appendAuditEvent(tx, {
      ...actorFields(viewer, right.grant),
      action: 'score_evidence_remove',
      entityKind: 'bloc_term',
      entityId: term.id,
      fromStatus: null,
      toStatus: null,
      reason: null,
      payload: { evidenceId: row.id, criterionId: row.criterionId, scoredUnitId: row.scoredUnitId, scorerUnitId: row.scorerUnitId, sha256: row.sha256, fileName: row.fileName },
      ip,
    });
  });
}

export interface DownloadableEvidence {
  fileName: string;
  contentType: string;
  bytes: Uint8Array;
  sha256: string;
}

/** An evidence file for download, for anyone who may read its bloc-year (its lead, member units,
 * appraisers and auditors). Null when there is no such file, it was removed, or the viewer may not
 * read it: the same answer, so an id says nothing about other blocs (S3). */
export async function readScoreEvidenceForDownload(viewer: Viewer, id: number): Promise<DownloadableEvidence | null> {
  const db = await getDb();
  const row = await liveEvidence(db, id);
  if (!row) return null;
  try {
    await readableBlocTerm(db, viewer, row.blocTermId);
  } catch (error) {
    if (error instanceof WorkflowError && error.refusal === 'not_found') return null;
    throw error;
  }
  const bytes = await readBlob(db, row.storageKey);
  if (!bytes) return null;
  // The recorded hash is the promise made to every reader: bytes that no longer match it are never
  // handed out as this file.
  if (createHash('sha256').update(bytes).digest('hex') !== row.sha256) throw new Error(`stored bytes of score evidence ${id} do not match its recorded SHA-256`);
  return { fileName: row.fileName, contentType: row.contentType, bytes, sha256: row.sha256 };
}
