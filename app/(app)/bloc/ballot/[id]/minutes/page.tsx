import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { BallotPrintButton } from '@/components/bloc/ballot-session-controls';
import { getBlocBallotMinutes } from '@/db/queries/bloc-ballot-views';
import { getCurrentUser } from '@/db/queries/current-user';

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return { title: `${(await getTranslations('blocBallot.minutes'))('title')} #${(await params).id}` };
}

// Printing shows the minutes alone, on A4 with administrative margins: the app's shell is hidden.
const PRINT_CSS = `
@media print {
  @page { size: A4; margin: 20mm 15mm 20mm 30mm; }
  body * { visibility: hidden; }
  #bloc-minutes, #bloc-minutes * { visibility: visible; }
  #bloc-minutes { position: absolute; inset: 0 auto auto 0; width: 100%; box-shadow: none; border: 0; padding: 0; }
  .minutes-no-print { display: none !important; }
}`;

/** The minutes of a ballot session (biên bản), in the Vietnamese administrative layout, in the
 * viewer's language: motto, bloc, place and date, attendance, candidates, tallies against the
 * threshold, the lead decisions with reasons, and the head's and deputy's signature blocks. */
export default async function BlocBallotMinutesPage({ params }: Params) {
  const viewer = await getCurrentUser();
  if (!viewer) return null;
  const id = Number((await params).id);
  const m = Number.isInteger(id) && id > 0 ? await getBlocBallotMinutes(viewer, id) : null;
  if (!m) notFound();
  const t = await getTranslations('blocBallot');
  const locale = await getLocale();
  const format = await getFormatter();
  const pick = (vi: string, en: string) => (locale === 'vi' ? vi : en);
  const bloc = pick(m.blocVi, m.blocEn);
  const [y, mo, d] = m.heldOn.split('-');
  const longDate = format.dateTime(new Date(`${m.heldOn}T00:00:00+07:00`), { dateStyle: 'long', timeZone: 'Asia/Ho_Chi_Minh' });
  const place = pick(m.placeVi, m.placeEn);
  const placeDate = locale === 'vi' ? t('minutes.placeDate', { place, day: d!, month: mo!, year: y!, date: longDate }) : t('minutes.placeDate', { place, date: longDate, day: d!, month: mo!, year: y! });
  const decided = m.candidates.filter((c) => c.decision);

  return (
    <div className="mx-auto max-w-[52rem] space-y-4">
      <style>{PRINT_CSS}</style>
      <div className="minutes-no-print flex justify-end">
        <BallotPrintButton label={t('minutes.print')} />
      </div>
      <article id="bloc-minutes" className="space-y-5 border border-stone-200 bg-white p-8 font-serif text-[15px] leading-relaxed text-black shadow-sm">
        <header className="grid grid-cols-1 gap-4 sm:grid-cols-[2fr_3fr]">
          <div className="text-center">
            <p className="font-semibold uppercase">{bloc}</p>
            <p className="mx-auto w-24 border-b border-black" aria-hidden="true" />
          </div>
          <div className="text-center">
            <p className="font-bold">{t('minutes.motto1')}</p>
            <p className="font-semibold">{t('minutes.motto2')}</p>
            <p className="mx-auto w-48 border-b border-black" aria-hidden="true" />
            <p className="mt-2 italic">{placeDate}</p>
          </div>
        </header>
        <div className="text-center">
          <h1 className="text-lg font-bold">{t('minutes.title')}</h1>
          <p className="font-semibold">{t('minutes.subtitle', { round: m.roundNo, bloc, year: m.year })}</p>
        </div>
        <p>{t('minutes.opening', { date: longDate, bloc, mode: t(`mode.${m.mode}`).toLowerCase(), year: m.year })}</p>

        <section className="space-y-1">
          <h2 className="font-bold">{t('minutes.attendance', { present: m.membersPresent, total: m.membersTotal })}</h2>
          <ol className="list-decimal pl-6">
            {m.attendance.map((u) => (
              <li key={u.unitId}>{pick(u.nameVi, u.nameEn)}</li>
            ))}
          </ol>
          {m.absent.length > 0 ? <p>{t('minutes.absent', { names: m.absent.map((u) => pick(u.nameVi, u.nameEn)).join('; ') })}</p> : null}
        </section>

        <section className="space-y-1">
          <h2 className="font-bold">{t('minutes.candidates')}</h2>
          <ol className="list-decimal pl-6">
            {m.candidates.map((c) => (
              <li key={c.id}>
                {pick(c.nomineeVi, c.nomineeEn)} — {pick(c.awardVi, c.awardEn)} ({c.reference})
              </li>
            ))}
          </ol>
        </section>

        <section className="space-y-1">
          <h2 className="font-bold">{t('minutes.tally')}</h2>
          <p>{t('minutes.threshold', { needed: m.needed, total: m.membersTotal })}</p>
          {m.state === 'closed' ? (
            <table className="w-full border-collapse text-left">
              <thead>
                <tr>
                  <th className="border border-black px-2 py-1">{t('session.position')}</th>
                  <th className="border border-black px-2 py-1">{t('session.nomination')}</th>
                  <th className="border border-black px-2 py-1">{t('session.votesFor')}</th>
                  <th className="border border-black px-2 py-1">{t('session.votesAgainst')}</th>
                  <th className="border border-black px-2 py-1">{t('session.result')}</th>
                </tr>
              </thead>
              <tbody>
                {m.candidates.map((c) => (
                  <tr key={c.id}>
                    <td className="border border-black px-2 py-1">{c.position}</td>
                    <td className="border border-black px-2 py-1">{pick(c.nomineeVi, c.nomineeEn)}</td>
                    <td className="border border-black px-2 py-1">{c.tally ? `${c.tally.votesFor}/${m.membersTotal}` : '—'}</td>
                    <td className="border border-black px-2 py-1">{c.tally?.votesAgainst ?? '—'}</td>
                    <td className="border border-black px-2 py-1">{c.tally ? (c.tally.passed ? t('session.passed') : t('session.failed')) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p className="italic">{t('minutes.notClosed')}</p>
          )}
        </section>

        <section className="space-y-1">
          <h2 className="font-bold">{t('minutes.decisions')}</h2>
          {decided.length === 0 ? (
            <p>{t('minutes.noDecisions')}</p>
          ) : (
            <ul className="list-disc pl-6">
              {decided.map((c) => (
                <li key={c.id}>
                  {pick(c.nomineeVi, c.nomineeEn)}: {t('session.decision', { choice: c.decision!.chosen ? t('session.decisionChosen') : t('session.decisionNotChosen'), reason: c.decision!.reason, by: c.decision!.decidedBy })}
                </li>
              ))}
            </ul>
          )}
        </section>

        <footer className="grid grid-cols-2 gap-6 pt-6 text-center break-inside-avoid">
          {[
            { title: t('minutes.deputy'), signer: m.deputy },
            { title: t('minutes.head'), signer: m.head },
          ].map(({ title, signer }) => (
            <div key={title} className="space-y-1">
              <p className="font-bold">{title}</p>
              <p className="text-sm">{signer ? pick(signer.unitVi, signer.unitEn) : ''}</p>
              <p className="text-sm italic">{t('minutes.signHint')}</p>
              <p className="pt-16 font-semibold">{signer?.name ?? ''}</p>
            </div>
          ))}
        </footer>
      </article>
    </div>
  );
}
