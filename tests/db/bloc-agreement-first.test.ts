import { and, count, eq, inArray, isNull } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { setDatabaseForTests } from '@/db/client';
import { acceptAgreement, createAgreementVersion, getAgreementPage, loadCriteria, loadCurrentAgreement } from '@/db/queries/agreements';
import { blocLeadOf, loadBlocTerm } from '@/db/queries/bloc-access';
import { getBlocYear } from '@/db/queries/bloc-year';
import { agreements, auditEvents, blocTerms, blocs, roleAssignments, users } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import type { Viewer } from '@/lib/policy/viewer';
import { ZAgreementVersion, type AgreementVersionInput } from '@/lib/validation/bloc';
import { WorkflowError } from '@/lib/workflow/refusals';
import { describeEachDatabase } from './harness';
import { contextOf, verifyChain, viewerOf } from './workflow-helpers';

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof WorkflowError) return error.refusal;
    throw error;
  }
  throw new Error('expected a refusal');
}

const row = (over: Partial<AgreementVersionInput['criteria'][number]> = {}): AgreementVersionInput['criteria'][number] => ({
  groupTitleVi: 'Thực hiện nhiệm vụ chính trị',
  groupTitleEn: 'Political tasks',
  titleVi: 'Hoàn thành chỉ tiêu kinh tế – xã hội',
  titleEn: 'Socio-economic targets met',
  kind: 'criterion',
  maxPoints: '60',
  method: 'manual',
  indicatorId: null,
  linearFrom: null,
  linearTo: null,
  evidenceVi: 'Báo cáo tổng kết năm',
  evidenceEn: 'Year-end report',
  ...over,
});

