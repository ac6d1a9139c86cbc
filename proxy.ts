import NextAuth from 'next-auth';
import { authConfig } from './app/(auth)/auth.config';

// The proxy only sends signed-out visitors to /login. It is never the guard: every page, action
// and route handler checks the person and the record again in the data access layer.
const { auth } = NextAuth(authConfig);
export default auth;

export const config = {
  // Pages only. Route handlers under /api authenticate and authorize every request themselves, answer
  // 401 rather than a redirect, and must receive upload bodies as a stream (a matched request's body
  // would be buffered, and cut at 10 MB, before it reached the handler).
  matcher: ['/((?!login|api/|public|_next/static|_next/image|fonts|favicon.ico|icon.svg|robots.txt).*)'],
};
