import type { NextAuthConfig } from 'next-auth';

/** Absolute session lifetime (quality.md S6): a session ends 8 hours after sign-in, however active. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/** The part of the configuration the proxy may load: no database, no argon2. */
export const authConfig = {
  pages: { signIn: '/login' },
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  // Laurel runs behind the province's own proxies and load balancers, not on a platform that sets
  // AUTH_URL; the Host header is trusted, and AUTH_URL pins it where needed.
  trustHost: true,
  providers: [],
  callbacks: {
    // The proxy only redirects the signed-out; every page and action authorizes again itself.
    authorized({ auth }) {
      return Boolean(auth?.user);
    },
  },
} satisfies NextAuthConfig;
