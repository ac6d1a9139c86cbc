import 'server-only';
import { createHash } from 'node:crypto';
import { and, asc, desc, eq, inArray, lt, ne, sql } from 'drizzle-orm';
import { renderCertificatePdf } from '@/lib/documents/certificate-document';
import { renderDecisionPdf } from '@/lib/documents/decision-document';
import { verificationUrl } from '@/lib/documents/qr';
import type { NominationStatus } from '@/lib/domain/constants';
import { todayInVietnam } from '@/lib/rules/dates';
import type { Viewer } from '@/lib/policy/viewer';
import { DECISION_NUMBER_PATTERN } from '@/lib/validation/decision';
import { getDb, type Db } from '../client';
import { awardTypes, decisionItems, decisionRecipients, decisions, households, nominations, people } from '../schema';
import { readBlob } from '../storage/blob-store';
import { documentFonts } from './document-fonts';
import { nomineeNames, nomineeUnit, proposingUnit } from './nomination-summary';
import { unitSubtree } from './unit-tree';
import { loadNominationFacts } from './workflow/facts';
import { contentFingerprint, decisionApproverGrant, decisionFacts, decisionReadGrant, loadDraftContent, loadRecordedContent, type DecisionContent, type DecisionItem } from './workflow/decisions';

// What the decision pages and downloads read (issue 6 §5). Readers: the approver, the auditor and the
// appraiser of the issuing province; the approver alone drafts and issues. A certificate is also
// for the staff of the recipient's unit.

export const DECISION_PAGE_SIZE = 50;

/** The provinces whose decisions `viewer` reads. */
function readableProvinces(viewer: Viewer): number[] {
  return [...new Set(viewer.grants.filter((g) => ['approver', 'auditor', 'appraiser'].includes(g.role) && g.scopeKind === 'province' && g.unitId !== null).map((g) => g.unitId!))];
}

function approverProvinces(viewer: Viewer): number[] {
  return [...new Set(viewer.grants.filter((g) => g.role === 'approver' && g.scopeKind === 'province' && g.unitId !== null).map((g) => g.unitId!))];
}

export interface DecisionListRow {
  id: number;
  number: string;
  signedOn: string | null;
  signerName: string;
  state: 'draft' | 'issued';
  recipients: number;
  revoked: number;
}

export interface DecisionList {
  rows: DecisionListRow[];
  nextCursor: number | null;
  canDraft: boolean;
}

/** The decisions of the viewer's province, newest first, drafts and issued (`state` filters), 50 a
 * page by keyset. Null when the viewer reads no decisions. */
export async function listDecisionsForViewer(viewer: Viewer, filters: { state?: 'draft' | 'issued'; before?: number }): Promise<DecisionList | null> {
  const provinces = readableProvinces(viewer);
  if (provinces.length === 0) return null;
  const db = await getDb();
  const rows = await db
    .select({
      id: decisions.id,
      number: decisions.number,
      signedOn: decisions.signedOn,
      signerName: decisions.signerName,
      state: decisions.state,
      // A draft counts its items, an issued decision its recipients. (Written out: in a one-table
      // select the query builder leaves column names unqualified, which the subqueries would capture.)
      recipients: sql<number>`case when "decisions"."state" = 'draft'
        then (select count(*) from decision_items di where di.decision_id = "decisions"."id")
        else (select count(*) from decision_recipients dr where dr.decision_id = "decisions"."id") end`.mapWith(Number),
      revoked: sql<number>`(select count(*) from decision_recipients dr where dr.decision_id = "decisions"."id" and dr.revoked_on is not null)`.mapWith(Number),
    })
    .from(decisions)
    .where(and(inArray(decisions.issuerUnitId, provinces), filters.state ? eq(decisions.state, filters.state) : undefined, filters.before ? lt(decisions.id, filters.before) : undefined))
    .orderBy(desc(decisions.id))
    .limit(DECISION_PAGE_SIZE + 1);
  const more = rows.length > DECISION_PAGE_SIZE;
  const page = more ? rows.slice(0, DECISION_PAGE_SIZE) : rows;
  return { rows: page, nextCursor: more ? (page.at(-1)?.id ?? null) : null, canDraft: approverProvinces(viewer).length > 0 };
}

