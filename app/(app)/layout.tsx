import { redirect } from 'next/navigation';
import { NextIntlClientProvider } from 'next-intl';
import type { ReactNode } from 'react';
import { AppShell } from '@/components/shell/app-shell';
import { getCurrentUser } from '@/db/queries/current-user';

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  // The proxy already redirects visitors without a session; this also catches deactivated
  // accounts and stale sessions, whose tokens are still well-formed.
  const viewer = await getCurrentUser();
  if (!viewer) redirect('/login');
  return (
    <NextIntlClientProvider>
      <AppShell viewer={viewer}>{children}</AppShell>
    </NextIntlClientProvider>
  );
}
