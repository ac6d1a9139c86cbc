/** Laurel's legal dates are Vietnamese calendar days (UTC+7), whatever the server's time zone. */
export function todayInVietnam(now: Date = new Date()): string {
  return isoDate(new Date(now.getTime() + 7 * 60 * 60 * 1000));
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
