import 'server-only';
import { and, count, desc, eq, gte, isNull, lte, notExists, or, sql } from 'drizzle-orm';
import type { RoleGrant } from '@/lib/policy/viewer';
import { todayInVietnam } from '@/lib/rules/dates';
import { getDb } from '../client';
import { auditEvents, awardTypes, blocTerms, blocs, holidays, nominations, roleAssignments, rounds, units, users } from '../schema';

export interface AuditHome {
  events: number;
  head: { seq: number; hash: string; occurredAt: string } | null;
  recent: { seq: number; occurredAt: string; actorName: string; role: string | null; action: string; reference: string | null; fromStatus: string | null; toStatus: string | null; reason: string | null }[];
}

/** Recent events and the chain's head (ux.md). Caller: auditor of the province. */
export async function getAuditHome(grant: RoleGrant): Promise<AuditHome | null> {
  if (grant.role !== 'auditor' || grant.scopeKind !== 'province') return null;
  const db = await getDb();
  const recent = await db
    .select({
      seq: auditEvents.seq,
      occurredAt: auditEvents.occurredAt,
      hash: auditEvents.hash,
      actorName: auditEvents.actorName,
      role: auditEvents.role,
      action: auditEvents.action,
      reference: nominations.reference,
      fromStatus: auditEvents.fromStatus,
      toStatus: auditEvents.toStatus,
      reason: auditEvents.reason,
    })
    .from(auditEvents)
    .leftJoin(nominations, and(eq(auditEvents.entityKind, 'nomination'), eq(nominations.id, auditEvents.entityId)))
    .orderBy(desc(auditEvents.seq))
    .limit(15);
  const head = recent[0];
  // The sequence has no gaps (the verifier checks that), so the head's number is the count.
  return {
    events: head?.seq ?? 0,
    head: head ? { seq: head.seq, hash: head.hash, occurredAt: head.occurredAt } : null,
    recent: recent.map((event) => ({ ...event, hash: undefined })),
  };
}

export interface ConfigurationCheck {
  key: 'open_round_deadline_passed' | 'bloc_without_current_term' | 'users_without_roles' | 'holidays_missing_next_year' | 'award_types_in_force';
  ok: boolean;
  count: number;
}

export interface AdminHome {
  counts: { units: number; blocs: number; users: number; awardTypes: number };
  checks: ConfigurationCheck[];
  /** The award catalogue in force today, each row with its legal basis. */
  catalogue: { id: number; code: string; version: number; nameVi: string; nameEn: string; thresholdPct: string | null; legalBasis: string; effectiveFrom: string }[];
}

/** Configuration health (ux.md). Caller: admin. */
export async function getAdminHome(grant: RoleGrant): Promise<AdminHome | null> {
  if (grant.role !== 'admin') return null;
  const db = await getDb();
  const today = todayInVietnam();
  const year = Number(today.slice(0, 4));
  const inForce = and(lte(awardTypes.effectiveFrom, today), or(isNull(awardTypes.effectiveTo), gte(awardTypes.effectiveTo, today)));
  const [[unitCount], [blocCount], [userCount], [awardCount], [lateRounds], [blocsWithoutTerm], [usersWithoutRoles], [nextYearHolidays]] = await Promise.all([
    db.select({ n: count() }).from(units).where(and(lte(units.validFrom, today), or(isNull(units.validTo), gte(units.validTo, today)))),
    db.select({ n: count() }).from(blocs).where(or(isNull(blocs.validTo), gte(blocs.validTo, today))),
    db.select({ n: count() }).from(users).where(eq(users.active, true)),
    db.select({ n: count() }).from(awardTypes).where(inForce),
    db.select({ n: count() }).from(rounds).where(and(eq(rounds.state, 'open'), sql`${rounds.submissionDeadline} < ${today}`)),
    db
      .select({ n: count() })
      .from(blocs)
      .where(
        and(
          or(isNull(blocs.validTo), gte(blocs.validTo, today)),
          notExists(db.select({ one: sql`1` }).from(blocTerms).where(and(eq(blocTerms.blocId, blocs.id), eq(blocTerms.year, year)))),
        ),
      ),
    db
      .select({ n: count() })
      .from(users)
      .where(
        and(
          eq(users.active, true),
          notExists(
            db
              .select({ one: sql`1` })
              .from(roleAssignments)
              .where(and(eq(roleAssignments.userId, users.id), lte(roleAssignments.validFrom, today), or(isNull(roleAssignments.validTo), gte(roleAssignments.validTo, today)))),
          ),
        ),
      ),
    db.select({ n: count() }).from(holidays).where(and(gte(holidays.day, `${year + 1}-01-01`), lte(holidays.day, `${year + 1}-12-31`))),
  ]);
  const catalogue = await db
    .select({
      id: awardTypes.id,
      code: awardTypes.code,
      version: awardTypes.version,
      nameVi: awardTypes.nameVi,
      nameEn: awardTypes.nameEn,
      thresholdPct: awardTypes.voteThresholdPct,
      legalBasis: awardTypes.legalBasis,
      effectiveFrom: awardTypes.effectiveFrom,
    })
    .from(awardTypes)
    .where(inForce)
    .orderBy(awardTypes.code);
  const n = (row: { n: number } | undefined) => row?.n ?? 0;
  return {
    catalogue,
    counts: { units: n(unitCount), blocs: n(blocCount), users: n(userCount), awardTypes: n(awardCount) },
    checks: [
      { key: 'open_round_deadline_passed', ok: n(lateRounds) === 0, count: n(lateRounds) },
      { key: 'bloc_without_current_term', ok: n(blocsWithoutTerm) === 0, count: n(blocsWithoutTerm) },
      { key: 'users_without_roles', ok: n(usersWithoutRoles) === 0, count: n(usersWithoutRoles) },
      { key: 'holidays_missing_next_year', ok: n(nextYearHolidays) > 0, count: n(nextYearHolidays) },
      { key: 'award_types_in_force', ok: n(awardCount) > 0, count: n(awardCount) },
    ],
  };
}
