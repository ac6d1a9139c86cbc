import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { NominationTable } from '@/components/home/nomination-table';
import { buttonVariants } from '@/components/ui/button';
import { Card, CardHeader, EmptyState, Stat } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { getApproverHome } from '@/db/queries/decision-home';
import type { RoleGrant } from '@/lib/policy/viewer';

const dayOf = (day: string) => new Date(`${day}T00:00:00+07:00`);

/** The approver's home section (ux.md): nominations awaiting a decision grouped by award, with the
 * draft that holds each; the drafts; the decisions issued lately. */
export async function ApproverSection({ grant }: { grant: RoleGrant }) {
  const home = await getApproverHome(grant);
  if (!home) return null;
  const t = await getTranslations('home');
  const td = await getTranslations('decisions');
  const locale = await getLocale();
  const format = await getFormatter();
  const awaiting = home.byAward.reduce((n, g) => n + g.items.length, 0);
  const day = (d: string | null) => (d ? format.dateTime(dayOf(d), 'short') : '—');
  const link = 'whitespace-nowrap font-medium text-brand-700 underline-offset-2 hover:underline';
  return (
    <section aria-labelledby="approver-title" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="approver-title" className="text-lg font-semibold text-stone-900">
          {t('approver.title')}
        </h2>
        <Link href="/decisions/new" className={buttonVariants()}>
          {td('home.build')}
        </Link>
      </div>
      <div className="grid grid-cols-2 gap-3">
        <Stat label={t('approver.awaiting')} value={awaiting} tone={awaiting > 0 ? 'attention' : 'neutral'} />
        <Stat label={td('home.drafts')} value={home.drafts.length} />
      </div>
      <Card>
        <CardHeader id="approver-awaiting" title={t('approver.awaiting')} />
        {home.byAward.length === 0 ? (
          <EmptyState>{t('approver.awaitingEmpty')}</EmptyState>
        ) : (
          home.byAward.map((group) => (
            <div key={group.awardVi}>
              <h3 className="bg-gold-50 px-4 py-2 text-sm font-semibold text-gold-700">{t('approver.group', { award: locale === 'vi' ? group.awardVi : group.awardEn, count: group.items.length })}</h3>
              <NominationTable
                rows={group.items}
                empty=""
                columns={['reference', 'nominee', 'proposingUnit', 'updated']}
                extra={[
                  {
                    header: td('home.drafts'),
                    cell: (r) =>
                      r.draft ? (
                        <Link href={`/decisions/${r.draft.id}`} className={link}>
                          {td('home.inDraft', { number: r.draft.number })}
                        </Link>
                      ) : (
                        <span className="text-stone-600">{td('home.notInDraft')}</span>
                      ),
                  },
                ]}
              />
            </div>
          ))
        )}
      </Card>
      <Card>
        <CardHeader id="approver-drafts" title={td('home.drafts')} />
        {home.drafts.length === 0 ? (
          <EmptyState>{td('home.draftsEmpty')}</EmptyState>
        ) : (
          <Table aria-labelledby="approver-drafts">
            <thead>
              <tr>
                <Th>{t('columns.decision')}</Th>
                <Th>{t('columns.signedOn')}</Th>
                <Th className="text-right">{t('columns.recipients')}</Th>
              </tr>
            </thead>
            <tbody>
              {home.drafts.map((d) => (
                <tr key={d.id}>
                  <Td>
                    <Link href={`/decisions/${d.id}`} className={link}>
                      {d.number}
                    </Link>
                  </Td>
                  <Td className="whitespace-nowrap">{day(d.signedOn)}</Td>
                  <Td className="text-right tabular-nums">{d.items}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
      <Card>
        <CardHeader
          id="approver-decisions"
          title={td('home.issuedRecent')}
          action={
            <Link href="/decisions" className="text-sm font-medium text-brand-700 underline-offset-2 hover:underline">
              {td('home.allDecisions')}
            </Link>
          }
        />
        {home.issued.length === 0 ? (
          <EmptyState>{td('home.issuedEmpty')}</EmptyState>
        ) : (
          <Table aria-labelledby="approver-decisions">
            <thead>
              <tr>
                <Th>{t('columns.decision')}</Th>
                <Th>{t('columns.signedOn')}</Th>
                <Th className="text-right">{t('columns.recipients')}</Th>
              </tr>
            </thead>
            <tbody>
              {home.issued.map((d) => (
                <tr key={d.id}>
                  <Td>
                    <Link href={`/decisions/${d.id}`} className={link}>
                      {d.number}
                    </Link>
                  </Td>
                  <Td className="whitespace-nowrap">{day(d.signedOn)}</Td>
                  <Td className="text-right tabular-nums">
                    {d.recipients}
                    {d.revoked > 0 ? <span className="block text-xs text-red-800">{td('list.revokedCount', { count: d.revoked })}</span> : null}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
    </section>
  );
}