/** The next free number of the issuer's year: one more than the highest NNN/QĐ-UBND taken. */
export async function suggestDecisionNumber(db: Db, issuerUnitId: number, year: number): Promise<string> {
  const taken = await db.select({ number: decisions.number }).from(decisions).where(and(eq(decisions.issuerUnitId, issuerUnitId), eq(decisions.year, year)));
  const highest = taken.map((t) => (DECISION_NUMBER_PATTERN.test(t.number) ? Number(t.number.split('/')[0]) : 0)).reduce((a, b) => Math.max(a, b), 0);
  return `${highest + 1}/QĐ-UBND`;
}

export interface DecisionCandidate {
  id: number;
  version: number;
  reference: string;
  nomineeVi: string;
  nomineeEn: string;
  proposingUnitVi: string;
  proposingUnitEn: string;
}

export interface DecisionCandidates {
  groups: { awardCode: string; awardVi: string; awardEn: string; items: DecisionCandidate[] }[];
  /** Awaiting a decision but already in a draft: they are decided there. */
  inDrafts: { id: number; number: string; count: number }[];
  defaults: { number: string; signedOn: string; signerName: string; signerTitleVi: string; signerTitleEn: string; legalBases: string };
}

const DEFAULT_LEGAL_BASES = [
  'Luật Tổ chức chính quyền địa phương',
  'Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15/6/2022',
  'Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
  'Tờ trình của Sở Nội vụ và kết quả xét của Hội đồng Thi đua – Khen thưởng tỉnh',
].join('\n');

/** The nominations the approver may put in a new decision: awaiting one in the province, not proposed
 * upward (the central body decides those), not already in a draft; grouped by award. Null for anyone
 * who drafts no decisions. */
export async function getDecisionCandidates(viewer: Viewer): Promise<DecisionCandidates | null> {
  const provinceId = approverProvinces(viewer)[0];
  if (provinceId === undefined) return null;
  const db = await getDb();
  const today = todayInVietnam();
  const subtree = await unitSubtree(db, [provinceId]);
  const inDraft = db
    .select({ id: decisionItems.nominationId })
    .from(decisionItems)
    .innerJoin(decisions, eq(decisions.id, decisionItems.decisionId))
    .where(eq(decisions.state, 'draft'));
  const [rows, drafts, number] = await Promise.all([
    db
      .select({
        id: nominations.id,
        version: nominations.version,
        reference: nominations.reference,
        ...nomineeNames,
        proposingUnitVi: proposingUnit.nameVi,
        proposingUnitEn: proposingUnit.nameEn,
        awardCode: awardTypes.code,
        awardVi: awardTypes.nameVi,
        awardEn: awardTypes.nameEn,
        awardTypeId: awardTypes.id,
        proposingUnitId: nominations.proposingUnitId,
        nomineeUnitId: nominations.nomineeUnitId,
        nomineePersonId: nominations.nomineePersonId,
      })
      .from(nominations)
      .innerJoin(awardTypes, eq(awardTypes.id, nominations.awardTypeId))
      .innerJoin(proposingUnit, eq(proposingUnit.id, nominations.proposingUnitId))
      .leftJoin(nomineeUnit, eq(nomineeUnit.id, nominations.nomineeUnitId))
      .leftJoin(people, eq(people.id, nominations.nomineePersonId))
      .leftJoin(households, eq(households.id, nominations.nomineeHouseholdId))
      .where(
        and(
          eq(nominations.status, 'awaiting_decision'),
          inArray(nominations.proposingUnitId, subtree),
          ne(awardTypes.reviewBody, 'upward'),
          sql`${nominations.id} not in (${inDraft})`,
        ),
      )
      .orderBy(asc(awardTypes.id), asc(nominations.reference)),
    db
      .select({ id: decisions.id, number: decisions.number, count: sql<number>`count(${decisionItems.nominationId})`.mapWith(Number) })
      .from(decisions)
      .leftJoin(decisionItems, eq(decisionItems.decisionId, decisions.id))
      .where(and(eq(decisions.issuerUnitId, provinceId), eq(decisions.state, 'draft')))
      .groupBy(decisions.id)
      .orderBy(desc(decisions.id)),
    suggestDecisionNumber(db, provinceId, Number(today.slice(0, 4))),
  ]);
  // Separation of duties: nobody decides a nomination of their own unit or of themselves.
  const mayDecide = rows.filter((r) => !(viewer.personId !== null && viewer.personId === r.nomineePersonId) && !(viewer.unitId !== null && (viewer.unitId === r.proposingUnitId || viewer.unitId === r.nomineeUnitId)));
  const groups: DecisionCandidates['groups'] = [];
  for (const r of mayDecide) {
    let group = groups.find((g) => g.awardCode === r.awardCode);
    if (!group) {
      group = { awardCode: r.awardCode, awardVi: r.awardVi, awardEn: r.awardEn, items: [] };
      groups.push(group);
    }
    group.items.push({ id: r.id, version: r.version, reference: r.reference, nomineeVi: r.nomineeVi, nomineeEn: r.nomineeEn, proposingUnitVi: r.proposingUnitVi, proposingUnitEn: r.proposingUnitEn });
  }
  return {
    groups,
    inDrafts: drafts,
    defaults: {
      number,
      signedOn: today,
      signerName: viewer.displayName,
      signerTitleVi: 'Chủ tịch Ủy ban nhân dân tỉnh',
      signerTitleEn: 'Chairman of the Provincial People’s Committee',
      legalBases: DEFAULT_LEGAL_BASES,
    },
  };
}

