import { describe, expect, it } from 'vitest';
import { noticePhase, noticeWindowRunning } from './notice-window';

describe('the public notice window', () => {
  it('receives comments up to the end of its closing day, and may be closed from the next day', () => {
    expect(noticeWindowRunning('2026-12-04', '2026-12-03')).toBe(true);
    expect(noticeWindowRunning('2026-12-04', '2026-12-04')).toBe(true);
    expect(noticeWindowRunning('2026-12-04', '2026-12-05')).toBe(false);
  });

  it('tells a notice not yet open, open, over but not closed, and closed apart', () => {
    expect(noticePhase('running', '2026-11-23', '2026-12-04', '2026-11-22')).toBe('upcoming');
    expect(noticePhase('running', '2026-11-23', '2026-12-04', '2026-11-23')).toBe('open');
    expect(noticePhase('running', '2026-11-23', '2026-12-04', '2026-12-04')).toBe('open');
    expect(noticePhase('running', '2026-11-23', '2026-12-04', '2026-12-07')).toBe('ended');
    expect(noticePhase('closed', '2026-11-23', '2026-12-04', '2026-11-26')).toBe('closed');
  });
});
