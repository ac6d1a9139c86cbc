import 'server-only';
import { and, asc, desc, eq, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { NominationStatus } from '@/lib/domain/constants';
import { readGrant } from '@/lib/policy/can';
import type { Viewer } from '@/lib/policy/viewer';
import { availableActions } from '@/lib/workflow/available-actions';
import type { WorkflowAction } from '@/lib/workflow/transitions';
import { canEditDossier } from './dossier-access';
import { getDb, type Db } from '../client';
import { auditEvents, awardTypes, blocMemberships, blocTerms as blocTermsTable, documents, households, nominations, people, rounds } from '../schema';
import { nomineeNames, nomineeUnit, proposingUnit, selectNominationSummaries, type NominationSummary } from './nomination-summary';
import { unitSubtree } from './unit-tree';
import { loadNominationFacts } from './workflow/facts';

export const PAGE_SIZE = 50;

/** Which nominations a viewer may list: their units' (with sub-units), their bloc-years', or all of
 * the province for provincial roles. Null when they may list none (the admin). */
async function readScope(db: Db, viewer: Viewer): Promise<SQL | null> {
  const parts: SQL[] = [];
  const unitRoots = viewer.grants.filter((g) => (g.role === 'unit_officer' || g.role === 'unit_head') && g.unitId !== null).map((g) => g.unitId!);
  const provinceRoots = viewer.grants.filter((g) => g.scopeKind === 'province' && g.role !== 'admin' && g.unitId !== null).map((g) => g.unitId!);
  const blocTerms = viewer.grants.filter((g) => g.role === 'bloc_lead' && g.blocTermId !== null).map((g) => g.blocTermId!);
  const unitIds = await unitSubtree(db, [...unitRoots, ...provinceRoots]);
  if (unitIds.length > 0) parts.push(inArray(nominations.proposingUnitId, unitIds));
  if (blocTerms.length > 0) {
    parts.push(inArray(nominations.blocTermId, blocTerms));
    // A bloc's leads also see its members' other nominations of that year (domain.md §2).
    const members = await db
      .select({ unitId: blocMemberships.unitId, year: blocTermsTable.year })
      .from(blocMemberships)
      .innerJoin(blocTermsTable, eq(blocTermsTable.id, blocMemberships.blocTermId))
      .where(inArray(blocMemberships.blocTermId, blocTerms));
    for (const year of new Set(members.map((m) => m.year))) {
      const unitsOfYear = members.filter((m) => m.year === year).map((m) => m.unitId);
      const roundsOfYear = db.select({ id: rounds.id }).from(rounds).where(eq(rounds.year, year));
      parts.push(and(inArray(nominations.proposingUnitId, unitsOfYear), inArray(nominations.roundId, roundsOfYear))!);
    }
  }
  return parts.length === 0 ? null : (or(...parts) ?? null);
}

export interface NominationPage {
  rows: NominationSummary[];
  nextCursor: number | null;
}

/** The nominations a viewer may see, newest first, 50 a page by keyset (`before` = the last id seen). */
export async function listNominationsForViewer(viewer: Viewer, filters: { status?: NominationStatus; before?: number }): Promise<NominationPage> {
  const db = await getDb();
  const scope = await readScope(db, viewer);
  if (!scope) return { rows: [], nextCursor: null };
  const rows = await selectNominationSummaries(db)
    .where(and(scope, filters.status ? eq(nominations.status, filters.status) : undefined, filters.before ? lt(nominations.id, filters.before) : undefined))
    .orderBy(desc(nominations.id))
    .limit(PAGE_SIZE + 1);
  const more = rows.length > PAGE_SIZE;
  const page = more ? rows.slice(0, PAGE_SIZE) : rows;
  return { rows: page, nextCursor: more ? (page.at(-1)?.id ?? null) : null };
}


export interface NominationDetail
  extends Pick<NominationSummary, 'id' | 'reference' | 'status' | 'version' | 'nomineeVi' | 'nomineeEn' | 'awardVi' | 'awardEn' | 'proposingUnitVi' | 'proposingUnitEn'> {
  awardCode: string;
  thresholdPct: string | null;
  roundVi: string;
  roundEn: string;
  achievementSummary: string;
  nomineeKind: 'unit' | 'person' | 'household';
  nomineeUnitId: number | null;
  nomineePersonId: number | null;
  nomineeHouseholdId: number | null;
  roundYear: number;
  roundDeadline: string;
  updatedAt: Date;
  returnedFrom: NominationStatus | null;
  heldFrom: NominationStatus | null;
  provinceReturnCount: number;
  documents: { id: number; kind: string; fileName: string; sizeBytes: number; sha256: string; uploadedAt: Date }[];
  /** The document kinds the award type requires (Law 06/2022/QH15 Art. 84). */
  requiredDocuments: string[];
  /** Whether this viewer may add and remove documents now: the proposing unit's staff, while in draft or returned. */
  canEditDossier: boolean;
  timeline: { seq: number; occurredAt: string; actorName: string; role: string | null; action: string; fromStatus: NominationStatus | null; toStatus: NominationStatus | null; reason: string | null; payload: Record<string, unknown> }[];
  actions: WorkflowAction[];
}

/** One nomination with its dossier, timeline and the actions this viewer may take now; null when it
 * does not exist or the viewer may not read it (the two are indistinguishable, S3). */
export async function getNominationForViewer(viewer: Viewer, id: number): Promise<NominationDetail | null> {
  const db = await getDb();
  const facts = await loadNominationFacts(db, id);
  if (!facts || !readGrant(viewer, facts)) return null;
  const [[row], docs, timeline] = await Promise.all([
    db
      .select({
        id: nominations.id,
        reference: nominations.reference,
        status: nominations.status,
        version: nominations.version,
        ...nomineeNames,
        awardVi: awardTypes.nameVi,
        awardEn: awardTypes.nameEn,
        awardCode: awardTypes.code,
        requiredDocuments: awardTypes.requiredDocuments,
        thresholdPct: awardTypes.voteThresholdPct,
        roundVi: rounds.nameVi,
        roundEn: rounds.nameEn,
        proposingUnitVi: proposingUnit.nameVi,
        proposingUnitEn: proposingUnit.nameEn,
        achievementSummary: nominations.achievementSummary,
        nomineeKind: nominations.nomineeKind,
        nomineeUnitId: nominations.nomineeUnitId,
        nomineePersonId: nominations.nomineePersonId,
        nomineeHouseholdId: nominations.nomineeHouseholdId,
        roundYear: rounds.year,
        roundDeadline: rounds.submissionDeadline,
        updatedAt: nominations.updatedAt,
        returnedFrom: nominations.returnedFrom,
        heldFrom: nominations.heldFrom,
        provinceReturnCount: nominations.provinceReturnCount,
      })
      .from(nominations)
      .innerJoin(awardTypes, eq(awardTypes.id, nominations.awardTypeId))
      .innerJoin(rounds, eq(rounds.id, nominations.roundId))
      .innerJoin(proposingUnit, eq(proposingUnit.id, nominations.proposingUnitId))
      .leftJoin(nomineeUnit, eq(nomineeUnit.id, nominations.nomineeUnitId))
      .leftJoin(people, eq(people.id, nominations.nomineePersonId))
      .leftJoin(households, eq(households.id, nominations.nomineeHouseholdId))
      .where(eq(nominations.id, id)),
    db
      .select({ id: documents.id, kind: documents.kind, fileName: documents.fileName, sizeBytes: documents.sizeBytes, sha256: documents.sha256, uploadedAt: documents.uploadedAt })
      .from(documents)
      .where(and(eq(documents.nominationId, id), sql`${documents.removedAt} is null`))
      .orderBy(asc(documents.id)),
    db
      .select({
        seq: auditEvents.seq,
        occurredAt: auditEvents.occurredAt,
        actorName: auditEvents.actorName,
        role: auditEvents.role,
        action: auditEvents.action,
        fromStatus: auditEvents.fromStatus,
        toStatus: auditEvents.toStatus,
        reason: auditEvents.reason,
        payload: auditEvents.payload,
      })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityKind, 'nomination'), eq(auditEvents.entityId, id)))
      .orderBy(asc(auditEvents.seq)),
  ]);
  if (!row) return null;
  return { ...row, documents: docs, timeline, canEditDossier: canEditDossier(viewer, facts), actions: availableActions(viewer, facts).map((a) => a.action) };
}

