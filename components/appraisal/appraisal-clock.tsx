import { useFormatter, useTranslations } from 'next-intl';
import type { AppraisalClock as Clock } from '@/db/queries/appraisal-queue';
import { HoldKindLabel } from './hold-kind';
import { TimeLeft } from './time-left';

const dayOf = (day: string) => new Date(`${day}T00:00:00+07:00`);

/** The appraisal time limit in the nomination's header, as the appraiser sees it: working days left,
 * the deadline, the day the complete dossier arrived, and what holds it when it is on hold. */
export function AppraisalClock({ clock }: { clock: Clock }) {
  const t = useTranslations('appraisal.clock');
  const tStatus = useTranslations('status');
  const format = useFormatter();
  const heldLater = clock.hold && clock.workingDaysLeft === null;
  return (
    <div aria-label={t('title')} role="group" className="flex flex-wrap items-start gap-x-6 gap-y-2 rounded-md border border-stone-200 bg-stone-50 px-3 py-2 text-sm">
      <div>
        <div className="text-stone-600">{t('title')}</div>
        {heldLater ? (
          <p className="text-stone-800">{t('heldLater', { status: clock.hold?.from ? tStatus(clock.hold.from) : '' })}</p>
        ) : (
          <TimeLeft days={clock.workingDaysLeft} dueOn={clock.dueOn} className="text-base" />
        )}
      </div>
      {clock.receivedOn ? (
        <div className="text-stone-700">
          <div>{t('received', { date: format.dateTime(dayOf(clock.receivedOn), 'short') })}</div>
          {clock.dueOn ? <div>{t('due', { date: format.dateTime(dayOf(clock.dueOn), 'short'), days: clock.workingDays })}</div> : null}
        </div>
      ) : null}
      {clock.hold ? (
        <div className="space-y-0.5">
          <HoldKindLabel kind={clock.hold.kind} />
          {clock.hold.since ? <div className="text-stone-700">{t('held', { date: format.dateTime(new Date(clock.hold.since), 'short') })}</div> : null}
        </div>
      ) : null}
    </div>
  );
}
