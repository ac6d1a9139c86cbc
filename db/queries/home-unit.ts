import 'server-only';
import { and, asc, count, desc, eq, gte, inArray, isNull } from 'drizzle-orm';
import type { DocumentKind, NominationStatus } from '@/lib/domain/constants';
import { missingDocuments } from '@/lib/rules/dossier';
import type { RoleGrant } from '@/lib/policy/viewer';
import { APPROVED, UNDER_REVIEW_STATUSES, UNIT_ACTION_STATUSES } from '@/lib/workflow/status-groups';
import { todayInVietnam } from '@/lib/rules/dates';
import { workingDaysLeft } from '@/lib/rules/working-days';
import { getDb } from '../client';
import { awardTypes, documents, nominations, rounds, units } from '../schema';
import { holidaySet } from './holidays';
import { selectNominationSummaries, type NominationSummary } from './nomination-summary';
import { unitSubtree } from './unit-tree';

export interface UnitHome {
  unitNameVi: string;
  unitNameEn: string;
  countsByStatus: Partial<Record<NominationStatus, number>>;
  needsAction: (NominationSummary & { missingDocuments: number })[];
  recent: NominationSummary[];
  openRounds: { id: number; nameVi: string; nameEn: string; deadline: string; workingDaysLeft: number }[];
}

/** The unit's work (ux.md): what needs my action, my nominations by status, open rounds with working days left.
 * Caller: a person holding unit_officer or unit_head on `grant` (the grant is the authorization). */
export async function getUnitHome(grant: RoleGrant): Promise<UnitHome | null> {
  if ((grant.role !== 'unit_head' && grant.role !== 'unit_officer') || grant.unitId === null) return null;
  const db = await getDb();
  const [unit] = await db.select({ nameVi: units.nameVi, nameEn: units.nameEn }).from(units).where(eq(units.id, grant.unitId));
  if (!unit) return null;
  const scope = await unitSubtree(db, [grant.unitId]);
  const inScope = inArray(nominations.proposingUnitId, scope);

  const today = todayInVietnam();
  const [counts, needsAction, recent, open] = await Promise.all([
    db.select({ status: nominations.status, n: count() }).from(nominations).where(inScope).groupBy(nominations.status),
    selectNominationSummaries(db)
      .where(and(inScope, inArray(nominations.status, [...UNIT_ACTION_STATUSES])))
      .orderBy(desc(nominations.updatedAt))
      .limit(10),
    selectNominationSummaries(db)
      .where(and(inScope, inArray(nominations.status, [...UNDER_REVIEW_STATUSES, APPROVED])))
      .orderBy(desc(nominations.updatedAt))
      .limit(8),
    db
      .select({ id: rounds.id, nameVi: rounds.nameVi, nameEn: rounds.nameEn, deadline: rounds.submissionDeadline })
      .from(rounds)
      .where(and(eq(rounds.state, 'open'), gte(rounds.submissionDeadline, today)))
      .orderBy(asc(rounds.submissionDeadline)),
  ]);
  // How far each dossier in the unit's hands is from submission: the required documents still missing.
  const ids = needsAction.map((r) => r.id).concat(0);
  const [required, present] = await Promise.all([
    db
      .select({ id: nominations.id, required: awardTypes.requiredDocuments, route: awardTypes.route })
      .from(nominations)
      .innerJoin(awardTypes, eq(awardTypes.id, nominations.awardTypeId))
      .where(inArray(nominations.id, ids)),
    db
      .selectDistinct({ id: documents.nominationId, kind: documents.kind })
      .from(documents)
      .where(and(inArray(documents.nominationId, ids), isNull(documents.removedAt))),
  ]);
  const missingOf = (id: number) => {
    const r = required.find((x) => x.id === id);
    if (!r) return 0;
    return missingDocuments(r.required, present.filter((p) => p.id === id).map((p) => p.kind as DocumentKind), r.route, 'unit_submission').length;
  };
  const lastDeadline = open.at(-1)?.deadline ?? today;
  const holidays = await holidaySet(db, today, lastDeadline);
  return {
    unitNameVi: unit.nameVi,
    unitNameEn: unit.nameEn,
    countsByStatus: Object.fromEntries(counts.map((c) => [c.status, c.n])),
    needsAction: needsAction.map((r) => ({ ...r, missingDocuments: missingOf(r.id) })),
    recent,
    openRounds: open.map((r) => ({ ...r, workingDaysLeft: workingDaysLeft(today, r.deadline, holidays) })),
  };
}
