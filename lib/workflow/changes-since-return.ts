import type { NominationStatus } from '@/lib/domain/constants';

/** An event of a nomination's timeline, as the audit log keeps it. */
export interface TimelineEvent {
  seq: number;
  occurredAt: string;
  actorName: string;
  action: string;
  fromStatus: NominationStatus | null;
  toStatus: NominationStatus | null;
  reason: string | null;
  payload: Record<string, unknown>;
}

export interface DocumentChange {
  documentId: number | null;
  kind: string;
  fileName: string;
}

/** What the unit changed between the reviewer's return and its resubmission (or until now). */
export interface ChangesSinceReturn {
  returnedAt: string;
  returnedBy: string;
  returnedFrom: NominationStatus | null;
  reason: string | null;
  /** Whether the nomination has been resubmitted since (the changes are then final). */
  resubmitted: boolean;
  fields: string[];
  documentsAdded: DocumentChange[];
  documentsRemoved: DocumentChange[];
  initiativesRegistered: string[];
}

const FIELD_ORDER = ['achievementSummary', 'figures', 'initiatives'];

function documentOf(value: unknown): DocumentChange | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  return typeof v.fileName === 'string' ? { documentId: typeof v.documentId === 'number' ? v.documentId : null, kind: String(v.kind ?? ''), fileName: v.fileName } : null;
}

/** Reads, from the audit events, what changed after the latest return: the fields saved, the files
 * added and removed (a replacement counts as both), the initiatives registered. Null when the
 * nomination was never returned. The events are the record: nothing else needs to be kept. */
export function changesSinceReturn(events: readonly TimelineEvent[]): ChangesSinceReturn | null {
  let start = -1;
  for (let i = events.length - 1; i >= 0; i--) {
    if (events[i]!.action === 'return') {
      start = i;
      break;
    }
  }
  if (start < 0) return null;
  const ret = events[start]!;
  const fields = new Set<string>();
  const added: DocumentChange[] = [];
  const removed: DocumentChange[] = [];
  const initiatives: string[] = [];
  let resubmitted = false;
  for (const e of events.slice(start + 1)) {
    if (e.toStatus !== null) {
      resubmitted = e.action === 'resubmit';
      break;
    }
    const p = e.payload;
    switch (e.action) {
      case 'update':
        for (const f of Array.isArray(p.fields) ? p.fields : []) fields.add(String(f));
        break;
      case 'document_upload': {
        const d = documentOf(p);
        if (d) added.push(d);
        break;
      }
      case 'document_remove': {
        const d = documentOf(p);
        if (d) removed.push(d);
        break;
      }
      case 'document_replace': {
        // The upload's fields, plus the file it replaced.
        const to = documentOf(p);
        if (to) added.push(to);
        if (typeof p.replacedFileName === 'string') {
          removed.push({ documentId: typeof p.replacedDocumentId === 'number' ? p.replacedDocumentId : null, kind: String(p.kind ?? ''), fileName: p.replacedFileName });
        }
        break;
      }
      case 'initiative_register':
        if (typeof p.title === 'string') initiatives.push(p.title);
        break;
    }
  }
  // A file added and removed again since the return is no change at all.
  const addedIds = new Set(added.map((d) => d.documentId).filter((id) => id !== null));
  const cancelled = new Set(removed.map((d) => d.documentId).filter((id) => id !== null && addedIds.has(id)));
  return {
    returnedAt: ret.occurredAt,
    returnedBy: ret.actorName,
    returnedFrom: ret.fromStatus,
    reason: ret.reason,
    resubmitted,
    fields: [...fields].sort((a, b) => FIELD_ORDER.indexOf(a) - FIELD_ORDER.indexOf(b)),
    documentsAdded: added.filter((d) => d.documentId === null || !cancelled.has(d.documentId)),
    documentsRemoved: removed.filter((d) => d.documentId === null || !cancelled.has(d.documentId)),
    initiativesRegistered: initiatives,
  };
}

/** The changes in short, for the resubmission's audit event. */
export function changeSummary(c: ChangesSinceReturn): Record<string, unknown> {
  return {
    fields: c.fields,
    documentsAdded: c.documentsAdded.map((d) => d.fileName),
    documentsRemoved: c.documentsRemoved.map((d) => d.fileName),
    initiativesRegistered: c.initiativesRegistered,
  };
}
