'use client';

import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';

/** quality.md S13: a generic message and a reference; the details stay in the server log. */
export default function SignedInError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('errors');
  return (
    <div role="alert" className="mx-auto max-w-xl rounded-lg border border-red-200 bg-white p-6 shadow-sm">
      <h1 className="text-lg font-semibold text-red-800">{t('title')}</h1>
      <p className="mt-2 text-stone-700">{t('generic')}</p>
      {error.digest ? <p className="mt-2 font-mono text-sm text-stone-600">{t('reference', { digest: error.digest })}</p> : null}
      <Button className="mt-4" onClick={reset}>
        {t('retry')}
      </Button>
    </div>
  );
}
