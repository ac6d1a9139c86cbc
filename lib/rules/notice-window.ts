// The public notice's window (domain.md §6): it opens on its first day and receives comments up to the
// end of its closing day, the day on which its working days have run. Closing it (close_notice) is
// allowed from the next day on. Days are YYYY-MM-DD in Vietnamese time.

export type NoticePhase = 'upcoming' | 'open' | 'ended' | 'closed';

/** Whether comments are still received on `today`: the closing day is the window's last day. */
export function noticeWindowRunning(closesOn: string, today: string): boolean {
  return today <= closesOn;
}

/** Where a notice stands on `today`: not yet open, receiving comments, its window over but not yet
 * closed by the appraiser, or closed. */
export function noticePhase(state: 'running' | 'closed', opensOn: string, closesOn: string, today: string): NoticePhase {
  if (state === 'closed') return 'closed';
  if (today < opensOn) return 'upcoming';
  return noticeWindowRunning(closesOn, today) ? 'open' : 'ended';
}
