import { describe, expect, it } from 'vitest';
import { collapseUpdates } from './timeline';

describe('collapseUpdates', () => {
  it('folds a run of saves by one person into its latest, keeping every other event', () => {
    const events = [
      { seq: 1, action: 'create', actorName: 'A' },
      { seq: 2, action: 'update', actorName: 'A' },
      { seq: 3, action: 'update', actorName: 'A' },
      { seq: 4, action: 'update', actorName: 'B' },
      { seq: 5, action: 'document_upload', actorName: 'A' },
      { seq: 6, action: 'update', actorName: 'A' },
    ];
    expect(collapseUpdates(events).map((e) => [e.seq, e.count])).toEqual([
      [1, 1],
      [3, 2],
      [4, 1],
      [5, 1],
      [6, 1],
    ]);
  });
});
