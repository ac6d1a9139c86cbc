import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { BallotCastForm, BallotCloseButton, BallotDecisionButton, BallotEndorseButton, BallotOpenButton } from '@/components/bloc/ballot-session-controls';
import { StatusBadge } from '@/components/nominations/status-badge';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { getBlocBallotSession } from '@/db/queries/bloc-ballot-views';
import { getCurrentUser } from '@/db/queries/current-user';

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return { title: `${(await getTranslations('blocBallot'))('title')} #${(await params).id}` };
}

/** One ballot session: attendance, candidates, casting (present unit heads), closing and tallies,
 * lead decisions and endorsement (the lead). Counts appear only once the session has closed. */
export default async function BlocBallotSessionPage({ params }: Params) {
  const viewer = await getCurrentUser();
  if (!viewer) return null;
  const id = Number((await params).id);
  const s = Number.isInteger(id) && id > 0 ? await getBlocBallotSession(viewer, id) : null;
  if (!s) notFound();
  const t = await getTranslations('blocBallot');
  const locale = await getLocale();
  const format = await getFormatter();
  const pick = (vi: string, en: string) => (locale === 'vi' ? vi : en);
  const date = format.dateTime(new Date(`${s.heldOn}T00:00:00+07:00`), { dateStyle: 'long', timeZone: 'Asia/Ho_Chi_Minh' });
  const candidates = s.candidates.map((c) => ({ id: c.id, reference: c.reference, name: pick(c.nomineeVi, c.nomineeEn) }));

  return (
    <div className="mx-auto max-w-5xl space-y-5">
      <Link href="/bloc/ballot" className="text-sm text-brand-700 hover:underline">
        ← {t('session.back')}
      </Link>
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold text-stone-900">{t('session.title', { round: s.roundNo, bloc: pick(s.blocVi, s.blocEn), year: s.year })}</h1>
        <p className="text-sm text-stone-700">
          {t('session.heldOn', { date })} · {t(`mode.${s.mode}`)} · {t(`state.${s.state}`)}
        </p>
        <p className="text-sm text-stone-700">{t('session.threshold', { needed: s.needed, total: s.membersTotal })}</p>
        <div className="flex flex-wrap gap-2">
          {s.isLead && s.state === 'planned' && s.mode === 'electronic' ? <BallotOpenButton sessionId={s.id} /> : null}
          {s.isLead && (s.state === 'open' || (s.mode === 'paper' && s.state === 'planned')) ? <BallotCloseButton sessionId={s.id} paper={s.mode === 'paper'} candidates={candidates} /> : null}
          <Link href={`/bloc/ballot/${s.id}/minutes`} className="inline-flex h-10 items-center rounded-md border border-stone-300 bg-white px-4 text-sm font-medium text-stone-800 hover:bg-stone-100">
            {t('session.minutes')}
          </Link>
        </div>
      </header>

      {s.mode === 'electronic' && s.state !== 'planned' ? (
        <p className="rounded-md border border-stone-200 bg-stone-50 px-3 py-2 text-sm" aria-live="polite">
          {t('session.voted', { voted: s.voted, present: s.membersPresent })}
        </p>
      ) : null}

      {s.canCast ? (
        <Card>
          <CardHeader title={t('session.castTitle')} />
          <CardBody>
            <BallotCastForm sessionId={s.id} candidates={candidates} />
          </CardBody>
        </Card>
      ) : s.ownUnitVoted ? (
        <p className="text-sm text-emerald-800">{t('session.ownVoted')}</p>
      ) : null}

      <Card>
        <CardHeader title={t('session.candidates')} />
        <CardBody className="overflow-x-auto">
          <Table>
            <thead>
              <tr>
                <Th>{t('session.position')}</Th>
                <Th>{t('session.nomination')}</Th>
                <Th>{t('session.result')}</Th>
                <Th>
                  <span className="sr-only">{t('session.endorse')}</span>
                </Th>
              </tr>
            </thead>
            <tbody>
              {s.candidates.map((c) => (
                <tr key={c.id}>
                  <Td>{c.position}</Td>
                  <Td>
                    <Link href={`/nominations/${c.id}`} className="font-mono text-brand-700 hover:underline">
                      {c.reference}
                    </Link>{' '}
                    <span className="font-medium">{pick(c.nomineeVi, c.nomineeEn)}</span>
                    <span className="block text-xs text-stone-600">{pick(c.awardVi, c.awardEn)}</span>
                    <StatusBadge status={c.status} />
                  </Td>
                  <Td>
                    {c.tally ? (
                      <>
                        {t('session.votes', { votesFor: c.tally.votesFor, votesAgainst: c.tally.votesAgainst })}{' '}
                        <strong className={c.tally.passed ? 'text-emerald-800' : 'text-red-800'}>{c.tally.passed ? t('session.passed') : t('session.failed')}</strong>
                      </>
                    ) : (
                      <span className="text-stone-600">{t('session.hidden')}</span>
                    )}
                    {c.decision ? (
                      <span className="mt-1 block text-xs text-stone-700">
                        {t('session.decision', { choice: c.decision.chosen ? t('session.decisionChosen') : t('session.decisionNotChosen'), reason: c.decision.reason, by: c.decision.decidedBy })}
                      </span>
                    ) : null}
                  </Td>
                  <Td className="space-y-2">
                    {c.endorsable ? <BallotEndorseButton nominationId={c.id} version={c.version} reference={c.reference} /> : null}
                    {c.decidable ? <BallotDecisionButton sessionId={s.id} nominationId={c.id} reference={c.reference} /> : null}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </CardBody>
      </Card>

      <div className="grid gap-4 sm:grid-cols-2">
        <Card>
          <CardHeader title={t('session.attendance', { count: s.attendance.length })} />
          <CardBody>
            <ul className="list-disc pl-5 text-sm">
              {s.attendance.map((u) => (
                <li key={u.unitId}>{pick(u.nameVi, u.nameEn)}</li>
              ))}
            </ul>
          </CardBody>
        </Card>
        <Card>
          <CardHeader title={t('session.absent', { count: s.absent.length })} />
          <CardBody>
            <ul className="list-disc pl-5 text-sm">
              {s.absent.map((u) => (
                <li key={u.unitId}>{pick(u.nameVi, u.nameEn)}</li>
              ))}
            </ul>
          </CardBody>
        </Card>
      </div>
    </div>
  );
}
