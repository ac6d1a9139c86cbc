import { describe, expect, it } from 'vitest';
import { acceptedScores, clampPoints, computedPoints, round2, type CriterionSpec, type ScoreEntry } from './points';

function spec(overrides: Partial<CriterionSpec> = {}): CriterionSpec {
  return { id: 1, kind: 'criterion', groupPosition: 1, position: 1, maxPoints: 10, method: 'manual', ...overrides };
}

describe('clampPoints', () => {
  it('keeps points within [0, max]', () => {
    expect(clampPoints(7.5, 10)).toBe(7.5);
    expect(clampPoints(12, 10)).toBe(10);
    expect(clampPoints(-3, 10)).toBe(0);
    expect(clampPoints(0, 10)).toBe(0);
    expect(clampPoints(10, 10)).toBe(10);
  });

  it('rounds to 2 decimals, half away from zero, without float surprises', () => {
    expect(clampPoints(3.14159, 10)).toBe(3.14);
    expect(clampPoints(3.145, 10)).toBe(3.15);
    expect(clampPoints(1.005, 10)).toBe(1.01); // 1.005 * 100 = 100.49999… in binary
    expect(clampPoints(2 / 3, 10)).toBe(0.67);
    expect(clampPoints(0.1 + 0.2, 10)).toBe(0.3);
  });

  it('never exceeds a max that has more than 2 decimals, and stays on the cent', () => {
    expect(clampPoints(0.125, 0.125)).toBe(0.12);
    expect(clampPoints(0.2, 0.125)).toBe(0.12);
    expect(clampPoints(5, 0.1 + 0.2)).toBe(0.3);
  });

  it('gives 0 for NaN points and for a max that is not positive', () => {
    expect(clampPoints(Number.NaN, 10)).toBe(0);
    expect(clampPoints(5, 0)).toBe(0);
    expect(clampPoints(5, -1)).toBe(0);
    expect(clampPoints(Number.POSITIVE_INFINITY, 10)).toBe(10);
  });

  it('does not produce -0', () => {
    expect(Object.is(round2(-0.001), 0)).toBe(true);
    expect(Object.is(clampPoints(-0.001, 10), 0)).toBe(true);
  });
});

describe('computedPoints: target', () => {
  // e.g. state budget revenue: target 7,000 billion VND, worth 10 points
  const budget = spec({ method: 'target', maxPoints: 10 });

  it('gives max when the target is met or exceeded', () => {
    expect(computedPoints(budget, { target: 7000, result: 7000 })).toBe(10);
    expect(computedPoints(budget, { target: 7000, result: 7476.9 })).toBe(10);
  });

  it('gives max × result/target when not met', () => {
    // 4.53 million visitors = 84.7% of the year's target (domain.md §3.3)
    expect(computedPoints(budget, { target: 5.35, result: 4.53 })).toBe(8.47);
    expect(computedPoints(budget, { target: 200, result: 50 })).toBe(2.5);
  });

  it('never goes below 0', () => {
    expect(computedPoints(budget, { target: 100, result: -20 })).toBe(0);
  });

  it('with a zero target: max when met, 0 when not', () => {
    expect(computedPoints(budget, { target: 0, result: 0 })).toBe(10);
    expect(computedPoints(budget, { target: 0, result: 3 })).toBe(10);
    expect(computedPoints(budget, { target: 0, result: -1 })).toBe(0);
  });

  it('without a target it cannot compute', () => {
    expect(computedPoints(budget, { target: null, result: 5 })).toBeNull();
  });
});

describe('computedPoints: linear', () => {
  it('ascending: from is worth 0, to is worth max, in between proportional', () => {
    // PAR index 80% → 0 points, 90% → 20 points
    const par = spec({ method: 'linear', maxPoints: 20, linearFrom: 80, linearTo: 90 });
    expect(computedPoints(par, { target: null, result: 80 })).toBe(0);
    expect(computedPoints(par, { target: null, result: 90 })).toBe(20);
    expect(computedPoints(par, { target: null, result: 86.64 })).toBe(13.28);
  });

  it('descending ("lower is better"): a rank of 63 is worth 0, a rank of 1 is worth max', () => {
    const pci = spec({ method: 'linear', maxPoints: 10, linearFrom: 63, linearTo: 1 });
    expect(computedPoints(pci, { target: null, result: 63 })).toBe(0);
    expect(computedPoints(pci, { target: null, result: 1 })).toBe(10);
    // PCI rank 44/63: 10 × (44 − 63)/(1 − 63) = 3.0645…
    expect(computedPoints(pci, { target: null, result: 44 })).toBe(3.06);
  });

  it('clamps outside the range', () => {
    const c = spec({ method: 'linear', maxPoints: 5, linearFrom: 0, linearTo: 100 });
    expect(computedPoints(c, { target: null, result: 150 })).toBe(5);
    expect(computedPoints(c, { target: null, result: -10 })).toBe(0);
    const desc = spec({ method: 'linear', maxPoints: 5, linearFrom: 100, linearTo: 0 });
    expect(computedPoints(desc, { target: null, result: 150 })).toBe(0);
    expect(computedPoints(desc, { target: null, result: -10 })).toBe(5);
  });

  it('cannot compute without both ends, or with equal ends', () => {
    const figure = { target: null, result: 5 };
    expect(computedPoints(spec({ method: 'linear', linearFrom: 0, linearTo: null }), figure)).toBeNull();
    expect(computedPoints(spec({ method: 'linear', linearFrom: undefined, linearTo: 10 }), figure)).toBeNull();
    expect(computedPoints(spec({ method: 'linear', linearFrom: 4, linearTo: 4 }), figure)).toBeNull();
  });
});

describe('computedPoints: manual and missing figures', () => {
  it('manual never computes', () => {
    expect(computedPoints(spec({ method: 'manual' }), { target: 10, result: 10 })).toBeNull();
  });
  it('no figure, or a result that is not a number, computes nothing', () => {
    expect(computedPoints(spec({ method: 'target' }), null)).toBeNull();
    expect(computedPoints(spec({ method: 'target' }), { target: 10, result: Number.NaN })).toBeNull();
  });
});

describe('acceptedScores', () => {
  const criteria = [spec({ id: 1, maxPoints: 10 })];
  const entry = (e: Partial<ScoreEntry>): ScoreEntry => ({ criterionId: 1, scoredUnitId: 1, scorerUnitId: 9, scorerKind: 'head', points: 5, ...e });

  it('drops other criteria, other members, non-finite points, a unit scoring itself as a lead, and a self score by another unit', () => {
    const kept = acceptedScores(
      criteria,
      [
        entry({}),
        entry({ criterionId: 2 }),
        entry({ scoredUnitId: 3 }),
        entry({ points: Number.NaN }),
        entry({ scorerUnitId: 1, scorerKind: 'peer' }),
        entry({ scorerUnitId: 9, scorerKind: 'self' }),
        entry({ scorerUnitId: 1, scorerKind: 'self', points: 4 }),
      ],
      [1, 2],
    );
    expect(kept.map((s) => [s.scorerUnitId, s.scorerKind])).toEqual([
      [9, 'head'],
      [1, 'self'],
    ]);
  });

  it('clamps points and keeps the last of repeated entries', () => {
    const kept = acceptedScores(criteria, [entry({ points: 3 }), entry({ points: 14 })], [1]);
    expect(kept).toHaveLength(1);
    expect(kept[0]?.points).toBe(10);
  });
});