export interface DecisionPageItem extends DecisionItem {
  /** Issued decisions: the recipient row (certificate), revocation. */
  recipientId: number | null;
  certificateCode: string | null;
  revokedOn: string | null;
  revocationGround: string | null;
  /** The nomination's current status (an issued item may since have been revoked). */
  currentStatus: NominationStatus;
}

export interface DecisionPage {
  id: number;
  number: string;
  state: 'draft' | 'issued';
  signedOn: string;
  signerName: string;
  signerTitleVi: string;
  signerTitleEn: string;
  legalBases: string;
  provinceVi: string;
  provinceEn: string;
  issuedAt: Date | null;
  /** Issued decisions only: the code printed on the decision. */
  verificationCode: string | null;
  documentSha256: string | null;
  baseSalary: DecisionContent['baseSalary'];
  items: DecisionPageItem[];
  totalPrizeVnd: number;
  /** The approver of the province, on a draft: may edit, remove, decline, issue. */
  canEdit: boolean;
  /** What the page shows, for the confirmation to compare (drafts). */
  fingerprint: string | null;
}

/** One decision for a reader of its province, draft or issued; null when it does not exist or the
 * viewer may not read it (the two look the same). A draft shows its prizes live: the base salary in
 * force on its date as it stands now; an issued decision shows what was fixed when it was issued. */
export async function getDecisionForViewer(viewer: Viewer, id: number): Promise<DecisionPage | null> {
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  const db = await getDb();
  const [d] = await db.select().from(decisions).where(eq(decisions.id, id));
  if (!d || !decisionReadGrant(viewer, d.issuerUnitId)) return null;
  const state = d.state;
  if (state === 'draft') {
    const content = await loadDraftContent(db, d);
    return {
      ...pageHeader(d, content),
      state,
      verificationCode: null,
      items: content.items.map((i) => ({ ...i, recipientId: null, certificateCode: null, revokedOn: null, revocationGround: null, currentStatus: i.status })),
      totalPrizeVnd: content.items.reduce((sum, i) => sum + (i.prizeVnd ?? 0), 0),
      canEdit: decisionApproverGrant(viewer, d.issuerUnitId) !== null,
      fingerprint: contentFingerprint(content),
    };
  }
  const content = await issuedContent(db, d);
  return {
    ...pageHeader(d, content.content),
    state,
    verificationCode: d.verificationCode,
    items: content.items,
    totalPrizeVnd: content.items.reduce((sum, i) => sum + (i.prizeVnd ?? 0), 0),
    canEdit: false,
    fingerprint: null,
  };
}

