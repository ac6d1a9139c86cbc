import { Check, CircleHelp, Clock, X, type LucideIcon } from 'lucide-react';
import { useLocale, useTranslations } from 'next-intl';
import { DEFAULT_LOCALE, isLocale } from '@/lib/i18n/config';
import { describeCheck, type CheckLine, type CheckText } from '@/lib/rules/check-text';
import { sectionOf, type CheckSection, type CheckStatus, type Eligibility, type EligibilityCheck, type Names } from '@/lib/rules/eligibility';
import { cn } from '@/lib/utils';

// The eligibility checks as the appraiser will run them, shown while the nomination is prepared and on
// its page. Presentational and free of client-only hooks: it renders from server pages and inside the
// client form alike. ux.md: a status is an icon and words, never colour alone. Every sentence comes
// from describeCheck (lib/rules/check-text.ts), the same words lib/rules/reasons.ts stores in audit
// payloads; lib/rules/reasons.test.ts renders this panel and checks that they agree.

const LOOK: Record<CheckStatus, { icon: LucideIcon; className: string }> = {
  pass: { icon: Check, className: 'text-emerald-800' },
  fail: { icon: X, className: 'text-red-800' },
  to_confirm: { icon: CircleHelp, className: 'text-amber-800' },
  pending: { icon: Clock, className: 'text-blue-800' },
};

type Of<K extends EligibilityCheck['kind']> = Extract<EligibilityCheck, { kind: K }>;

function StatusMark({ status, label }: { status: CheckStatus; label?: string }) {
  const t = useTranslations('eligibility.status');
  const { icon: Icon, className } = LOOK[status];
  return (
    <span className={cn('inline-flex shrink-0 items-center gap-1 text-sm font-medium', className)}>
      <Icon aria-hidden className="size-4" />
      {label ?? t(status)}
    </span>
  );
}

/** The check in the reader's language, from the one describer. */
function useCheckText(check: EligibilityCheck): CheckText {
  const t = useTranslations();
  const locale = useLocale();
  return describeCheck(check, t, isLocale(locale) ? locale : DEFAULT_LOCALE);
}

const OTHER_SECTIONS: { section: Exclude<CheckSection, 'standard'>; title: 'general' | 'procedure' | 'timeLimits' }[] = [
  { section: 'general', title: 'general' },
  { section: 'procedure', title: 'procedure' },
  { section: 'time_limits', title: 'timeLimits' },
];

export function EligibilityPanel({ eligibility, headingLevel }: { eligibility: Eligibility; headingLevel?: 2 | 3 | 4 }) {
  const t = useTranslations('eligibility');
  const prerequisites = eligibility.checks.filter((c) => sectionOf(c) === 'standard');
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

      {OTHER_SECTIONS.map(({ section, title }) => {
        const checks = eligibility.checks.filter((c) => sectionOf(c) === section);
        return checks.length > 0 ? (
          <div key={section} className="space-y-1">
            <p className="text-sm font-medium text-stone-700">{t(`sections.${title}`)}</p>
            <CheckList checks={checks} />
          </div>
        ) : null;
      })}
    </div>
  );
}

function CheckList({ checks }: { checks: EligibilityCheck[] }) {
  return (
    <ul className="divide-y divide-stone-100">
      {checks.map((c, i) => (
        <CheckItem key={`${c.kind}-${i}`} check={c} />
      ))}
    </ul>
  );
}

/** One check with its status, details and legal basis (an `<li>`): the panel's line, also listed
 * where an action overrides failed checks. */
export function CheckItem({ check }: { check: EligibilityCheck }) {
  const text = useCheckText(check);
  return (
    <li className="py-2">
      <div className="flex flex-wrap items-start justify-between gap-x-3 gap-y-1">
        <span className="min-w-0 text-sm text-stone-900">{text.rule}</span>
        <StatusMark status={check.status} label={text.status} />
      </div>
      {check.kind === 'consecutive_titles' ? <YearList check={check} lines={text.details} /> : <DetailLines lines={text.details} />}
      {text.bases.map((basis, i) => (
        <p key={i} className={cn('text-xs text-stone-600', i === 0 && 'mt-1')}>
          {basis}
        </p>
      ))}
    </li>
  );
}

function DetailLines({ lines }: { lines: CheckLine[] }) {
  if (lines.length === 0) return null;
  return (
    <ul className="mt-1 space-y-0.5 text-sm text-stone-700">
      {lines.map((l, i) => (
        <li key={i} className={l.negative ? 'text-red-800' : undefined}>
          {l.text}
        </li>
      ))}
    </ul>
  );
}

function useNames() {
  const locale = useLocale();
  return (n: Names) => (locale === 'vi' ? n.nameVi : n.nameEn);
}

/** "2022 ✓ 2023 ✓ 2024 ✗" at a glance, with the predecessor a year came through and the years
 * discipline voids; a screen reader hears each year's line in words instead. */
function YearList({ check, lines }: { check: Of<'consecutive_titles'>; lines: CheckLine[] }) {
  const t = useTranslations('eligibility.years');
  const name = useNames();
  return (
    <ul aria-label={t('label')} className="mt-1 flex flex-wrap gap-x-4 gap-y-0.5 text-sm tabular-nums">
      {check.yearList.map((y, i) => (
        <li key={y.year} className={y.counted ? 'text-stone-800' : 'text-red-800'}>
          <span aria-hidden>
            {y.year} {y.counted ? '✓' : '✗'}
            {y.via ? <span className="text-stone-600"> ({t('via', { name: name(y.via) })})</span> : null}
            {y.excludedByDiscipline ? <span> ({t('discipline')})</span> : null}
          </span>
          <span className="sr-only">{lines[i]?.text}</span>
        </li>
      ))}
    </ul>
  );
}
