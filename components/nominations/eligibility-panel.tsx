import { Check, CircleHelp, Clock, X, type LucideIcon } from 'lucide-react';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { CheckStatus, Eligibility, EligibilityCheck, Names } from '@/lib/rules/eligibility';
import { cn } from '@/lib/utils';

// The eligibility checks as the appraiser will run them, shown while the nomination is prepared and on
// its page. Presentational and free of client-only hooks: it renders from server pages and inside the
// client form alike. ux.md: a status is an icon and words, never colour alone.

const LOOK: Record<CheckStatus, { icon: LucideIcon; className: string }> = {
  pass: { icon: Check, className: 'text-emerald-800' },
  fail: { icon: X, className: 'text-red-800' },
  to_confirm: { icon: CircleHelp, className: 'text-amber-800' },
  pending: { icon: Clock, className: 'text-blue-800' },
};

type AnyCheck = EligibilityCheck;
type Of<K extends AnyCheck['kind']> = Extract<AnyCheck, { kind: K }>;

const dayOf = (day: string) => new Date(`${day}T00:00:00+07:00`);

function StatusMark({ status }: { status: CheckStatus }) {
  const t = useTranslations('eligibility.status');
  const { icon: Icon, className } = LOOK[status];
  return (
    <span className={cn('inline-flex shrink-0 items-center gap-1 text-sm font-medium', className)}>
      <Icon aria-hidden className="size-4" />
      {t(status)}
    </span>
  );
}

export function EligibilityPanel({ eligibility, headingLevel }: { eligibility: Eligibility; headingLevel?: 2 | 3 | 4 }) {
  const t = useTranslations('eligibility');
  const prerequisites = eligibility.checks.filter((c) => 'group' in c);
  const general = eligibility.checks.filter((c) => !('group' in c));
  const severalAlternatives = eligibility.groups.length > 1;
  // Checks still waiting for the appraiser or the ballot, in the alternatives that can still hold.
  const liveGroups = new Set(eligibility.groups.filter((g) => g.status !== 'fail').map((g) => g.index));
  const waiting = prerequisites.filter((c) => 'group' in c && liveGroups.has(c.group) && (c.status === 'to_confirm' || c.status === 'pending')).length;
  const Heading = headingLevel ? (`h${headingLevel}` as const) : null;

  return (
    <div className="space-y-3">
      {Heading ? <Heading className="text-base font-semibold text-stone-900">{t('title')}</Heading> : null}
      <p aria-live="polite" className={cn('flex items-start gap-2 font-medium', eligibility.overall === 'pass' ? 'text-emerald-800' : 'text-red-800')}>
        {eligibility.overall === 'pass' ? <Check aria-hidden className="mt-0.5 size-5 shrink-0" /> : <X aria-hidden className="mt-0.5 size-5 shrink-0" />}
        <span>
          {eligibility.overall === 'pass' ? t('overall.pass') : t('overall.fail', { count: eligibility.failures.length })}
          {eligibility.overall === 'pass' && waiting > 0 ? <span className="font-normal text-stone-700"> {t('overall.waiting', { count: waiting })}</span> : null}
        </span>
      </p>

      {prerequisites.length > 0 ? (
        <div className="space-y-1">
          <p className="text-sm font-medium text-stone-700">{severalAlternatives ? t('sections.alternatives') : t('sections.standard')}</p>
          {severalAlternatives ? (
            <ul className="space-y-2">
              {eligibility.groups.map((g) => (
                <li key={g.index} className="rounded-md border border-stone-200 px-3 py-2">
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <span className="text-sm font-semibold text-stone-900">{t('alternative', { number: g.index + 1 })}</span>
                    <StatusMark status={g.status} />
                  </div>
                  <CheckList checks={prerequisites.filter((c) => 'group' in c && c.group === g.index)} />
                </li>
              ))}
            </ul>
          ) : (
            <CheckList checks={prerequisites} />
          )}
        </div>
      ) : null}

      <div className="space-y-1">
        <p className="text-sm font-medium text-stone-700">{t('sections.general')}</p>
        <CheckList checks={general} />
      </div>
    </div>
  );
}

function CheckList({ checks }: { checks: AnyCheck[] }) {
  return (
    <ul className="divide-y divide-stone-100">
      {checks.map((c, i) => (
        <CheckItem key={`${c.kind}-${i}`} check={c} />
      ))}
    </ul>
  );
}

function CheckItem({ check }: { check: AnyCheck }) {
  const t = useTranslations('eligibility');
  return (
    <li className="py-2">
      <div className="flex flex-wrap items-start justify-between gap-x-3 gap-y-1">
        <span className="min-w-0 text-sm text-stone-900">
          <Rule check={check} />
        </span>
        <StatusMark status={check.status} />
      </div>
      <Details check={check} />
      <p className="mt-1 text-xs text-stone-600">{t('legalBasis', { basis: check.legalBasis })}</p>
      {check.kind === 'consecutive_titles' && check.lineageBasis ? <p className="text-xs text-stone-600">{t('lineageBasis', { basis: check.lineageBasis })}</p> : null}
      {check.kind === 'consecutive_titles' && check.disciplineBasis ? <p className="text-xs text-stone-600">{t('disciplineBasis', { basis: check.disciplineBasis })}</p> : null}
    </li>
  );
}

function useNames() {
  const locale = useLocale();
  return (n: Names | null | undefined) => (n ? (locale === 'vi' ? n.nameVi : n.nameEn) : '');
}

