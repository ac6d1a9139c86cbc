import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { afterEach, beforeAll, expect, it, vi } from 'vitest';
import { setDatabaseForTests, type Database } from '@/db/client';
import { getAppraisalClock, getAppraisalOverview, listAppraisalQueue, type AppraisalQueueRow } from '@/db/queries/appraisal-queue';
import { evaluateNomination } from '@/db/queries/eligibility';
import { evaluateNominations } from '@/db/queries/eligibility-batch';
import { getAppraisalHome } from '@/db/queries/home-province';
import { takeSimpleAction } from '@/db/queries/workflow/actions';
import { auditEvents, blocs, holidays, nominations, rounds, units } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { summarizeEligibility } from '@/lib/rules/eligibility-summary';
import { parseAppraisalQueueQuery, type AppraisalQueueQuery } from '@/lib/validation/appraisal-queue';
import { ZSimpleAction } from '@/lib/validation/workflow';
import { describeEachDatabase } from './harness';
import { contextOf, nominationByReference, snapshot, viewerOf } from './workflow-helpers';

const query = (params: Record<string, string> = {}): AppraisalQueueQuery => parseAppraisalQueueQuery(params);
const names = (rows: AppraisalQueueRow[]) => rows.map((r) => r.nomineeVi);

// Tết 2027 as the demo calendar has it: the working days off (the weekend between needs no row).
const TET_2027 = ['2027-02-04', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10'];

/** The seeded nomination of `nominee` in the 2026 round. */
async function nominationOf(database: Database, nominee: string) {
  const queue = await listAppraisalQueue(await viewerOf(database, 'thamdinh'), query({ q: nominee }));
  const row = queue?.rows[0] ?? (await listAppraisalQueue(await viewerOf(database, 'thamdinh'), query({ q: nominee, status: 'on_hold' })))?.rows[0];
  if (!row) throw new Error(`${nominee} is not in the queue`);
  return nominationByReference(database, row.reference);
}

describeEachDatabase(
  'the appraisal queue',
  (get) => {
    beforeAll(() => setDatabaseForTests(get()));
    afterEach(() => vi.unstubAllEnvs());

    it('lists the province’s nominations in appraisal by working days left, least first', async () => {
      const appraiser = await viewerOf(get(), 'thamdinh');
      const queue = await listAppraisalQueue(appraiser, query());
      expect(queue).not.toBeNull();
      const rows = queue!.rows;
      expect(rows.every((r) => r.status === 'appraisal')).toBe(true);
      expect(names(rows)).toEqual(expect.arrayContaining(['Trần Văn Biển', 'Vũ Đức Anh', 'Lương Thị Ngọc Ánh', 'Sở Văn hóa, Thể thao và Du lịch']));
      const left = rows.map((r) => r.workingDaysLeft!);
      expect(left).toEqual([...left].sort((a, b) => a - b));
      // Received Monday 9 November 2026: 13 of its 25 working days have run on the demo day.
      const bien = rows.find((r) => r.nomineeVi === 'Trần Văn Biển')!;
      expect(bien).toMatchObject({ receivedOn: '2026-11-09', dueOn: '2026-12-14', workingDaysLeft: 12, returnedOnce: false, hold: null });
      expect(queue!.counts).toEqual({ appraisal: rows.length, on_hold: 2 });
      expect(queue!.workingDays).toBe(25);
      // Only the fields the queue shows.
      expect(Object.keys(bien).sort()).toEqual(
        ['id', 'reference', 'status', 'nomineeVi', 'nomineeEn', 'awardVi', 'awardEn', 'proposingUnitVi', 'proposingUnitEn', 'roundVi', 'roundEn', 'receivedOn', 'dueOn', 'workingDaysLeft', 'returnedOnce', 'hold', 'eligibility'].sort(),
      );

      const reversed = await listAppraisalQueue(appraiser, query({ dir: 'desc' }));
      expect(reversed!.rows.map((r) => r.workingDaysLeft)).toEqual([...left].reverse());
      const byReceipt = await listAppraisalQueue(appraiser, query({ sort: 'received' }));
      const received = byReceipt!.rows.map((r) => r.receivedOn!);
      expect(received).toEqual([...received].sort());
      const byAward = await listAppraisalQueue(appraiser, query({ sort: 'award', dir: 'desc' }));
      const awards = byAward!.rows.map((r) => r.awardVi);
      expect(awards).toEqual([...awards].sort().reverse());
    });

    it('summarises each row’s eligibility from one batch, as the nomination’s page evaluates it', async () => {
      const rows = (await listAppraisalQueue(await viewerOf(get(), 'thamdinh'), query()))!.rows;
      for (const row of rows) {
        const single = await evaluateNomination(get().db, row.id);
        expect(row.eligibility, row.nomineeVi).toEqual(summarizeEligibility(single!));
      }
      // Đỗ Văn Long lacks the titles and the initiatives; the department's collective waits for the appraiser.
      expect(rows.find((r) => r.nomineeVi === 'Đỗ Văn Long')!.eligibility).toMatchObject({ result: 'fail' });
      expect(rows.find((r) => r.nomineeVi === 'Sở Văn hóa, Thể thao và Du lịch')!.eligibility).toMatchObject({ result: 'to_confirm', failed: 0 });
      expect(rows.find((r) => r.nomineeVi === 'Trần Văn Biển')!.eligibility).toEqual({ result: 'pass', failed: 0, waiting: 0 });
    });

    it('evaluates every nomination of the demo in a batch exactly as one at a time', async () => {
      const all = await get().db.select({ id: nominations.id }).from(nominations).orderBy(asc(nominations.id));
      const batch = await evaluateNominations(
        get().db,
        all.map((n) => n.id),
      );
      expect(batch.size).toBe(all.length);
      for (const { id } of all) expect(batch.get(id), `nomination ${id}`).toEqual(await evaluateNomination(get().db, id));
    });

    it('filters by award, round, bloc, proposing unit, name and overdue, and keeps the filters apart from the status counts', async () => {
      const appraiser = await viewerOf(get(), 'thamdinh');
      const collective = await listAppraisalQueue(appraiser, query({ award: 'excellent_collective' }));
      expect(names(collective!.rows)).toEqual(['Sở Văn hóa, Thể thao và Du lịch']);
      expect(collective!.counts).toEqual({ appraisal: 1, on_hold: 0 });

      const individual = await listAppraisalQueue(appraiser, query({ award: 'certificate_individual' }));
      expect(individual!.rows.every((r) => r.awardVi.includes('cá nhân'))).toBe(true);
      expect(names(individual!.rows)).toContain('Trần Văn Biển');
      expect(individual!.options.awards.map((a) => a.value)).toEqual(expect.arrayContaining(['certificate_individual', 'certificate_collective', 'excellent_collective']));

      const [round2025] = await get().db.select({ id: rounds.id }).from(rounds).where(and(eq(rounds.year, 2025), eq(rounds.kind, 'year_end')));
      expect((await listAppraisalQueue(appraiser, query({ round: String(round2025!.id) })))!.rows).toEqual([]);

      const [departments] = await get().db.select({ id: blocs.id }).from(blocs).where(eq(blocs.code, 'KHOI-SO'));
      const ofDepartments = await listAppraisalQueue(appraiser, query({ bloc: String(departments!.id) }));
      expect(names(ofDepartments!.rows).sort()).toEqual(['Lương Thị Ngọc Ánh', 'Sở Văn hóa, Thể thao và Du lịch']);
      expect(ofDepartments!.counts.on_hold).toBe(1);
      const [cluster3] = await get().db.select({ id: blocs.id }).from(blocs).where(eq(blocs.code, 'CUM-03'));
      expect(names((await listAppraisalQueue(appraiser, query({ bloc: String(cluster3!.id) })))!.rows)).toEqual(['Trần Văn Biển']);

      const [kimSon] = await get().db.select({ id: units.id }).from(units).where(eq(units.code, 'X-KIMSON'));
      expect(names((await listAppraisalQueue(appraiser, query({ unit: String(kimSon!.id) })))!.rows)).toEqual(['Trần Văn Biển']);

      expect(names((await listAppraisalQueue(appraiser, query({ q: 'Biển' })))!.rows)).toEqual(['Trần Văn Biển']);
      expect(names((await listAppraisalQueue(appraiser, query({ q: 'vũ đức' })))!.rows)).toEqual(['Vũ Đức Anh']);
      // Wildcards are what they say, not "anything".
      expect((await listAppraisalQueue(appraiser, query({ q: '%' })))!.rows).toEqual([]);

      // Nothing is overdue on the demo day; four weeks later everything received before then is.
      expect((await listAppraisalQueue(appraiser, query({ overdue: '1' })))!.rows).toEqual([]);
      vi.stubEnv('LAUREL_TODAY', '2027-01-20');
      const late = await listAppraisalQueue(appraiser, query({ overdue: '1' }));
      expect(late!.rows.length).toBeGreaterThan(0);
      expect(late!.rows.every((r) => r.workingDaysLeft! < 0)).toBe(true);
      const everything = await listAppraisalQueue(appraiser, query());
      expect(late!.rows.map((r) => r.id)).toEqual(everything!.rows.filter((r) => r.workingDaysLeft! < 0).map((r) => r.id));
    });

    it('counts working days across Tết: a dossier received before Tết has its deadline pushed back by the days off', async () => {
      // The demo calendar has Tết 2027; the test does not rely on it.
      await get()
        .db.insert(holidays)
        .values(TET_2027.map((day) => ({ day, nameVi: 'Tết Nguyên đán', nameEn: 'Lunar New Year (Tết)' })))
        .onConflictDoNothing();
      const appraiser = await viewerOf(get(), 'thamdinh');
      const bien = await nominationOf(get(), 'Trần Văn Biển');
      const ducAnh = await nominationOf(get(), 'Vũ Đức Anh');
      const ngocAnh = await nominationOf(get(), 'Lương Thị Ngọc Ánh');
      // Received on Wednesday 20 January 2027 at 10:00 in Hà Nội; the others just before and after,
      // on either side of the overdue line on 3 March.
      await get().db.update(nominations).set({ appraisalStartedAt: new Date('2027-01-20T10:00:00+07:00') }).where(eq(nominations.id, bien.id));
      await get().db.update(nominations).set({ appraisalStartedAt: new Date('2027-01-19T08:00:00+07:00') }).where(eq(nominations.id, ducAnh.id));
      await get().db.update(nominations).set({ appraisalStartedAt: new Date('2027-01-25T06:30:00+07:00') }).where(eq(nominations.id, ngocAnh.id));

      // 15 February 2027, after Tết: 13 working days have run, not 18; 12 are left, not 7, and the
      // deadline moves from 24 February to 3 March.
      vi.stubEnv('LAUREL_TODAY', '2027-02-15');
      let rows = (await listAppraisalQueue(appraiser, query()))!.rows;
      expect(rows.find((r) => r.id === bien.id)).toMatchObject({ receivedOn: '2027-01-20', dueOn: '2027-03-03', workingDaysLeft: 12 });
      expect(rows.find((r) => r.id === ngocAnh.id)).toMatchObject({ receivedOn: '2027-01-25', dueOn: '2027-03-08', workingDaysLeft: 15 });
      const clock = await getAppraisalClock(appraiser, bien.id);
      expect(clock).toMatchObject({ receivedOn: '2027-01-20', dueOn: '2027-03-03', workingDaysLeft: 12, workingDays: 25, hold: null });

      // On 3 March: Biển is due (0), Đức Anh (received a day earlier) is a working day overdue, and the
      // database's own count, which orders and filters the queue, agrees at that line.
      vi.stubEnv('LAUREL_TODAY', '2027-03-03');
      rows = (await listAppraisalQueue(appraiser, query()))!.rows;
      expect(rows.find((r) => r.id === bien.id)!.workingDaysLeft).toBe(0);
      expect(rows.find((r) => r.id === ducAnh.id)).toMatchObject({ dueOn: '2027-03-02', workingDaysLeft: -1 });
      const left = rows.map((r) => r.workingDaysLeft!);
      expect(left).toEqual([...left].sort((a, b) => a - b));
      const overdue = (await listAppraisalQueue(appraiser, query({ overdue: '1' })))!.rows.map((r) => r.id);
      expect(overdue).toContain(ducAnh.id);
      expect(overdue).not.toContain(bien.id);
      expect(overdue).not.toContain(ngocAnh.id);

      // One day of Tết fewer in the calendar, and the deadline comes a working day earlier.
      await get().db.delete(holidays).where(eq(holidays.day, '2027-02-04'));
      vi.stubEnv('LAUREL_TODAY', '2027-02-15');
      rows = (await listAppraisalQueue(appraiser, query()))!.rows;
      expect(rows.find((r) => r.id === bien.id)).toMatchObject({ dueOn: '2027-03-02', workingDaysLeft: 11 });
      await get().db.insert(holidays).values({ day: '2027-02-04', nameVi: 'Tết Nguyên đán', nameEn: 'Lunar New Year (Tết)' });
    });

    it('is the province appraiser’s alone: unit staff, the council’s secretary and the approver get none', async () => {
      const bien = await nominationOf(get(), 'Trần Văn Biển');
      for (const username of ['canbo.hoalu', 'thutruong.hoalu', 'thutruong.phuly', 'thuky.hoidong', 'chutich']) {
        const viewer = await viewerOf(get(), username);
        expect(await listAppraisalQueue(viewer, query()), username).toBeNull();
        expect(await listAppraisalQueue(viewer, query({ status: 'on_hold' })), username).toBeNull();
        expect(await getAppraisalClock(viewer, bien.id), username).toBeNull();
        for (const grant of viewer.grants) {
          expect(await getAppraisalOverview(grant), username).toBeNull();
          expect(await getAppraisalHome(grant), username).toBeNull();
        }
      }
      const appraiser = await viewerOf(get(), 'thamdinh');
      expect(await getAppraisalClock(appraiser, bien.id)).not.toBeNull();
      // Not in appraisal or on hold: the usual page, no clock.
      const [approved] = await get().db.select({ id: nominations.id }).from(nominations).where(eq(nominations.status, 'approved')).limit(1);
      expect(await getAppraisalClock(appraiser, approved!.id)).toBeNull();
    });

    it('shows the appraiser’s home: the queue by time left, the items on hold and the counts', async () => {
      const appraiser = await viewerOf(get(), 'thamdinh');
      const home = await getAppraisalHome(appraiser.grants.find((g) => g.role === 'appraiser')!);
      expect(home).not.toBeNull();
      const left = home!.dueFirst.map((r) => r.workingDaysLeft!);
      expect(left).toEqual([...left].sort((a, b) => a - b));
      expect(home!.onHold.map((r) => r.nomineeVi).sort()).toEqual(['Nguyễn Đức Mạnh', 'Sở Công Thương']);
      expect(home!.counts).toMatchObject({ onHold: 2, overdue: 0 });
      expect(home!.counts.publicNotice).toBeGreaterThan(0);
    });

    it('holds with a reason kind, shows it in the queue, and releases to where it was held from', async () => {
      const appraiser = await viewerOf(get(), 'thamdinh');
      const item = await nominationOf(get(), 'Vũ Đức Anh');
      // The form must name the kind of a hold, and only of a hold.
      const form = { nominationId: item.id, version: item.version, idempotencyKey: randomUUID(), reason: 'Có đơn khiếu nại' };
      expect(ZSimpleAction.safeParse({ ...form, action: 'hold' }).success).toBe(false);
      expect(ZSimpleAction.safeParse({ ...form, action: 'forward', holdKind: 'complaint' }).success).toBe(false);
      expect(ZSimpleAction.safeParse({ ...form, action: 'hold', holdKind: 'rumour' }).success).toBe(false);
      const parsed = ZSimpleAction.parse({ ...form, action: 'hold', holdKind: 'complaint', reason: 'Đơn khiếu nại ngày 20/11/2026 đang được xác minh.' });

      const held = await takeSimpleAction(contextOf(appraiser, parsed.idempotencyKey), parsed);
      expect(held).toMatchObject({ from: 'appraisal', to: 'on_hold' });
      const [event] = await get()
        .db.select()
        .from(auditEvents)
        .where(and(eq(auditEvents.entityKind, 'nomination'), eq(auditEvents.entityId, item.id), eq(auditEvents.action, 'hold')));
      expect(event).toMatchObject({ reason: 'Đơn khiếu nại ngày 20/11/2026 đang được xác minh.', role: 'appraiser', toStatus: 'on_hold' });
      expect(event!.payload).toMatchObject({ holdKind: 'complaint' });

      const onHold = await listAppraisalQueue(appraiser, query({ status: 'on_hold' }));
      const row = onHold!.rows.find((r) => r.id === item.id);
      expect(row).toMatchObject({ status: 'on_hold', hold: { from: 'appraisal', kind: 'complaint', reason: 'Đơn khiếu nại ngày 20/11/2026 đang được xác minh.' } });
      // Held from appraisal, its clock still shows; the seeded hold from the council has none.
      expect(row!.workingDaysLeft).not.toBeNull();
      expect(onHold!.rows.find((r) => r.nomineeVi === 'Sở Công Thương')).toMatchObject({ hold: { from: 'council', kind: null }, workingDaysLeft: null });
      expect((await getAppraisalClock(appraiser, item.id))!.hold).toMatchObject({ kind: 'complaint', from: 'appraisal' });
      expect((await listAppraisalQueue(appraiser, query()))!.rows.map((r) => r.id)).not.toContain(item.id);

      // A release without a reason is refused and changes nothing.
      const before = await snapshot(get());
      await expect(takeSimpleAction(contextOf(appraiser), { action: 'release', nominationId: item.id, version: held.version, idempotencyKey: randomUUID() })).rejects.toMatchObject({ refusal: 'reason_required' });
      expect(await snapshot(get())).toBe(before);

      const released = await takeSimpleAction(contextOf(appraiser), { action: 'release', nominationId: item.id, version: held.version, reason: 'Đã xác minh: khiếu nại không có cơ sở.', idempotencyKey: randomUUID() });
      expect(released).toMatchObject({ from: 'on_hold', to: 'appraisal' });
      const [after] = await get().db.select({ status: nominations.status, heldFrom: nominations.heldFrom }).from(nominations).where(eq(nominations.id, item.id));
      expect(after).toEqual({ status: 'appraisal', heldFrom: null });
      expect((await listAppraisalQueue(appraiser, query()))!.rows.map((r) => r.id)).toContain(item.id);

      // Held from the council, released back to the council.
      const inCouncil = await nominationByReference(get(), (await get().db.select({ reference: nominations.reference }).from(nominations).where(eq(nominations.status, 'council')).limit(1))[0]!.reference);
      const councilHold = await takeSimpleAction(contextOf(appraiser), { action: 'hold', holdKind: 'inspection', nominationId: inCouncil.id, version: inCouncil.version, reason: 'Đơn vị đang được thanh tra.', idempotencyKey: randomUUID() });
      const back = await takeSimpleAction(contextOf(appraiser), { action: 'release', nominationId: inCouncil.id, version: councilHold.version, reason: 'Kết luận thanh tra không vi phạm.', idempotencyKey: randomUUID() });
      expect(back).toMatchObject({ from: 'on_hold', to: 'council' });
    });

    it('refuses a second return by the province, whatever the page offered, and changes nothing', async () => {
      const appraiser = await viewerOf(get(), 'thamdinh');
      const item = await nominationOf(get(), 'Lương Thị Ngọc Ánh');
      await get().db.update(nominations).set({ provinceReturnCount: 1 }).where(eq(nominations.id, item.id));
      const before = await snapshot(get());
      await expect(
        takeSimpleAction(contextOf(appraiser), { action: 'return', nominationId: item.id, version: item.version, reason: 'Bổ sung lần hai', idempotencyKey: randomUUID() }),
      ).rejects.toMatchObject({ refusal: 'returned_once_already' });
      expect(await snapshot(get())).toBe(before);
      const row = (await listAppraisalQueue(appraiser, query({ q: 'Ngọc Ánh' })))!.rows[0];
      expect(row).toMatchObject({ returnedOnce: true });
      expect((await getAppraisalClock(appraiser, item.id))!.returnedOnce).toBe(true);
    });
  },
  (database) => seedDemo(database.db),
);
