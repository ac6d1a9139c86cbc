import { hash, verify } from '@node-rs/argon2';

// quality.md S5: argon2id, ≥ 19 MiB, t ≥ 2, p = 1 (OWASP's minimum for argon2id).
// The library's default algorithm is Argon2id.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
