import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { VerifyForm } from '@/components/decisions/verify-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('decisions.verify'))('title') };
}

/** Anyone types the code printed on a decision or a certificate; the result has an address of its own
 * (the one the QR code opens). */
export default async function VerifyPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const code = (await searchParams).code;
  if (typeof code === 'string' && code.trim()) redirect(`/public/verify/${encodeURIComponent(code.trim().slice(0, 60))}`);
  const t = await getTranslations('decisions.verify');
  return (
    <div className="space-y-4">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold text-stone-900">{t('title')}</h1>
        <p className="text-sm text-stone-700">{t('intro')}</p>
      </div>
      <VerifyForm />
    </div>
  );
}
