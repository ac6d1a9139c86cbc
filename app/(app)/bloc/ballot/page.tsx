import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { listBlocBallotTerms } from '@/db/queries/bloc-ballot-views';
import { getCurrentUser } from '@/db/queries/current-user';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('blocBallot'))('title') };
}

/** The bloc-years the viewer belongs to, each with its ballot sessions; the lead calls the next round. */
export default async function BlocBallotListPage() {
  const viewer = await getCurrentUser();
  if (!viewer) return null;
  const terms = await listBlocBallotTerms(viewer);
  const t = await getTranslations('blocBallot');
  const locale = await getLocale();
  const format = await getFormatter();
  return (
    <div className="mx-auto max-w-5xl space-y-5">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold text-stone-900">{t('title')}</h1>
        <p className="text-sm text-stone-600">{t('intro')}</p>
      </header>
      {terms.length === 0 ? <p className="text-sm text-stone-600">{t('noTerms')}</p> : null}
      {terms.map((term) => (
        <Card key={term.termId}>
          <CardHeader
            title={t('termHeading', { bloc: locale === 'vi' ? term.nameVi : term.nameEn, year: term.year })}
            action={
              term.isLead ? (
                term.nextRound ? (
                  <Link href={`/bloc/ballot/new?term=${term.termId}`} className="inline-flex h-10 items-center rounded-md bg-brand-700 px-4 text-sm font-medium text-white hover:bg-brand-800">
                    {t('newSession', { round: term.nextRound })}
                  </Link>
                ) : (
                  <p className="text-sm text-stone-600">{term.blockedBy === 'bloc_round_order' ? t('roundOrder') : t('roundLimit')}</p>
                )
              ) : null
            }
          />
          <CardBody>
            {term.sessions.length === 0 ? (
              <p className="text-sm text-stone-600">{t('noSessions')}</p>
            ) : (
              <Table>
                <thead>
                  <tr>
                    <Th>{t('columns.round')}</Th>
                    <Th>{t('columns.heldOn')}</Th>
                    <Th>{t('columns.mode')}</Th>
                    <Th>{t('columns.state')}</Th>
                    <Th>{t('columns.attendance')}</Th>
                  </tr>
                </thead>
                <tbody>
                  {term.sessions.map((s) => (
                    <tr key={s.id}>
                      <Td>
                        <Link href={`/bloc/ballot/${s.id}`} className="font-medium text-brand-700 hover:underline">
                          {t('round', { round: s.roundNo })}
                        </Link>
                      </Td>
                      <Td>{format.dateTime(new Date(`${s.heldOn}T00:00:00+07:00`), { dateStyle: 'short', timeZone: 'Asia/Ho_Chi_Minh' })}</Td>
                      <Td>{t(`mode.${s.mode}`)}</Td>
                      <Td>{t(`state.${s.state}`)}</Td>
                      <Td>{t('presentOf', { present: s.membersPresent, total: s.membersTotal })}</Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            )}
          </CardBody>
        </Card>
      ))}
    </div>
  );
}
