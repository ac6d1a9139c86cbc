import 'server-only';
import { createHmac } from 'node:crypto';

// Keyed hashes for the public notice pages. Keyed with a server-side secret, so that nobody can
// recompute them from what they know: a candidate's token says nothing about the nomination behind it,
// and a rate-limit key cannot be turned back into the address it counts.

const DEVELOPMENT_SALT = 'laurel-development-public-salt';

function serverSalt(): string {
  const configured = process.env.LAUREL_PUBLIC_SALT || process.env.AUTH_SECRET;
  if (configured) return configured;
  // The server refuses to start in production without AUTH_SECRET (db/startup.ts); this is a second lock.
  if (process.env.NODE_ENV === 'production') throw new Error('LAUREL_PUBLIC_SALT or AUTH_SECRET must be set in production');
  return DEVELOPMENT_SALT;
}

function keyed(purpose: string, value: string): string {
  return createHmac('sha256', serverSalt()).update(`${purpose}\u0000${value}`).digest('hex');
}

/** How the public pages name a candidate of a notice (matches CANDIDATE_TOKEN in lib/validation/notice). */
export function candidateToken(noticeId: number, nominationId: number): string {
  return keyed('notice-candidate', `${noticeId}:${nominationId}`).slice(0, 20);
}

/** The rate-limit key of a client address: HMAC-SHA-256 with the server's salt, never the address. */
export function addressKey(address: string | null): string {
  return keyed('rate-limit-address', address?.trim() || 'unknown');
}
