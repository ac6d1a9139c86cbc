import { randomUUID } from 'node:crypto';
import { and, asc, count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { setDatabaseForTests } from '@/db/client';
import { evaluateNomination } from '@/db/queries/eligibility';
import { createIndicator, loadNominationContent, registerInitiative, saveNominationDraft } from '@/db/queries/nomination-content';
import { takeSimpleAction } from '@/db/queries/workflow/actions';
import { createNomination } from '@/db/queries/workflow/create';
import { auditEvents, awardTypes, households, indicators, initiatives, nominations, people, roundAwardTypes, rounds, units } from '@/db/schema';
import { ZFigure, ZNominationCreate, ZNominationUpdate, plainDecimal } from '@/lib/validation/nomination';
import { seedDemo } from '@/db/seed';
import { WorkflowError } from '@/lib/workflow/refusals';
import { describeEachDatabase } from './harness';
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

describe('the drafting schemas (shared by the forms and the server actions)', () => {
  it('reads figures as people type them, with a comma or a point, and refuses thousands separators', () => {
    expect(ZFigure.parse({ indicatorId: '3', year: '2026', target: '', result: '50985,5', changePct: '5.8' })).toEqual({ indicatorId: 3, year: 2026, target: null, result: '50985.5', changePct: '5.8' });
    expect(ZFigure.safeParse({ indicatorId: 3, year: 2026, result: '50.985,5' }).error?.issues[0]?.message).toBe('number');
    expect(ZFigure.safeParse({ indicatorId: 3, year: 1999, result: '1' }).error?.issues[0]?.message).toBe('year');
    // What the database gives back is shown as typed.
    expect(['99.50', '-15.30', '95.00', '120', '0.05'].map(plainDecimal)).toEqual(['99.5', '-15.3', '95', '120', '0.05']);
  });

  it('refuses the same indicator twice in one year, and a nominee that mixes kinds', () => {
    const twice = ZNominationUpdate.safeParse({
      nominationId: 1,
      version: 1,
      achievementSummary: '',
      figures: [
        { indicatorId: 1, year: 2026, result: '1' },
        { indicatorId: 1, year: 2026, result: '2' },
      ],
      initiativeIds: [],
    });
    expect(twice.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['figures.1.year', 'figure_duplicate']]);
    const base = { idempotencyKey: randomUUID(), roundId: 1, awardTypeId: 1 };
    expect(ZNominationCreate.safeParse({ ...base, nominee: { kind: 'person', personId: 4, unitId: 2 } }).success).toBe(false);
    expect(ZNominationCreate.safeParse({ ...base, nominee: { kind: 'new_person', fullName: 'Lò Thị Hoa', gender: 'female', birthYear: 2020, position: 'Công chức', unitId: 2 } }).error?.issues[0]?.message).toBe('birth_year');
    expect(ZNominationCreate.parse({ ...base, nominee: { kind: 'new_household', headName: 'Lưu Văn Thắng', address: 'Tổ dân phố 7, phường Hoa Lư', unitId: '2' } }).nominee).toEqual({ kind: 'new_household', headName: 'Lưu Văn Thắng', address: 'Tổ dân phố 7, phường Hoa Lư', unitId: 2 });
  });
});

