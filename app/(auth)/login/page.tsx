import { CircleCheck } from 'lucide-react';
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { LoginForm } from '@/components/auth/login-form';
import type { DemoAccountView } from '@/components/auth/demo-account-list';
import { LaurelMark } from '@/components/shell/laurel-mark';
import { LocaleSwitch } from '@/components/shell/locale-switch';
import { getCurrentUser } from '@/db/queries/current-user';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@/db/seed/demo-accounts';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('login'))('title') };
}

export default async function LoginPage() {
  if (await getCurrentUser()) redirect('/');
  const t = await getTranslations('login');
  const tApp = await getTranslations('app');
  const tRoles = await getTranslations('roles');
  const locale = await getLocale();
  // Demo accounts are listed in development only: a production login page names no account.
  const demo: DemoAccountView[] | null =
    process.env.NODE_ENV === 'development'
      ? DEMO_ACCOUNTS.map((a) => ({
          username: a.username,
          displayName: a.displayName,
          roleLabel: tRoles(a.role),
          description: locale === 'vi' ? a.descriptionVi : a.descriptionEn,
        }))
      : null;

  return (
    <div className="grid min-h-dvh lg:grid-cols-[minmax(0,5fr)_minmax(0,6fr)]">
      <aside className="relative hidden overflow-hidden bg-brand-800 text-white lg:flex lg:flex-col lg:justify-between lg:p-12">
        <div className="flex items-center gap-3">
          <LaurelMark className="size-12" />
          <div>
            <div className="text-xl font-semibold tracking-tight">{tApp('name')}</div>
            <div className="text-sm text-gold-100">{tApp('tagline')} · {tApp('province')}</div>
          </div>
        </div>
        <div className="max-w-md">
          <p className="text-3xl font-semibold leading-tight">{t('heroTitle')}</p>
          <ul className="mt-8 space-y-3 text-[15px] text-brand-50">
            {(['one', 'two', 'three', 'four'] as const).map((k) => (
              <li key={k} className="flex gap-3">
                <CircleCheck aria-hidden className="mt-0.5 size-5 shrink-0 text-gold-400" />
                {t(`heroPoints.${k}`)}
              </li>
            ))}
          </ul>
        </div>
        <p className="text-xs text-brand-200">{t('legal')}</p>
      </aside>
      <main className="flex flex-col">
        <div className="flex items-center justify-between px-4 py-3 sm:px-8">
          <div className="flex items-center gap-2 lg:invisible">
            <LaurelMark className="size-8" />
            <span className="font-semibold">{tApp('name')}</span>
          </div>
          <LocaleSwitch />
        </div>
        <div className="flex flex-1 items-start justify-center px-4 pb-12 pt-6 sm:items-center sm:px-8">
          <div className="w-full max-w-md">
            <h1 className="text-2xl font-semibold text-stone-900">{t('title')}</h1>
            <p className="mb-6 mt-1 text-stone-600">{t('subtitle')}</p>
            <LoginForm demoAccounts={demo} demoPassword={demo ? DEMO_PASSWORD : null} />
          </div>
        </div>
      </main>
    </div>
  );
}
