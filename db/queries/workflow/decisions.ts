import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { and, asc, desc, eq, inArray, lte, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { canonicalJson } from '@/lib/audit/canonical';
import { renderDecisionPdf, type DecisionFacts } from '@/lib/documents/decision-document';
import { verificationUrl } from '@/lib/documents/qr';
import type { NominationStatus, NomineeKind, ReviewBody } from '@/lib/domain/constants';
import type { RoleGrant, Viewer } from '@/lib/policy/viewer';
import { legalBasisLines, type DecisionDiscardInput, type DecisionDraftInput, type DecisionHeaderUpdateInput, type DecisionInput, type DecisionIssueInput, type DecisionItemDeclineInput, type DecisionItemRemovalInput } from '@/lib/validation/decision';
import { WorkflowError } from '@/lib/workflow/refusals';
import { actorFields, appendAuditEvent } from '../../audit-append';
import { getDb, type Db, type Tx } from '../../client';
import { awardHistory, awardTypes, baseSalaries, decisionItems, decisionRecipients, decisions, households, nominations, people, rounds, units } from '../../schema';
import { blobWrite } from '../../storage/blob-store';
import { documentFonts } from '../document-fonts';
import {
  applyTransition,
  claimIdempotencyKey,
  prepareOrReplay,
  prepareTransition,
  runTransition,
  storeIdempotentResult,
  type ActionContext,
  type Prepared,
  type TransitionResult,
} from './run-transition';

// The Chairman's decision (domain.md §6): the approver drafts it from nominations awaiting one,
// edits its header, removes or declines items, previews it, and issues it. Issuing approves every item
// in one transaction, fixes each recipient's golden-book number and prize (coefficient × the base
// salary in force on the decision date × the household multiplier), enters the awards in the history,
// and stores the decision's PDF, as rendered from the very rows it records, with its SHA-256.

export interface DecisionResult {
  decisionId: number;
  number: string;
  approved: TransitionResult[];
}

/** Crockford-style code without look-alike characters, printed on the decision and certificates. */
export function verificationCode(): string {
  const alphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
  return [...randomBytes(12)].map((b) => alphabet[b % alphabet.length]).join('').replace(/(.{4})(?=.)/g, '$1-');
}

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } };
  return e?.code === '23505' || e?.cause?.code === '23505';
}

// Any fixed number: drafting takes this transaction-scoped lock per province, so that two drafts
// started at once cannot both take the same nomination.
const DECISION_DRAFT_LOCK = 5_120_611;

// ── Who may read and act ─────────────────────────────────────────────────────────────────────────

const READER_ROLES = ['approver', 'auditor', 'appraiser'] as const;

/** The grant under which `viewer` may read the decisions of the province `issuerUnitId`. */
export function decisionReadGrant(viewer: Viewer, issuerUnitId: number): RoleGrant | null {
  return viewer.grants.find((g) => (READER_ROLES as readonly string[]).includes(g.role) && g.scopeKind === 'province' && g.unitId === issuerUnitId) ?? null;
}

/** The grant under which `viewer` drafts and issues the decisions of the province `issuerUnitId`. */
export function decisionApproverGrant(viewer: Viewer, issuerUnitId: number): RoleGrant | null {
  return viewer.grants.find((g) => g.role === 'approver' && g.scopeKind === 'province' && g.unitId === issuerUnitId) ?? null;
}

/** Loads the decision under a row lock and checks that the viewer may change it: a reader who is no
 * approver is told so; anybody else learns nothing (missing and forbidden look the same). */
async function lockDraftForApprover(tx: Tx, viewer: Viewer, decisionId: number) {
  const [d] = await tx.select().from(decisions).where(eq(decisions.id, decisionId)).for('update');
  if (!d) throw new WorkflowError('not_found');
  const grant = decisionApproverGrant(viewer, d.issuerUnitId);
  if (!grant) {
    if (decisionReadGrant(viewer, d.issuerUnitId)) throw new WorkflowError('role_not_permitted', { roles: 'approver' });
    throw new WorkflowError('not_found');
  }
  if (d.state !== 'draft') throw new WorkflowError('decision_not_draft', { number: d.number });
  return { d, grant };
}

// ── What a decision says: its items, names and prizes ────────────────────────────────────────────

