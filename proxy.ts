import NextAuth from 'next-auth';
import { authConfig } from './app/(auth)/auth.config';

// The proxy only sends signed-out visitors to /login. It is never the guard: every page, action
// and route handler checks the person and the record again in the data access layer.
const { auth } = NextAuth(authConfig);
export default auth;

export const config = {
  // Everything but the sign-in page, Auth.js itself, the health check, public pages and static files.
  matcher: ['/((?!login|api/auth|api/health|public|_next/static|_next/image|fonts|favicon.ico|robots.txt).*)'],
};