function pageHeader(d: typeof decisions.$inferSelect, content: DecisionContent) {
  return {
    id: d.id,
    number: d.number,
    signedOn: d.signedOn ?? '',
    signerName: d.signerName,
    signerTitleVi: d.signerTitleVi,
    signerTitleEn: d.signerTitleEn,
    legalBases: d.legalBases,
    provinceVi: content.provinceVi,
    provinceEn: content.provinceEn,
    issuedAt: d.issuedAt,
    documentSha256: d.documentSha256,
    baseSalary: content.baseSalary,
  };
}

/** An issued decision as recorded: its recipients in golden-book order with the prizes fixed on
 * issue (not recomputed), their certificate codes and revocations. */
async function issuedContent(db: Db, d: typeof decisions.$inferSelect): Promise<{ content: DecisionContent; items: DecisionPageItem[] }> {
  const recipients = await db
    .select({
      id: decisionRecipients.id,
      nominationId: decisionRecipients.nominationId,
      goldenBookNo: decisionRecipients.goldenBookNo,
      coefficient: decisionRecipients.coefficient,
      baseSalaryVnd: decisionRecipients.baseSalaryVnd,
      prizeVnd: decisionRecipients.prizeVnd,
      certificateCode: decisionRecipients.certificateCode,
      revokedOn: decisionRecipients.revokedOn,
      revocationGround: decisionRecipients.revocationGround,
    })
    .from(decisionRecipients)
    .where(eq(decisionRecipients.decisionId, d.id))
    .orderBy(asc(decisionRecipients.goldenBookNo));
  const byNomination = new Map(recipients.map((r) => [r.nominationId, r]));
  // Names, units and awards as they read now; golden-book numbers and money as fixed on issue.
  const base = await loadRecordedContent(db, d, recipients.map((r) => r.nominationId));
  const items: DecisionPageItem[] = base.items
    .map((i) => {
      const r = byNomination.get(i.nominationId)!;
      return {
        ...i,
        goldenBookNo: r.goldenBookNo,
        coefficient: r.coefficient,
        prizeVnd: r.prizeVnd,
        recipientId: r.id,
        certificateCode: r.certificateCode,
        revokedOn: r.revokedOn,
        revocationGround: r.revocationGround,
        currentStatus: i.status,
      };
    })
    .sort((a, b) => a.goldenBookNo - b.goldenBookNo);
  const fixedSalary = recipients[0]?.baseSalaryVnd;
  const content: DecisionContent = {
    ...base,
    baseSalary: fixedSalary !== undefined && base.baseSalary ? { ...base.baseSalary, amountVnd: fixedSalary } : base.baseSalary,
    items: items.map((i) => ({ ...i })),
  };
  return { content, items };
}

export interface DecisionFile {
  fileName: string;
  bytes: Uint8Array;
  sha256: string;
  draft: boolean;
}

/** The decision's PDF for a reader of its province: an issued decision's stored document (its SHA-256
 * checked again: bytes that no longer match are never handed out), a draft's preview rendered now and
 * stamped "DỰ THẢO". A decision issued before documents were stored (the demo's) is rendered from its
 * record. Null when missing or not readable. */