export interface DecisionHeader {
  number: string;
  signedOn: string;
  signerName: string;
  signerTitleVi: string;
  signerTitleEn: string;
  legalBases: string;
}

export interface DecisionItem {
  nominationId: number;
  reference: string;
  status: NominationStatus;
  version: number;
  /** 1…n in golden-book order: the golden-book number the recipient receives when the decision is issued. */
  goldenBookNo: number;
  kind: NomineeKind;
  nameVi: string;
  nameEn: string;
  gender: 'female' | 'male' | null;
  detailVi: string;
  detailEn: string;
  awardTypeId: number;
  awardCode: string;
  awardVi: string;
  awardEn: string;
  reviewBody: ReviewBody;
  coefficient: string;
  /** The multiple applied to the individual amount: the household multiplier for households, else 1. */
  multiplier: number;
  year: number;
  /** Null when no base salary is in force on the decision date. */
  prizeVnd: number | null;
}

export interface DecisionContent {
  header: DecisionHeader;
  provinceVi: string;
  provinceEn: string;
  baseSalary: { amountVnd: number; effectiveFrom: string; legalBasis: string } | null;
  items: DecisionItem[];
}

const nomineeUnit = alias(units, 'nominee_unit');
const nomineeParent = alias(units, 'nominee_parent');
const personUnit = alias(units, 'person_unit');

const KIND_ORDER: Record<NomineeKind, number> = { unit: 0, person: 1, household: 2 };

/** The base salary in force on `day` (domain.md §4: prizes are computed on the decision date). */
export async function baseSalaryOn(db: Db | Tx, day: string): Promise<DecisionContent['baseSalary']> {
  const [salary] = await db
    .select({ amountVnd: baseSalaries.amountVnd, effectiveFrom: baseSalaries.effectiveFrom, legalBasis: baseSalaries.legalBasis })
    .from(baseSalaries)
    .where(lte(baseSalaries.effectiveFrom, day))
    .orderBy(desc(baseSalaries.effectiveFrom))
    .limit(1);
  return salary ?? null;
}

/** The items of `nominationIds`, with what the decision and its list print about each; in
 * golden-book order: by award, collectives before individuals before households, then by reference. */
async function loadItems(db: Db | Tx, nominationIds: number[], salary: number | null): Promise<DecisionItem[]> {
  if (nominationIds.length === 0) return [];
  const rows = await db
    .select({
      nominationId: nominations.id,
      reference: nominations.reference,
      status: nominations.status,
      version: nominations.version,
      kind: nominations.nomineeKind,
      unitVi: nomineeUnit.nameVi,
      unitEn: nomineeUnit.nameEn,
      parentVi: nomineeParent.nameVi,
      parentEn: nomineeParent.nameEn,
      personName: people.fullName,
      gender: people.gender,
      position: people.position,
      personUnitVi: personUnit.nameVi,
      personUnitEn: personUnit.nameEn,
      householdHead: households.headName,
      householdAddress: households.address,
      awardTypeId: awardTypes.id,
      awardCode: awardTypes.code,
      awardVi: awardTypes.nameVi,
      awardEn: awardTypes.nameEn,
      reviewBody: awardTypes.reviewBody,
      coefficient: awardTypes.prizeCoefficient,
      householdMultiplier: awardTypes.householdMultiplier,
      year: rounds.year,
    })
    .from(nominations)
    .innerJoin(awardTypes, eq(awardTypes.id, nominations.awardTypeId))
    .innerJoin(rounds, eq(rounds.id, nominations.roundId))
    .leftJoin(nomineeUnit, eq(nomineeUnit.id, nominations.nomineeUnitId))
    .leftJoin(nomineeParent, eq(nomineeParent.id, nomineeUnit.parentId))
    .leftJoin(people, eq(people.id, nominations.nomineePersonId))
    .leftJoin(personUnit, eq(personUnit.id, people.unitId))
    .leftJoin(households, eq(households.id, nominations.nomineeHouseholdId))
    .where(inArray(nominations.id, nominationIds));
  return rows.map((r) => {
    const multiplier = r.kind === 'household' ? Number(r.householdMultiplier) : 1;
    const names =
      r.kind === 'unit'
        ? { nameVi: r.unitVi ?? '', nameEn: r.unitEn ?? '', detailVi: r.parentVi ?? '', detailEn: r.parentEn ?? '' }
        : r.kind === 'person'
          ? { nameVi: r.personName ?? '', nameEn: r.personName ?? '', detailVi: r.position ?? r.personUnitVi ?? '', detailEn: r.position ?? r.personUnitEn ?? '' }
          : { nameVi: `Hộ ông/bà ${r.householdHead ?? ''}`, nameEn: `Household of ${r.householdHead ?? ''}`, detailVi: r.householdAddress ?? '', detailEn: r.householdAddress ?? '' };
    return {
      nominationId: r.nominationId,
      reference: r.reference,
      status: r.status,
      version: r.version,
      goldenBookNo: 0,
      kind: r.kind,
      ...names,
      gender: r.kind === 'person' ? r.gender : null,
      awardTypeId: r.awardTypeId,
      awardCode: r.awardCode,
      awardVi: r.awardVi,
      awardEn: r.awardEn,
      reviewBody: r.reviewBody,
      coefficient: r.coefficient,
      multiplier,
      year: r.year,
      prizeVnd: salary === null ? null : Math.round(Number(r.coefficient) * salary * multiplier),
    };
  });
}

