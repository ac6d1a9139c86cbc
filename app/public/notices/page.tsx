import { Megaphone } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { NoticeWindow } from '@/components/public/notice-window';
import { listPublicNotices, type PublicNoticeSummary } from '@/db/queries/public-notices';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('publicNotice.list'))('title') };
}

/** The public notices, open to everyone without signing in: those running and those closed lately. */
export default async function PublicNoticesPage() {
  const t = await getTranslations('publicNotice.list');
  const locale = await getLocale();
  const notices = await listPublicNotices();
  const running = notices.filter((n) => n.state === 'running');
  const closed = notices.filter((n) => n.state === 'closed');
  const awardOf = (n: PublicNoticeSummary) => (locale === 'vi' ? n.awardVi : n.awardEn) ?? t('untitled');

  const list = (items: PublicNoticeSummary[], headingId: string) => (
    <ul aria-labelledby={headingId} className="space-y-3">
      {items.map((n) => (
        <li key={n.id} className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
          <h3 className="text-base font-semibold">
            <Link href={`/public/notices/${n.id}`} className="text-brand-800 underline-offset-2 hover:underline">
              {awardOf(n)}
            </Link>
          </h3>
          <p className="text-sm text-stone-700">{locale === 'vi' ? n.roundVi : n.roundEn}</p>
          <div className="mt-2 flex flex-wrap items-end justify-between gap-2">
            <NoticeWindow opensOn={n.opensOn} closesOn={n.closesOn} workingDays={n.workingDays} workingDaysLeft={n.workingDaysLeft} phase={n.phase} />
            <p className="text-sm text-stone-700">{t('candidates', { count: n.candidateCount })}</p>
          </div>
        </li>
      ))}
    </ul>
  );

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold text-stone-900">{t('title')}</h1>
        <p className="text-stone-700">{t('intro')}</p>
      </header>
      <section className="space-y-3">
        <h2 id="notices-running" className="flex items-center gap-2 text-lg font-semibold text-stone-900">
          <Megaphone aria-hidden className="size-5 text-brand-700" />
          {t('running')}
        </h2>
        {running.length === 0 ? <p className="rounded-lg border border-stone-200 bg-white px-4 py-6 text-center text-sm text-stone-600">{t('runningEmpty')}</p> : list(running, 'notices-running')}
      </section>
      <section className="space-y-3">
        <h2 id="notices-closed" className="text-lg font-semibold text-stone-900">
          {t('closed')}
        </h2>
        {closed.length === 0 ? <p className="rounded-lg border border-stone-200 bg-white px-4 py-6 text-center text-sm text-stone-600">{t('closedEmpty')}</p> : list(closed, 'notices-closed')}
      </section>
    </div>
  );
}
