import 'server-only';
import { and, count, eq, gte, inArray, sql } from 'drizzle-orm';
import { hashPassword, verifyPassword } from '@/lib/security/password';
import { getDb } from '../client';
import { loginAttempts, users } from '../schema';

/** quality.md S5: failures per account and per address within a window, kept in the database so the
 * limit holds across app servers. */
const WINDOW_MINUTES = 15;
const MAX_FAILURES_PER_ACCOUNT = 5;
const MAX_FAILURES_PER_ADDRESS = 30;

export type AuthenticationResult =
  | { kind: 'ok'; userId: number; displayName: string; sessionVersion: number }
  | { kind: 'invalid' }
  | { kind: 'rate_limited' };

let dummyHash: Promise<string> | undefined;

/** Checks a username and password. Unknown users, inactive users and wrong passwords take the same
 * path and the same time (an argon2 verification against a dummy hash), so neither the message nor
 * the timing tells whether an account exists. */
export async function authenticate(username: string, password: string, address: string): Promise<AuthenticationResult> {
  const db = await getDb();
  const accountKey = `account:${username}`;
  const addressKey = `address:${address}`;
  const since = sql`now() - make_interval(mins => ${WINDOW_MINUTES})`;
  const failures = await db
    .select({ key: loginAttempts.key, n: count() })
    .from(loginAttempts)
    .where(and(inArray(loginAttempts.key, [accountKey, addressKey]), eq(loginAttempts.succeeded, false), gte(loginAttempts.attemptedAt, since)))
    .groupBy(loginAttempts.key);
  const failuresOf = (key: string) => failures.find((f) => f.key === key)?.n ?? 0;
  if (failuresOf(accountKey) >= MAX_FAILURES_PER_ACCOUNT || failuresOf(addressKey) >= MAX_FAILURES_PER_ADDRESS) {
    return { kind: 'rate_limited' };
  }

  const [user] = await db
    .select({ id: users.id, displayName: users.displayName, passwordHash: users.passwordHash, active: users.active, sessionVersion: users.sessionVersion })
    .from(users)
    .where(eq(users.username, username))
    .limit(1);
  dummyHash ??= hashPassword('laurel-timing-equalizer');
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyHash), password);
  const ok = Boolean(user && user.active && valid);

  await db.insert(loginAttempts).values([
    { key: accountKey, succeeded: ok },
    { key: addressKey, succeeded: ok },
  ]);
  if (!ok || !user) return { kind: 'invalid' };
  await db.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, user.id));
  return { kind: 'ok', userId: user.id, displayName: user.displayName, sessionVersion: user.sessionVersion };
}

/** Signing out ends the session for good: the session version moves on, so that no copy of the
 * token stays valid — including one a request still in flight re-issues after the cookie is cleared.
 * Caller: the signed-in person, for themselves. */
export async function endSessions(userId: number): Promise<void> {
  const db = await getDb();
  await db.update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, userId));
}
