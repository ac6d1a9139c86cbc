import { useFormatter, useTranslations } from 'next-intl';
import type { ChangesSinceReturn } from '@/lib/workflow/changes-since-return';

/** A returned nomination: who returned it, when and why, and what the unit has changed since (on
 * resubmission, what it changed before sending it back). */
export function ReturnNotice({ changes, audience = 'unit' }: { changes: ChangesSinceReturn; audience?: 'unit' | 'reviewer' }) {
  const t = useTranslations('nominations.returned');
  const tFields = useTranslations('nominations.returned.fields');
  const tKinds = useTranslations('documentKinds');
  const format = useFormatter();
  const nothing = changes.fields.length + changes.documentsAdded.length + changes.documentsRemoved.length + changes.initiativesRegistered.length === 0;
  return (
    <section aria-labelledby="return-notice" className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
      <h2 id="return-notice" className="text-base font-semibold">
        {audience === 'unit' && !changes.resubmitted ? t('title') : t('titleResubmitted')}
      </h2>
      <p>{t('by', { name: changes.returnedBy, time: format.dateTime(new Date(changes.returnedAt), 'withTime') })}</p>
      {changes.reason ? <blockquote className="border-l-4 border-amber-400 pl-3 whitespace-pre-line">{changes.reason}</blockquote> : null}
      <div>
        <h3 className="font-medium">{changes.resubmitted ? t('changedBeforeResubmission') : t('changedSince')}</h3>
        {nothing ? (
          <p>{t('nothingYet')}</p>
        ) : (
          <ul className="ml-5 list-disc space-y-0.5">
            {changes.fields.map((f) => (
              <li key={f}>{tFields.has(f) ? tFields(f) : f}</li>
            ))}
            {changes.documentsAdded.map((d, i) => (
              <li key={`a${i}`}>{t('documentAdded', { kind: tKinds.has(d.kind) ? tKinds(d.kind) : d.kind, file: d.fileName })}</li>
            ))}
            {changes.documentsRemoved.map((d, i) => (
              <li key={`r${i}`}>{t('documentRemoved', { kind: tKinds.has(d.kind) ? tKinds(d.kind) : d.kind, file: d.fileName })}</li>
            ))}
            {changes.initiativesRegistered.map((title, i) => (
              <li key={`i${i}`}>{t('initiativeRegistered', { title })}</li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
