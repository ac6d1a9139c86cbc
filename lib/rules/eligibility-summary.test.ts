import { describe, expect, it } from 'vitest';
import { evaluateEligibility, type EligibilityFacts } from './eligibility';
import { failingChecks, summarizeEligibility } from './eligibility-summary';
import type { PrerequisiteGroups } from './prerequisites';

const CERTIFICATE: PrerequisiteGroups = [
  [{ kind: 'consecutive_titles', titles: ['grassroots_fighter'], years: 2 }],
  [
    { kind: 'consecutive_titles', titles: ['excellent_completion'], years: 2 },
    { kind: 'initiatives', count: 2, minScope: 'unit' },
  ],
];
const COLLECTIVE: PrerequisiteGroups = [[{ kind: 'attestation', textVi: '100% thành viên hoàn thành nhiệm vụ', textEn: 'Every member completes their tasks' }]];

function facts(prerequisites: PrerequisiteGroups, rest: Partial<EligibilityFacts> = {}): EligibilityFacts {
  return {
    roundYear: 2026,
    today: '2026-11-26',
    award: { code: 'certificate_individual', nameVi: 'Bằng khen', nameEn: 'Certificate of merit', prerequisites, legalBasis: 'Nghị định 152/2025/NĐ-CP, Điều 44' },
    history: [],
    initiatives: [],
    restrictions: [],
    sameRound: [],
    ...rest,
  };
}

const fighter = (...years: number[]) => years.map((year) => ({ year, titleCode: 'grassroots_fighter', revoked: false, via: null }));

describe('the eligibility summary of a queue row', () => {
  it('passes when one alternative holds, whatever the failed checks of the other', () => {
    const result = evaluateEligibility(facts(CERTIFICATE, { history: fighter(2024, 2025) }));
    expect(summarizeEligibility(result)).toEqual({ result: 'pass', failed: 0, waiting: 0 });
    // The second alternative's checks fail, but nothing is overridden by forwarding.
    expect(result.checks.filter((c) => c.status === 'fail')).toHaveLength(2);
    expect(failingChecks(result)).toEqual([]);
  });

  it('counts the failed checks when no alternative holds, and names them for the override', () => {
    const result = evaluateEligibility(facts(CERTIFICATE, { history: fighter(2025) }));
    expect(summarizeEligibility(result)).toEqual({ result: 'fail', failed: 3, waiting: 0 });
    expect(failingChecks(result).map((c) => c.kind)).toEqual(['consecutive_titles', 'consecutive_titles', 'initiatives']);
  });

  it('fails on an open complaint even when the standard holds; only that check is overridden', () => {
    const result = evaluateEligibility(
      facts(CERTIFICATE, { history: fighter(2024, 2025), restrictions: [{ kind: 'complaint', startsOn: '2026-10-28', endsOn: null, reference: 'Thông báo số 87/TB-TTr' }] }),
    );
    expect(summarizeEligibility(result)).toEqual({ result: 'fail', failed: 1, waiting: 0 });
    expect(failingChecks(result).map((c) => [c.kind, c.legalBasis.length > 0])).toEqual([['open_restriction', true]]);
  });

  it('waits for the appraiser when a standard is confirmed by reading the dossier', () => {
    const result = evaluateEligibility(facts(COLLECTIVE));
    expect(summarizeEligibility(result)).toEqual({ result: 'to_confirm', failed: 0, waiting: 1 });
  });
});
