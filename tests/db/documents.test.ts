import { createHash } from 'node:crypto';
import { and, asc, count, eq, isNull, sql } from 'drizzle-orm';
import { beforeAll, expect, it, vi } from 'vitest';
import { GET as download } from '@/app/api/files/[id]/route';
import { POST as upload } from '@/app/api/nominations/[id]/documents/route';
import { setDatabaseForTests } from '@/db/client';
import { readDocumentForDownload, removeDocument, uploadDocument } from '@/db/queries/documents';
import { auditEvents, awardTypes, documentBlobs, documents, nominations, roleAssignments, users } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { DOCUMENT_KINDS, type NominationStatus } from '@/lib/domain/constants';
import type { Viewer } from '@/lib/policy/viewer';
import { WorkflowError } from '@/lib/workflow/refusals';
import { describeEachDatabase } from './harness';
import { verifyChain, viewerOf } from './workflow-helpers';

// The route handlers ask for the signed-in person; here the test names them.
const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock('@/db/queries/current-user', () => ({ getCurrentUser: async () => session.viewer }));

const text = (s: string) => new TextEncoder().encode(s);

/** A small but complete PDF (one empty A4 page), with a byte that is not ASCII to catch encoding slips. */
const PDF = text(
  [
    '%PDF-1.4',
    '%\u00e2\u00e3',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj',
    'trailer << /Root 1 0 R >>',
    '%%EOF',
    '',
  ].join('\n'),
);

/** A stored ZIP holding the two entries that make a DOCX for the sniffer. */
function docx(): Uint8Array {
  const entries = ['[Content_Types].xml', 'word/document.xml'].map((name) => ({ name: Buffer.from(name), data: Buffer.from('<x/>') }));
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt32LE(data.length, 20);
    dir.writeUInt32LE(data.length, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    parts.push(local, name, data);
    central.push(dir, name);
    offset += 30 + name.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...parts, directory, end]));
}
const DOCX = docx();

async function* chunksOf(bytes: Uint8Array, size = 7): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof WorkflowError) return error.refusal === 'invalid_input' ? String(error.params.reason) : error.refusal;
    throw error;
  }
  throw new Error('expected a refusal');
}

