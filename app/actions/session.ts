'use server';

import { signOut } from '@/app/(auth)/auth';
import { endSessions } from '@/db/queries/authentication';
import { getCurrentUser } from '@/db/queries/current-user';

export async function signOutAction(): Promise<void> {
  const viewer = await getCurrentUser();
  if (viewer) await endSessions(viewer.id);
  await signOut({ redirectTo: '/login' });
}