function numbered(items: DecisionItem[]): DecisionItem[] {
  return items.map((item, i) => ({ ...item, goldenBookNo: i + 1 }));
}

function goldenBookOrder(items: DecisionItem[]): DecisionItem[] {
  return numbered([...items].sort((a, b) => a.awardTypeId - b.awardTypeId || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.reference.localeCompare(b.reference)));
}

async function provinceNames(db: Db | Tx, unitId: number): Promise<{ vi: string; en: string }> {
  const [u] = await db.select({ vi: units.nameVi, en: units.nameEn }).from(units).where(eq(units.id, unitId));
  return { vi: u?.vi ?? '', en: u?.en ?? '' };
}

async function contentOf(db: Db | Tx, header: DecisionHeader, issuerUnitId: number, order: (items: DecisionItem[]) => DecisionItem[], nominationIds: number[]): Promise<DecisionContent> {
  const baseSalary = await baseSalaryOn(db, header.signedOn);
  const province = await provinceNames(db, issuerUnitId);
  const items = order(await loadItems(db, nominationIds, baseSalary?.amountVnd ?? null));
  return { header, provinceVi: province.vi, provinceEn: province.en, baseSalary, items };
}

function headerOf(d: typeof decisions.$inferSelect): DecisionHeader {
  return { number: d.number, signedOn: d.signedOn ?? '', signerName: d.signerName, signerTitleVi: d.signerTitleVi, signerTitleEn: d.signerTitleEn, legalBases: d.legalBases };
}

/** What a draft says now: its header and its items in their stored (golden-book) order, with the
 * prizes at the base salary in force on its date. */
export async function loadDraftContent(db: Db | Tx, d: typeof decisions.$inferSelect): Promise<DecisionContent> {
  const stored = await db.select({ nominationId: decisionItems.nominationId }).from(decisionItems).where(eq(decisionItems.decisionId, d.id)).orderBy(asc(decisionItems.position));
  const position = new Map(stored.map((s, i) => [s.nominationId, i]));
  return contentOf(db, headerOf(d), d.issuerUnitId, (items) => numbered(items.sort((a, b) => position.get(a.nominationId)! - position.get(b.nominationId)!)), [...position.keys()]);
}

/** What a decision over `nominationIds` says with `d`'s header (an issued decision's recipients). */
export async function loadRecordedContent(db: Db | Tx, d: typeof decisions.$inferSelect, nominationIds: number[]): Promise<DecisionContent> {
  return contentOf(db, headerOf(d), d.issuerUnitId, numbered, nominationIds);
}

/** A fingerprint of everything the decision's document prints and its issue records. The page sends
 * back the one it showed; issuing compares it again inside the transaction, so that the stored PDF is
 * the document of the rows recorded, and the person confirmed what was issued. */
