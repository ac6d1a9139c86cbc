import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { buttonVariants } from '@/components/ui/button';

export default async function NotFound() {
  const t = await getTranslations('errors');
  return (
    <main className="mx-auto flex min-h-dvh max-w-xl flex-col items-start justify-center gap-3 px-6">
      <h1 className="text-2xl font-semibold">{t('notFound')}</h1>
      <p className="text-stone-700">{t('notFoundHint')}</p>
      <Link href="/" className={buttonVariants()}>
        {t('backHome')}
      </Link>
    </main>
  );
}
