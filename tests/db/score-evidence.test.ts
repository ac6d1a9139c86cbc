import { createHash } from 'node:crypto';
import { and, count, eq, inArray, isNull } from 'drizzle-orm';
import { beforeAll, expect, it, vi } from 'vitest';
import { GET as download, DELETE as removeRoute } from '@/app/api/bloc/evidence/[id]/route';
import { POST as upload } from '@/app/api/bloc/evidence/route';
import { setDatabaseForTests } from '@/db/client';
import { loadCriteria, loadCurrentAgreement } from '@/db/queries/agreements';
import { closeScoring, getScoreboard, getScoringPage, saveScoreSheet } from '@/db/queries/bloc-scoring';
import { readScoreEvidenceForDownload, removeScoreEvidence, uploadScoreEvidence } from '@/db/queries/score-evidence';
import { auditEvents, blocMemberships, blocTerms, blocs, documentBlobs, roleAssignments, scoreEvidence, units, users } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import type { Viewer } from '@/lib/policy/viewer';
import { WorkflowError } from '@/lib/workflow/refusals';
import { describeEachDatabase } from './harness';
import { contextOf, verifyChain, viewerOf } from './workflow-helpers';

// The route handlers ask for the signed-in person; here the test names them.
const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock('@/db/queries/current-user', () => ({ getCurrentUser: async () => session.viewer }));

const text = (s: string) => new TextEncoder().encode(s);