export function contentFingerprint(content: DecisionContent): string {
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

/** The facts the decision's PDF is rendered from. */
export function decisionFacts(content: DecisionContent, verification: { code: string } | null, draft: boolean): DecisionFacts {
  const households = content.items.filter((i) => i.kind === 'household');
  return {
    provinceName: content.provinceVi,
    number: content.header.number,
    signedOn: content.header.signedOn,
    signerName: content.header.signerName,
    signerTitle: content.header.signerTitleVi,
    legalBases: legalBasisLines(content.header.legalBases),
    baseSalary: { amountVnd: content.baseSalary?.amountVnd ?? 0, legalBasis: content.baseSalary?.legalBasis ?? '' },
    householdMultiplier: households[0]?.multiplier ?? null,
    recipients: content.items.map((i) => ({
      goldenBookNo: i.goldenBookNo,
      name: i.nameVi,
      kind: i.kind,
      detail: i.detailVi,
      awardCode: i.awardCode,
      awardName: i.awardVi,
      year: i.year,
      prizeVnd: i.prizeVnd ?? 0,
    })),
    verification: verification ? { code: verification.code, url: verificationUrl(verification.code) } : null,
    draft,
  };
}

// ── Drafting ─────────────────────────────────────────────────────────────────────────────────────

/** Nominations of `ids` already in a draft decision other than `exceptDecisionId`, with its number. */
async function inOtherDrafts(db: Db | Tx, ids: number[], exceptDecisionId: number | null): Promise<{ nominationId: number; number: string }[]> {
  if (ids.length === 0) return [];
  return db
    .select({ nominationId: decisionItems.nominationId, number: decisions.number })
    .from(decisionItems)
    .innerJoin(decisions, eq(decisions.id, decisionItems.decisionId))
    .where(and(inArray(decisionItems.nominationId, ids), eq(decisions.state, 'draft'), exceptDecisionId === null ? undefined : ne(decisions.id, exceptDecisionId)));
}

/** Authorizes approving every nomination (the approver of their province, not their own unit, each
 * awaiting a decision at the version seen) and refuses those a provincial decision cannot confer. */
async function prepareApprovals(ctx: ActionContext, db: Db, refs: { id: number; version: number }[]): Promise<Prepared[]> {
  const ids = refs.map((r) => r.id);
  if (new Set(ids).size !== ids.length) throw new WorkflowError('invalid_input');
  const prepared: Prepared[] = [];
  // Sorted by id: concurrent decisions then lock rows in one order.
  for (const ref of [...refs].sort((a, b) => a.id - b.id)) {
    prepared.push(await prepareTransition(ctx, { nominationId: ref.id, action: 'approve', expectedVersion: ref.version }, db));
  }
  const issuers = new Set(prepared.map((p) => p.grant.unitId));
  if (issuers.size !== 1) throw new WorkflowError('out_of_scope');
  const upward = await db
    .select({ reference: nominations.reference })
    .from(nominations)
    .innerJoin(awardTypes, eq(awardTypes.id, nominations.awardTypeId))
    .where(and(inArray(nominations.id, ids), eq(awardTypes.reviewBody, 'upward')))
    .limit(1);
  // The Chairman has no power to confer the central awards: the province only proposes them upward.
  if (upward[0]) throw new WorkflowError('award_proposed_upward', { reference: upward[0].reference });
  return prepared;
}

async function requireNumberFree(db: Db | Tx, issuerUnitId: number, year: number, number: string, exceptDecisionId: number | null): Promise<void> {
  const [taken] = await db
    .select({ id: decisions.id })
    .from(decisions)
    .where(and(eq(decisions.issuerUnitId, issuerUnitId), eq(decisions.year, year), eq(decisions.number, number), exceptDecisionId === null ? undefined : ne(decisions.id, exceptDecisionId)))
    .limit(1);
  if (taken) throw new WorkflowError('decision_number_taken', { number, year });
}

async function requireBaseSalary(db: Db | Tx, day: string): Promise<void> {
  if (!(await baseSalaryOn(db, day))) throw new WorkflowError('decision_no_base_salary', { date: day });
}

const yearOf = (day: string) => Number(day.slice(0, 4));

/** The approver drafts a decision from nominations awaiting one (not those proposed upward), in
 * golden-book order. Its number is reserved from now on: unique per issuer and year. Caller: approver
 * of the province; audited. A double submit returns the first draft. */
export async function createDecisionDraft(ctx: ActionContext, input: DecisionDraftInput): Promise<{ decisionId: number; number: string }> {
  const db = await getDb();
  const outcome = await prepareOrReplay<{ decisionId: number; number: string }, Prepared[]>(db, ctx, 'decision.draft', () => prepareApprovals(ctx, db, input.nominations));
  if ('replay' in outcome) return outcome.replay;
  const prepared = outcome.prepared;
  const grant = prepared[0]!.grant;
  const issuerUnitId = grant.unitId!;
  const year = yearOf(input.signedOn);
  const ids = prepared.map((p) => p.n.id);
  try {
    return await db.transaction(async (tx) => {
      const earlier = await claimIdempotencyKey<{ decisionId: number; number: string }>(tx, ctx, 'decision.draft');
      if (earlier) return earlier;
      await tx.execute(sql`select pg_advisory_xact_lock(${DECISION_DRAFT_LOCK}::int, ${issuerUnitId}::int)`);
      const [elsewhere] = await inOtherDrafts(tx, ids, null);
      if (elsewhere) throw new WorkflowError('decision_item_elsewhere', { reference: prepared.find((p) => p.n.id === elsewhere.nominationId)!.n.reference, number: elsewhere.number });
      await requireNumberFree(tx, issuerUnitId, year, input.number, null);
      await requireBaseSalary(tx, input.signedOn);
      const header: DecisionHeader = { number: input.number, signedOn: input.signedOn, signerName: input.signerName, signerTitleVi: input.signerTitleVi, signerTitleEn: input.signerTitleEn, legalBases: input.legalBases };
      const content = await contentOf(tx, header, issuerUnitId, goldenBookOrder, ids);
      // The nominations are as the person saw them (prepareApprovals checked each version); a change
      // since is a conflict, not a draft of something else.
      for (const item of content.items) {
        if (item.version !== prepared.find((p) => p.n.id === item.nominationId)!.n.version) throw new WorkflowError('conflict');
      }
      const [decision] = await tx
        .insert(decisions)
        .values({ issuerUnitId, year, ...header, state: 'draft', verificationCode: verificationCode(), createdBy: ctx.viewer.id })
        .returning({ id: decisions.id });
      const decisionId = decision!.id;
      await tx.insert(decisionItems).values(content.items.map((i) => ({ decisionId, nominationId: i.nominationId, position: i.goldenBookNo })));
      await appendAuditEvent(tx, {
        ...actorFields(ctx.viewer, grant),
        action: 'decision_draft',
        entityKind: 'decision',
        entityId: decisionId,
        fromStatus: null,
        toStatus: null,
        reason: null,
        payload: { number: input.number, signedOn: input.signedOn, nominations: content.items.map((i) => i.reference) },
        ip: ctx.ip,
      });
      const result = { decisionId, number: input.number };
      await storeIdempotentResult(tx, ctx, result);
      return result;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new WorkflowError('decision_number_taken', { number: input.number, year });
    throw error;
  }
}

/** The approver edits a draft's header: number, date, signer, legal bases. Audited with before and after. */
export async function updateDecisionDraft(ctx: ActionContext, input: DecisionHeaderUpdateInput): Promise<{ decisionId: number; number: string }> {
  const db = await getDb();
  const year = yearOf(input.signedOn);
  try {
    return await db.transaction(async (tx) => {
      const { d, grant } = await lockDraftForApprover(tx, ctx.viewer, input.decisionId);
      const before = headerOf(d);
      const after: DecisionHeader = { number: input.number, signedOn: input.signedOn, signerName: input.signerName, signerTitleVi: input.signerTitleVi, signerTitleEn: input.signerTitleEn, legalBases: input.legalBases };
      const changed = (Object.keys(after) as (keyof DecisionHeader)[]).filter((k) => before[k] !== after[k]);
      if (changed.length === 0) return { decisionId: d.id, number: d.number };
      await requireNumberFree(tx, d.issuerUnitId, year, input.number, d.id);
      await requireBaseSalary(tx, input.signedOn);
      await tx.update(decisions).set({ ...after, year }).where(eq(decisions.id, d.id));
      await appendAuditEvent(tx, {
        ...actorFields(ctx.viewer, grant),
        action: 'decision_update',
        entityKind: 'decision',
        entityId: d.id,
        fromStatus: null,
        toStatus: null,
        reason: null,
        payload: { number: input.number, before: Object.fromEntries(changed.map((k) => [k, before[k]])), after: Object.fromEntries(changed.map((k) => [k, after[k]])) },
        ip: ctx.ip,
      });
      return { decisionId: d.id, number: input.number };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new WorkflowError('decision_number_taken', { number: input.number, year });
    throw error;
  }
}

/** The approver takes a nomination out of a draft; it stays awaiting a decision. Audited. */
export async function removeDecisionItem(ctx: ActionContext, input: DecisionItemRemovalInput): Promise<{ decisionId: number; removed: boolean }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { d, grant } = await lockDraftForApprover(tx, ctx.viewer, input.decisionId);
    const removed = await tx
      .delete(decisionItems)
      .where(and(eq(decisionItems.decisionId, d.id), eq(decisionItems.nominationId, input.nominationId)))
      .returning({ nominationId: decisionItems.nominationId });
    // Already gone (a second click): nothing to record.
    if (removed.length === 0) return { decisionId: d.id, removed: false };
    const [n] = await tx.select({ reference: nominations.reference }).from(nominations).where(eq(nominations.id, input.nominationId));
    await appendAuditEvent(tx, {
      ...actorFields(ctx.viewer, grant),
      action: 'decision_remove_item',
      entityKind: 'decision',
      entityId: d.id,
      fromStatus: null,
      toStatus: null,
      reason: null,
      payload: { number: d.number, nomination: n?.reference ?? null },
      ip: ctx.ip,
    });
    return { decisionId: d.id, removed: true };
  });
}

/** The approver declines a nomination of a draft: the `reject` transition from awaiting_decision,
 * with its reason; it leaves the draft in the same transaction. */
export async function declineDecisionItem(ctx: ActionContext, input: DecisionItemDeclineInput): Promise<TransitionResult> {
  let number = '';
  return runTransition(ctx, {
    nominationId: input.nominationId,
    action: 'reject',
    expectedVersion: input.version,
    reason: input.reason,
    // The draft's row first, then the nomination's, then the audit chain: the order issuing takes.
    guard: async (tx) => {
      const { d } = await lockDraftForApprover(tx, ctx.viewer, input.decisionId);
      const [item] = await tx.select({ nominationId: decisionItems.nominationId }).from(decisionItems).where(and(eq(decisionItems.decisionId, d.id), eq(decisionItems.nominationId, input.nominationId)));
      if (!item) throw new WorkflowError('not_found');
      number = d.number;
    },
    also: async (tx) => {
      await tx.delete(decisionItems).where(and(eq(decisionItems.decisionId, input.decisionId), eq(decisionItems.nominationId, input.nominationId)));
      return { decision: number, decisionId: input.decisionId };
    },
  });
}

/** The approver discards a draft: its number is free again, its nominations stay awaiting a decision. */
export async function discardDecisionDraft(ctx: ActionContext, input: DecisionDiscardInput): Promise<{ decisionId: number; number: string }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { d, grant } = await lockDraftForApprover(tx, ctx.viewer, input.decisionId);
    const items = await tx
      .delete(decisionItems)
      .where(eq(decisionItems.decisionId, d.id))
      .returning({ nominationId: decisionItems.nominationId });
    await tx.delete(decisions).where(eq(decisions.id, d.id));
    const refs = items.length === 0 ? [] : await tx.select({ reference: nominations.reference }).from(nominations).where(inArray(nominations.id, items.map((i) => i.nominationId)));
    await appendAuditEvent(tx, {
      ...actorFields(ctx.viewer, grant),
      action: 'decision_discard',
      entityKind: 'decision',
      entityId: d.id,
      fromStatus: null,
      toStatus: null,
      reason: null,
      payload: { number: d.number, signedOn: d.signedOn, nominations: refs.map((r) => r.reference).sort() },
      ip: ctx.ip,
    });
    return { decisionId: d.id, number: d.number };
  });
}