function useTitleName() {
  const t = useTranslations('titles');
  return (code: string) => (t.has(code) ? t(code) : code);
}

/** The rule in words, in the reader's language. */
function Rule({ check }: { check: AnyCheck }) {
  const t = useTranslations('eligibility.rule');
  const tOr = useTranslations('eligibility');
  const scopes = useTranslations('initiativeScopes');
  const locale = useLocale();
  const titleName = useTitleName();
  switch (check.kind) {
    case 'consecutive_titles':
      return t('consecutiveTitles', { years: check.years, titles: check.titles.map(titleName).join(` ${tOr('or')} `) });
    case 'initiatives':
      return t('initiatives', { count: check.required, scope: scopes(check.minScope) });
    case 'bloc_vote':
      return t('blocVote');
    case 'attestation':
      return locale === 'vi' ? check.textVi : check.textEn;
    case 'open_restriction':
      return t('openRestriction');
    case 'one_award':
      return t('oneAward');
    case 'initiative_reuse':
      return t('initiativeReuse');
  }
}

function Details({ check }: { check: AnyCheck }) {
  switch (check.kind) {
    case 'consecutive_titles':
      return <YearList check={check} />;
    case 'initiatives':
      return <InitiativeDetails check={check} />;
    case 'open_restriction':
      return <RestrictionDetails check={check} />;
    case 'one_award':
      return <OneAwardDetails check={check} />;
    case 'initiative_reuse':
      return <ReuseDetails check={check} />;
    case 'bloc_vote':
    case 'attestation':
      return null;
  }
}

function DetailLines({ children }: { children: ReactNode }) {
  return <ul className="mt-1 space-y-0.5 text-sm text-stone-700">{children}</ul>;
}

/** "2022 ✓ 2023 ✓ 2024 ✗", with the predecessor a year came through and the years discipline voids. */
function YearList({ check }: { check: Of<'consecutive_titles'> }) {
  const t = useTranslations('eligibility.years');
  const name = useNames();
  return (
    <ul aria-label={t('label')} className="mt-1 flex flex-wrap gap-x-4 gap-y-0.5 text-sm tabular-nums">
      {check.yearList.map((y) => (
        <li key={y.year} className={y.counted ? 'text-stone-800' : 'text-red-800'}>
          {y.year} <span aria-hidden>{y.counted ? '✓' : '✗'}</span>
          <span className="sr-only">{y.counted ? t('counted') : t('notCounted')}</span>
          {y.via ? <span className="text-stone-600"> ({t('via', { name: name(y.via) })})</span> : null}
          {y.excludedByDiscipline ? <span> ({t('discipline')})</span> : null}
        </li>
      ))}
    </ul>
  );
}

function InitiativeDetails({ check }: { check: Of<'initiatives'> }) {
  const t = useTranslations('eligibility.initiatives');
  const scopes = useTranslations('initiativeScopes');
  if (check.counted.length === 0 && check.notCounted.length === 0) return <p className="mt-1 text-sm text-stone-700">{t('none')}</p>;
  return (
    <DetailLines>
      {check.counted.map((i) => (
        <li key={`c-${i.id}`}>{t('counted', { title: i.title, scope: scopes(i.scope) })}</li>
      ))}
      {check.notCounted.map((i) => (
        <li key={`n-${i.id}`} className="text-red-800">
          {i.reason === 'scope' ? t('narrowScope', { title: i.title, scope: scopes(i.scope) }) : t('reused', { title: i.title })}
        </li>
      ))}
    </DetailLines>
  );
}

function RestrictionDetails({ check }: { check: Of<'open_restriction'> }) {
  const t = useTranslations('eligibility.restrictions');
  const kinds = useTranslations('restrictionKinds');
  const format = useFormatter();
  if (check.open.length === 0) return null;
  return (
    <DetailLines>
      {check.open.map((r, i) => (
        <li key={i} className="text-red-800">
          {t('open', { kind: kinds(r.kind), date: format.dateTime(dayOf(r.startsOn), 'short'), reference: r.reference })}
        </li>
      ))}
    </DetailLines>
  );
}

function OneAwardDetails({ check }: { check: Of<'one_award'> }) {
  const t = useTranslations('eligibility.oneAward');
  const statuses = useTranslations('status');
  const locale = useLocale();
  if (!check.alreadyAwarded && check.sameRound.length === 0) return null;
  return (
    <DetailLines>
      {check.alreadyAwarded ? <li className="text-red-800">{t('alreadyAwarded', { year: check.year })}</li> : null}
      {check.sameRound.map((n) => (
        <li key={n.reference} className="text-red-800">
          {t('sameRound', { reference: n.reference, award: locale === 'vi' ? n.awardNameVi : n.awardNameEn, status: statuses(n.status) })}
        </li>
      ))}
    </DetailLines>
  );
}

function ReuseDetails({ check }: { check: Of<'initiative_reuse'> }) {
  const t = useTranslations('eligibility.initiatives');
  const statuses = useTranslations('status');
  if (check.reused.length === 0) return null;
  return (
    <DetailLines>
      {check.reused.map((r) => (
        <li key={r.id} className="text-red-800">
          {t('usedBy', { title: r.title, nominations: r.usedBy.map((u) => `${u.reference} (${statuses(u.status)})`).join(', ') })}
        </li>
      ))}
    </DetailLines>
  );
}
