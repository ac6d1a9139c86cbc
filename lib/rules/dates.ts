/** Laurel's legal dates are Vietnamese calendar days (UTC+7), whatever the server's time zone.
 * LAUREL_TODAY (YYYY-MM-DD) pins the day for the test suites and demonstrations, whose data is
 * anchored to a date (the demo's 2026 round closes on 2026-12-09); production leaves it unset. */
export function todayInVietnam(now?: Date): string {
  const pinned = typeof process !== 'undefined' ? process.env.LAUREL_TODAY : undefined;
  if (!now && pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned)) return pinned;
  return isoDate(new Date((now ?? new Date()).getTime() + 7 * 60 * 60 * 1000));
}

/** YYYY-MM-DD of a Date, read in UTC. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function parseIsoDate(day: string): Date {
  const parsed = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || isoDate(parsed) !== day) throw new RangeError(`Not a date: ${day}`);
  return parsed;
}
