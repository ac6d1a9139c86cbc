/**
 * The client's address as the nearest proxy saw it, for rate limits (sign-in, public comments,
 * verification lookups). x-real-ip is set by the province's reverse proxy from the connection; failing
 * it, the LAST entry of x-forwarded-for is the one that proxy appended — earlier entries are whatever
 * the client sent and prove nothing, so trusting the first would let anyone choose the address a limit
 * counts. Without a proxy (development, tests) there is no address: every request shares one key, and
 * the per-account and per-notice limits still hold.
 */
export function clientAddressOf(headers: Pick<Headers, 'get'> | undefined | null): string | null {
  const real = headers?.get('x-real-ip')?.trim();
  if (real) return real;
  const forwarded = headers
    ?.get('x-forwarded-for')
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return forwarded?.at(-1) ?? null;
}