describeEachDatabase(
  'the first agreement of a bloc-year, built from nothing',
  (get) => {
    let termId = 0;
    let lead: Viewer;
    let deputy: Viewer;
    let memberHead: Viewer;
    const db = () => get().db;
    const events = async () => (await db().select({ n: count() }).from(auditEvents).where(eq(auditEvents.action, 'create_agreement_version')))[0]!.n;

    beforeAll(async () => {
      setDatabaseForTests(get());
      // Cluster No. 2 has no agreement in 2026: the seed writes only Cluster No. 1's.
      const [term] = await db().select({ id: blocTerms.id }).from(blocTerms).innerJoin(blocs, eq(blocs.id, blocTerms.blocId)).where(and(eq(blocs.code, 'CUM-02'), eq(blocTerms.year, 2026)));
      termId = term!.id;
      const facts = (await loadBlocTerm(db(), termId))!;
      const leads = await db()
        .select({ username: users.username })
        .from(roleAssignments)
        .innerJoin(users, eq(users.id, roleAssignments.userId))
        .where(and(eq(roleAssignments.role, 'bloc_lead'), eq(roleAssignments.scopeBlocTermId, termId)));
      for (const { username } of leads) {
        const viewer = await viewerOf(get(), username);
        const as = blocLeadOf(viewer, facts)?.kind;
        if (as === 'head') lead = viewer;
        if (as === 'deputy') deputy = viewer;
      }
      const others = facts.memberUnitIds.filter((u) => u !== facts.headUnitId && u !== facts.deputyUnitId);
      const [head] = await db()
        .select({ username: users.username })
        .from(roleAssignments)
        .innerJoin(users, eq(users.id, roleAssignments.userId))
        .where(and(eq(roleAssignments.role, 'unit_head'), isNull(roleAssignments.validTo), inArray(roleAssignments.scopeUnitId, others), eq(users.active, true)))
        .limit(1);
      memberHead = await viewerOf(get(), head!.username);
    });

    const input = (criteria = [row(), row({ titleVi: 'Công tác thi đua, khen thưởng', titleEn: 'Emulation work', maxPoints: '40' }), row({ groupTitleVi: 'Điểm thưởng', groupTitleEn: 'Bonus', titleVi: 'Sáng kiến tiêu biểu', titleEn: 'Notable initiative', kind: 'bonus', maxPoints: '5' })]): AgreementVersionInput => ({
      termId,
      titleVi: 'Giao ước thi đua năm 2026 – Cụm thi đua số 2',
      titleEn: '2026 emulation agreement – Cluster No. 2',
      changeNote: 'Ký kết đầu năm',
      criteria,
    });

    it('shows the empty state: the head’s lead may build it, members are told none exists yet', async () => {
      expect(lead).toBeDefined();
      expect(deputy).toBeDefined();
      expect(await loadCurrentAgreement(db(), termId)).toBeNull();
      const asLead = (await getAgreementPage(lead, termId))!;
      expect(asLead.current).toBeNull();
      expect(asLead.canCreateVersion).toBe(true);
      expect(asLead.viewerAs).toBe('head');
      const asMember = (await getAgreementPage(memberHead, termId))!;
      expect(asMember.current).toBeNull();
      expect(asMember.canCreateVersion).toBe(false);
      expect(asMember.viewerAs).toBe('member');
      expect((await getAgreementPage(deputy, termId))!.canCreateVersion).toBe(false);
      expect((await getBlocYear(lead, termId))?.agreement).toBeNull();
    });

    it('refuses the deputy, a member and an empty table', async () => {
      const before = await events();
      expect(await refusal(createAgreementVersion(contextOf(deputy), input()))).toBe('role_not_permitted');
      expect(await refusal(createAgreementVersion(contextOf(memberHead), input()))).toBe('role_not_permitted');
      // The form's schema refuses an empty table, and a table of bonus rows only …
      expect(ZAgreementVersion.safeParse({ ...input([]), basedOnId: null }).success).toBe(false);
      expect(ZAgreementVersion.safeParse({ ...input([row({ kind: 'bonus' })]) }).success).toBe(false);
      // … and so does the data access layer, whoever calls it.
      expect(await refusal(createAgreementVersion(contextOf(lead), input([])))).toBe('invalid_input');
      expect(await refusal(createAgreementVersion(contextOf(lead), input([row({ kind: 'deduction' })])))).toBe('invalid_input');
      // A version to start from that is not this bloc-year's newest (there is none) is refused.
      expect(await refusal(createAgreementVersion(contextOf(lead), { ...input(), basedOnId: 999999 }))).toBe('no_agreement');
      expect(await events()).toBe(before);
      expect(await loadCurrentAgreement(db(), termId)).toBeNull();
    });

    it('lets the head’s lead build version 1 (audited); a member head then accepts it', async () => {
      const before = await events();
      const parsed = ZAgreementVersion.parse({ ...input(), termId: String(termId), basedOnId: null, criteria: input().criteria.map((c) => ({ ...c, indicatorId: '', linearFrom: '', linearTo: '' })) });
      const created = await createAgreementVersion(contextOf(lead), parsed);
      expect(created).toMatchObject({ version: 1, totalPoints: 100 });
      const [stored] = await db().select().from(agreements).where(eq(agreements.id, created.agreementId));
      expect(stored).toMatchObject({ blocTermId: termId, version: 1, supersedesId: null, changeNote: 'Ký kết đầu năm', createdBy: lead.id });
      const criteria = await loadCriteria(db(), created.agreementId);
      expect(criteria.map((c) => [c.groupPosition, c.position, c.kind])).toEqual([
        [1, 1, 'criterion'],
        [1, 2, 'criterion'],
        [2, 1, 'bonus'],
      ]);
      expect(await events()).toBe(before + 1);
      const [event] = await db().select().from(auditEvents).where(and(eq(auditEvents.action, 'create_agreement_version'), eq(auditEvents.entityId, created.agreementId)));
      expect(event).toMatchObject({ actorUserId: lead.id, reason: 'Ký kết đầu năm' });
      expect(event!.payload).toMatchObject({ blocTermId: termId, version: 1, supersedesId: null, criteria: 3, scoresCarried: 0 });

      // A second "first version" (a stale form) is a conflict; the next version builds on version 1.
      expect(await refusal(createAgreementVersion(contextOf(lead), input()))).toBe('conflict');

      const page = (await getAgreementPage(memberHead, termId))!;
      expect(page.current?.version).toBe(1);
      expect(page.acceptAs).toMatchObject({ accepted: false });
      await expect(acceptAgreement(contextOf(memberHead), { termId, agreementId: created.agreementId })).resolves.toMatchObject({ agreementId: created.agreementId });
      expect((await getAgreementPage(memberHead, termId))!.acceptAs).toMatchObject({ accepted: true });
      expect((await getBlocYear(lead, termId))?.agreement?.acceptances).toHaveLength(1);
      await verifyChain(get());
    });
  },
  (database) => seedDemo(database.db),
);