describeEachDatabase('drafting a nomination: nominees, autosave, initiatives, eligibility at submission', (get) => {
  beforeAll(() => setDatabaseForTests(get()));

  async function ids() {
    const db = get().db;
    const [round] = await db.select({ id: rounds.id }).from(rounds).where(and(eq(rounds.year, 2026), eq(rounds.kind, 'year_end')));
    const awards = await db.select({ id: awardTypes.id, code: awardTypes.code }).from(roundAwardTypes).innerJoin(awardTypes, eq(awardTypes.id, roundAwardTypes.awardTypeId)).where(eq(roundAwardTypes.roundId, round!.id));
    const unit = async (code: string) => (await db.select({ id: units.id }).from(units).where(eq(units.code, code)))[0]!.id;
    return { roundId: round!.id, award: (code: string) => awards.find((a) => a.code === code)!.id, hoalu: await unit('P-HOALU'), phuly: await unit('P-PHULY') };
  }

  async function draftOf(fullName: string) {
    const [row] = await get()
      .db.select({ id: nominations.id, version: nominations.version, summary: nominations.achievementSummary })
      .from(nominations)
      .innerJoin(people, eq(people.id, nominations.nomineePersonId))
      .where(and(eq(people.fullName, fullName), eq(nominations.status, 'draft')));
    if (!row) throw new Error(`no draft for ${fullName}`);
    return row;
  }

  it('creates drafts for a person and a household entered in the form, each with one audit event; refuses a nominee outside the unit or of the wrong kind', async () => {
    const officer = await viewerOf(get(), 'canbo.hoalu');
    const { roundId, award, hoalu, phuly } = await ids();
    const person = { kind: 'new_person' as const, fullName: 'Lò Thị Hoa Mai', gender: 'female' as const, birthYear: 1993, position: 'Công chức Tư pháp – Hộ tịch', unitId: hoalu };
    const created = await createNomination(contextOf(officer), { idempotencyKey: randomUUID(), roundId, awardTypeId: award('certificate_individual'), nominee: person, achievementSummary: '' });
    const [row] = await get().db.select().from(nominations).where(eq(nominations.id, created.id));
    const [added] = await get().db.select().from(people).where(eq(people.id, row!.nomineePersonId!));
    expect(added).toMatchObject({ fullName: 'Lò Thị Hoa Mai', gender: 'female', birthYear: 1993, unitId: hoalu });
    expect(row).toMatchObject({ nomineeKind: 'person', proposingUnitId: hoalu, status: 'draft' });
    const [event] = await get().db.select().from(auditEvents).where(and(eq(auditEvents.entityId, created.id), eq(auditEvents.action, 'create')));
    expect(event!.payload).toMatchObject({ reference: created.reference, nominee: { nomineeKind: 'person', added: true } });

    const home = await createNomination(contextOf(officer), {
      idempotencyKey: randomUUID(),
      roundId,
      awardTypeId: award('certificate_household'),
      nominee: { kind: 'new_household', headName: 'Phạm Văn Lực', address: 'Tổ dân phố số 3, phường Hoa Lư', unitId: hoalu },
      achievementSummary: '',
    });
    const [household] = await get().db.select().from(households).innerJoin(nominations, eq(nominations.nomineeHouseholdId, households.id)).where(eq(nominations.id, home.id));
    expect(household!.households).toMatchObject({ headName: 'Phạm Văn Lực', unitId: hoalu });

    const before = await snapshot(get());
    const [peopleBefore] = await get().db.select({ n: count() }).from(people);
    const base = { roundId, achievementSummary: '' };
    expect(await refusal(createNomination(contextOf(officer), { ...base, idempotencyKey: randomUUID(), awardTypeId: award('certificate_individual'), nominee: { ...person, unitId: phuly } }))).toBe('nominee_out_of_scope');
    expect(await refusal(createNomination(contextOf(officer), { ...base, idempotencyKey: randomUUID(), awardTypeId: award('certificate_household'), nominee: { kind: 'unit', unitId: hoalu } }))).toBe('nominee_kind_mismatch');
    expect(await refusal(createNomination(contextOf(officer), { ...base, idempotencyKey: randomUUID(), awardTypeId: award('certificate_collective'), nominee: { kind: 'unit', unitId: phuly } }))).toBe('nominee_out_of_scope');
    expect(await snapshot(get())).toBe(before);
    const [peopleAfter] = await get().db.select({ n: count() }).from(people);
    expect(peopleAfter!.n).toBe(peopleBefore!.n);
    await verifyChain(get());
  });

  it('autosaves figures and the summary on the version last seen: one event naming the fields, nothing for a save that changes nothing, a conflict for a stale version', async () => {
    const officer = await viewerOf(get(), 'canbo.hoalu');
    const draft = await draftOf('Tạ Minh Quang');
    const [visitors] = await get().db.select({ id: indicators.id }).from(indicators).where(eq(indicators.code, 'visitors'));
    const input = {
      nominationId: draft.id,
      version: draft.version,
      achievementSummary: `${draft.summary} Chỉ huy lực lượng ứng cứu bão số 3 năm 2026.`,
      figures: [{ indicatorId: visitors!.id, year: 2026, target: '5.35', result: '4.53', changePct: '-15.3' }],
      initiativeIds: [],
    };
    const saved = await saveNominationDraft(contextOf(officer), input);
    expect(saved).toMatchObject({ version: draft.version + 1, changed: ['achievementSummary', 'figures'] });
    const content = await loadNominationContent(get().db, draft.id);
    expect(content.figures.map((f) => [f.year, f.target, f.result, f.changePct])).toEqual([[2026, '5.35', '4.53', '-15.30']]);
    const [event] = await get().db.select().from(auditEvents).where(and(eq(auditEvents.entityId, draft.id), eq(auditEvents.action, 'update'))).orderBy(asc(auditEvents.seq));
    expect(event).toMatchObject({ actorUserId: officer.id, role: 'unit_officer', fromStatus: null, toStatus: null });
    expect(event!.payload).toMatchObject({ fields: ['achievementSummary', 'figures'], version: saved.version });

    // The same content typed again ("4.530" is "4.53"): no write, no event.
    const events = await get().db.select({ n: count() }).from(auditEvents);
    const again = await saveNominationDraft(contextOf(officer), { ...input, version: saved.version, figures: [{ ...input.figures[0]!, result: '4.530' }] });
    expect(again).toMatchObject({ version: saved.version, changed: [] });
    expect(await get().db.select({ n: count() }).from(auditEvents)).toEqual(events);

    // A page that saw the old version must not overwrite what was saved since.
    const before = await snapshot(get());
    expect(await refusal(saveNominationDraft(contextOf(officer), { ...input, achievementSummary: 'Một bản cũ hơn, mở ở thẻ khác của trình duyệt.' }))).toBe('conflict');
    expect(await snapshot(get())).toBe(before);
    // Another unit's head cannot even see it.
    const other = await viewerOf(get(), 'thutruong.phuly');
    expect(await refusal(saveNominationDraft(contextOf(other), { ...input, version: saved.version }))).toBe('not_found');
  });

  it('registers initiatives for the nominee and attaches them; eligibility follows (minhquang meets the second alternative once two are attached)', async () => {
    const officer = await viewerOf(get(), 'canbo.hoalu');
    let draft = await draftOf('Tạ Minh Quang');
    expect((await evaluateNomination(get().db, draft.id))!.overall).toBe('fail');
    const base = { nominationId: draft.id, certifyingBody: 'Hội đồng Sáng kiến phường Hoa Lư', scope: 'unit' as const, decisionReference: 'Quyết định số 52/QĐ-UBND ngày 18/11/2026 của Chủ tịch UBND phường Hoa Lư', certifiedOn: '2026-11-18' };
    const first = await registerInitiative(contextOf(officer), { ...base, title: 'Phần mềm quản lý lực lượng dân quân thường trực' });
    const second = await registerInitiative(contextOf(officer), { ...base, title: 'Quy trình huy động lực lượng ứng phó thiên tai theo tổ dân phố' });
    const [owned] = await get().db.select({ personId: initiatives.personId }).from(initiatives).where(eq(initiatives.id, first.id));
    const [row] = await get().db.select({ personId: nominations.nomineePersonId }).from(nominations).where(eq(nominations.id, draft.id));
    expect(owned!.personId).toBe(row!.personId);

    draft = await draftOf('Tạ Minh Quang');
    const content = await loadNominationContent(get().db, draft.id);
    const figures = content.figures.map((f) => ({ indicatorId: f.indicatorId, year: f.year, target: f.target, result: f.result, changePct: f.changePct }));
    const saved = await saveNominationDraft(contextOf(officer), { nominationId: draft.id, version: draft.version, achievementSummary: draft.summary, figures, initiativeIds: [first.id, second.id] });
    expect(saved.changed).toEqual(['initiatives']);
    const eligibility = (await evaluateNomination(get().db, draft.id))!;
    expect(eligibility.overall).toBe('pass');

    // Another person's initiative cannot be attached (nhung's, certified province-wide).
    const [foreign] = await get().db.select({ id: initiatives.id }).from(initiatives).innerJoin(people, eq(people.id, initiatives.personId)).where(eq(people.fullName, 'Nguyễn Thị Hồng Nhung'));
    expect(await refusal(saveNominationDraft(contextOf(officer), { nominationId: draft.id, version: saved.version, achievementSummary: draft.summary, figures, initiativeIds: [first.id, foreign!.id] }))).toBe('invalid_input');
  });

  it('adds a reusable indicator that every unit then sees; a bloc lead may not', async () => {
    const officer = await viewerOf(get(), 'canbo.hoalu');
    const made = await createIndicator(contextOf(officer), { nameVi: 'Tỷ lệ hồ sơ thủ tục hành chính trực tuyến toàn trình', nameEn: 'End-to-end online administrative procedures', unitOfMeasureVi: '%', unitOfMeasureEn: '%' });
    const [row] = await get().db.select().from(indicators).where(eq(indicators.id, made.id));
    expect(row).toMatchObject({ nameVi: 'Tỷ lệ hồ sơ thủ tục hành chính trực tuyến toàn trình', unitOfMeasureEn: '%' });
    const lead = await viewerOf(get(), 'truongcum1');
    expect(await refusal(createIndicator(contextOf(lead), { nameVi: 'Chỉ tiêu', nameEn: 'Indicator', unitOfMeasureVi: '%', unitOfMeasureEn: '%' }))).toBe('role_not_permitted');
  });

  it('submits a failing nomination only with the head’s confirmation, which the audit event records; refuses a summary too short', async () => {
    const head = await viewerOf(get(), 'thutruong.hoalu');
    const officer = await viewerOf(get(), 'canbo.hoalu');
    const draft = await draftOf('Hà Văn Bình');
    // Bình meets the first alternative; only his summary is shortened.
    const content = await loadNominationContent(get().db, draft.id);
    const figures = content.figures.map((f) => ({ indicatorId: f.indicatorId, year: f.year, target: f.target, result: f.result, changePct: f.changePct }));
    const short = await saveNominationDraft(contextOf(officer), { nominationId: draft.id, version: draft.version, achievementSummary: 'Ngắn quá.', figures, initiativeIds: content.initiatives.map((i) => i.id) });
    const before = await snapshot(get());
    expect(await refusal(takeSimpleAction(contextOf(head), { action: 'submit', nominationId: draft.id, version: short.version, idempotencyKey: randomUUID() }))).toBe('summary_too_short');
    expect(await snapshot(get())).toBe(before);

    // A person entered now has no titles on record: the check fails, but the empty dossier is named first.
    const { roundId, award, hoalu } = await ids();
    const fresh = await createNomination(contextOf(officer), {
      idempotencyKey: randomUUID(),
      roundId,
      awardTypeId: award('certificate_individual'),
      nominee: { kind: 'new_person', fullName: 'Nguyễn Văn Tiến', gender: 'male', birthYear: 1988, position: 'Công chức Văn hóa – Xã hội', unitId: hoalu },
      achievementSummary: 'Hoàn thành xuất sắc nhiệm vụ năm 2026; tổ chức tốt các hoạt động văn hóa sau sắp xếp.',
    });
    expect((await evaluateNomination(get().db, fresh.id))!.overall).toBe('fail');
    const [n] = await get().db.select({ version: nominations.version }).from(nominations).where(eq(nominations.id, fresh.id));
    const submit = { action: 'submit' as const, nominationId: fresh.id, version: n!.version };
    const firstTry = await refusal(takeSimpleAction(contextOf(head), { ...submit, idempotencyKey: randomUUID() }));
    // Missing documents are named before eligibility: the dossier must be complete first.
    expect(firstTry).toBe('documents_missing');
  });

  it('asks for the confirmation on a complete dossier that fails a check, and records it', async () => {
    const head = await viewerOf(get(), 'thutruong.hoalu');
    const officer = await viewerOf(get(), 'canbo.hoalu');
    // Minh Quang's dossier is complete; detach his initiatives again so that he fails.
    const draft = await draftOf('Tạ Minh Quang');
    const content = await loadNominationContent(get().db, draft.id);
    const figures = content.figures.map((f) => ({ indicatorId: f.indicatorId, year: f.year, target: f.target, result: f.result, changePct: f.changePct }));
    const saved = await saveNominationDraft(contextOf(officer), { nominationId: draft.id, version: draft.version, achievementSummary: draft.summary, figures, initiativeIds: [] });
    const before = await snapshot(get());
    const submit = { action: 'submit' as const, nominationId: draft.id, version: saved.version };
    expect(await refusal(takeSimpleAction(contextOf(head), { ...submit, idempotencyKey: randomUUID() }))).toBe('eligibility_unconfirmed');
    expect(await snapshot(get())).toBe(before);
    const result = await takeSimpleAction(contextOf(head), { ...submit, idempotencyKey: randomUUID(), acknowledgeIneligible: 'true' });
    expect(result.to).toBe('appraisal');
    const [event] = await get().db.select().from(auditEvents).where(and(eq(auditEvents.entityId, draft.id), eq(auditEvents.action, 'submit')));
    expect(event!.payload).toMatchObject({ eligibility: { overall: 'fail', confirmedDespiteFailures: true } });
    expect((event!.payload.eligibility as { failures: string[] }).failures.length).toBeGreaterThan(0);
    await verifyChain(get());
  });

  it('forwards a nomination that fails a check only with the appraiser’s written justification, which the event keeps', async () => {
    const appraiser = await viewerOf(get(), 'thamdinh');
    const [n] = await get()
      .db.select({ id: nominations.id, version: nominations.version })
      .from(nominations)
      .innerJoin(people, eq(people.id, nominations.nomineePersonId))
      .where(and(eq(people.fullName, 'Tạ Minh Quang'), eq(nominations.status, 'appraisal')));
    const forward = { action: 'forward' as const, nominationId: n!.id, version: n!.version };
    const before = await snapshot(get());
    expect(await refusal(takeSimpleAction(contextOf(appraiser), { ...forward, idempotencyKey: randomUUID() }))).toBe('eligibility_override_required');
    expect(await refusal(takeSimpleAction(contextOf(appraiser), { ...forward, idempotencyKey: randomUUID(), reason: 'Đủ.' }))).toBe('eligibility_override_required');
    expect(await snapshot(get())).toBe(before);
    const justification = 'Hai sáng kiến cấp cơ sở đã được công nhận ngày 18/11/2026, hồ sơ bổ sung kèm theo.';
    const result = await takeSimpleAction(contextOf(appraiser), { ...forward, idempotencyKey: randomUUID(), reason: justification });
    expect(result.to).toBe('council');
    const [event] = await get().db.select().from(auditEvents).where(and(eq(auditEvents.entityId, n!.id), eq(auditEvents.action, 'forward')));
    expect(event!.reason).toBe(justification);
    expect(event!.payload).toMatchObject({ eligibility: { overall: 'fail', overridden: true }, note: justification });
  });

  it('carries what changed since a return into the resubmission, for the reviewer', async () => {
    const head = await viewerOf(get(), 'thutruong.hoalu');
    const officer = await viewerOf(get(), 'canbo.hoalu');
    const appraiser = await viewerOf(get(), 'thamdinh');
    const draft = await draftOf('Đặng Thị Hải Yến');
    const submitted = await takeSimpleAction(contextOf(head), { action: 'submit', nominationId: draft.id, version: draft.version, idempotencyKey: randomUUID() });
    expect(submitted.to).toBe('appraisal');
    const returned = await takeSimpleAction(contextOf(appraiser), { action: 'return', nominationId: draft.id, version: submitted.version, idempotencyKey: randomUUID(), reason: 'Bổ sung số liệu năm 2026.' });
    const [indicator] = await get().db.select({ id: indicators.id }).from(indicators).where(eq(indicators.code, 'admin_on_time'));
    // As the server action receives it: through the form's schema, which reads the decimal commas.
    const saved = await saveNominationDraft(
      contextOf(officer),
      ZNominationUpdate.parse({
        nominationId: draft.id,
        version: returned.version,
        achievementSummary: draft.summary,
        figures: [{ indicatorId: indicator!.id, year: 2026, target: '95', result: '99,2', changePct: '3,1' }],
        initiativeIds: [],
      }),
    );
    expect(saved.changed).toEqual(['figures']);
    const resubmitted = await takeSimpleAction(contextOf(head), { action: 'resubmit', nominationId: draft.id, version: saved.version, idempotencyKey: randomUUID() });
    expect(resubmitted.to).toBe('appraisal');
    const [event] = await get().db.select().from(auditEvents).where(and(eq(auditEvents.entityId, draft.id), eq(auditEvents.action, 'resubmit')));
    expect(event!.payload).toMatchObject({ changes: { fields: ['figures'], documentsAdded: [], documentsRemoved: [] }, eligibility: { overall: 'pass' } });
    await verifyChain(get());
  });
}, (database) => seedDemo(database.db));