// ── Issuing ──────────────────────────────────────────────────────────────────────────────────────

interface Rendered {
  bytes: Uint8Array;
  sha256: string;
  blobKey: string;
}

async function renderIssued(content: DecisionContent, code: string): Promise<Rendered> {
  const bytes = await renderDecisionPdf(decisionFacts(content, { code }, false), await documentFonts());
  return { bytes, sha256: createHash('sha256').update(bytes).digest('hex'), blobKey: `decision-${randomBytes(16).toString('hex')}` };
}

/** Inside the issuing transaction, with every nomination's row locked: approves each item in
 * golden-book order, with its recipient row (golden-book number, prize, certificate code) and its
 * award-history entry (so that next year's prerequisites see it). */
async function approveItems(tx: Tx, ctx: ActionContext, decisionId: number, content: DecisionContent, prepared: Prepared[], documentSha256: string): Promise<TransitionResult[]> {
  const salary = content.baseSalary!;
  const issuer = `Chủ tịch UBND ${content.provinceVi}`.trim();
  const approved: TransitionResult[] = [];
  for (const item of content.items) {
    const p = prepared.find((x) => x.n.id === item.nominationId)!;
    approved.push(
      await applyTransition(
        tx,
        ctx,
        {
          nominationId: item.nominationId,
          action: 'approve',
          expectedVersion: item.version,
          set: () => ({ decisionId }),
          payload: { decision: content.header.number, decisionId, signedOn: content.header.signedOn, documentSha256 },
          also: async (inner, n) => {
            await inner.insert(decisionRecipients).values({
              decisionId,
              nominationId: n.id,
              goldenBookNo: item.goldenBookNo,
              coefficient: item.coefficient,
              baseSalaryVnd: salary.amountVnd,
              prizeVnd: item.prizeVnd!,
              certificateCode: verificationCode(),
            });
            const [nominee] = await inner
              .select({ unitId: nominations.nomineeUnitId, personId: nominations.nomineePersonId, householdId: nominations.nomineeHouseholdId })
              .from(nominations)
              .where(eq(nominations.id, n.id));
            // New awards enter the history, so next year's prerequisites see them.
            await inner.insert(awardHistory).values({
              unitId: nominee?.unitId ?? null,
              personId: nominee?.personId ?? null,
              householdId: nominee?.householdId ?? null,
              year: item.year,
              titleCode: item.awardCode,
              decisionNumber: content.header.number,
              decisionDate: content.header.signedOn,
              issuer,
              nominationId: n.id,
            });
            return { goldenBookNo: item.goldenBookNo, prizeVnd: item.prizeVnd };
          },
        },
        p,
      ),
    );
  }
  return approved;
}

