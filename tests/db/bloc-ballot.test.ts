import { createHash, randomUUID } from 'node:crypto';
import { and, asc, count, eq, isNull, sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { setDatabaseForTests, type Database } from '@/db/client';
import { castBlocBallot, closeBlocBallotSession, createBlocBallotSession, endorseFromBlocBallot, openBlocBallotSession, recordBlocLeadDecision } from '@/db/queries/bloc-ballot';
import { getBlocBallotMinutes, getBlocBallotSession, getNewBlocSessionForm, listBlocBallotTerms } from '@/db/queries/bloc-ballot-views';
import { takeSimpleAction } from '@/db/queries/workflow/actions';
import { rowsOf } from '@/db/rows';
import { readDocumentForDownload } from '@/db/queries/documents';
import { auditEvents, awardTypes, blocBallots, blocBallotTallies, blocs, blocTerms, documents, nominations, units } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { requireUnitAccount } from '@/db/seed/staff';
import type { Viewer } from '@/lib/policy/viewer';
import { WorkflowError } from '@/lib/workflow/refusals';
import { describeEachDatabase } from './harness';
import { pdfText } from './pdf-text';
import { contextOf, snapshot, verifyChain, viewerOf } from './workflow-helpers';

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof WorkflowError) return error.refusal;
    throw error;
  }
  throw new Error('expected a refusal');
}

const MEMBERS = ['P-HOALU', 'P-PHULY', 'P-NAMDINH', 'P-THIENTRUONG', 'P-NAMHOALU', 'P-DONGVAN', 'P-DUYTIEN', 'P-TAMDIEP', 'P-DONGA', 'P-TAYHOALU'];
const ABSENT = ['P-DONGVAN', 'P-DUYTIEN', 'P-TAYHOALU'];
const PRESENT = MEMBERS.filter((m) => !ABSENT.includes(m));

/** Every key of a response, however deep. */
function keysOf(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => keysOf(v, out));
  else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [k, v] of Object.entries(value)) {
      out.add(k);
      keysOf(v, out);
    }
  }
  return out;
}

