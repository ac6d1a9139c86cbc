import { Languages } from 'lucide-react';
import { getLocale, getTranslations } from 'next-intl/server';
import { setLocaleAction } from '@/app/actions/locale';
import { cn } from '@/lib/utils';

/** One button that switches between Vietnamese and English; the choice persists in a cookie. */
export async function LocaleSwitch({ className }: { className?: string }) {
  const locale = await getLocale();
  const t = await getTranslations('shell');
  const other = locale === 'vi' ? 'en' : 'vi';
  return (
    <form action={setLocaleAction} className={className}>
      <input type="hidden" name="locale" value={other} />
      <button
        type="submit"
        lang={other}
        aria-label={t('switchToLabel')}
        className={cn('inline-flex h-9 items-center gap-1.5 rounded-md px-2.5 text-sm font-medium hover:bg-black/5')}
      >
        <Languages aria-hidden className="size-4" />
        {t('switchTo')}
      </button>
    </form>
  );
}
