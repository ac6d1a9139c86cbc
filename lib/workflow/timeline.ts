/** Autosave writes an audit event per save; the timeline shows a run of saves by one person as one
 * line (the latest, with the count). The audit log itself keeps every event. */
export function collapseUpdates<E extends { action: string; actorName: string }>(events: readonly E[]): (E & { count: number })[] {
  const out: (E & { count: number })[] = [];
  for (const e of events) {
    const last = out.at(-1);
    if (last && e.action === 'update' && last.action === 'update' && last.actorName === e.actorName) {
      out[out.length - 1] = { ...e, count: last.count + 1 };
    } else {
      out.push({ ...e, count: 1 });
    }
  }
  return out;
}