export async function readDecisionDocument(viewer: Viewer, id: number): Promise<DecisionFile | null> {
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  const db = await getDb();
  const [d] = await db.select().from(decisions).where(eq(decisions.id, id));
  if (!d || !decisionReadGrant(viewer, d.issuerUnitId)) return null;
  const safeNumber = d.number.replace(/\//g, '-');
  if (d.state === 'issued' && d.documentBlobKey && d.documentSha256) {
    const bytes = await readBlob(db, d.documentBlobKey);
    if (!bytes) throw new Error(`the stored document of decision ${d.id} is missing`);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (sha256 !== d.documentSha256) throw new Error(`stored bytes of decision ${d.id} do not match its recorded SHA-256`);
    return { fileName: `Quyết-định-${safeNumber}.pdf`, bytes, sha256, draft: false };
  }
  const draft = d.state === 'draft';
  const content = draft ? await loadDraftContent(db, d) : (await issuedContent(db, d)).content;
  const bytes = await renderDecisionPdf(decisionFacts(content, draft ? null : { code: d.verificationCode }, draft), await documentFonts());
  return { fileName: `Quyết-định-${safeNumber}${draft ? '-du-thao' : ''}.pdf`, bytes, sha256: createHash('sha256').update(bytes).digest('hex'), draft };
}

/** One recipient's certificate (landscape A4) with its code and QR, for readers of the decision's
 * province and for the staff of the recipient's unit (the proposing unit and the units above it, or
 * the nominee unit itself). Null when missing or not readable. */
export async function readCertificate(viewer: Viewer, decisionId: number, recipientId: number): Promise<{ fileName: string; bytes: Uint8Array } | null> {
  if (!Number.isSafeInteger(decisionId) || decisionId <= 0 || !Number.isSafeInteger(recipientId) || recipientId <= 0) return null;
  const db = await getDb();
  const [row] = await db
    .select({ d: decisions, nominationId: decisionRecipients.nominationId, nomineeUnitId: nominations.nomineeUnitId, personUnitId: people.unitId })
    .from(decisionRecipients)
    .innerJoin(decisions, eq(decisions.id, decisionRecipients.decisionId))
    .innerJoin(nominations, eq(nominations.id, decisionRecipients.nominationId))
    .leftJoin(people, eq(people.id, nominations.nomineePersonId))
    .where(and(eq(decisionRecipients.id, recipientId), eq(decisionRecipients.decisionId, decisionId), eq(decisions.state, 'issued')));
  if (!row) return null;
  if (!decisionReadGrant(viewer, row.d.issuerUnitId) && !(await isRecipientUnitStaff(db, viewer, row.nominationId, [row.nomineeUnitId, row.personUnitId]))) return null;
  const { items, content } = await issuedContent(db, row.d);
  const item = items.find((i) => i.recipientId === recipientId);
  if (!item) return null;
  const title = item.kind === 'person' ? `${item.gender === 'female' ? 'Bà' : 'Ông'} ${item.nameVi}` : item.nameVi;
  const bytes = await renderCertificatePdf(
    {
      provinceName: content.provinceVi,
      awardCode: item.awardCode,
      recipientName: title,
      kind: item.kind,
      detail: item.detailVi,
      year: item.year,
      decisionNumber: row.d.number,
      signedOn: row.d.signedOn ?? '',
      goldenBookNo: item.goldenBookNo,
      signerName: row.d.signerName,
      signerTitle: row.d.signerTitleVi,
      verification: { code: item.certificateCode!, url: verificationUrl(item.certificateCode!) },
      revoked: item.revokedOn ? { on: item.revokedOn, ground: item.revocationGround ?? '' } : null,
    },
    await documentFonts(),
  );
  return { fileName: `Chứng-nhận-${row.d.number.replace(/\//g, '-')}-số-${item.goldenBookNo}.pdf`, bytes };
}

/** The unit staff of the recipient: unit officers and heads whose unit is the proposing unit or a unit
 * above it (a role on a unit covers its sub-units), or the nominee's own unit. */
async function isRecipientUnitStaff(db: Db, viewer: Viewer, nominationId: number, nomineeUnits: (number | null)[]): Promise<boolean> {
  const unitGrants = viewer.grants.filter((g) => (g.role === 'unit_officer' || g.role === 'unit_head') && g.unitId !== null);
  if (unitGrants.length === 0) return false;
  if (unitGrants.some((g) => nomineeUnits.includes(g.unitId))) return true;
  const facts = await loadNominationFacts(db, nominationId);
  return Boolean(facts && unitGrants.some((g) => facts.proposingUnitPath.includes(g.unitId!)));
}

