import { randomBytes } from 'node:crypto';
import { hashPassword } from '@/lib/security/password';
import type { Tx } from '../client';
import { people, roleAssignments, users } from '../schema';
import { blocTermKey } from './blocs';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';
import { IdMap } from './ids';
import { keysByName, personRow } from './people';
import { staffAccounts } from './staff';
import { REORGANISED_ON } from './units';

/** Roles of the merged province's accounts start with it; so do the accounts themselves (older roles
 * of the staff were entered as history). */
const ROLES_FROM = REORGANISED_ON;
const CREATED_AT = new Date(`${ROLES_FROM}T08:00:00+07:00`);

/** Inserts the demo accounts, each with its one role, and the province's staff accounts (staff.ts)
 * with their people and roles; returns username → user id. */
export async function seedUsers(tx: Tx, ids: { units: IdMap; people: IdMap; blocTerms: IdMap }): Promise<IdMap> {
  // Every demo account has the same password: one argon2id hash (deliberately slow) serves them all.
  // The staff's hash (of a random password) is computed alongside.
  const [passwordHash, staffPasswordHash] = await Promise.all([hashPassword(DEMO_PASSWORD), hashPassword(randomBytes(32).toString('base64url'))]);
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
        createdAt: CREATED_AT,
      })),
    )
    .returning({ id: users.id, key: users.username });
  const userIds = IdMap.of('user', inserted);
  const admin = DEMO_ACCOUNTS.find((a) => a.role === 'admin');
  const adminId = admin ? userIds.get(admin.username) : null;

  await tx.insert(roleAssignments).values(
    DEMO_ACCOUNTS.map((a) => {
      const scope = a.scope;
      const grantedBy = admin && admin.username !== a.username ? adminId : null;
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

  await seedStaffAccounts(tx, ids, { userIds, adminId, passwordHash: staffPasswordHash });
  return userIds;
}

/** The staff accounts: real people of the province's units and blocs who act in the demo's history.
 * `passwordHash` is of a random password that is thrown away (one hash for all of them: argon2id is
 * slow), so nobody can sign in as them. */
async function seedStaffAccounts(
  tx: Tx,
  ids: { units: IdMap; blocTerms: IdMap },
  { userIds, adminId, passwordHash }: { userIds: IdMap; adminId: number | null; passwordHash: string },
): Promise<void> {
  const staff = staffAccounts();

  const insertedPeople = await tx
    .insert(people)
    .values(staff.map((s) => ({ fullName: s.displayName, gender: s.gender, birthYear: s.birthYear, position: s.position, unitId: ids.units.get(s.unit) })))
    .returning({ id: people.id, name: people.fullName });
  const personIds = keysByName('person', staff.map((s) => ({ key: s.username, name: s.displayName })), insertedPeople);

  const inserted = await tx
    .insert(users)
    .values(
      staff.map((s) => ({
        username: s.username,
        displayName: s.displayName,
        email: `${s.username}@laurel.example`,
        passwordHash,
        personId: personIds.get(s.username),
        unitId: ids.units.get(s.unit),
        active: true,
        locale: 'vi',
        createdAt: CREATED_AT,
      })),
    )
    .returning({ id: users.id, key: users.username });
  for (const row of inserted) userIds.set(row.key, row.id);

  await tx.insert(roleAssignments).values(
    staff.flatMap((s) =>
      s.roles.map((r) => ({
        userId: userIds.get(s.username),
        role: r.role,
        scopeKind: r.scope.kind,
        scopeUnitId: r.scope.kind === 'unit' ? ids.units.get(r.scope.unit) : null,
        scopeBlocTermId: r.scope.kind === 'bloc_term' ? ids.blocTerms.get(blocTermKey(r.scope.bloc, r.scope.year)) : null,
        validFrom: r.validFrom,
        validTo: r.validTo,
        grantedBy: adminId,
      })),
    ),
  );
}
