import { ChevronLeft, MessageSquarePlus } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { CommentForm } from '@/components/public/comment-form';
import { NoticeWindow } from '@/components/public/notice-window';
import { getPublicNotice } from '@/db/queries/public-notices';
import { CANDIDATE_TOKEN } from '@/lib/validation/notice';
import { cn } from '@/lib/utils';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ candidate?: string | string[] }> };

async function load(id: string) {
  return /^\d{1,9}$/.test(id) ? getPublicNotice(Number(id)) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations('publicNotice');
  const locale = await getLocale();
  const notice = await load((await params).id);
  const award = notice ? ((locale === 'vi' ? notice.awardVi : notice.awardEn) ?? t('list.untitled')) : t('list.title');
  return { title: t('detail.title', { award }) };
}

/** One public notice: its candidates, its comment window, and the form for comments while it runs.
 * Only what is meant to be public (the DTO of db/queries/public-notices). */
export default async function PublicNoticePage({ params, searchParams }: Props) {
  const notice = await load((await params).id);
  if (!notice) notFound();
  const asked = (await searchParams).candidate;
  const t = await getTranslations('publicNotice');
  const locale = await getLocale();
  const pick = (vi: string | null, en: string | null) => (locale === 'vi' ? vi : en);
  const award = pick(notice.awardVi, notice.awardEn) ?? t('list.untitled');
  const selected = typeof asked === 'string' && CANDIDATE_TOKEN.test(asked) && notice.candidates.some((c) => c.token === asked) ? asked : null;
  const nameOf = (c: (typeof notice.candidates)[number]) => {
    const name = pick(c.nameVi, c.nameEn) ?? c.nameVi;
    return c.kind === 'household' ? t('detail.household', { name }) : name;
  };

  return (
    <div className="space-y-8">
      <nav aria-label={t('detail.breadcrumb')}>
        <Link href="/public/notices" className="inline-flex items-center gap-1 text-sm text-brand-800 underline-offset-2 hover:underline">
          <ChevronLeft aria-hidden className="size-4" />
          {t('detail.back')}
        </Link>
      </nav>
      <header className="space-y-3">
        <p
          className={cn(
            'inline-flex rounded-full px-2.5 py-0.5 text-xs font-medium ring-1 ring-inset',
            notice.state === 'running' ? 'bg-emerald-50 text-emerald-800 ring-emerald-200' : 'bg-stone-100 text-stone-700 ring-stone-300',
          )}
        >
          {t(`detail.state.${notice.state}`)}
        </p>
        <h1 className="text-2xl font-semibold text-stone-900">{t('detail.title', { award })}</h1>
        <p className="text-stone-700">{pick(notice.roundVi, notice.roundEn)}</p>
        <NoticeWindow opensOn={notice.opensOn} closesOn={notice.closesOn} workingDays={notice.workingDays} workingDaysLeft={notice.workingDaysLeft} phase={notice.phase} />
        <p className="text-sm text-stone-700">{t('detail.intro')}</p>
      </header>

      <section aria-labelledby="candidates-title" className="space-y-3">
        <h2 id="candidates-title" className="text-lg font-semibold text-stone-900">
          {t('detail.candidates', { count: notice.candidates.length })}
        </h2>
        {notice.candidates.length === 0 ? (
          <p className="rounded-lg border border-stone-200 bg-white px-4 py-6 text-center text-sm text-stone-600">{t('detail.noCandidates')}</p>
        ) : (
          <ol className="space-y-3">
            {notice.candidates.map((c, index) => (
              <li key={c.token} className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
                <article aria-labelledby={`candidate-${index}`} className="space-y-2">
                  <h3 id={`candidate-${index}`} className="text-base font-semibold text-stone-900">
                    <span className="mr-1 tabular-nums text-stone-600">{index + 1}.</span>
                    {nameOf(c)}
                  </h3>
                  {c.position || pick(c.unitVi, c.unitEn) ? (
                    <dl className="grid gap-x-3 gap-y-0.5 text-sm sm:grid-cols-[auto_minmax(0,1fr)]">
                      {c.position ? (
                        <>
                          <dt className="text-stone-600">{t('detail.position')}</dt>
                          <dd lang="vi" className="text-stone-800">
                            {c.position}
                          </dd>
                        </>
                      ) : null}
                      {pick(c.unitVi, c.unitEn) ? (
                        <>
                          <dt className="text-stone-600">{t('detail.unit')}</dt>
                          <dd className="text-stone-800">{pick(c.unitVi, c.unitEn)}</dd>
                        </>
                      ) : null}
                    </dl>
                  ) : null}
                  <div>
                    <h4 className="text-sm font-medium text-stone-600">{t('detail.summary')}</h4>
                    <p lang="vi" className="text-[15px] leading-relaxed text-stone-800">
                      {c.summary}
                    </p>
                  </div>
                  {notice.acceptingComments ? (
                    <Link
                      href={`/public/notices/${notice.id}?candidate=${c.token}#comment-form`}
                      className="inline-flex items-center gap-1.5 text-sm font-medium text-brand-800 underline-offset-2 hover:underline"
                    >
                      <MessageSquarePlus aria-hidden className="size-4" />
                      {t('detail.commentOn', { name: nameOf(c) })}
                    </Link>
                  ) : null}
                </article>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section id="comment-form" aria-labelledby="comment-title" className="scroll-mt-4 space-y-3 rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
        <h2 id="comment-title" className="text-lg font-semibold text-stone-900">
          {t('form.title')}
        </h2>
        {notice.acceptingComments && notice.candidates.length > 0 ? (
          <>
            <p className="text-sm text-stone-700">{t('form.intro')}</p>
            <CommentForm key={selected ?? 'none'} noticeId={notice.id} candidates={notice.candidates.map((c) => ({ token: c.token, name: nameOf(c) }))} selected={selected} />
          </>
        ) : (
          <p className="text-sm text-stone-700">{t(`form.closed.${notice.phase === 'open' ? 'ended' : notice.phase}`)}</p>
        )}
      </section>
    </div>
  );
}
