import { checkDatabase } from '@/db/queries/health';

export const dynamic = 'force-dynamic';

/** For load balancers: 200 when this server can reach its database, 503 otherwise. Says nothing else. */
export async function GET() {
  const ok = await checkDatabase();
  return Response.json({ status: ok ? 'ok' : 'unavailable' }, { status: ok ? 200 : 503, headers: { 'cache-control': 'no-store' } });
}
