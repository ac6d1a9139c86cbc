import { isoDate, parseIsoDate } from './dates';

/** A working day is Monday to Friday and not a public holiday (the holidays are configured per year). */
export function isWorkingDay(day: string, holidays: ReadonlySet<string>): boolean {
  const weekday = parseIsoDate(day).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(day);
}

function nextDay(day: string): string {
  const d = parseIsoDate(day);
  d.setUTCDate(d.getUTCDate() + 1);
  return isoDate(d);
}

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(from: string, to: string, holidays: ReadonlySet<string>): number {
  let count = 0;
  for (let day = nextDay(from); day <= to; day = nextDay(day)) if (isWorkingDay(day, holidays)) count++;
  return count;
}

/** The day on which `n` working days after `from` have run. */
export function addWorkingDays(from: string, n: number, holidays: ReadonlySet<string>): string {
  let day = from;
  for (let left = n; left > 0; ) {
    day = nextDay(day);
    if (isWorkingDay(day, holidays)) left--;
  }
  return day;
}

/** Working days left until a deadline; negative when it has passed. */
export function workingDaysLeft(today: string, deadline: string, holidays: ReadonlySet<string>): number {
  return today <= deadline ? workingDaysBetween(today, deadline, holidays) : -workingDaysBetween(deadline, today, holidays);
}
