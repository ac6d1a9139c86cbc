import { CircleCheck, TriangleExclamationPoint } from 'lucide-react';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { StatusChange } from '@/components/nominations/status-badge';
import { Card, CardHeader, EmptyState, Stat } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { getAdminHome, getAuditHome } from '@/db/queries/home-oversight';
import { NOMINATION_STATUSES, type NominationStatus } from '@/lib/domain/constants';
import type { RoleGrant } from '@/lib/policy/viewer';

const asStatus = (s: string | null): NominationStatus | null => ((NOMINATION_STATUSES as readonly string[]).includes(s ?? '') ? (s as NominationStatus) : null);

export async function AuditorSection({ grant }: { grant: RoleGrant }) {
  const home = await getAuditHome(grant);
  if (!home) return null;
  const t = await getTranslations('home');
  const tRoles = await getTranslations('roles');
  const tActions = await getTranslations('actions');
  const format = await getFormatter();
  return (
    <section aria-labelledby="audit-chain" className="space-y-4">
      <h2 id="audit-chain" className="text-lg font-semibold text-stone-900">
        {t('auditor.title')}
      </h2>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        <Stat label={t('auditor.events')} value={format.number(home.events)} />
        <div className="rounded-lg border border-stone-200 bg-white px-4 py-3 shadow-sm sm:col-span-2">
          <div className="break-all font-mono text-sm text-stone-900">{home.head?.hash ?? '—'}</div>
          <div className="mt-0.5 text-sm text-stone-600">
            {t('auditor.head')}
            {home.head ? ` · ${t('auditor.headAt', { date: format.dateTime(new Date(home.head.occurredAt), 'withTime') })}` : ''}
          </div>
        </div>
      </div>
      <Card>
        <CardHeader id="audit-events" title={t('auditor.recent')} />
        {home.recent.length === 0 ? (
          <EmptyState>{t('auditor.recentEmpty')}</EmptyState>
        ) : (
          <Table>
            <thead>
              <tr>
                <Th className="text-right">#</Th>
                <Th>{t('columns.time')}</Th>
                <Th>{t('columns.actor')}</Th>
                <Th>{t('columns.action')}</Th>
                <Th>{t('columns.reference')}</Th>
                <Th>{t('columns.change')}</Th>
                <Th>{t('columns.reason')}</Th>
              </tr>
            </thead>
            <tbody>
              {home.recent.map((e) => {
                const from = asStatus(e.fromStatus);
                const to = asStatus(e.toStatus);
                return (
                  <tr key={e.seq}>
                    <Td className="text-right font-mono text-xs tabular-nums">{e.seq}</Td>
                    <Td className="whitespace-nowrap">{format.dateTime(new Date(e.occurredAt), 'withTime')}</Td>
                    <Td>
                      <div className="font-medium">{e.actorName}</div>
                      <div className="text-xs text-stone-500">{e.role ? tRoles(e.role) : t('auditor.system')}</div>
                    </Td>
                    <Td>{tActions.has(e.action) ? tActions(e.action) : e.action}</Td>
                    <Td className="whitespace-nowrap font-mono text-xs">{e.reference ?? '—'}</Td>
                    <Td>
                      <StatusChange from={from} to={to} />
                    </Td>
                    <Td className="max-w-xs text-stone-700">{e.reason ?? ''}</Td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
        )}
      </Card>
    </section>
  );
}

export async function AdminSection({ grant }: { grant: RoleGrant }) {
  const home = await getAdminHome(grant);
  if (!home) return null;
  const t = await getTranslations('home.admin');
  const locale = await getLocale();
  const format = await getFormatter();
  return (
    <section aria-labelledby="admin-health" className="space-y-4">
      <h2 id="admin-health" className="text-lg font-semibold text-stone-900">
        {t('title')}
      </h2>
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4">
        <Stat label={t('units')} value={home.counts.units} />
        <Stat label={t('blocs')} value={home.counts.blocs} />
        <Stat label={t('users')} value={home.counts.users} />
        <Stat label={t('awardTypes')} value={home.counts.awardTypes} />
      </div>
      <Card>
        <ul className="divide-y divide-stone-100">
          {home.checks.map((c) => (
            <li key={c.key} className="flex items-center gap-3 px-4 py-3 text-sm">
              {c.ok ? (
                <CircleCheck aria-hidden className="size-5 shrink-0 text-emerald-600" />
              ) : (
                <TriangleExclamationPoint aria-hidden className="size-5 shrink-0 text-amber-600" />
              )}
              <span className="flex-1">{t(`checks.${c.key}`, { count: c.count })}</span>
              <span className={c.ok ? 'text-emerald-700' : 'font-medium text-amber-700'}>{c.ok ? t('ok') : t('attention')}</span>
            </li>
          ))}
        </ul>
      </Card>
      <Card>
        <CardHeader id="admin-catalogue" title={t('catalogue')} description={t('catalogueHint')} />
        <Table>
          <thead>
            <tr>
              <Th>{t('award')}</Th>
              <Th className="text-right">{t('threshold')}</Th>
              <Th>{t('legalBasis')}</Th>
              <Th>{t('effectiveFrom')}</Th>
            </tr>
          </thead>
          <tbody>
            {home.catalogue.map((a) => (
              <tr key={a.id}>
                <Td>
                  <div className="font-medium">{locale === 'vi' ? a.nameVi : a.nameEn}</div>
                  <div className="font-mono text-xs text-stone-500">
                    {a.code} · v{a.version}
                  </div>
                </Td>
                <Td className="whitespace-nowrap text-right">{a.thresholdPct === null ? '—' : format.number(Number(a.thresholdPct) / 100, { style: 'percent' })}</Td>
                <Td className="max-w-md text-stone-700">{a.legalBasis}</Td>
                <Td className="whitespace-nowrap">{format.dateTime(new Date(`${a.effectiveFrom}T00:00:00+07:00`), 'short')}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Card>
    </section>
  );
}
