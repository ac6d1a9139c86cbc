import 'server-only';
import { headers } from 'next/headers';

/**
 * The client's address as the nearest proxy saw it, for the public rate limits. x-real-ip is set by the
 * province's reverse proxy from the connection; failing it, the last entry of x-forwarded-for is the one
 * that proxy appended (earlier entries are whatever the client sent, and prove nothing). A spoofed
 * address still meets the per-notice ceiling, which counts every address together.
 */
export async function clientAddress(): Promise<string | null> {
  const h = await headers();
  const real = h.get('x-real-ip')?.trim();
  if (real) return real;
  const forwarded = h.get('x-forwarded-for')?.split(',').map((s) => s.trim()).filter(Boolean);
  return forwarded?.at(-1) ?? null;
}
