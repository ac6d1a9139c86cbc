import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { AgendaAddForm } from '@/components/council/agenda-add-form';
import { AgendaItemControls } from '@/components/council/agenda-controls';
import { AttendanceSheet } from '@/components/council/attendance-sheet';
import { CouncilBallotForm } from '@/components/council/ballot-form';
import { SessionStateBadge } from '@/components/council/session-state';
import { SessionControl } from '@/components/council/session-controls';
import { VoteResult } from '@/components/council/vote-result';
import { StatusBadge } from '@/components/nominations/status-badge';
import { Card, CardBody, CardHeader, EmptyState } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { getCurrentUser } from '@/db/queries/current-user';
import { getCouncilSession, type AgendaItemView } from '@/db/queries/council-views';
import { LEGAL_BASIS_COUNCIL_QUORUM } from '@/lib/rules/council-ballot';
import { votesNeeded } from '@/lib/rules/votes';
import { IN_COUNCIL } from '@/lib/workflow/status-groups';

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return { title: `${(await getTranslations('council'))('title')} #${(await params).id}` };
}

const dayOf = (day: string) => new Date(`${day}T00:00:00+07:00`);

/** One council session: attendance and the quorum it makes, the agenda grouped by award with each
 * item's ballot or result, the nominations that may join it, opening, closing and the minutes. */
