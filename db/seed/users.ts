import { hashPassword } from '@/lib/security/password';
import type { Tx } from '../client';
import { roleAssignments, users } from '../schema';
import { blocTermKey } from './blocs';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';
import { IdMap } from './ids';
import { personRow } from './people';
import { REORGANISED_ON } from './units';

/** Roles of the merged province's accounts start with it. */
const ROLES_FROM = REORGANISED_ON;

/** Inserts the demo accounts, and only them, each with its one role; returns username → user id. */
export async function seedUsers(tx: Tx, ids: { units: IdMap; people: IdMap; blocTerms: IdMap }): Promise<IdMap> {
  // Every account has the same password: one argon2id hash (deliberately slow) serves them all.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const inserted = await tx
    .insert(users)
    .values(
      DEMO_ACCOUNTS.map((a) => ({
        username: a.username,
        displayName: a.displayName,
        email: `${a.username}@laurel.example`,
        passwordHash,
        personId: ids.people.get(a.username),
        unitId: ids.units.get(personRow(a.username).unit),
        locale: 'vi',
        createdAt: new Date(`${ROLES_FROM}T08:00:00+07:00`),
      })),
    )
    .returning({ id: users.id, key: users.username });
  const userIds = IdMap.of('user', inserted);
  const admin = DEMO_ACCOUNTS.find((a) => a.role === 'admin');

  await tx.insert(roleAssignments).values(
    DEMO_ACCOUNTS.map((a) => {
      const scope = a.scope;
      const grantedBy = admin && admin.username !== a.username ? userIds.get(admin.username) : null;
      if (scope.kind === 'bloc_term') {
        return {
          userId: userIds.get(a.username),
          role: a.role,
          scopeKind: scope.kind,
          scopeBlocTermId: ids.blocTerms.get(blocTermKey(scope.blocCode, scope.year)),
          validFrom: `${scope.year}-01-01`,
          validTo: `${scope.year}-12-31`,
          grantedBy,
        };
      }
      return {
        userId: userIds.get(a.username),
        role: a.role,
        scopeKind: scope.kind,
        scopeUnitId: ids.units.get(scope.unitCode),
        validFrom: ROLES_FROM,
        grantedBy,
      };
    }),
  );
  return userIds;
}
