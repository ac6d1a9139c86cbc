import { useTranslations } from 'next-intl';
import { CheckItem } from '@/components/nominations/eligibility-panel';
import type { EligibilityCheck } from '@/lib/rules/eligibility';

/** What forwarding overrides: each failed check, with its details and legal basis, shown in the
 * confirmation before the appraiser writes the justification (the audit event keeps both). */
export function OverrideChecks({ checks }: { checks: EligibilityCheck[] }) {
  const t = useTranslations('appraisal.dialog');
  return (
    <div className="max-h-64 space-y-1 overflow-y-auto rounded-md border border-red-200 bg-red-50/60 px-3 py-2" role="region" tabIndex={0} aria-labelledby="override-checks-title">
      <p id="override-checks-title" className="text-sm font-semibold text-red-900">
        {t('overrideTitle', { count: checks.length })}
      </p>
      <ul className="divide-y divide-red-100">
        {checks.map((c, i) => (
          <CheckItem key={`${c.kind}-${i}`} check={c} />
        ))}
      </ul>
    </div>
  );
}
