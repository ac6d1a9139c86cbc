import 'server-only';
import { and, asc, desc, eq, gte, inArray, isNull, lte, or } from 'drizzle-orm';
import type { AwardRoute, AwardTarget, ReviewBody, VoteBasis } from '@/lib/domain/constants';
import type { RoleGrant, Viewer } from '@/lib/policy/viewer';
import { todayInVietnam } from '@/lib/rules/dates';
import type { AwardNoticeSettingInput } from '@/lib/validation/award-catalogue';
import { WorkflowError } from '@/lib/workflow/refusals';
import { actorFields, appendAuditEvent } from '../audit-append';
import { getDb, type Db, type Tx } from '../client';
import { awardTypes, roundAwardTypes, rounds } from '../schema';
import type { ActionContext } from './workflow/run-transition';

// The award catalogue as the administrator sees and configures it (issue 6 §4). The admin takes no
// workflow action; it sets the catalogue's rules, each change audited with before and after.

/** Rounds still to come or running: their minimum notice binds the award types they offer. */
const LIVE_ROUND_STATES = ['planned', 'open'] as const;

function adminGrant(viewer: Viewer): RoleGrant | null {
  return viewer.grants.find((g) => g.role === 'admin') ?? null;
}

export interface CatalogueAwardType {
  id: number;
  code: string;
  version: number;
  nameVi: string;
  nameEn: string;
  target: AwardTarget;
  route: AwardRoute;
  reviewBody: ReviewBody;
  voteThresholdPct: string | null;
  voteBasis: VoteBasis;
  quorumPct: string | null;
  prizeCoefficient: string;
  householdMultiplier: string;
  legalBasis: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  requiresPublicNotice: boolean;
  noticeWorkingDays: number | null;
  /** The longest minimum notice among the planned and open rounds offering it (rounds.notice_working_days). */
  roundMinimum: number | null;
}

const inForce = (today: string) => and(lte(awardTypes.effectiveFrom, today), or(isNull(awardTypes.effectiveTo), gte(awardTypes.effectiveTo, today)));

async function roundMinima(db: Db | Tx, awardTypeIds: number[]): Promise<Map<number, number>> {
  if (awardTypeIds.length === 0) return new Map();
  const rows = await db
    .select({ awardTypeId: roundAwardTypes.awardTypeId, days: rounds.noticeWorkingDays })
    .from(roundAwardTypes)
    .innerJoin(rounds, eq(rounds.id, roundAwardTypes.roundId))
    .where(and(inArray(roundAwardTypes.awardTypeId, awardTypeIds), inArray(rounds.state, [...LIVE_ROUND_STATES])));
  const minima = new Map<number, number>();
  for (const r of rows) minima.set(r.awardTypeId, Math.max(minima.get(r.awardTypeId) ?? 0, r.days));
  return minima;
}

/** The award types in force today with their rules. Caller: admin; null for anyone else. */
export async function listAwardCatalogue(viewer: Viewer): Promise<CatalogueAwardType[] | null> {
  if (!adminGrant(viewer)) return null;
  const db = await getDb();
  const rows = await db
    .select({
      id: awardTypes.id,
      code: awardTypes.code,
      version: awardTypes.version,
      nameVi: awardTypes.nameVi,
      nameEn: awardTypes.nameEn,
      target: awardTypes.target,
      route: awardTypes.route,
      reviewBody: awardTypes.reviewBody,
      voteThresholdPct: awardTypes.voteThresholdPct,
      voteBasis: awardTypes.voteBasis,
      quorumPct: awardTypes.quorumPct,
      prizeCoefficient: awardTypes.prizeCoefficient,
      householdMultiplier: awardTypes.householdMultiplier,
      legalBasis: awardTypes.legalBasis,
      effectiveFrom: awardTypes.effectiveFrom,
      effectiveTo: awardTypes.effectiveTo,
      requiresPublicNotice: awardTypes.requiresPublicNotice,
      noticeWorkingDays: awardTypes.noticeWorkingDays,
    })
    .from(awardTypes)
    .where(inForce(todayInVietnam()))
    .orderBy(asc(awardTypes.code), desc(awardTypes.version));
  const minima = await roundMinima(db, rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, roundMinimum: minima.get(r.id) ?? null }));
}

/** Sets whether an award type in force runs a public notice, and for how many working days: at
 * least 10 (domain.md §6, checked by the schema) and at least what every planned or open round
 * offering it asks. Audited with before and after; saving what is there changes nothing. Caller: admin. */
export async function updateAwardNoticeSetting(ctx: ActionContext, input: AwardNoticeSettingInput): Promise<{ awardTypeId: number; changed: boolean }> {
  const grant = adminGrant(ctx.viewer);
  if (!grant) throw new WorkflowError('role_not_permitted', { roles: 'admin' });
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [award] = await tx
      .select({ id: awardTypes.id, code: awardTypes.code, version: awardTypes.version, requiresPublicNotice: awardTypes.requiresPublicNotice, noticeWorkingDays: awardTypes.noticeWorkingDays })
      .from(awardTypes)
      .where(and(eq(awardTypes.id, input.awardTypeId), inForce(todayInVietnam())))
      .for('update');
    // A version no longer in force is history: its rules stay as they were applied.
    if (!award) throw new WorkflowError('not_found');
    const after = { requiresPublicNotice: input.requiresPublicNotice, noticeWorkingDays: input.requiresPublicNotice ? input.noticeWorkingDays : null };
    const before = { requiresPublicNotice: award.requiresPublicNotice, noticeWorkingDays: award.noticeWorkingDays };
    if (before.requiresPublicNotice === after.requiresPublicNotice && before.noticeWorkingDays === after.noticeWorkingDays) return { awardTypeId: award.id, changed: false };
    if (after.requiresPublicNotice) {
      const minimum = (await roundMinima(tx, [award.id])).get(award.id) ?? 0;
      if ((after.noticeWorkingDays ?? 0) < minimum) throw new WorkflowError('notice_days_below_round', { minimum });
    }
    await tx.update(awardTypes).set(after).where(eq(awardTypes.id, award.id));
    await appendAuditEvent(tx, {
      ...actorFields(ctx.viewer, grant),
      action: 'award_notice_settings',
      entityKind: 'award_type',
      entityId: award.id,
      fromStatus: null,
      toStatus: null,
      reason: null,
      payload: { code: award.code, version: award.version, before, after },
      ip: ctx.ip,
    });
    return { awardTypeId: award.id, changed: true };
  });
}
