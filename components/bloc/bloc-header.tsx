import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { cn } from '@/lib/utils';

export type BlocTab = 'year' | 'agreement' | 'scoring' | 'scoreboard' | 'ballot' | 'reports';

const HREF: Record<BlocTab, string> = { year: '/bloc', agreement: '/bloc/agreement', scoring: '/bloc/scoring', scoreboard: '/bloc/scoreboard', ballot: '/bloc/ballot', reports: '/bloc/reports' };

/** The bloc-year's heading and its sections; the bloc-year travels in the URL (`?term=`). */
export async function BlocHeader({ title, subtitle, termId, current }: { title: string; subtitle?: string; termId: number; current: BlocTab }) {
  const t = await getTranslations('bloc');
  return (
    <header className="space-y-3">
      <div>
        <h1 className="text-2xl font-semibold text-stone-900">{title}</h1>
        {subtitle ? <p className="text-sm text-stone-600">{subtitle}</p> : null}
      </div>
      <nav aria-label={t('tabs.label')}>
        <ul className="flex flex-wrap gap-1 border-b border-stone-200">
          {(Object.keys(HREF) as BlocTab[]).map((tab) => (
            <li key={tab}>
              <Link
                href={`${HREF[tab]}?term=${termId}`}
                aria-current={tab === current ? 'page' : undefined}
                className={cn('-mb-px inline-block border-b-2 px-3 py-2 text-sm', tab === current ? 'border-brand-700 font-medium text-brand-800' : 'border-transparent text-stone-600 hover:text-stone-900')}
              >
                {t(`tabs.${tab}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}

/** What a bloc page shows to someone who belongs to no bloc-year (or asked for one they may not read). */
export async function NoBlocYear() {
  const t = await getTranslations('bloc');
  return (
    <div className="mx-auto max-w-3xl space-y-2">
      <h1 className="text-2xl font-semibold text-stone-900">{t('year.title')}</h1>
      <p className="rounded-lg border border-stone-200 bg-white p-4 text-stone-700">{t('year.none')}</p>
    </div>
  );
}

/** A yes/no that reads without colour: an icon-like mark and words. */
export function Done({ done, yes, no }: { done: boolean; yes: string; no: string }) {
  return (
    <span className={cn('inline-flex items-center gap-1 whitespace-nowrap', done ? 'text-emerald-700' : 'text-stone-500')}>
      <span aria-hidden="true">{done ? '✓' : '○'}</span>
      {done ? yes : no}
    </span>
  );
}

export function termParam(value: string | string[] | undefined): number | null {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(n) && n > 0 ? n : null;
}
