import { describe, expect, it } from 'vitest';
import { changesSinceReturn, type TimelineEvent } from './changes-since-return';

let seq = 0;
const ev = (action: string, extra: Partial<TimelineEvent> = {}): TimelineEvent => ({
  seq: ++seq,
  occurredAt: `2026-11-${String(10 + seq).padStart(2, '0')}T08:00:00+07:00`,
  actorName: 'Người thử',
  action,
  fromStatus: null,
  toStatus: null,
  reason: null,
  payload: {},
  ...extra,
});

describe('changesSinceReturn', () => {
  it('is null for a nomination never returned', () => {
    expect(changesSinceReturn([ev('create', { toStatus: 'draft' }), ev('update', { payload: { fields: ['figures'] } })])).toBeNull();
  });

  it('lists the fields saved and the files added, removed and replaced after the latest return, up to the resubmission', () => {
    const events = [
      ev('create', { toStatus: 'draft' }),
      ev('update', { payload: { fields: ['initiatives'] } }),
      ev('submit', { fromStatus: 'draft', toStatus: 'appraisal' }),
      ev('return', { fromStatus: 'appraisal', toStatus: 'returned', reason: 'Thiếu biên bản họp', actorName: 'Chuyên viên' }),
      ev('update', { payload: { fields: ['figures', 'achievementSummary'] } }),
      ev('update', { payload: { fields: ['figures'] } }),
      ev('document_upload', { payload: { documentId: 7, kind: 'meeting_minutes', fileName: 'bien-ban.pdf' } }),
      ev('document_upload', { payload: { documentId: 8, kind: 'other', fileName: 'nham.pdf' } }),
      ev('document_remove', { payload: { documentId: 8, kind: 'other', fileName: 'nham.pdf' } }),
      ev('document_replace', { payload: { documentId: 9, kind: 'achievement_report', fileName: 'bao-cao-moi.pdf', replacedDocumentId: 3, replacedFileName: 'bao-cao-cu.pdf' } }),
      ev('initiative_register', { payload: { title: 'Sáng kiến mới' } }),
      ev('resubmit', { fromStatus: 'returned', toStatus: 'appraisal' }),
      ev('update', { payload: { fields: ['initiatives'] } }),
    ];
    const c = changesSinceReturn(events)!;
    expect(c.reason).toBe('Thiếu biên bản họp');
    expect(c.returnedBy).toBe('Chuyên viên');
    expect(c.returnedFrom).toBe('appraisal');
    expect(c.resubmitted).toBe(true);
    expect(c.fields).toEqual(['achievementSummary', 'figures']);
    expect(c.documentsAdded.map((d) => d.fileName)).toEqual(['bien-ban.pdf', 'bao-cao-moi.pdf']);
    expect(c.documentsRemoved.map((d) => d.fileName)).toEqual(['bao-cao-cu.pdf']);
    expect(c.initiativesRegistered).toEqual(['Sáng kiến mới']);
  });

  it('counts from the latest of two returns, and reports nothing changed yet while still returned', () => {
    const events = [
      ev('return', { fromStatus: 'bloc_review', toStatus: 'returned', reason: 'một' }),
      ev('update', { payload: { fields: ['figures'] } }),
      ev('resubmit', { fromStatus: 'returned', toStatus: 'bloc_review' }),
      ev('return', { fromStatus: 'appraisal', toStatus: 'returned', reason: 'hai' }),
    ];
    const c = changesSinceReturn(events)!;
    expect(c.reason).toBe('hai');
    expect(c.resubmitted).toBe(false);
    expect(c.fields).toEqual([]);
    expect(c.documentsAdded).toEqual([]);
  });
});
