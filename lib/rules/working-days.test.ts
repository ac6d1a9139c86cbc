import { describe, expect, it } from 'vitest';
import { appraisalTime, holidayWindow, receivedDay } from './appraisal-time';
import { addWorkingDays, isWorkingDay, workingDaysBetween, workingDaysLeft } from './working-days';

// Tết 2026 (an illustrative calendar: the real one is configured per year in the database).
const TET_2026 = new Set(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']);
const NONE = new Set<string>();
// Tết 2027, as the demo calendar has it: the working days off (the weekend between needs no row).
const TET_2027 = new Set(['2027-02-04', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10']);

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

describe('the appraisal clock', () => {
  it('counts 25 working days from the day after the complete dossier arrived', () => {
    // Received Monday 9 November 2026; on the demo day (Thursday 26th) 13 working days have run.
    expect(appraisalTime('2026-11-09', 25, '2026-11-26', NONE)).toEqual({ receivedOn: '2026-11-09', dueOn: '2026-12-14', workingDaysLeft: 12 });
  });

  it('pushes the deadline of a dossier received before Tết back by the working days Tết takes', () => {
    const withoutTet = appraisalTime('2027-01-20', 25, '2027-02-15', NONE);
    const withTet = appraisalTime('2027-01-20', 25, '2027-02-15', TET_2027);
    expect(withoutTet).toMatchObject({ dueOn: '2027-02-24', workingDaysLeft: 7 });
    // Five working days off: the deadline moves from Wednesday 24 February to Wednesday 3 March, and
    // on 15 February twelve working days are left, not seven.
    expect(withTet).toMatchObject({ dueOn: '2027-03-03', workingDaysLeft: 12 });
    expect(workingDaysBetween('2027-01-20', withTet.dueOn, TET_2027)).toBe(25);
  });

  it('reports a dossier past its limit as overdue by working days, Tết not counted', () => {
    // Received 6 January 2027: due 10 February without Tết, 17 February with it.
    expect(appraisalTime('2027-01-06', 25, '2027-02-19', TET_2027)).toMatchObject({ dueOn: '2027-02-17', workingDaysLeft: -2 });
    expect(appraisalTime('2027-01-06', 25, '2027-02-19', NONE)).toMatchObject({ dueOn: '2027-02-10', workingDaysLeft: -7 });
  });

  it('is due on the last working day itself, with no working day left', () => {
    expect(appraisalTime('2026-11-09', 25, '2026-12-14', NONE).workingDaysLeft).toBe(0);
    // The weekend after the deadline is not a working day overdue.
    expect(appraisalTime('2026-11-09', 25, '2026-12-13', NONE).workingDaysLeft).toBe(1);
    expect(appraisalTime('2026-11-06', 25, '2026-12-13', NONE).workingDaysLeft).toBe(0);
  });

  it('takes the day of receipt in Vietnam, not in UTC', () => {
    // 06:30 on 10 November in Hà Nội is still 9 November in UTC.
    const early = new Date('2026-11-09T23:30:00Z');
    expect(receivedDay(early)).toBe('2026-11-10');
    expect(appraisalTime(early, 25, '2026-11-26', NONE).receivedOn).toBe('2026-11-10');
  });

  it('loads enough holidays to reach every deadline', () => {
    const window = holidayWindow('2027-01-06', '2027-01-20', 25);
    expect(window.from).toBe('2027-01-06');
    expect(window.to > appraisalTime('2027-01-20', 25, '2027-01-20', TET_2027).dueOn).toBe(true);
  });
});