/** Locks the nominations' rows in id order, before the first audit event takes the chain's lock: a
 * single transition locks its row and then the chain; a decision that held the chain while it waited
 * for its next row would deadlock with one that held that row and waited for the chain. */
async function lockNominations(tx: Tx, ids: number[]): Promise<void> {
  await tx.select({ id: nominations.id }).from(nominations).where(inArray(nominations.id, ids)).orderBy(asc(nominations.id)).for('update');
}

function requireIssuable(content: DecisionContent): void {
  if (content.items.length === 0) throw new WorkflowError('decision_empty');
  if (!content.baseSalary) throw new WorkflowError('decision_no_base_salary', { date: content.header.signedOn });
  const stale = content.items.find((i) => i.status !== 'awaiting_decision');
  if (stale) throw new WorkflowError('decision_item_not_awaiting', { reference: stale.reference });
}

/** The approver issues a draft: every item approved in one transaction (or none), the recipients with
 * their golden-book numbers and prizes, the award history, and the decision's PDF stored with its
 * SHA-256 (its hash also in each approval's audit event). Refused, it changes nothing. */
export async function issueDecisionDraft(ctx: ActionContext, input: DecisionIssueInput): Promise<DecisionResult> {
  const db = await getDb();
  const key = `decision.issue.${input.decisionId}`;
  const outcome = await prepareOrReplay<DecisionResult, { d: typeof decisions.$inferSelect; content: DecisionContent; prepared: Prepared[] }>(db, ctx, key, async () => {
    const [d] = await db.select().from(decisions).where(eq(decisions.id, input.decisionId));
    if (!d) throw new WorkflowError('not_found');
    if (!decisionApproverGrant(ctx.viewer, d.issuerUnitId)) {
      throw new WorkflowError(decisionReadGrant(ctx.viewer, d.issuerUnitId) ? 'role_not_permitted' : 'not_found', { roles: 'approver' });
    }
    if (d.state !== 'draft') throw new WorkflowError('decision_not_draft', { number: d.number });
    const content = await loadDraftContent(db, d);
    if (contentFingerprint(content) !== input.fingerprint) throw new WorkflowError('decision_changed', { number: d.number });
    requireIssuable(content);
    const prepared = await prepareApprovals(ctx, db, content.items.map((i) => ({ id: i.nominationId, version: i.version })));
    return { d, content, prepared };
  });
  if ('replay' in outcome) return outcome.replay;
  const { d, content, prepared } = outcome.prepared;

  // Rendered before the transaction, which then checks that the rows are still the ones rendered:
  // the audit chain's lock is never held while a PDF is drawn.
  const rendered = await renderIssued(content, d.verificationCode);
  const blob = blobWrite(rendered.blobKey, rendered.bytes);
  await blob.beforeTransaction();
  return db.transaction(async (tx) => {
    const earlier = await claimIdempotencyKey<DecisionResult>(tx, ctx, key);
    if (earlier) return earlier;
    const [locked] = await tx.select().from(decisions).where(eq(decisions.id, d.id)).for('update');
    if (!locked) throw new WorkflowError('not_found');
    if (locked.state !== 'draft') throw new WorkflowError('decision_not_draft', { number: locked.number });
    await lockNominations(tx, content.items.map((i) => i.nominationId));
    if (contentFingerprint(await loadDraftContent(tx, locked)) !== input.fingerprint) throw new WorkflowError('decision_changed', { number: locked.number });
    const approved = await approveItems(tx, ctx, d.id, content, prepared, rendered.sha256);
    await tx
      .update(decisions)
      .set({ state: 'issued', issuedAt: new Date(), documentBlobKey: rendered.blobKey, documentSha256: rendered.sha256 })
      .where(eq(decisions.id, d.id));
    await blob.inTransaction(tx);
    const result: DecisionResult = { decisionId: d.id, number: d.number, approved };
    await storeIdempotentResult(tx, ctx, result);
    return result;
  });
}