describeEachDatabase(
  'dossier uploads and downloads (S8, S3)',
  (get) => {
    beforeAll(() => setDatabaseForTests(get()));

    async function nominationOf(unitId: number, status: NominationStatus) {
      const [row] = await get()
        .db.select()
        .from(nominations)
        .where(and(eq(nominations.status, status), eq(nominations.proposingUnitId, unitId)))
        .orderBy(asc(nominations.id))
        .limit(1);
      if (!row) throw new Error(`the seed has no ${status} nomination of unit ${unitId}`);
      return row;
    }

    async function stored() {
      const [d] = await get().db.select({ n: count() }).from(documents);
      const [b] = await get().db.select({ n: count() }).from(documentBlobs);
      const [e] = await get().db.select({ n: count() }).from(auditEvents);
      return { documents: d!.n, blobs: b!.n, events: e!.n };
    }

    it('stores a real PDF and gives it back byte-identical, with its SHA-256 and one audit event', async () => {
      const head = await viewerOf(get(), 'thutruong.hoalu');
      const draft = await nominationOf(head.grants[0]!.unitId!, 'draft');
      const before = await stored();
      const uploaded = await uploadDocument(head, { nominationId: draft.id, kind: 'other', fileName: 'Báo cáo thành tích – Hoa Lư.pdf', stream: chunksOf(PDF) });
      const sha256 = createHash('sha256').update(PDF).digest('hex');
      expect(uploaded).toMatchObject({ kind: 'other', fileName: 'Báo cáo thành tích – Hoa Lư.pdf', contentType: 'application/pdf', sizeBytes: PDF.length, sha256 });
      expect(await stored()).toEqual({ documents: before.documents + 1, blobs: before.blobs + 1, events: before.events + 1 });

      const file = await readDocumentForDownload(head, uploaded.id);
      expect(file).not.toBeNull();
      expect(Buffer.from(file!.bytes).equals(Buffer.from(PDF))).toBe(true);
      expect(createHash('sha256').update(file!.bytes).digest('hex')).toBe(sha256);
      expect(file!.sha256).toBe(sha256);

      const [event] = await get().db.select().from(auditEvents).where(eq(auditEvents.action, 'document_upload')).orderBy(asc(auditEvents.seq));
      expect(event).toMatchObject({ entityKind: 'nomination', entityId: draft.id, actorUserId: head.id, role: 'unit_head' });
      expect(event!.payload).toMatchObject({ documentId: uploaded.id, kind: 'other', sha256, sizeBytes: PDF.length });
      // The key is random, not the person's file name.
      const [row] = await get().db.select({ key: documents.storageKey }).from(documents).where(eq(documents.id, uploaded.id));
      expect(row!.key).toMatch(/^[0-9a-f]{32}$/);
      await verifyChain(get());
    });

    it('accepts a ReadableStream as well, as a route handler passes it', async () => {
      const head = await viewerOf(get(), 'thutruong.hoalu');
      const draft = await nominationOf(head.grants[0]!.unitId!, 'draft');
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(PDF.subarray(0, 10));
          controller.enqueue(PDF.subarray(10));
          controller.close();
        },
      });
      const uploaded = await uploadDocument(head, { nominationId: draft.id, kind: 'other', fileName: 'to-trinh.pdf', stream });
      expect(uploaded.sizeBytes).toBe(PDF.length);
    });

    it('refuses each S8 case and stores nothing', async () => {
      const head = await viewerOf(get(), 'thutruong.hoalu');
      const draft = await nominationOf(head.grants[0]!.unitId!, 'draft');
      const upload = (fileName: string, bytes: Uint8Array, maxBytes?: number) =>
        refusal(uploadDocument(head, { nominationId: draft.id, kind: 'other', fileName, stream: chunksOf(bytes), maxBytes }));
      const before = await stored();

      expect(await upload('bao-cao.pdf', text('Đây là một tệp văn bản, không phải PDF.'))).toBe('file_type_not_allowed');
      const polyglot = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...PDF]);
      expect(await upload('polyglot.pdf', polyglot)).toBe('file_type_not_allowed');
      const scripted = text(`${new TextDecoder().decode(PDF)}<script>alert(document.cookie)</script>`);
      expect(await upload('scripted.pdf', scripted)).toBe('file_type_not_allowed');
      expect(await upload('empty.pdf', new Uint8Array())).toBe('file_empty');
      expect(await upload('../../etc/passwd.pdf', PDF)).toBe('file_name_invalid');

      // Oversized: the cap stops reading at once; the rest of the stream is never pulled.
      let pulled = 0;
      let finished = false;
      async function* endless(): AsyncGenerator<Uint8Array> {
        yield PDF;
        for (let i = 0; i < 1000; i++) {
          pulled++;
          yield new Uint8Array(64);
        }
        finished = true;
      }
      expect(await refusal(uploadDocument(head, { nominationId: draft.id, kind: 'other', fileName: 'big.pdf', stream: endless(), maxBytes: 512 }))).toBe('file_too_large');
      expect(finished).toBe(false);
      expect(pulled).toBeLessThan(10);

      // A kind that this award type does not require, and a Word file where only PDF is allowed.
      expect(await refusal(uploadDocument(head, { nominationId: draft.id, kind: 'not_a_kind', fileName: 'a.pdf', stream: chunksOf(PDF) }))).toBe('document_kind_not_allowed');

      // A kind the award type does not require; a Word file where only PDF is allowed.
      const [award] = await get().db.select({ required: awardTypes.requiredDocuments }).from(awardTypes).where(eq(awardTypes.id, draft.awardTypeId));
      const notRequired = DOCUMENT_KINDS.find((k) => k !== 'other' && !award!.required.includes(k));
      expect(await refusal(uploadDocument(head, { nominationId: draft.id, kind: notRequired!, fileName: 'a.pdf', stream: chunksOf(PDF) }))).toBe('document_kind_not_allowed');
      const pdfOnly = award!.required.find((k) => k !== 'achievement_report');
      expect(await refusal(uploadDocument(head, { nominationId: draft.id, kind: pdfOnly!, fileName: 'a.docx', stream: chunksOf(DOCX) }))).toBe('file_type_not_allowed');

      expect(await stored()).toEqual(before);
    });

    it('accepts a Word file as the achievement report or as another document', async () => {
      const head = await viewerOf(get(), 'thutruong.hoalu');
      const draft = await nominationOf(head.grants[0]!.unitId!, 'draft');
      const uploaded = await uploadDocument(head, { nominationId: draft.id, kind: 'other', fileName: 'Số liệu.docx', stream: chunksOf(DOCX) });
      expect(uploaded.contentType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      const file = await readDocumentForDownload(head, uploaded.id);
      expect(Buffer.from(file!.bytes).equals(Buffer.from(DOCX))).toBe(true);
    });

    it('keeps other units out: Phủ Lý can neither upload to nor download from Hoa Lư (S3)', async () => {
      const hoaLu = await viewerOf(get(), 'thutruong.hoalu');
      const phuLy = await viewerOf(get(), 'thutruong.phuly');
      const draft = await nominationOf(hoaLu.grants[0]!.unitId!, 'draft');
      const mine = await uploadDocument(hoaLu, { nominationId: draft.id, kind: 'other', fileName: 'rieng.pdf', stream: chunksOf(PDF) });
      const before = await stored();
      expect(await refusal(uploadDocument(phuLy, { nominationId: draft.id, kind: 'other', fileName: 'x.pdf', stream: chunksOf(PDF) }))).toBe('not_found');
      expect(await readDocumentForDownload(phuLy, mine.id)).toBeNull();
      expect(await refusal(removeDocument(phuLy, mine.id))).toBe('not_found');
      expect(await readDocumentForDownload(hoaLu, 999_999_999)).toBeNull();
      expect(await stored()).toEqual(before);
    });

    it('refuses uploads once the dossier has left the unit', async () => {
      // A nomination in appraisal, and the head of the unit that proposed it.
      const [found] = await get()
        .db.select({ id: nominations.id, username: users.username })
        .from(nominations)
        .innerJoin(roleAssignments, and(eq(roleAssignments.scopeUnitId, nominations.proposingUnitId), eq(roleAssignments.role, 'unit_head'), isNull(roleAssignments.validTo)))
        .innerJoin(users, eq(users.id, roleAssignments.userId))
        .where(eq(nominations.status, 'appraisal'))
        .orderBy(asc(nominations.id))
        .limit(1);
      if (!found) throw new Error('the seed has no nomination in appraisal with a unit head');
      const head = await viewerOf(get(), found.username);
      const before = await stored();
      expect(await refusal(uploadDocument(head, { nominationId: found.id, kind: 'other', fileName: 'muon.pdf', stream: chunksOf(PDF) }))).toBe('not_in_status');
      expect(await stored()).toEqual(before);
    });

    it('serves the upload and download routes: same origin only, attachments with nosniff, 404 across units', async () => {
      const hoaLu = await viewerOf(get(), 'thutruong.hoalu');
      const draft = await nominationOf(hoaLu.grants[0]!.unitId!, 'draft');
      const post = (headers: Record<string, string>, body: Uint8Array = PDF) =>
        upload(
          new Request(`http://laurel.test/api/nominations/${draft.id}/documents?kind=other`, {
            method: 'POST',
            headers: { host: 'laurel.test', 'content-length': String(body.length), 'x-file-name': encodeURIComponent("Tờ trình (số 1)'s.pdf"), ...headers },
            body: new Uint8Array(body),
          }),
          { params: Promise.resolve({ id: String(draft.id) }) },
        );
      const before = await stored();
      session.viewer = null;
      expect((await post({ origin: 'http://laurel.test' })).status).toBe(401);
      session.viewer = hoaLu;
      const origins: Record<string, string>[] = [{ origin: 'https://evil.example' }, { origin: 'null' }, {}];
      for (const origin of origins) {
        const refused = await post(origin);
        expect(refused.status).toBe(403);
        expect(await refused.json()).toEqual({ ok: false, error: 'cross_site' });
      }
      // A body cut short (a proxy's buffer limit, a dropped connection) is not stored.
      const cut = await post({ origin: 'http://laurel.test', 'content-length': String(PDF.length + 100) });
      expect(await cut.json()).toEqual({ ok: false, error: 'file_incomplete' });
      const fake = await post({ origin: 'http://laurel.test' }, text('not a pdf'));
      expect(fake.status).toBe(415);
      expect(await stored()).toEqual(before);

      const created = await post({ origin: 'http://laurel.test' });
      expect(created.status).toBe(201);
      const body = (await created.json()) as { ok: true; document: { id: number; sha256: string; sizeBytes: number } };
      expect(body.document).toMatchObject({ sha256: createHash('sha256').update(PDF).digest('hex'), sizeBytes: PDF.length });

      const get_ = (id: string) => download(new Request(`http://laurel.test/api/files/${id}`), { params: Promise.resolve({ id }) });
      const file = await get_(String(body.document.id));
      expect(file.status).toBe(200);
      expect(file.headers.get('x-content-type-options')).toBe('nosniff');
      expect(file.headers.get('cache-control')).toBe('private, no-store');
      expect(file.headers.get('content-type')).toBe('application/pdf');
      expect(file.headers.get('content-disposition')).toBe(`attachment; filename="To trinh (so 1)'s.pdf"; filename*=UTF-8''${'T%E1%BB%9D%20tr%C3%ACnh%20%28s%E1%BB%91%201%29%27s.pdf'}`);
      expect(Buffer.from(await file.arrayBuffer()).equals(Buffer.from(PDF))).toBe(true);
      expect((await get_('abc')).status).toBe(404);
      session.viewer = await viewerOf(get(), 'thutruong.phuly');
      expect((await get_(String(body.document.id))).status).toBe(404);
      session.viewer = null;
    });

    it('removes a document in draft: it is no longer downloadable, and the removal is audited', async () => {
      const head = await viewerOf(get(), 'thutruong.hoalu');
      const draft = await nominationOf(head.grants[0]!.unitId!, 'draft');
      const doc = await uploadDocument(head, { nominationId: draft.id, kind: 'other', fileName: 'nham.pdf', stream: chunksOf(PDF) });
      const before = await stored();
      await removeDocument(head, doc.id);
      expect(await readDocumentForDownload(head, doc.id)).toBeNull();
      expect((await stored()).events).toBe(before.events + 1);
      expect(await refusal(removeDocument(head, doc.id))).toBe('not_found');
      await verifyChain(get());
    });

    it('replaces a document in one change: the old one removed, the new one stored, one document_replace event naming both', async () => {
      const officer = await viewerOf(get(), 'canbo.hoalu');
      const draft = await nominationOf(officer.grants[0]!.unitId!, 'draft');
      const old = await uploadDocument(officer, { nominationId: draft.id, kind: 'other', fileName: 'ban-cu.pdf', stream: chunksOf(PDF) });
      const before = await stored();
      const replacement = await uploadDocument(officer, { nominationId: draft.id, kind: 'other', fileName: 'Bản mới.docx', stream: chunksOf(DOCX), replaces: old.id });
      expect(replacement).toMatchObject({ kind: 'other', fileName: 'Bản mới.docx', replacedId: old.id });
      expect(await stored()).toEqual({ documents: before.documents + 1, blobs: before.blobs + 1, events: before.events + 1 });

      expect(await readDocumentForDownload(officer, old.id)).toBeNull();
      const file = await readDocumentForDownload(officer, replacement.id);
      expect(Buffer.from(file!.bytes).equals(Buffer.from(DOCX))).toBe(true);
      // The old row and its bytes stay: the audit trail names its hash.
      const [oldRow] = await get().db.select({ removedAt: documents.removedAt, key: documents.storageKey }).from(documents).where(eq(documents.id, old.id));
      expect(oldRow!.removedAt).not.toBeNull();
      const [oldBlob] = await get().db.select({ n: count() }).from(documentBlobs).where(eq(documentBlobs.storageKey, oldRow!.key));
      expect(oldBlob!.n).toBe(1);

      const events = await get().db.select().from(auditEvents).where(eq(auditEvents.action, 'document_replace'));
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ entityKind: 'nomination', entityId: draft.id, actorUserId: officer.id, role: 'unit_officer', fromStatus: null, toStatus: null });
      expect(events[0]!.payload).toEqual({
        documentId: replacement.id,
        kind: 'other',
        sha256: createHash('sha256').update(DOCX).digest('hex'),
        sizeBytes: DOCX.length,
        fileName: 'Bản mới.docx',
        replacedDocumentId: old.id,
        replacedSha256: old.sha256,
        replacedFileName: 'ban-cu.pdf',
      });
      await verifyChain(get());
    });

    it('refuses a replacement of a document that is gone, of another dossier, of another kind, or by someone else, and stores nothing', async () => {
      const hoaLu = await viewerOf(get(), 'thutruong.hoalu');
      const phuLy = await viewerOf(get(), 'thutruong.phuly');
      const draft = await nominationOf(hoaLu.grants[0]!.unitId!, 'draft');
      const live = await uploadDocument(hoaLu, { nominationId: draft.id, kind: 'other', fileName: 'con-hieu-luc.pdf', stream: chunksOf(PDF) });
      const gone = await uploadDocument(hoaLu, { nominationId: draft.id, kind: 'other', fileName: 'da-go.pdf', stream: chunksOf(PDF) });
      await removeDocument(hoaLu, gone.id);
      // A seeded document of another unit's nomination.
      const [foreign] = await get()
        .db.select({ id: documents.id })
        .from(documents)
        .innerJoin(nominations, eq(nominations.id, documents.nominationId))
        .where(and(eq(nominations.proposingUnitId, phuLy.grants[0]!.unitId!), isNull(documents.removedAt)))
        .limit(1);
      if (!foreign) throw new Error('the seed has no document of Phủ Lý');
      const [award] = await get().db.select({ required: awardTypes.requiredDocuments }).from(awardTypes).where(eq(awardTypes.id, draft.awardTypeId));
      const before = await stored();
      const replace = (viewer: Viewer, nominationId: number, replaces: number, kind = 'other') =>
        refusal(uploadDocument(viewer, { nominationId, kind, fileName: 'moi.pdf', stream: chunksOf(PDF), replaces }));

      expect(await replace(hoaLu, draft.id, gone.id)).toBe('replaced_document_gone');
      expect(await replace(hoaLu, draft.id, foreign.id)).toBe('replaced_document_gone');
      expect(await replace(hoaLu, draft.id, 999_999_999)).toBe('replaced_document_gone');
      expect(await replace(hoaLu, draft.id, live.id, award!.required.find((k) => k !== 'other')!)).toBe('replaced_kind_mismatch');
      expect(await replace(phuLy, draft.id, live.id)).toBe('not_found');
      // The file is still checked as any upload is.
      expect(await refusal(uploadDocument(hoaLu, { nominationId: draft.id, kind: 'other', fileName: 'gia.pdf', stream: chunksOf(text('not a pdf')), replaces: live.id }))).toBe('file_type_not_allowed');
      expect(await stored()).toEqual(before);
      expect(await readDocumentForDownload(hoaLu, live.id)).not.toBeNull();
    });

    it('lets exactly one of a replacement and a removal of the same document win', async () => {
      const head = await viewerOf(get(), 'thutruong.hoalu');
      const draft = await nominationOf(head.grants[0]!.unitId!, 'draft');
      const doc = await uploadDocument(head, { nominationId: draft.id, kind: 'other', fileName: 'tranh-chap.pdf', stream: chunksOf(PDF) });
      const before = await stored();
      const outcomes = await Promise.allSettled([
        uploadDocument(head, { nominationId: draft.id, kind: 'other', fileName: 'thay.pdf', stream: chunksOf(PDF), replaces: doc.id }),
        removeDocument(head, doc.id),
      ]);
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      const loser = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
      expect(loser.reason).toBeInstanceOf(WorkflowError);
      expect((await stored()).events).toBe(before.events + 1);
      await verifyChain(get());
    });

    it('serves replace through the upload route, and a PDF inline (sandboxed) on ?inline=1 while anything else stays an attachment', async () => {
      const hoaLu = await viewerOf(get(), 'thutruong.hoalu');
      const draft = await nominationOf(hoaLu.grants[0]!.unitId!, 'draft');
      const post = (query: string, body: Uint8Array = PDF) =>
        upload(
          new Request(`http://laurel.test/api/nominations/${draft.id}/documents?${query}`, {
            method: 'POST',
            headers: { host: 'laurel.test', origin: 'http://laurel.test', 'content-length': String(body.length), 'x-file-name': encodeURIComponent('thay-the.pdf') },
            body: new Uint8Array(body),
          }),
          { params: Promise.resolve({ id: String(draft.id) }) },
        );
      session.viewer = hoaLu;
      const first = (await (await post('kind=other')).json()) as { document: { id: number } };
      const before = await stored();
      for (const bad of ['abc', '0', '-1', '1.5', '']) {
        const refused = await post(`kind=other&replaces=${bad}`);
        expect(refused.status).toBe(400);
        expect(await refused.json()).toEqual({ ok: false, error: 'invalid_input' });
      }
      const stale = await post('kind=other&replaces=999999999');
      expect(stale.status).toBe(409);
      expect(await stale.json()).toEqual({ ok: false, error: 'replaced_document_gone' });
      expect(await stored()).toEqual(before);

      const replaced = await post(`kind=other&replaces=${first.document.id}`);
      expect(replaced.status).toBe(201);
      const body = (await replaced.json()) as { document: { id: number; replacedId: number } };
      expect(body.document.replacedId).toBe(first.document.id);

      const get_ = (id: number, query = '') => download(new Request(`http://laurel.test/api/files/${id}${query}`), { params: Promise.resolve({ id: String(id) }) });
      expect((await get_(first.document.id, '?inline=1')).status).toBe(404);
      const inline = await get_(body.document.id, '?inline=1');
      expect(inline.status).toBe(200);
      expect(inline.headers.get('content-disposition')).toMatch(/^inline; filename="thay-the.pdf"/);
      expect(inline.headers.get('content-type')).toBe('application/pdf');
      expect(inline.headers.get('x-content-type-options')).toBe('nosniff');
      expect(inline.headers.get('cache-control')).toBe('private, no-store');
      const csp = inline.headers.get('content-security-policy')!.split(';').map((d) => d.trim());
      expect(csp).toEqual(expect.arrayContaining(['sandbox', "default-src 'none'", "frame-ancestors 'none'"]));
      expect(Buffer.from(await inline.arrayBuffer()).equals(Buffer.from(PDF))).toBe(true);
      expect((await get_(body.document.id)).headers.get('content-disposition')).toMatch(/^attachment;/);
      expect((await get_(body.document.id, '?inline=yes')).headers.get('content-disposition')).toMatch(/^attachment;/);

      // A Word file is never shown inline, whatever the link asks.
      const word = await uploadDocument(hoaLu, { nominationId: draft.id, kind: 'other', fileName: 'so-lieu.docx', stream: chunksOf(DOCX) });
      const asked = await get_(word.id, '?inline=1');
      expect(asked.status).toBe(200);
      expect(asked.headers.get('content-disposition')).toMatch(/^attachment;/);
      expect(asked.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
      session.viewer = null;
    });

    it('never hands out bytes that no longer match the recorded SHA-256', async () => {
      const head = await viewerOf(get(), 'thutruong.hoalu');
      const draft = await nominationOf(head.grants[0]!.unitId!, 'draft');
      const doc = await uploadDocument(head, { nominationId: draft.id, kind: 'other', fileName: 'bi-sua.pdf', stream: chunksOf(PDF) });
      const [row] = await get().db.select({ key: documents.storageKey }).from(documents).where(eq(documents.id, doc.id));
      await get().db.execute(sql`update document_blobs set bytes = ${Buffer.from(text('%PDF-1.4 altered'))} where storage_key = ${row!.key}`);
      await expect(readDocumentForDownload(head, doc.id)).rejects.toThrow(/do not match its recorded SHA-256/);
      session.viewer = head;
      const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
      const response = await download(new Request(`http://laurel.test/api/files/${doc.id}`), { params: Promise.resolve({ id: String(doc.id) }) });
      expect(response.status).toBe(500);
      expect(Buffer.from(await response.arrayBuffer()).includes(Buffer.from('%PDF'))).toBe(false);
      spy.mockRestore();
      session.viewer = null;
    });
  },
  (database) => seedDemo(database.db),
);
