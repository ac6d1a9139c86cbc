import Link from 'next/link';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { LaurelMark } from '@/components/shell/laurel-mark';
import { LocaleSwitch } from '@/components/shell/locale-switch';

/** The public frame (the public notice, the verification of decisions): the mark, the public pages,
 * the language switch; no application navigation and no sign-in. What is shown under it is meant
 * for everyone. */
export default async function PublicLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations('publicNotice.layout');
  const tApp = await getTranslations('app');
  // Only what the public pages' client components read: the comment form and its refusals.
  const { publicNotice, refusals, roles } = await getMessages();
  return (
    <div className="flex min-h-dvh flex-col bg-stone-50">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        {t('skipToContent')}
      </a>
      <header className="border-b border-stone-200 bg-white">
        <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-x-3 gap-y-1 px-4 py-3">
          <Link href="/public/notices" className="flex min-w-0 items-center gap-2.5">
            <LaurelMark className="size-9 shrink-0" />
            <span className="min-w-0">
              <span className="block font-semibold leading-tight text-stone-900">
                {tApp('name')} · {tApp('tagline')}
              </span>
              <span className="block truncate text-xs text-stone-600">{t('issuer', { province: tApp('province') })}</span>
            </span>
          </Link>
          <LocaleSwitch className="shrink-0" />
        </div>
        <nav aria-label={t('nav')} className="mx-auto max-w-4xl px-4 pb-2">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            <li>
              <Link href="/public/notices" className="text-brand-800 underline-offset-2 hover:underline">
                {t('notices')}
              </Link>
            </li>
            <li>
              <Link href="/public/verify" className="text-brand-800 underline-offset-2 hover:underline">
                {t('verify')}
              </Link>
            </li>
          </ul>
        </nav>
      </header>
      <main id="main" className="mx-auto w-full max-w-4xl flex-1 px-4 py-6">
        <NextIntlClientProvider messages={{ publicNotice, refusals, roles }}>{children}</NextIntlClientProvider>
      </main>
      <footer className="border-t border-stone-200 bg-white">
        <p className="mx-auto max-w-4xl px-4 py-4 text-xs text-stone-600">{t('footer')}</p>
      </footer>
    </div>
  );
}
