import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { authenticate } from '@/db/queries/authentication';
import { ZSignIn } from '@/lib/validation/sign-in';
import { SESSION_MAX_AGE_SECONDS, authConfig } from './auth.config';
import { clientAddressOf } from '@/lib/http/client-address';

declare module 'next-auth' {
  interface User {
    sessionVersion?: number;
  }
  interface Session {
    uid: number;
    sessionVersion: number;
  }
}

declare module '@auth/core/jwt' {
  interface JWT {
    uid?: number;
    sv?: number;
    /** When the person signed in (seconds): the absolute lifetime counts from here. */
    authTime?: number;
  }
}

/** Too many failed attempts for this account or address: the message says to wait, for everyone alike. */
class RateLimited extends CredentialsSignin {
  code = 'rate_limited';
}

/** The address the sign-in limits count: the one the province's proxy saw, never one the client wrote
 * into x-forwarded-for (lib/http/client-address.ts); without a proxy, one shared key. */
function clientAddress(request: Request | undefined): string {
  return clientAddressOf(request?.headers) ?? 'unknown';
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  logger: {
    // A refused sign-in is an expected answer, not a server error: keep it out of the error log.
    error(error) {
      if (error.name === 'CredentialsSignin' || (error as { type?: string }).type === 'CredentialsSignin') return;
      console.error('[auth]', error);
    },
  },
  providers: [
    Credentials({
      credentials: { username: {}, password: {} },
      async authorize(credentials, request) {
        const parsed = ZSignIn.safeParse({ username: credentials?.username, password: credentials?.password });
        if (!parsed.success) return null;
        const result = await authenticate(parsed.data.username, parsed.data.password, clientAddress(request));
        if (result.kind === 'rate_limited') throw new RateLimited();
        if (result.kind !== 'ok') return null;
        return { id: String(result.userId), name: result.displayName, sessionVersion: result.sessionVersion };
      },
    }),
  ],
  callbacks: {
    ...authConfig.callbacks,
    jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.sv = user.sessionVersion;
        token.authTime = Math.floor(Date.now() / 1000);
      }
      // Refreshing the token must not extend the session past its absolute lifetime.
      if (!token.authTime || Date.now() / 1000 - token.authTime > SESSION_MAX_AGE_SECONDS) return null;
      return token;
    },
    session({ session, token }) {
      session.uid = token.uid ?? 0;
      session.sessionVersion = token.sv ?? 0;
      return session;
    },
  },
});
