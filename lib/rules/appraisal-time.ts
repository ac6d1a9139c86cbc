import { todayInVietnam } from './dates';
import { addWorkingDays, workingDaysLeft } from './working-days';

/** The province's appraisal time limit when a round configures none (domain.md §6: 25 working days
 * from a complete dossier, as the published provincial procedures set it). */
export const DEFAULT_APPRAISAL_WORKING_DAYS = 25;

export interface AppraisalTime {
  /** The Vietnamese calendar day the complete dossier reached the province. */
  receivedOn: string;
  /** The day the time limit runs out: the last working day of the appraisal. */
  dueOn: string;
  /** Working days left until `dueOn`; 0 on the day itself, negative once overdue. */
  workingDaysLeft: number;
}

/** The day a moment falls on in Vietnam: a dossier that arrives at 06:30 on the 10th (23:30 UTC on
 * the 9th) was received on the 10th, whatever the server's time zone. */
export function receivedDay(at: Date): string {
  return todayInVietnam(at);
}

/**
 * The appraisal clock of one dossier: `workingDays` working days counted from the day after the
 * complete dossier arrived, on the configured holiday calendar, so that Tết and the other public
 * holidays push the deadline back by the working days they take.
 */
export function appraisalTime(receivedAt: Date | string, workingDays: number, today: string, holidays: ReadonlySet<string>): AppraisalTime {
  const receivedOn = typeof receivedAt === 'string' ? receivedAt : receivedDay(receivedAt);
  const dueOn = addWorkingDays(receivedOn, workingDays, holidays);
  // `|| 0`: the weekend after a Friday deadline is -0 working days overdue, which is no day at all.
  return { receivedOn, dueOn, workingDaysLeft: workingDaysLeft(today, dueOn, holidays) || 0 };
}

/** The span of holidays `appraisalTime` may need for dossiers received between `from` and `to`:
 * from the earliest receipt to well past the latest deadline and today (a limit of N working days
 * never spans more than N weeks plus the longest holiday break). */
export function holidayWindow(from: string, to: string, workingDays: number): { from: string; to: string } {
  const end = new Date(`${to}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + Math.max(workingDays, DEFAULT_APPRAISAL_WORKING_DAYS) * 7 + 31);
  return { from, to: end.toISOString().slice(0, 10) };
}