export default async function CouncilSessionPage({ params }: Params) {
  const viewer = await getCurrentUser();
  if (!viewer) return null;
  const id = Number((await params).id);
  const s = Number.isInteger(id) && id > 0 ? await getCouncilSession(viewer, id) : null;
  if (!s) notFound();
  const t = await getTranslations('council');
  const locale = await getLocale();
  const format = await getFormatter();
  const pick = (vi: string, en: string) => (locale === 'vi' ? vi : en);
  const pct = (value: string | number) => format.number(Number(value) / 100, { style: 'percent', maximumFractionDigits: 2 });
  const editable = s.isSecretary && s.state !== 'closed';
  const unvoted = s.agenda.filter((i) => !i.vote).length;
  const ruleText =
    s.quorumRule.setBy.length === 0
      ? t('quorum.ruleDefault', { pct: pct(s.quorumRule.pct) })
      : t('quorum.ruleAward', { pct: pct(s.quorumRule.pct), awards: s.quorumRule.setBy.map((a) => pick(a.nameVi, a.nameEn)).join('; ') });

  // The agenda grouped by award, groups in the order their first item is taken.
  const order = s.agenda.map((i) => i.nominationId);
  const groups: AgendaItemView[][] = [];
  for (const item of s.agenda) {
    const group = groups.find((g) => g[0]!.award.id === item.award.id);
    if (group) group.push(item);
    else groups.push([item]);
  }

  return (
    <div className="mx-auto max-w-6xl space-y-5">
      <Link href="/council" className="text-sm text-brand-700 hover:underline">
        ← {t('session.back')}
      </Link>
      <header className="space-y-2">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold text-stone-900">{t('session.title', { date: format.dateTime(dayOf(s.heldOn), 'short') })}</h1>
          <SessionStateBadge state={s.state} />
        </div>
        <p className="text-sm text-stone-700">
          {pick(s.councilVi, s.councilEn)} · {s.location ? t('session.place', { location: s.location }) : t('session.noLocation')} · {t('session.membersTotal', { total: s.council.membersTotal })}
        </p>
        <div className="flex flex-wrap gap-2">
          {s.isSecretary && s.state === 'planned' ? <SessionControl kind="open" sessionId={s.id} unvoted={unvoted} /> : null}
          {editable ? <SessionControl kind="close" sessionId={s.id} unvoted={unvoted} /> : null}
          <a href={`/api/council/sessions/${s.id}/minutes?format=pdf`} className="inline-flex h-10 items-center rounded-md border border-stone-300 bg-white px-4 text-sm font-medium text-stone-800 hover:bg-stone-100">
            {t('session.minutesPdf')}
          </a>
          <a href={`/api/council/sessions/${s.id}/minutes?format=docx`} className="inline-flex h-10 items-center rounded-md border border-stone-300 bg-white px-4 text-sm font-medium text-stone-800 hover:bg-stone-100">
            {t('session.minutesDocx')}
          </a>
        </div>
        {s.state === 'planned' ? <p className="text-sm text-stone-600">{t('session.plannedHint')}</p> : null}
        {s.state === 'closed' ? <p className="text-sm text-stone-600">{t('session.closedHint', { time: s.closedAt ? format.dateTime(s.closedAt, 'withTime') : '' })}</p> : null}
      </header>

      <Card aria-labelledby="attendance-title">
        <CardHeader id="attendance-title" title={t('attendance.title', { count: s.council.membersTotal })} description={t('attendance.description')} />
        <CardBody>
          <AttendanceSheet
            sessionId={s.id}
            editable={editable}
            quorumPct={s.quorumRule.pct}
            ruleText={`${ruleText} ${t('quorum.basis', { basis: LEGAL_BASIS_COUNCIL_QUORUM })}`}
            members={s.members.map((m) => ({ memberId: m.memberId, name: m.name, positionLabel: t(`positions.${m.position}`), title: pick(m.titleVi, m.titleEn), standing: m.standing, attendance: m.attendance }))}
          />
        </CardBody>
      </Card>

      <Card aria-labelledby="agenda-title">
        <CardHeader id="agenda-title" title={t('agenda.title', { count: s.agenda.length })} description={s.state === 'planned' && s.isSecretary ? t('agenda.waitingOpen') : undefined} />
        {groups.length === 0 ? <EmptyState>{t('agenda.empty')}</EmptyState> : null}
        {groups.map((group) => {
          const award = group[0]!.award;
          const ruleLine =
            award.rule === 'standing_committee'
              ? t('agenda.rule.standing_committee', { present: s.standing.present + s.standing.writtenVotes, total: s.standing.membersTotal })
              : award.rule === 'threshold_present'
                ? t('agenda.rule.threshold_present', { pct: pct(award.thresholdPct!) })
                : t('agenda.rule.threshold_all_members', { pct: pct(award.thresholdPct!), needed: votesNeeded(s.council.membersTotal, award.thresholdPct!), total: s.council.membersTotal });
          return (
            <section key={award.id} aria-labelledby={`award-${award.id}`} className="border-t border-stone-100 first:border-t-0">
              <div className="bg-gold-50 px-4 py-2">
                <h3 id={`award-${award.id}`} className="text-sm font-semibold text-gold-700">
                  {t('agenda.group', { award: pick(award.nameVi, award.nameEn), count: group.length })}
                </h3>
                <p className="text-xs text-stone-700">{ruleLine}</p>
              </div>
              <Table>
                <thead>
                  <tr>
                    <Th className="w-10">{t('agenda.columns.position')}</Th>
                    <Th>{t('agenda.columns.nomination')}</Th>
                    <Th>{t('agenda.columns.eligibility')}</Th>
                    <Th>{t('agenda.columns.result')}</Th>
                    {editable ? <Th>{t('agenda.columns.controls')}</Th> : null}
                  </tr>
                </thead>
                <tbody>
                  {group.map((item, i) => (
                    <tr key={item.nominationId} id={`item-${item.nominationId}`} data-nominee={pick(item.nomineeVi, item.nomineeEn)}>
                      <Td className="tabular-nums">{item.position}</Td>
                      <Td className="min-w-56">
                        <Link href={`/nominations/${item.nominationId}`} className="font-mono text-brand-700 hover:underline">
                          {item.reference}
                        </Link>
                        <span className="block font-medium">{pick(item.nomineeVi, item.nomineeEn)}</span>
                        <span className="block text-xs text-stone-600">{pick(item.unitVi, item.unitEn)}</span>
                        <span className="block text-xs text-stone-600">{pick(award.nameVi, award.nameEn)}</span>
                        <StatusBadge status={item.status} />
                      </Td>
                      <Td className="text-xs">
                        {item.eligibility ? (
                          <span className={item.eligibility.overall === 'pass' ? 'text-emerald-800' : 'text-red-800'}>
                            {item.eligibility.overall === 'pass' ? t('agenda.eligibility.pass') : t('agenda.eligibility.fail', { count: item.eligibility.failures })}
                          </span>
                        ) : (
                          <span className="text-stone-600">{item.vote ? t('agenda.eligibility.voted') : '—'}</span>
                        )}
                        {item.eligibility && item.eligibility.waiting > 0 ? <span className="block text-stone-600">{t('agenda.eligibility.waiting', { count: item.eligibility.waiting })}</span> : null}
                        {item.overridden ? <span className="block text-amber-800">{t('agenda.eligibility.overridden')}</span> : null}
                      </Td>
                      <Td className="min-w-64">
                        {item.vote ? (
                          <VoteResult rule={award.rule} vote={item.vote} legalBasis={award.legalBasis} />
                        ) : s.isSecretary && s.state === 'open' && item.status === IN_COUNCIL ? (
                          <CouncilBallotForm
                            sessionId={s.id}
                            nominationId={item.nominationId}
                            version={item.version}
                            reference={item.reference}
                            nominee={pick(item.nomineeVi, item.nomineeEn)}
                            award={{ reviewBody: award.reviewBody, thresholdPct: award.thresholdPct, basis: award.basis, requiresPublicNotice: award.requiresPublicNotice }}
                            council={s.council}
                            standing={s.standing}
                            quorumMet={s.quorum.met}
                          />
                        ) : item.status !== IN_COUNCIL ? (
                          <span className="text-xs text-amber-800">{t('agenda.notInCouncil')}</span>
                        ) : (
                          <span className="text-xs text-stone-600">{t('agenda.notVoted')}</span>
                        )}
                      </Td>
                      {editable ? (
                        <Td>
                          <AgendaItemControls
                            sessionId={s.id}
                            order={order}
                            nominationId={item.nominationId}
                            previousId={group[i - 1]?.nominationId ?? null}
                            nextId={group[i + 1]?.nominationId ?? null}
                            reference={item.reference}
                            removable={!item.vote}
                          />
                        </Td>
                      ) : null}
                    </tr>
                  ))}
                </tbody>
              </Table>
            </section>
          );
        })}
      </Card>

      {editable ? (
        <Card aria-labelledby="agenda-add-title">
          <CardHeader id="agenda-add-title" title={t('add.title')} description={t('add.description')} />
          <CardBody>
            <AgendaAddForm sessionId={s.id} candidates={s.candidates} />
          </CardBody>
        </Card>
      ) : null}
    </div>
  );
}
