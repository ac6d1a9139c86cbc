import 'server-only';
import { and, eq, gte, isNull, lte, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Viewer } from '@/lib/policy/viewer';
import { todayInVietnam } from '@/lib/rules/dates';
import { getDb } from '../client';
import { blocTerms, blocs, roleAssignments, units, users } from '../schema';

const scopeUnit = alias(units, 'scope_unit');

/** Loads the person and their active roles. Null when the account is gone or deactivated, or when
 * the token's session version is older than the account's (password or role change, deactivation). */
export async function loadViewer(userId: number, sessionVersion: number): Promise<Viewer | null> {
  const db = await getDb();
  const [user] = await db
    .select({ id: users.id, username: users.username, displayName: users.displayName, unitId: users.unitId, personId: users.personId, active: users.active, sessionVersion: users.sessionVersion })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!user || !user.active || user.sessionVersion !== sessionVersion) return null;

  const today = todayInVietnam();
  const rows = await db
    .select({
      role: roleAssignments.role,
      scopeKind: roleAssignments.scopeKind,
      unitId: roleAssignments.scopeUnitId,
      blocTermId: roleAssignments.scopeBlocTermId,
      unitNameVi: scopeUnit.nameVi,
      unitNameEn: scopeUnit.nameEn,
      blocNameVi: blocs.nameVi,
      blocNameEn: blocs.nameEn,
      blocYear: blocTerms.year,
    })
    .from(roleAssignments)
    .leftJoin(scopeUnit, eq(scopeUnit.id, roleAssignments.scopeUnitId))
    .leftJoin(blocTerms, eq(blocTerms.id, roleAssignments.scopeBlocTermId))
    .leftJoin(blocs, eq(blocs.id, blocTerms.blocId))
    .where(
      and(
        eq(roleAssignments.userId, user.id),
        lte(roleAssignments.validFrom, today),
        or(isNull(roleAssignments.validTo), gte(roleAssignments.validTo, today)),
      ),
    )
    .orderBy(roleAssignments.id);

  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    unitId: user.unitId,
    personId: user.personId,
    grants: rows.map((r) => ({
      role: r.role,
      scopeKind: r.scopeKind,
      unitId: r.unitId,
      blocTermId: r.blocTermId,
      scopeNameVi: r.blocNameVi ? `${r.blocNameVi} · ${r.blocYear}` : (r.unitNameVi ?? ''),
      scopeNameEn: r.blocNameEn ? `${r.blocNameEn} · ${r.blocYear}` : (r.unitNameEn ?? ''),
    })),
  };
}
