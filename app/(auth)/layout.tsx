import { NextIntlClientProvider } from 'next-intl';
import type { ReactNode } from 'react';

/** The sign-in pages: their client components read the app's messages. */
export default function AuthLayout({ children }: { children: ReactNode }) {
  return <NextIntlClientProvider>{children}</NextIntlClientProvider>;
}
