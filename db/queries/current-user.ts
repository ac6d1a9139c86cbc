import 'server-only';
import { cache } from 'react';
import { auth } from '@/app/(auth)/auth';
import type { Viewer } from '@/lib/policy/viewer';
import { loadViewer } from './viewer';

/** The signed-in person, re-read from the database once per request (architecture.md rule 6):
 * a deactivated account, a changed password or an ended role stops working at once. Every page
 * and action starts here. */
export const getCurrentUser = cache(async (): Promise<Viewer | null> => {
  const session = await auth();
  if (!session?.uid) return null;
  return loadViewer(session.uid, session.sessionVersion);
});