export interface AuditPage {
  rows: { seq: number; occurredAt: string; actorName: string; role: string | null; action: string; entityId: number | null; reference: string | null; fromStatus: NominationStatus | null; toStatus: NominationStatus | null; reason: string | null; hash: string }[];
  nextCursor: number | null;
}

/** The global event list for auditors, newest first, keyset by sequence number. */
export async function listAuditEventsForViewer(viewer: Viewer, before?: number): Promise<AuditPage | null> {
  if (!viewer.grants.some((g) => g.role === 'auditor' && g.scopeKind === 'province')) return null;
  const db = await getDb();
  const rows = await db
    .select({
      seq: auditEvents.seq,
      occurredAt: auditEvents.occurredAt,
      actorName: auditEvents.actorName,
      role: auditEvents.role,
      action: auditEvents.action,
      entityId: auditEvents.entityId,
      reference: nominations.reference,
      fromStatus: auditEvents.fromStatus,
      toStatus: auditEvents.toStatus,
      reason: auditEvents.reason,
      hash: auditEvents.hash,
    })
    .from(auditEvents)
    .leftJoin(nominations, and(eq(auditEvents.entityKind, 'nomination'), eq(nominations.id, auditEvents.entityId)))
    .where(before ? lt(auditEvents.seq, before) : undefined)
    .orderBy(desc(auditEvents.seq))
    .limit(PAGE_SIZE + 1);
  const more = rows.length > PAGE_SIZE;
  const page = more ? rows.slice(0, PAGE_SIZE) : rows;
  return { rows: page, nextCursor: more ? (page.at(-1)?.seq ?? null) : null };
}