/** A small but complete PDF (one empty A4 page), with a byte that is not ASCII. */
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
const PDF_SHA = createHash('sha256').update(PDF).digest('hex');

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
  'score evidence: files behind each score (issue 5, S8, S3)',
  (get) => {
    beforeAll(() => setDatabaseForTests(get()));

    async function cluster(code: string, year = 2026) {
      const [term] = await get()
        .db.select({ id: blocTerms.id, headUnitId: blocTerms.headUnitId, deputyUnitId: blocTerms.deputyUnitId })
        .from(blocTerms)
        .innerJoin(blocs, eq(blocs.id, blocTerms.blocId))
        .where(and(eq(blocs.code, code), eq(blocTerms.year, year)));
      return term!;
    }
    const unitId = async (code: string) => (await get().db.select({ id: units.id }).from(units).where(eq(units.code, code)))[0]!.id;
    async function criteriaOf(termId: number) {
      const agreement = (await loadCurrentAgreement(get().db, termId))!;
      return loadCriteria(get().db, agreement.id);
    }
    /** A unit head of another bloc: may read nothing of CUM-01. */
    async function stranger(): Promise<Viewer> {
      const other = await cluster('CUM-02');
      const members = (await get().db.select({ unitId: blocMemberships.unitId }).from(blocMemberships).where(eq(blocMemberships.blocTermId, other.id))).map((m) => m.unitId);
      const [row] = await get()
        .db.select({ username: users.username })
        .from(roleAssignments)
        .innerJoin(users, eq(users.id, roleAssignments.userId))
        .where(and(eq(roleAssignments.role, 'unit_head'), isNull(roleAssignments.validTo), inArray(roleAssignments.scopeUnitId, members), eq(users.active, true)))
        .limit(1);
      return viewerOf(get(), row!.username);
    }
    async function stored() {
      const [e] = await get().db.select({ n: count() }).from(scoreEvidence);
      const [b] = await get().db.select({ n: count() }).from(documentBlobs);
      const [a] = await get().db.select({ n: count() }).from(auditEvents);
      return { evidence: e!.n, blobs: b!.n, events: a!.n };
    }

    it('a member attaches a real PDF to its self row; it downloads byte-identical with its SHA-256, and the sheet lists it', async () => {
      const term = await cluster('CUM-01');
      const hoalu = await unitId('P-HOALU');
      const [criterion] = await criteriaOf(term.id);
      const officer = await viewerOf(get(), 'canbo.hoalu');
      const before = await stored();
      const uploaded = await uploadScoreEvidence(officer, { termId: term.id, criterionId: criterion!.id, scoredUnitId: hoalu, scorerKind: 'self', fileName: 'Báo cáo số liệu – Hoa Lư.pdf', stream: chunksOf(PDF) });
      expect(uploaded).toMatchObject({ fileName: 'Báo cáo số liệu – Hoa Lư.pdf', contentType: 'application/pdf', sizeBytes: PDF.length, sha256: PDF_SHA });
      expect(await stored()).toEqual({ evidence: before.evidence + 1, blobs: before.blobs + 1, events: before.events + 1 });
      const [row] = await get().db.select().from(scoreEvidence).where(eq(scoreEvidence.id, uploaded.id));
      expect(row).toMatchObject({ blocTermId: term.id, criterionId: criterion!.id, scoredUnitId: hoalu, scorerUnitId: hoalu, uploadedBy: officer.id });
      expect(row!.storageKey).toMatch(/^[0-9a-f]{32}$/);

      const file = await readScoreEvidenceForDownload(officer, uploaded.id);
      expect(Buffer.from(file!.bytes).equals(Buffer.from(PDF))).toBe(true);
      expect(createHash('sha256').update(file!.bytes).digest('hex')).toBe(PDF_SHA);
      // The lead reads it too.
      expect((await readScoreEvidenceForDownload(await viewerOf(get(), 'truongcum1'), uploaded.id))?.sha256).toBe(PDF_SHA);

      const [event] = await get().db.select().from(auditEvents).where(eq(auditEvents.action, 'score_evidence_upload'));
      expect(event).toMatchObject({ entityKind: 'bloc_term', entityId: term.id, actorUserId: officer.id });
      expect(event!.payload).toMatchObject({ evidenceId: uploaded.id, criterionId: criterion!.id, scorerKind: 'self', sha256: PDF_SHA });

      const page = await getScoringPage(officer, term.id, hoalu);
      const sheet = page!.sheets.find((s) => s.kind === 'self')!;
      expect(sheet.evidence[criterion!.id]?.map((f) => f.id)).toEqual([uploaded.id]);
      await verifyChain(get());
    });

    it('refuses a fake PDF, an empty file, an oversized file and a traversal name, and stores nothing', async () => {
      const term = await cluster('CUM-01');
      const hoalu = await unitId('P-HOALU');
      const [criterion] = await criteriaOf(term.id);
      const officer = await viewerOf(get(), 'canbo.hoalu');
      const attach = (fileName: string, bytes: Uint8Array, maxBytes?: number) =>
        refusal(uploadScoreEvidence(officer, { termId: term.id, criterionId: criterion!.id, scoredUnitId: hoalu, scorerKind: 'self', fileName, stream: chunksOf(bytes), maxBytes }));
      const before = await stored();
      expect(await attach('bao-cao.pdf', text('Đây là một tệp văn bản, không phải PDF.'))).toBe('file_type_not_allowed');
      expect(await attach('polyglot.pdf', new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...PDF]))).toBe('file_type_not_allowed');
      expect(await attach('empty.pdf', new Uint8Array())).toBe('file_empty');
      expect(await attach('big.pdf', PDF, PDF.length - 1)).toBe('file_too_large');
      expect(await attach('../../etc/passwd.pdf', PDF)).toBe('file_name_invalid');
      expect(await stored()).toEqual(before);
    });

    it('lets a lead attach to its own head row only, and refuses the member attaching as a lead', async () => {
      const term = await cluster('CUM-01');
      const hoalu = await unitId('P-HOALU');
      const [criterion] = await criteriaOf(term.id);
      const lead = await viewerOf(get(), 'truongcum1');
      const attached = await uploadScoreEvidence(lead, { termId: term.id, criterionId: criterion!.id, scoredUnitId: hoalu, scorerKind: 'head', fileName: 'bien-ban-kiem-tra.pdf', stream: chunksOf(PDF) });
      const [row] = await get().db.select().from(scoreEvidence).where(eq(scoreEvidence.id, attached.id));
      expect(row!.scorerUnitId).toBe(term.headUnitId);
      expect(await refusal(uploadScoreEvidence(lead, { termId: term.id, criterionId: criterion!.id, scoredUnitId: term.headUnitId, scorerKind: 'head', fileName: 'x.pdf', stream: chunksOf(PDF) }))).toBe('score_own_unit');
      expect(await refusal(uploadScoreEvidence(await viewerOf(get(), 'canbo.hoalu'), { termId: term.id, criterionId: criterion!.id, scoredUnitId: hoalu, scorerKind: 'head', fileName: 'x.pdf', stream: chunksOf(PDF) }))).toBe('role_not_permitted');
      // The member may not remove the lead's file.
      expect(await refusal(removeScoreEvidence(await viewerOf(get(), 'canbo.hoalu'), attached.id))).toBe('role_not_permitted');
    });

    it('serves the routes: same origin only, attachments with nosniff and a sandbox; another bloc gets 404 and cannot upload', async () => {
      const term = await cluster('CUM-01');
      const hoalu = await unitId('P-HOALU');
      const [, criterion] = await criteriaOf(term.id);
      const query = `termId=${term.id}&criterionId=${criterion!.id}&scoredUnitId=${hoalu}&scorerKind=self`;
      const post = (headers: Record<string, string>, body: Uint8Array = PDF) =>
        upload(
          new Request(`http://laurel.test/api/bloc/evidence?${query}`, {
            method: 'POST',
            headers: { host: 'laurel.test', 'content-length': String(body.length), 'x-file-name': encodeURIComponent('Số liệu (quý 4).pdf'), ...headers },
            body: new Uint8Array(body),
          }),
        );
      const before = await stored();
      session.viewer = null;
      expect((await post({ origin: 'http://laurel.test' })).status).toBe(401);
      session.viewer = await viewerOf(get(), 'canbo.hoalu');
      expect((await post({ origin: 'https://evil.example' })).status).toBe(403);
      expect((await post({})).status).toBe(403);
      const fake = await post({ origin: 'http://laurel.test' }, text('not a pdf'));
      expect(fake.status).toBe(415);
      expect(await fake.json()).toEqual({ ok: false, error: 'file_type_not_allowed' });
      const cut = await post({ origin: 'http://laurel.test', 'content-length': String(PDF.length + 10) });
      expect(await cut.json()).toEqual({ ok: false, error: 'file_incomplete' });
      expect(await stored()).toEqual(before);

      session.viewer = await stranger();
      const foreign = await post({ origin: 'http://laurel.test' });
      expect(foreign.status).toBe(404);
      expect(await stored()).toEqual(before);

      session.viewer = await viewerOf(get(), 'canbo.hoalu');
      const created = await post({ origin: 'http://laurel.test' });
      expect(created.status).toBe(201);
      const body = (await created.json()) as { evidence: { id: number; sha256: string } };
      expect(body.evidence.sha256).toBe(PDF_SHA);

      const get_ = (id: string) => download(new Request(`http://laurel.test/api/bloc/evidence/${id}`), { params: Promise.resolve({ id }) });
      const file = await get_(String(body.evidence.id));
      expect(file.status).toBe(200);
      expect(file.headers.get('x-content-type-options')).toBe('nosniff');
      expect(file.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
      expect(file.headers.get('content-disposition')).toMatch(/^attachment; filename="So lieu \(quy 4\)\.pdf"; filename\*=UTF-8''/);
      expect(file.headers.get('x-content-sha256')).toBe(PDF_SHA);
      expect(Buffer.from(await file.arrayBuffer()).equals(Buffer.from(PDF))).toBe(true);
      expect((await get_('abc')).status).toBe(404);
      session.viewer = await stranger();
      expect((await get_(String(body.evidence.id))).status).toBe(404);
      const del = (id: number, origin = 'http://laurel.test') => removeRoute(new Request(`http://laurel.test/api/bloc/evidence/${id}`, { method: 'DELETE', headers: { host: 'laurel.test', origin } }), { params: Promise.resolve({ id: String(id) }) });
      expect((await del(body.evidence.id)).status).toBe(404);
      session.viewer = await viewerOf(get(), 'canbo.hoalu');
      expect((await del(body.evidence.id, 'https://evil.example')).status).toBe(403);
      const events = (await stored()).events;
      expect((await del(body.evidence.id)).status).toBe(200);
      expect((await stored()).events).toBe(events + 1);
      expect((await get_(String(body.evidence.id))).status).toBe(404);
      expect((await del(body.evidence.id)).status).toBe(404);
      session.viewer = null;
      await verifyChain(get());
    });

    it('lists the evidence with each score on the scoreboard, and attaches or removes nothing after scoring closes', async () => {
      const term = await cluster('CUM-01');
      const hoalu = await unitId('P-HOALU');
      const [criterion] = await criteriaOf(term.id);
      const officer = await viewerOf(get(), 'canbo.hoalu');
      const lead = await viewerOf(get(), 'truongcum1');
      await saveScoreSheet(contextOf(officer), { termId: term.id, scoredUnitId: hoalu, scorerKind: 'self', entries: [{ criterionId: criterion!.id, points: '1', comment: '' }] });
      const live = await get()
        .db.select({ id: scoreEvidence.id, scorerUnitId: scoreEvidence.scorerUnitId })
        .from(scoreEvidence)
        .where(and(eq(scoreEvidence.criterionId, criterion!.id), eq(scoreEvidence.scoredUnitId, hoalu), isNull(scoreEvidence.removedAt)));
      expect(live.length).toBeGreaterThan(0);
      await closeScoring(contextOf(lead), { termId: term.id });

      const before = await stored();
      expect(await refusal(uploadScoreEvidence(officer, { termId: term.id, criterionId: criterion!.id, scoredUnitId: hoalu, scorerKind: 'self', fileName: 'muon.pdf', stream: chunksOf(PDF) }))).toBe('scoring_closed');
      expect(await refusal(uploadScoreEvidence(lead, { termId: term.id, criterionId: criterion!.id, scoredUnitId: hoalu, scorerKind: 'head', fileName: 'muon.pdf', stream: chunksOf(PDF) }))).toBe('scoring_closed');
      expect(await refusal(removeScoreEvidence(officer, live.find((l) => l.scorerUnitId === hoalu)!.id))).toBe('scoring_closed');
      expect(await stored()).toEqual(before);

      const board = (await getScoreboard(officer, term.id))!;
      const line = board.ranked.find((r) => r.unitId === hoalu)!.criteria.find((c) => c.criterionId === criterion!.id)!;
      const self = line.entries.find((e) => e.scorerKind === 'self')!;
      expect(self.evidence.map((f) => f.id)).toEqual(live.filter((l) => l.scorerUnitId === hoalu).map((l) => l.id));
      expect(self.evidence[0]).toMatchObject({ fileName: 'Báo cáo số liệu – Hoa Lư.pdf', sha256: PDF_SHA, sizeBytes: PDF.length });
      const head = line.entries.find((e) => e.scorerKind === 'head');
      if (head) expect(head.evidence.map((f) => f.fileName)).toEqual(['bien-ban-kiem-tra.pdf']);
      // Every file on the board is downloadable by a reader of the bloc-year, and by no one else.
      const outsider = await stranger();
      for (const f of self.evidence) {
        expect((await readScoreEvidenceForDownload(lead, f.id))?.sha256).toBe(f.sha256);
        expect(await readScoreEvidenceForDownload(outsider, f.id)).toBeNull();
      }
      await verifyChain(get());
    });
  },
  (database) => seedDemo(database.db),
);
