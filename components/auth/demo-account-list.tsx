'use client';

import { useTranslations } from 'next-intl';

export interface DemoAccountView {
  username: string;
  displayName: string;
  roleLabel: string;
  description: string;
}

/** Development only: the demo province's accounts, one click to fill the form. */
export function DemoAccountList({ accounts, password, onPick }: { accounts: DemoAccountView[]; password: string; onPick: (username: string) => void }) {
  const t = useTranslations('login');
  return (
    <section aria-labelledby="demo-accounts" className="rounded-lg border border-gold-400/50 bg-gold-50 p-3">
      <h2 id="demo-accounts" className="text-sm font-semibold text-gold-700">
        {t('demoTitle')}
      </h2>
      <p className="mt-0.5 text-xs text-stone-700">{t('demoHint', { password })}</p>
      <ul className="mt-2 grid gap-1 sm:grid-cols-2">
        {accounts.map((a) => (
          <li key={a.username}>
            <button
              type="button"
              onClick={() => onPick(a.username)}
              className="w-full rounded-md px-2 py-1.5 text-left text-xs hover:bg-gold-100 focus-visible:bg-gold-100"
            >
              <span className="block font-mono font-semibold text-stone-900">{a.username}</span>
              <span className="block text-stone-700">
                {a.roleLabel} · {a.description}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
