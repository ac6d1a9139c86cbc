import { LogOut, Menu } from 'lucide-react';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { signOutAction } from '@/app/actions/session';
import { NAVIGATION } from '@/lib/policy/navigation';
import { rolesInOrder, type Viewer } from '@/lib/policy/viewer';
import { LaurelMark } from './laurel-mark';
import { LocaleSwitch } from './locale-switch';

async function NavSections({ viewer }: { viewer: Viewer }) {
  const t = await getTranslations();
  const locale = await getLocale();
  return (
    <nav aria-label={t('shell.mainNav')} className="space-y-5">
      <Link href="/" className="block rounded-md px-3 py-2 text-sm font-medium text-stone-800 hover:bg-stone-100">
        {t('shell.home')}
      </Link>
      {rolesInOrder(viewer).map((role) => {
        const grant = viewer.grants.find((g) => g.role === role || (role === 'unit_head' && g.role === 'unit_officer'));
        const scope = grant ? (locale === 'vi' ? grant.scopeNameVi : grant.scopeNameEn) : '';
        return (
          <div key={role}>
            <div className="px-3 text-xs font-semibold uppercase tracking-wide text-brand-700">{t(`roles.${role}`)}</div>
            {scope ? <div className="px-3 text-xs text-stone-500">{scope}</div> : null}
            <ul className="mt-1.5 space-y-0.5">
              {NAVIGATION[role].map((item) => (
                <li key={item.href}>
                  <Link href={item.href} className="block rounded-md px-3 py-1.5 text-sm text-stone-700 hover:bg-stone-100 hover:text-stone-900">
                    {t(`nav.${item.label}`)}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </nav>
  );
}

async function UserBox({ viewer }: { viewer: Viewer }) {
  const t = await getTranslations('shell');
  return (
    <div className="space-y-1">
      <div className="min-w-0 px-2.5">
        <div className="truncate text-sm font-medium text-stone-900">{viewer.displayName}</div>
        <div className="truncate font-mono text-xs text-stone-500">{viewer.username}</div>
      </div>
      <form action={signOutAction}>
        <button type="submit" className="inline-flex h-9 items-center gap-1.5 whitespace-nowrap rounded-md px-2.5 text-sm text-stone-700 hover:bg-stone-100">
          <LogOut aria-hidden className="size-4" />
          {t('signOut')}
        </button>
      </form>
    </div>
  );
}

/** The signed-in frame: a sidebar on desktop, a top bar with a menu on phones (ux.md). */
export async function AppShell({ viewer, children }: { viewer: Viewer; children: ReactNode }) {
  const t = await getTranslations();
  return (
    <div className="min-h-dvh lg:grid lg:grid-cols-[16.5rem_minmax(0,1fr)]">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        {t('shell.skipToContent')}
      </a>
      <div className="hidden border-r border-stone-200 bg-white lg:block">
        <aside className="flex h-dvh flex-col sticky top-0">
          <Link href="/" className="flex items-center gap-2.5 border-b border-stone-100 px-4 py-4">
            <LaurelMark className="size-9" />
            <span>
              <span className="block font-semibold leading-tight">{t('app.name')}</span>
              <span className="block text-xs text-stone-500">{t('app.tagline')}</span>
            </span>
          </Link>
          <div className="flex-1 overflow-y-auto px-2 py-4">
            <NavSections viewer={viewer} />
          </div>
          <div className="space-y-2 border-t border-stone-100 px-3 py-3">
            <LocaleSwitch />
            <UserBox viewer={viewer} />
          </div>
        </aside>
      </div>
      <header className="sticky top-0 z-30 border-b border-stone-200 bg-white lg:hidden">
        <details className="group">
          <summary className="flex cursor-pointer list-none items-center justify-between px-3 py-2 [&::-webkit-details-marker]:hidden">
            <span className="flex items-center gap-2">
              <LaurelMark className="size-8" />
              <span className="font-semibold">{t('app.name')}</span>
            </span>
            <span className="inline-flex h-9 items-center gap-1.5 rounded-md px-2 text-sm text-stone-700">
              <Menu aria-hidden className="size-5" />
              <span className="sr-only">{t('shell.menu')}</span>
            </span>
          </summary>
          <div className="max-h-[80dvh] space-y-3 overflow-y-auto border-t border-stone-100 px-2 py-3">
            <NavSections viewer={viewer} />
            <div className="space-y-2 border-t border-stone-100 px-1 pt-3">
              <LocaleSwitch />
              <UserBox viewer={viewer} />
            </div>
          </div>
        </details>
      </header>
      <main id="main" className="min-w-0 px-4 py-6 sm:px-6 lg:px-8">
        {children}
      </main>
    </div>
  );
}
