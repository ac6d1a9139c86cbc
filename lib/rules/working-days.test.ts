import { describe, expect, it } from 'vitest';
import { addWorkingDays, isWorkingDay, workingDaysBetween, workingDaysLeft } from './working-days';

// Tết 2026 (an illustrative calendar: the real one is configured per year in the database).
const TET_2026 = new Set(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']);
const NONE = new Set<string>();

describe('working days', () => {
  it('skips weekends', () => {
    expect(isWorkingDay('2026-11-28', NONE)).toBe(false); // Saturday
    expect(isWorkingDay('2026-11-29', NONE)).toBe(false); // Sunday
    expect(isWorkingDay('2026-11-30', NONE)).toBe(true); // Monday
  });

  it('skips configured holidays', () => {
    expect(isWorkingDay('2026-02-18', TET_2026)).toBe(false);
    expect(isWorkingDay('2026-02-18', NONE)).toBe(true);
  });

  it('counts a full week as five working days', () => {
    expect(workingDaysBetween('2026-11-27', '2026-12-04', NONE)).toBe(5);
  });

  it('counts across Tết', () => {
    // Fri 13 Feb → Fri 27 Feb 2026: two weeks, minus the five Tết days.
    expect(workingDaysBetween('2026-02-13', '2026-02-27', TET_2026)).toBe(5);
    expect(addWorkingDays('2026-02-13', 1, TET_2026)).toBe('2026-02-23');
  });

  it('adds 25 working days for the appraisal limit', () => {
    const due = addWorkingDays('2026-12-01', 25, NONE);
    expect(due).toBe('2027-01-05');
    expect(workingDaysBetween('2026-12-01', due, NONE)).toBe(25);
  });

  it('reports days left, and negative days once overdue', () => {
    expect(workingDaysLeft('2026-11-26', '2026-12-09', NONE)).toBe(9);
    expect(workingDaysLeft('2026-12-09', '2026-12-09', NONE)).toBe(0);
    expect(workingDaysLeft('2026-12-11', '2026-12-09', NONE)).toBe(-2);
  });

  it('refuses malformed dates', () => {
    expect(() => isWorkingDay('2026-02-30', NONE)).toThrow(RangeError);
  });
});