/** The approver issues one decision over several nominations at once, without a draft (scripts and
 * tests): the same checks, records and stored PDF as issuing a draft. */
export async function issueDecision(ctx: ActionContext, input: DecisionInput): Promise<DecisionResult> {
  const db = await getDb();
  const outcome = await prepareOrReplay<DecisionResult, Prepared[]>(db, ctx, 'decision.issue', () => prepareApprovals(ctx, db, input.nominations));
  if ('replay' in outcome) return outcome.replay;
  const prepared = outcome.prepared;
  const issuerUnitId = prepared[0]!.grant.unitId!;
  const year = yearOf(input.signedOn);
  const ids = prepared.map((p) => p.n.id);
  const header: DecisionHeader = { number: input.number, signedOn: input.signedOn, signerName: input.signerName, signerTitleVi: input.signerTitleVi, signerTitleEn: input.signerTitleEn, legalBases: input.legalBases };
  const [elsewhere] = await inOtherDrafts(db, ids, null);
  if (elsewhere) throw new WorkflowError('decision_item_elsewhere', { reference: prepared.find((p) => p.n.id === elsewhere.nominationId)!.n.reference, number: elsewhere.number });
  const content = await contentOf(db, header, issuerUnitId, goldenBookOrder, ids);
  requireIssuable(content);
  const code = verificationCode();
  const rendered = await renderIssued(content, code);
  const blob = blobWrite(rendered.blobKey, rendered.bytes);
  await blob.beforeTransaction();
  try {
    return await db.transaction(async (tx) => {
      const earlier = await claimIdempotencyKey<DecisionResult>(tx, ctx, 'decision.issue');
      if (earlier) return earlier;
      await lockNominations(tx, ids);
      // A nomination changed since it was read (a hold, another decision): the person acted on a stale page.
      if (contentFingerprint(await contentOf(tx, header, issuerUnitId, goldenBookOrder, ids)) !== contentFingerprint(content)) throw new WorkflowError('conflict');
      const [decision] = await tx
        .insert(decisions)
        .values({
          issuerUnitId,
          year,
          ...header,
          state: 'issued',
          verificationCode: code,
          createdBy: ctx.viewer.id,
          issuedAt: new Date(),
          documentBlobKey: rendered.blobKey,
          documentSha256: rendered.sha256,
        })
        .returning({ id: decisions.id });
      const decisionId = decision!.id;
      const approved = await approveItems(tx, ctx, decisionId, content, prepared, rendered.sha256);
      await blob.inTransaction(tx);
      const result: DecisionResult = { decisionId, number: input.number, approved };
      await storeIdempotentResult(tx, ctx, result);
      return result;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new WorkflowError('decision_number_taken', { number: input.number, year });
    throw error;
  }
}
