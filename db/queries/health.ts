import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '../client';

export async function checkDatabase(): Promise<boolean> {
  try {
    const db = await getDb();
    await db.execute(sql`select 1`);
    return true;
  } catch (error) {
    console.error('[laurel] health check: database unreachable', error);
    return false;
  }
}
