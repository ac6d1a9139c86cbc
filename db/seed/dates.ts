import { HOLIDAYS } from './calendar';

/** The demo's "today": every seeded event happened before it. */
export const DEMO_TODAY = '2026-11-26';

const HOLIDAY_SET = new Set(HOLIDAYS.map(([day]) => day));
const DAY_MS = 86_400_000;

function toDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function dayMs(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

export function addDays(day: string, n: number): string {
  return toDay(dayMs(day) + n * DAY_MS);
}

export function isWorkingDay(day: string): boolean {
  const weekday = new Date(dayMs(day)).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !HOLIDAY_SET.has(day);
}

/** `day` itself when it is a working day, else the next one. */
export function onOrAfterWorkingDay(day: string): string {
  let d = day;
  while (!isWorkingDay(d)) d = addDays(d, 1);
  return d;
}

/** The n-th working day after `day` (n ≥ 1). */
export function addWorkingDays(day: string, n: number): string {
  let d = day;
  for (let left = n; left > 0; ) {
    d = addDays(d, 1);
    if (isWorkingDay(d)) left--;
  }
  return d;
}

/** A moment on `day` in Vietnam (UTC+7), `minutes` after midnight. */
export function atLocal(day: string, minutes: number): Date {
  if (!Number.isInteger(minutes) || minutes < 0 || minutes >= 24 * 60) throw new Error(`Demo seed: ${minutes} minutes is not a time of day`);
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return new Date(`${day}T${hh}:${mm}:00+07:00`);
}

/** The local (UTC+7) calendar day of a moment. */
export function localDay(moment: Date): string {
  return toDay(moment.getTime() + 7 * 3_600_000);
}