describeEachDatabase(
  'the bloc ballot',
  (get) => {
    let termId = 0;
    let unitIds: Record<string, number> = {};
    let lead: Viewer;
    let deputy: Viewer;
    let heads: Record<string, Viewer> = {};
    // Candidates: A and B are collective certificates (quota 3), C a provincial flag (quota 1, used).
    let a = 0;
    let b = 0;
    let c = 0;
    let round1 = 0;
    let round2 = 0;
    const key = () => randomUUID();

    const db = () => get().db;
    const versionOf = async (id: number) => (await db().select({ v: nominations.version }).from(nominations).where(eq(nominations.id, id)))[0]!.v;

    beforeAll(async () => {
      setDatabaseForTests(get());
      const [term] = await db()
        .select({ id: blocTerms.id })
        .from(blocTerms)
        .innerJoin(blocs, eq(blocs.id, blocTerms.blocId))
        .where(and(eq(blocs.code, 'CUM-01'), eq(blocTerms.year, 2026)));
      termId = term!.id;
      unitIds = Object.fromEntries((await db().select({ id: units.id, code: units.code }).from(units)).map((u) => [u.code, u.id]));
      lead = await viewerOf(get(), 'truongcum1');
      deputy = await viewerOf(get(), 'phocum1');
      for (const unit of MEMBERS) heads[unit] = await viewerOf(get(), requireUnitAccount(unit, 'unit_head').username);
      heads = { ...heads };
      const [seeded] = await db().select().from(nominations).where(and(eq(nominations.blocTermId, termId), eq(nominations.status, 'bloc_review'))).orderBy(asc(nominations.id));
      if (!seeded) throw new Error('the seed has no CUM-01 nomination under bloc review');
      a = seeded.id;
      const [flagAward] = await db()
        .select({ id: nominations.awardTypeId })
        .from(nominations)
        .innerJoin(awardTypes, eq(awardTypes.id, nominations.awardTypeId))
        .where(and(eq(awardTypes.code, 'provincial_flag'), eq(nominations.roundId, seeded.roundId)))
        .limit(1);
      const copy = (reference: string, unit: string, awardTypeId: number) => ({
        reference,
        roundId: seeded.roundId,
        awardTypeId,
        nomineeKind: 'unit' as const,
        nomineeUnitId: unitIds[unit]!,
        proposingUnitId: unitIds[unit]!,
        blocTermId: termId,
        status: 'bloc_review' as const,
        achievementSummary: seeded.achievementSummary,
        createdBy: seeded.createdBy,
      });
      const inserted = await db()
        .insert(nominations)
        .values([copy('TEST-BB-B', 'P-DONGA', seeded.awardTypeId), copy('TEST-BB-C', 'P-NAMHOALU', flagAward!.id)])
        .returning({ id: nominations.id, reference: nominations.reference });
      b = inserted.find((r) => r.reference === 'TEST-BB-B')!.id;
      c = inserted.find((r) => r.reference === 'TEST-BB-C')!.id;
      // The copies carry the unit's documents as the seeded one does: endorsement checks the dossier.
      const docs = await db().select().from(documents).where(and(eq(documents.nominationId, a), isNull(documents.removedAt)));
      for (const nominationId of [b, c]) {
        await db()
          .insert(documents)
          .values(docs.map((d) => ({ kind: d.kind, fileName: d.fileName, contentType: d.contentType, sizeBytes: d.sizeBytes, sha256: d.sha256, uploadedBy: d.uploadedBy, uploadedAt: d.uploadedAt, nominationId, storageKey: randomUUID().replaceAll('-', '') })));
      }
    });

    const create = (viewer: Viewer, over: Partial<Parameters<typeof createBlocBallotSession>[1]> = {}) =>
      createBlocBallotSession(contextOf(viewer), {
        idempotencyKey: key(),
        blocTermId: termId,
        mode: 'electronic',
        heldOn: '2026-11-26',
        presentUnitIds: PRESENT.map((u) => unitIds[u]!),
        candidateIds: [c, a, b],
        ...over,
      });

    it('lets only the lead call a session, with member attendance and candidates under bloc review', async () => {
      const before = await snapshot(get());
      expect(await refusal(create(heads['P-HOALU']!))).toBe('role_not_permitted');
      expect(await refusal(create(await viewerOf(get(), requireUnitAccount('X-GIALAM', 'unit_head').username)))).toBe('not_found');
      expect(await refusal(create(lead, { presentUnitIds: [unitIds['P-HOALU']!, unitIds['X-GIALAM']!] }))).toBe('bloc_attendance_invalid');
      const [past] = await db().select({ id: nominations.id }).from(nominations).where(and(eq(nominations.blocTermId, termId), eq(nominations.status, 'awaiting_decision')));
      expect(await refusal(create(lead, { candidateIds: [a, past!.id] }))).toBe('bloc_candidate_invalid');
      expect(await snapshot(get())).toBe(before);
      const form = await getNewBlocSessionForm(lead, termId);
      expect(form?.roundNo).toBe(1);
      expect(form?.candidates.map((x) => x.id).sort()).toEqual([a, b, c].sort());
      expect(await getNewBlocSessionForm(heads['P-HOALU']!, termId)).toBeNull();
    });

    it('takes one secret ballot per present member head; refuses the absent, the officer, the lead, a second vote; hides counts while open', async () => {
      round1 = (await create(lead)).sessionId;
      const choicesOf = (i: number) => [
        { nominationId: a, approve: i < 6 }, // 6 for
        { nominationId: b, approve: i >= 2 }, // 5 for: a majority of those present, not of all members
        { nominationId: c, approve: i !== 3 }, // 6 for
      ];
      const cast = (viewer: Viewer, i: number) => castBlocBallot(contextOf(viewer), { idempotencyKey: key(), sessionId: round1, choices: choicesOf(i) });
      expect(await refusal(cast(heads['P-HOALU']!, 0))).toBe('bloc_session_not_open');
      expect(await refusal(openBlocBallotSession(contextOf(heads['P-HOALU']!), { idempotencyKey: key(), sessionId: round1 }))).toBe('role_not_permitted');
      await openBlocBallotSession(contextOf(lead), { idempotencyKey: key(), sessionId: round1 });
      expect(await refusal(create(lead))).toBe('bloc_round_order');

      expect(await refusal(cast(lead, 0))).toBe('role_not_permitted');
      expect(await refusal(cast(await viewerOf(get(), 'canbo.hoalu'), 0))).toBe('role_not_permitted');
      expect(await refusal(cast(await viewerOf(get(), requireUnitAccount('X-GIALAM', 'unit_head').username), 0))).toBe('not_found');
      expect(await refusal(cast(heads['P-DUYTIEN']!, 0))).toBe('bloc_not_present');
      expect(await refusal(castBlocBallot(contextOf(heads['P-HOALU']!), { idempotencyKey: key(), sessionId: round1, choices: [{ nominationId: a, approve: true }] }))).toBe('bloc_choices_incomplete');

      const responses: unknown[] = [];
      for (const [i, unit] of PRESENT.entries()) responses.push(await cast(heads[unit]!, i));
      expect(responses.at(-1)).toEqual({ sessionId: round1, voted: 7, present: 7 });
      expect(await refusal(cast(heads['P-HOALU']!, 0))).toBe('bloc_already_voted');

      // While open: nobody reads a tally or a partial count, only "n of m present members have voted".
      for (const viewer of [lead, deputy, heads['P-PHULY']!, await viewerOf(get(), 'thanhtra')]) {
        const view = await getBlocBallotSession(viewer, round1);
        expect(view).toMatchObject({ state: 'open', voted: 7, membersPresent: 7, membersTotal: 10 });
        expect(view!.candidates.every((x) => x.tally === null)).toBe(true);
        const keys = keysOf(view);
        for (const k of ['approve', 'votesFor', 'votesAgainst', 'ballots']) expect(keys.has(k)).toBe(false);
      }
      const cast0 = await db().select().from(auditEvents).where(and(eq(auditEvents.action, 'bloc_ballot_cast'), eq(auditEvents.entityId, round1)));
      expect(cast0).toHaveLength(7);
      for (const e of cast0) expect(Object.keys(e.payload as object).sort()).toEqual(['blocTermId', 'roundNo', 'unitId']);
      for (const r of responses) expect(Object.keys(r as object).sort()).toEqual(['present', 'sessionId', 'voted']);
    });

    it('closes with a shuffle: afterwards no row, order, transaction id or response links a ballot to its voter', async () => {
      const physical = async () =>
        rowsOf<{ id: string; nomination_id: number; approve: boolean; xmin: string }>(
          await db().execute(sql`select id::text, nomination_id, approve, xmin::text as xmin from bloc_ballots where session_id = ${round1} order by ctid`),
        );
      const participationXmins = async () => rowsOf<{ xmin: string }>(await db().execute(sql`select xmin::text as xmin from bloc_ballot_participation where session_id = ${round1}`)).map((r) => r.xmin);
      const before = await physical();
      // The danger the shuffle removes: each cast's ballots share its participation row's xmin.
      expect(new Set(before.map((r) => r.xmin))).toEqual(new Set(await participationXmins()));

      expect(await refusal(closeBlocBallotSession(contextOf(heads['P-PHULY']!), { idempotencyKey: key(), sessionId: round1 }))).toBe('role_not_permitted');
      const closed = await closeBlocBallotSession(contextOf(lead), { idempotencyKey: key(), sessionId: round1 });
      expect(closed.tallies).toEqual([
        { nominationId: c, votesFor: 6, votesAgainst: 1, passed: true },
        { nominationId: a, votesFor: 6, votesAgainst: 1, passed: true },
        // 5 of 7 present but not more than half of all 10 member units.
        { nominationId: b, votesFor: 5, votesAgainst: 2, passed: false },
      ]);

      const after = await physical();
      expect(after).toHaveLength(21);
      const closeXmins = new Set(after.map((r) => r.xmin));
      expect(closeXmins.size).toBe(1);
      for (const x of await participationXmins()) expect(closeXmins.has(x)).toBe(false);
      const oldIds = new Set(before.map((r) => r.id));
      expect(after.some((r) => oldIds.has(r.id))).toBe(false);
      // The physical order no longer follows the casts (a random permutation of 21 mixed ballots
      // reproduces it with a probability below one in a million).
      const sequence = (rows: typeof before) => rows.map((r) => `${r.nomination_id}:${r.approve}`).join(',');
      expect(sequence(after)).not.toBe(sequence(before));

      // bloc_ballots has no voter column, no time, and nothing references it.
      const columns = rowsOf<{ column_name: string }>(await db().execute(sql`select column_name from information_schema.columns where table_schema = 'public' and table_name = 'bloc_ballots' order by column_name`));
      expect(columns.map((c) => c.column_name)).toEqual(['approve', 'id', 'nomination_id', 'session_id']);
      const referencing = rowsOf<{ n: number }>(
        await db().execute(sql`select count(*)::int as n from information_schema.constraint_column_usage u join information_schema.table_constraints t using (constraint_name, constraint_schema) where u.table_name = 'bloc_ballots' and t.constraint_type = 'FOREIGN KEY'`),
      );
      expect(referencing[0]!.n).toBe(0);

      // Every row of every table: no ballot id (old or new) appears anywhere but in bloc_ballots.
      const tables = rowsOf<{ table_name: string }>(await db().execute(sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`));
      expect(tables.length).toBeGreaterThan(20);
      const allIds = [...oldIds, ...after.map((r) => r.id)];
      for (const { table_name } of tables) {
        const rows = rowsOf<{ t: string }>(await db().execute(sql`select row_to_json(x)::text as t from ${sql.identifier(table_name)} x`));
        for (const { t } of rows) {
          if (table_name === 'bloc_ballots') {
            expect(Object.keys(JSON.parse(t)).sort()).toEqual(['approve', 'id', 'nomination_id', 'session_id']);
            continue;
          }
          for (const id of allIds) expect(t.includes(id), `${table_name} holds a ballot id`).toBe(false);
          // Nothing outside the ballots pairs a choice with a unit or a person.
          expect(/"approve":/.test(t), `${table_name} holds a choice`).toBe(false);
        }
      }
      // The audit events of the session name voters without choices, and the close only aggregates.
      const events = await db().select().from(auditEvents).where(and(eq(auditEvents.entityKind, 'bloc_ballot_session'), eq(auditEvents.entityId, round1)));
      for (const e of events) expect(keysOf(e.payload).has('approve')).toBe(false);

      // Every response of the read functions, for every reader.
      for (const viewer of [lead, deputy, heads['P-HOALU']!, await viewerOf(get(), 'thanhtra')]) {
        for (const response of [await getBlocBallotSession(viewer, round1), await getBlocBallotMinutes(viewer, round1), await listBlocBallotTerms(viewer), closed]) {
          const text = JSON.stringify(response);
          for (const id of allIds) expect(text.includes(id)).toBe(false);
          const keys = keysOf(response);
          for (const k of ['approve', 'ballots', 'participation', 'voters']) expect(keys.has(k)).toBe(false);
        }
      }
      const view = await getBlocBallotSession(lead, round1);
      expect(view!.candidates.map((x) => x.tally?.passed)).toEqual([true, true, false]);
      expect(view!.needed).toBe(6);
      await verifyChain(get());
    });

    it('endorses a chosen candidate to appraisal with one audit event; refuses the unchosen and the over-quota', async () => {
      expect(await refusal(endorseFromBlocBallot(contextOf(lead), { idempotencyKey: key(), nominationId: b, version: await versionOf(b) }))).toBe('bloc_ballot_missing');
      const before = await snapshot(get());
      // Cluster No. 1 already sent its one provincial flag of 2026 (P-HOALU).
      expect(await refusal(endorseFromBlocBallot(contextOf(lead), { idempotencyKey: key(), nominationId: c, version: await versionOf(c) }))).toBe('bloc_quota_reached');
      expect(['not_found', 'role_not_permitted']).toContain(await refusal(endorseFromBlocBallot(contextOf(heads['P-HOALU']!), { idempotencyKey: key(), nominationId: a, version: await versionOf(a) })));
      expect(await snapshot(get())).toBe(before);

      const [{ n: eventsBefore }] = (await db().select({ n: count() }).from(auditEvents)) as [{ n: number }];
      const result = await endorseFromBlocBallot(contextOf(lead), { idempotencyKey: key(), nominationId: a, version: await versionOf(a) });
      expect(result).toMatchObject({ from: 'bloc_review', to: 'appraisal', replayed: false });
      const [{ n: eventsAfter }] = (await db().select({ n: count() }).from(auditEvents)) as [{ n: number }];
      expect(eventsAfter).toBe(eventsBefore + 1);
      const [event] = await db().select().from(auditEvents).where(and(eq(auditEvents.entityKind, 'nomination'), eq(auditEvents.entityId, a), eq(auditEvents.action, 'endorse')));
      expect(event).toMatchObject({ fromStatus: 'bloc_review', toStatus: 'appraisal', role: 'bloc_lead', actorUserId: lead.id });
      expect((event!.payload as { blocBallot?: { sessionId: number } }).blocBallot?.sessionId).toBe(round1);
      // The bloc's minutes, ballot result and submission letter joined the dossier as PDFs, named in
      // the event with their SHA-256, and read back in Vietnamese.
      const papers = (event!.payload as { blocPapers: { documentId: number; kind: string; sha256: string }[] }).blocPapers;
      expect(papers.map((p) => p.kind).sort()).toEqual(['bloc_ballot_result', 'bloc_minutes', 'other']);
      const [reference] = await db().select({ reference: nominations.reference }).from(nominations).where(eq(nominations.id, a));
      for (const paper of papers) {
        const file = await readDocumentForDownload(lead, paper.documentId);
        expect(file).not.toBeNull();
        expect(createHash('sha256').update(file!.bytes).digest('hex')).toBe(paper.sha256);
        const text = pdfText(file!.bytes);
        expect(text).toContain(reference!.reference);
        expect(text).toContain(paper.kind === 'bloc_minutes' ? 'BIÊN BẢN' : paper.kind === 'bloc_ballot_result' ? 'KẾT QUẢ BỎ PHIẾU SUY TÔN' : 'TỜ TRÌNH');
      }
      const attached = await db().select({ kind: documents.kind }).from(documents).where(and(eq(documents.nominationId, a), isNull(documents.removedAt)));
      expect(attached.map((d) => d.kind)).toEqual(expect.arrayContaining(['bloc_minutes', 'bloc_ballot_result']));
      await verifyChain(get());
    });

    it('refuses a lead decision before round 2, runs round 2 on paper for the undecided only, refuses a third round', async () => {
      expect(await refusal(recordBlocLeadDecision(contextOf(lead), { idempotencyKey: key(), sessionId: round1, nominationId: b, chosen: true, reason: 'Thành tích nổi bật hơn các đơn vị khác' }))).toBe('bloc_lead_decision_premature');
      // C passed round 1: round 2 is only for what round 1 left undecided.
      expect(await refusal(create(lead, { mode: 'paper', candidateIds: [b, c] }))).toBe('bloc_candidate_invalid');
      expect((await getNewBlocSessionForm(lead, termId))?.candidates.map((x) => x.id)).toEqual([b]);
      const created = await create(lead, { mode: 'paper', candidateIds: [b], presentUnitIds: MEMBERS.slice(0, 8).map((u) => unitIds[u]!) });
      expect(created.roundNo).toBe(2);
      round2 = created.sessionId;
      expect(await refusal(castBlocBallot(contextOf(heads['P-HOALU']!), { idempotencyKey: key(), sessionId: round2, choices: [{ nominationId: b, approve: true }] }))).toBe('bloc_session_not_open');
      expect(await refusal(closeBlocBallotSession(contextOf(lead), { idempotencyKey: key(), sessionId: round2, paperTallies: [{ nominationId: b, votesFor: 6, votesAgainst: 3 }] }))).toBe('ballot_counts_invalid');
      const closed = await closeBlocBallotSession(contextOf(lead), { idempotencyKey: key(), sessionId: round2, paperTallies: [{ nominationId: b, votesFor: 5, votesAgainst: 3 }] });
      expect(closed.tallies).toEqual([{ nominationId: b, votesFor: 5, votesAgainst: 3, passed: false }]);
      expect(await refusal(create(lead, { mode: 'paper', candidateIds: [b] }))).toBe('bloc_round_limit');
      expect(await refusal(getNewBlocSessionForm(lead, termId))).toBe('bloc_round_limit');
    });

    it('lets the head or deputy decide after round 2; the decision counts as the bloc’s choice', async () => {
      const decide = (viewer: Viewer, chosen = true) => recordBlocLeadDecision(contextOf(viewer), { idempotencyKey: key(), sessionId: round2, nominationId: b, chosen, reason: 'Ưu tiên đơn vị có thành tích nổi trội hơn theo bảng điểm giao ước' });
      expect(await refusal(decide(heads['P-HOALU']!))).toBe('role_not_permitted');
      await decide(deputy);
      expect(await refusal(decide(lead, false))).toBe('bloc_lead_decision_exists');
      // Chosen, but three collective certificates of 2026 have left the bloc: the quota refuses.
      expect(await refusal(endorseFromBlocBallot(contextOf(lead), { idempotencyKey: key(), nominationId: b, version: await versionOf(b) }))).toBe('bloc_quota_reached');
      // The province returns A: the quota frees a place, and the lead decision carries B through.
      await takeSimpleAction(contextOf(await viewerOf(get(), 'thamdinh')), { action: 'return', nominationId: a, version: await versionOf(a), reason: 'Bổ sung biên bản họp Cụm', idempotencyKey: key() });
      const result = await endorseFromBlocBallot(contextOf(lead), { idempotencyKey: key(), nominationId: b, version: await versionOf(b) });
      expect(result.to).toBe('appraisal');
      const minutes = await getBlocBallotMinutes(lead, round2);
      expect(minutes?.candidates[0]?.decision).toMatchObject({ chosen: true });
      expect(minutes?.head?.name).toBeTruthy();
      expect(minutes?.deputy?.name).toBeTruthy();
      const tallies = await db().select().from(blocBallotTallies).where(eq(blocBallotTallies.sessionId, round2));
      expect(tallies).toHaveLength(1);
      expect(await db().select({ n: count() }).from(blocBallots).where(eq(blocBallots.sessionId, round2))).toEqual([{ n: 0 }]);
      await verifyChain(get());
    });
  },
  (database: Database) => seedDemo(database.db),
);
