import { describe, expect, it } from 'vitest';
import { INITIATIVE_SCOPES, NOMINATION_STATUSES, RESTRICTION_KINDS, type InitiativeScope, type NominationStatus, type TitleCode } from '@/lib/domain/constants';
import { evaluateEligibility, isInformational, type EligibilityCheck, type EligibilityFacts, type NominationFacts, type ProcedureFacts } from './eligibility';
import {
  LEGAL_BASIS_APPRAISAL_TIME,
  LEGAL_BASIS_BLOC_QUOTA,
  LEGAL_BASIS_DISCIPLINE_PERIOD,
  LEGAL_BASIS_DOSSIER,
  LEGAL_BASIS_INITIATIVE_ONCE,
  LEGAL_BASIS_LINEAGE,
  LEGAL_BASIS_ONE_AWARD,
  LEGAL_BASIS_OPEN_RESTRICTION,
  LEGAL_BASIS_RULE_IN_FORCE,
  LEGAL_BASIS_SUBMISSION_DEADLINE,
} from './legal-bases';
import type { PrerequisiteGroups } from './prerequisites';

const FIGHTER: PrerequisiteGroups = [
  [
    { kind: 'consecutive_titles', titles: ['grassroots_fighter'], years: 3 },
    { kind: 'initiatives', count: 1, minScope: 'province' },
  ],
];
const CERTIFICATE: PrerequisiteGroups = [
  [{ kind: 'consecutive_titles', titles: ['grassroots_fighter'], years: 2 }],
  [
    { kind: 'consecutive_titles', titles: ['excellent_completion'], years: 2 },
    { kind: 'initiatives', count: 2, minScope: 'unit' },
  ],
];
const COLLECTIVE: PrerequisiteGroups = [
  [{ kind: 'consecutive_titles', titles: ['excellent_completion'], years: 2 }],
  [{ kind: 'consecutive_titles', titles: ['excellent_collective'], years: 1 }],
];
const FLAG: PrerequisiteGroups = [[{ kind: 'bloc_vote' }, { kind: 'attestation', textVi: 'Hoàn thành vượt mức', textEn: 'Exceeded its targets' }]];
const BASIS = 'Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 22';

function facts(overrides: Partial<EligibilityFacts> & { prerequisites?: PrerequisiteGroups; code?: string } = {}): EligibilityFacts {
  const { prerequisites = FIGHTER, code = 'provincial_fighter', ...rest } = overrides;
  return {
    roundYear: 2026,
    today: '2026-11-26',
    award: { code, nameVi: 'Chiến sĩ thi đua cấp tỉnh', nameEn: 'Provincial Emulation Fighter', prerequisites, legalBasis: BASIS },
    history: [],
    initiatives: [],
    restrictions: [],
    sameRound: [],
    ...rest,
  };
}

const own = (titleCode: TitleCode, ...years: number[]) => years.map((year) => ({ year, titleCode, revoked: false, via: null }));
const CITY = { nameVi: 'Thành phố Ninh Bình', nameEn: 'Ninh Bình City' };
const inherited = (titleCode: TitleCode, ...years: number[]) => years.map((year) => ({ year, titleCode, revoked: false, via: CITY }));
const initiative = (id: number, scope: InitiativeScope, usedBy: { reference: string; status: NominationStatus }[] = []) => ({ id, title: `Sáng kiến ${id}`, scope, usedBy });

function check<K extends EligibilityCheck['kind']>(checks: EligibilityCheck[], kind: K, group?: number): Extract<EligibilityCheck, { kind: K }> {
  const found = checks.find((c) => c.kind === kind && (group === undefined || ('group' in c && c.group === group)));
  if (!found) throw new Error(`no ${kind} check${group === undefined ? '' : ` in group ${group}`}`);
  return found as Extract<EligibilityCheck, { kind: K }>;
}

// The dossier and its procedure (ProcedureFacts): the fighter's two versions (Decree 98/2023 until
// 2025-06-30, Decree 152/2025 since), the 2026 year-end round, and a saved nomination whose dossier is
// complete and which was submitted on time and has not reached the province yet.
const V1 = { id: 11, version: 1, nameVi: 'Chiến sĩ thi đua cấp tỉnh', nameEn: 'Provincial Emulation Fighter', effectiveFrom: '2024-01-01', effectiveTo: '2025-06-30' };
const V2 = { id: 12, version: 2, nameVi: 'Chiến sĩ thi đua cấp tỉnh', nameEn: 'Provincial Emulation Fighter', effectiveFrom: '2025-07-01', effectiveTo: null };
const FIGHTER_DOCUMENTS = ['submission_letter', 'achievement_report', 'meeting_minutes', 'ballot_result', 'initiative_certificate'] as const;
const FLAG_DOCUMENTS = ['submission_letter', 'achievement_report', 'bloc_minutes', 'bloc_ballot_result'] as const;

function nomination(overrides: Partial<NominationFacts> = {}): NominationFacts {
  return {
    submittedOn: null,
    appraisalStartedOn: null,
    appraisalEndedOn: null,
    decidedOn: null,
    documents: [...FIGHTER_DOCUMENTS],
    blocBallots: [],
    blocLeadChosen: null,
    blocEndorsedOthers: null,
    holidays: [],
    ...overrides,
  };
}

function procedure(overrides: { version?: Partial<ProcedureFacts['version']>; round?: Partial<ProcedureFacts['round']>; nomination?: NominationFacts | null } = {}): ProcedureFacts {
  return {
    version: { id: V2.id, version: 2, route: 'unit', requiredDocuments: [...FIGHTER_DOCUMENTS], blocQuota: null, effectiveFrom: V2.effectiveFrom, effectiveTo: null, ...overrides.version },
    versions: [V1, V2],
    round: { submissionDeadline: '2026-12-09', appraisalWorkingDays: 25, ...overrides.round },
    nomination: overrides.nomination === undefined ? nomination() : overrides.nomination,
  };
}

/** The provincial flag through its bloc: quota 1, the bloc's papers added at endorsement. */
const flagProcedure = (n: Partial<NominationFacts> = {}) =>
  procedure({ version: { route: 'bloc', requiredDocuments: [...FLAG_DOCUMENTS], blocQuota: 1 }, nomination: nomination({ documents: [...FLAG_DOCUMENTS], blocEndorsedOthers: 0, ...n }) });

const kinds = (result: { checks: EligibilityCheck[] }) => result.checks.map((c) => c.kind);

/** "2023 ✓ 2024 ✗ 2025 ✓", as the panel prints it. */
const yearLine = (c: Extract<EligibilityCheck, { kind: 'consecutive_titles' }>) => c.yearList.map((y) => `${y.year} ${y.counted ? '✓' : '✗'}`).join(' ');

describe('consecutive titles', () => {
  it('passes with the title in each of the three years before the round', () => {
    const result = evaluateEligibility(facts({ history: own('grassroots_fighter', 2023, 2024, 2025), initiatives: [initiative(1, 'province')] }));
    const c = check(result.checks, 'consecutive_titles');
    expect(c.status).toBe('pass');
    expect(yearLine(c)).toBe('2023 ✓ 2024 ✓ 2025 ✓');
    expect(c.group).toBe(0);
    expect(c.legalBasis).toBe(BASIS);
    expect(result.overall).toBe('pass');
    expect(result.failures).toEqual([]);
  });

  it('fails on a gap, naming the missing year', () => {
    const history = [...own('grassroots_fighter', 2023, 2025), ...own('advanced_worker', 2024)];
    const result = evaluateEligibility(facts({ history, initiatives: [initiative(1, 'province')] }));
    const c = check(result.checks, 'consecutive_titles');
    expect(c.status).toBe('fail');
    expect(yearLine(c)).toBe('2023 ✓ 2024 ✗ 2025 ✓');
    expect(c.yearList[1]).toMatchObject({ year: 2024, held: false, titleCode: null, excludedByDiscipline: false });
    expect(result.overall).toBe('fail');
    expect(result.failures).toEqual(['consecutive_titles']);
  });

  it('counts the years ending the year before the round, not the round year itself', () => {
    const result = evaluateEligibility(facts({ history: own('grassroots_fighter', 2024, 2025, 2026), initiatives: [initiative(1, 'province')] }));
    expect(yearLine(check(result.checks, 'consecutive_titles'))).toBe('2023 ✗ 2024 ✓ 2025 ✓');
  });

  it('does not count a revoked title', () => {
    const history = [...own('grassroots_fighter', 2023, 2025), { year: 2024, titleCode: 'grassroots_fighter', revoked: true, via: null }];
    const c = check(evaluateEligibility(facts({ history })).checks, 'consecutive_titles');
    expect(c.status).toBe('fail');
    expect(c.yearList[1]?.held).toBe(false);
  });

  it('counts the titles of the unit a ward came from, and names it', () => {
    const result = evaluateEligibility(facts({ prerequisites: COLLECTIVE, code: 'certificate_collective', history: [...own('excellent_completion', 2025), ...inherited('excellent_completion', 2023, 2024)] }));
    const c = check(result.checks, 'consecutive_titles', 0);
    expect(c.status).toBe('pass');
    expect(yearLine(c)).toBe('2024 ✓ 2025 ✓');
    expect(c.yearList[0]?.via).toEqual(CITY);
    expect(c.yearList[1]?.via).toBeNull();
    expect(c.lineageBasis).toBe(LEGAL_BASIS_LINEAGE);
    expect(result.overall).toBe('pass');
  });

  it('prefers the nominee’s own title over an inherited one for the same year', () => {
    const c = check(
      evaluateEligibility(facts({ prerequisites: COLLECTIVE, code: 'certificate_collective', history: [...inherited('excellent_completion', 2025, 2024), ...own('excellent_completion', 2025)] })).checks,
      'consecutive_titles',
      0,
    );
    expect(c.yearList.map((y) => y.via?.nameEn ?? null)).toEqual(['Ninh Bình City', null]);
    expect(c.lineageBasis).toBe(LEGAL_BASIS_LINEAGE);
  });

  it('fails when the predecessor lacks a year', () => {
    const result = evaluateEligibility(facts({ prerequisites: COLLECTIVE, code: 'certificate_collective', history: [...own('excellent_completion', 2025), ...inherited('excellent_completion', 2023)] }));
    expect(yearLine(check(result.checks, 'consecutive_titles', 0))).toBe('2024 ✗ 2025 ✓');
    expect(check(result.checks, 'consecutive_titles', 0).lineageBasis).toBeNull();
    expect(result.groups).toEqual([
      { index: 0, status: 'fail' },
      { index: 1, status: 'fail' },
    ]);
    expect(result.overall).toBe('fail');
    expect(result.failures).toEqual(['consecutive_titles', 'consecutive_titles']);
  });

  it('does not count a title of a year that overlaps a discipline period', () => {
    const restrictions = [{ kind: 'discipline' as const, startsOn: '2024-03-15', endsOn: '2024-09-15', reference: 'QĐ 45' }];
    const result = evaluateEligibility(facts({ prerequisites: CERTIFICATE, code: 'certificate_individual', history: own('grassroots_fighter', 2024, 2025), restrictions }));
    const c = check(result.checks, 'consecutive_titles', 0);
    expect(c.status).toBe('fail');
    expect(yearLine(c)).toBe('2024 ✗ 2025 ✓');
    expect(c.yearList[0]).toMatchObject({ year: 2024, held: true, counted: false, excludedByDiscipline: true });
    expect(c.disciplineBasis).toBe(LEGAL_BASIS_DISCIPLINE_PERIOD);
    // The discipline ended long before today: it does not hold the nomination.
    expect(check(result.checks, 'open_restriction').status).toBe('pass');
    expect(result.overall).toBe('fail');
  });

  it('excludes every year a discipline period spans, and every year since while it is open', () => {
    const spanning = [{ kind: 'discipline' as const, startsOn: '2023-11-01', endsOn: '2024-02-01', reference: 'QĐ 1' }];
    expect(yearLine(check(evaluateEligibility(facts({ history: own('grassroots_fighter', 2023, 2024, 2025), restrictions: spanning })).checks, 'consecutive_titles'))).toBe(
      '2023 ✗ 2024 ✗ 2025 ✓',
    );
    const ongoing = [{ kind: 'discipline' as const, startsOn: '2024-06-01', endsOn: null, reference: 'QĐ 2' }];
    const result = evaluateEligibility(facts({ history: own('grassroots_fighter', 2023, 2024, 2025), restrictions: ongoing }));
    expect(yearLine(check(result.checks, 'consecutive_titles'))).toBe('2023 ✓ 2024 ✗ 2025 ✗');
    expect(check(result.checks, 'open_restriction').status).toBe('fail');
  });

  it('ignores other kinds of restriction when counting years', () => {
    const restrictions = [{ kind: 'inspection' as const, startsOn: '2024-01-10', endsOn: '2024-05-10', reference: 'KL 7' }];
    expect(check(evaluateEligibility(facts({ history: own('grassroots_fighter', 2023, 2024, 2025), restrictions })).checks, 'consecutive_titles').status).toBe('pass');
  });
});

describe('initiatives', () => {
  const history = own('grassroots_fighter', 2023, 2024, 2025);

  it('passes with a province-wide initiative', () => {
    const c = check(evaluateEligibility(facts({ history, initiatives: [initiative(7, 'province')] })).checks, 'initiatives');
    expect(c).toMatchObject({ status: 'pass', required: 1, minScope: 'province', group: 0, legalBasis: BASIS });
    expect(c.counted.map((i) => i.id)).toEqual([7]);
  });

  it('counts a wider scope for a narrower minimum', () => {
    expect(check(evaluateEligibility(facts({ history, initiatives: [initiative(7, 'national')] })).checks, 'initiatives').status).toBe('pass');
  });

  it('fails when the initiative’s effect is narrower than required', () => {
    const result = evaluateEligibility(facts({ history, initiatives: [initiative(7, 'sector')] }));
    const c = check(result.checks, 'initiatives');
    expect(c.status).toBe('fail');
    expect(c.notCounted).toEqual([{ id: 7, title: 'Sáng kiến 7', scope: 'sector', reason: 'scope' }]);
    expect(result.failures).toEqual(['initiatives']);
  });

  it('fails with none attached', () => {
    expect(check(evaluateEligibility(facts({ history })).checks, 'initiatives').status).toBe('fail');
  });

  it('does not count an initiative a live nomination already uses, but counts one a withdrawn, rejected or not endorsed nomination used', () => {
    const reused = evaluateEligibility(facts({ history, initiatives: [initiative(7, 'province', [{ reference: 'NB-2026-0001', status: 'appraisal' }])] }));
    const c = check(reused.checks, 'initiatives');
    expect(c.status).toBe('fail');
    expect(c.notCounted[0]?.reason).toBe('reused');
    for (const status of ['withdrawn', 'rejected', 'not_endorsed'] as const) {
      const released = evaluateEligibility(facts({ history, initiatives: [initiative(7, 'province', [{ reference: 'NB-2026-0001', status }])] }));
      expect(check(released.checks, 'initiatives').status, status).toBe('pass');
      expect(check(released.checks, 'initiative_reuse').status, status).toBe('pass');
    }
  });
});

describe('alternatives', () => {
  it('passes through the second alternative when the first fails', () => {
    const result = evaluateEligibility(
      facts({
        prerequisites: CERTIFICATE,
        code: 'certificate_individual',
        history: [...own('advanced_worker', 2022, 2023), ...own('excellent_completion', 2024, 2025)],
        initiatives: [initiative(1, 'unit'), initiative(2, 'unit')],
      }),
    );
    expect(result.groups).toEqual([
      { index: 0, status: 'fail' },
      { index: 1, status: 'pass' },
    ]);
    expect(check(result.checks, 'consecutive_titles', 0).status).toBe('fail');
    expect(check(result.checks, 'consecutive_titles', 1).status).toBe('pass');
    expect(check(result.checks, 'initiatives', 1).counted).toHaveLength(2);
    // A failing check of an alternative that is not needed is not a failure of the nomination.
    expect(result.overall).toBe('pass');
    expect(result.failures).toEqual([]);
  });

  it('fails when every alternative fails', () => {
    const result = evaluateEligibility(
      facts({ prerequisites: CERTIFICATE, code: 'certificate_individual', history: own('excellent_completion', 2024, 2025), initiatives: [initiative(1, 'unit')] }),
    );
    expect(result.groups.map((g) => g.status)).toEqual(['fail', 'fail']);
    expect(result.overall).toBe('fail');
    expect(result.failures).toEqual(['consecutive_titles', 'initiatives']);
  });

  it('has no prerequisite checks and no groups for an award without prerequisites', () => {
    const result = evaluateEligibility(facts({ prerequisites: [] }));
    expect(result.groups).toEqual([]);
    expect(result.checks.map((c) => c.kind)).toEqual(['open_restriction', 'one_award', 'initiative_reuse']);
    expect(result.overall).toBe('pass');
  });
});

describe('checks decided outside the data', () => {
  it('leaves the bloc vote pending and attestations to the appraiser, without failing', () => {
    const result = evaluateEligibility(facts({ prerequisites: FLAG, code: 'provincial_flag' }));
    expect(check(result.checks, 'bloc_vote')).toMatchObject({ status: 'pending', group: 0, legalBasis: BASIS });
    expect(check(result.checks, 'attestation')).toMatchObject({ status: 'to_confirm', textVi: 'Hoàn thành vượt mức', textEn: 'Exceeded its targets' });
    expect(result.groups).toEqual([{ index: 0, status: 'pending' }]);
    expect(result.overall).toBe('pass');
  });

  it('reports a group with only attestations as to be confirmed', () => {
    const result = evaluateEligibility(facts({ prerequisites: [[{ kind: 'attestation', textVi: 'a', textEn: 'a' }]] }));
    expect(result.groups).toEqual([{ index: 0, status: 'to_confirm' }]);
  });
});

describe('rules for every award', () => {
  const eligible = { history: own('grassroots_fighter', 2023, 2024, 2025), initiatives: [initiative(1, 'province')] };

  it('fails an open complaint, investigation or inspection, and passes one that has closed', () => {
    for (const kind of RESTRICTION_KINDS) {
      const open = evaluateEligibility(facts({ ...eligible, restrictions: [{ kind, startsOn: '2026-10-28', endsOn: null, reference: 'TB 87' }] }));
      const c = check(open.checks, 'open_restriction');
      expect(c.status, kind).toBe('fail');
      expect(c.legalBasis).toBe(LEGAL_BASIS_OPEN_RESTRICTION);
      expect(c.open).toHaveLength(1);
      expect(open.overall).toBe('fail');
      expect(open.failures).toEqual(['open_restriction']);
    }
    const closed = evaluateEligibility(facts({ ...eligible, restrictions: [{ kind: 'complaint', startsOn: '2026-10-19', endsOn: '2026-10-29', reference: 'x' }] }));
    expect(check(closed.checks, 'open_restriction').status).toBe('pass');
    expect(closed.overall).toBe('pass');
  });

  it('treats the first and the last day of a restriction as open, and a future one as not yet', () => {
    const on = (startsOn: string, endsOn: string | null) =>
      check(evaluateEligibility(facts({ ...eligible, restrictions: [{ kind: 'inspection', startsOn, endsOn, reference: 'x' }] })).checks, 'open_restriction').status;
    expect(on('2026-11-26', null)).toBe('fail');
    expect(on('2026-11-01', '2026-11-26')).toBe('fail');
    expect(on('2026-11-01', '2026-11-25')).toBe('pass');
    expect(on('2026-11-27', null)).toBe('pass');
  });

  it('fails a second live nomination of the same nominee in the round', () => {
    const result = evaluateEligibility(facts({ ...eligible, sameRound: [{ reference: 'NB-2026-0009', awardNameVi: 'Bằng khen', awardNameEn: 'Certificate', status: 'council' }] }));
    const c = check(result.checks, 'one_award');
    expect(c).toMatchObject({ status: 'fail', alreadyAwarded: false, legalBasis: LEGAL_BASIS_ONE_AWARD });
    expect(c.sameRound.map((n) => n.reference)).toEqual(['NB-2026-0009']);
    expect(result.failures).toEqual(['one_award']);
  });

  it('ignores withdrawn, rejected, not endorsed and revoked nominations of the round', () => {
    for (const status of ['withdrawn', 'rejected', 'not_endorsed', 'revoked'] as const) {
      const result = evaluateEligibility(facts({ ...eligible, sameRound: [{ reference: 'NB-2026-0009', awardNameVi: 'x', awardNameEn: 'x', status }] }));
      expect(check(result.checks, 'one_award').status, status).toBe('pass');
    }
  });

  it('fails when the nominee already received this award for the round’s year', () => {
    const result = evaluateEligibility(facts({ ...eligible, history: [...eligible.history, ...own('provincial_fighter', 2026)] }));
    expect(check(result.checks, 'one_award')).toMatchObject({ status: 'fail', alreadyAwarded: true });
    // Not when it was revoked, not for another year, not another award, not a predecessor's.
    for (const extra of [
      { year: 2026, titleCode: 'provincial_fighter', revoked: true, via: null },
      { year: 2025, titleCode: 'provincial_fighter', revoked: false, via: null },
      { year: 2026, titleCode: 'certificate_individual', revoked: false, via: null },
      { year: 2026, titleCode: 'provincial_fighter', revoked: false, via: CITY },
    ]) {
      expect(check(evaluateEligibility(facts({ ...eligible, history: [...eligible.history, extra] })).checks, 'one_award').status, JSON.stringify(extra)).toBe('pass');
    }
  });

  it('fails an initiative attached to another live nomination, and lists where', () => {
    const used = [
      { reference: 'NB-2026-0001', status: 'public_notice' as const },
      { reference: 'NB-2025-0003', status: 'rejected' as const },
    ];
    const result = evaluateEligibility(facts({ ...eligible, initiatives: [initiative(1, 'province', used)] }));
    const c = check(result.checks, 'initiative_reuse');
    expect(c.status).toBe('fail');
    expect(c.legalBasis).toBe(LEGAL_BASIS_INITIATIVE_ONCE);
    expect(c.reused).toEqual([{ id: 1, title: 'Sáng kiến 1', usedBy: [{ reference: 'NB-2026-0001', status: 'public_notice' }] }]);
    expect(check(result.checks, 'initiatives').status).toBe('fail');
    expect(result.failures).toEqual(['initiatives', 'initiative_reuse']);
  });

  it('fails the nomination on a general rule even when an alternative holds', () => {
    const result = evaluateEligibility(facts({ ...eligible, sameRound: [{ reference: 'NB-2026-0009', awardNameVi: 'x', awardNameEn: 'x', status: 'draft' }] }));
    expect(result.groups).toEqual([{ index: 0, status: 'pass' }]);
    expect(result.overall).toBe('fail');
  });
});

describe('lineage across the 2025 merger', () => {
  const DISTRICT = { nameVi: 'Huyện Hoa Lư', nameEn: 'Hoa Lư District' };
  const THREE_YEARS: PrerequisiteGroups = [[{ kind: 'consecutive_titles', titles: ['excellent_completion'], years: 3 }]];

  it('passes a ward whose 2023 and 2024 were held by the district it came from and 2025 by itself', () => {
    const history = [
      { year: 2023, titleCode: 'excellent_completion', revoked: false, via: DISTRICT },
      { year: 2024, titleCode: 'excellent_completion', revoked: false, via: DISTRICT },
      ...own('excellent_completion', 2025),
    ];
    const result = evaluateEligibility(facts({ prerequisites: THREE_YEARS, code: 'certificate_collective', history, procedure: procedure() }));
    const c = check(result.checks, 'consecutive_titles');
    expect(c.status).toBe('pass');
    expect(c.yearList.map((y) => [y.year, y.counted, y.via?.nameEn ?? null])).toEqual([
      [2023, true, 'Hoa Lư District'],
      [2024, true, 'Hoa Lư District'],
      [2025, true, null],
    ]);
    expect(c.lineageBasis).toBe(LEGAL_BASIS_LINEAGE);
    expect(result.overall).toBe('pass');
  });

  it('fails it when the district lacks a year before the merger', () => {
    const history = [{ year: 2024, titleCode: 'excellent_completion', revoked: false, via: DISTRICT }, ...own('excellent_completion', 2025)];
    const result = evaluateEligibility(facts({ prerequisites: THREE_YEARS, code: 'certificate_collective', history }));
    expect(yearLine(check(result.checks, 'consecutive_titles'))).toBe('2023 ✗ 2024 ✓ 2025 ✓');
    expect(result.failures).toEqual(['consecutive_titles']);
  });
});

describe('the dossier', () => {
  it('passes with every required document, and fails naming the missing ones (Law 06/2022/QH15 Art. 84)', () => {
    const complete = check(evaluateEligibility(facts({ procedure: procedure() })).checks, 'dossier_complete');
    expect(complete).toMatchObject({ status: 'pass', missing: [], legalBasis: LEGAL_BASIS_DOSSIER });

    const result = evaluateEligibility(facts({ procedure: procedure({ nomination: nomination({ documents: ['achievement_report', 'submission_letter'] }) }) }));
    expect(check(result.checks, 'dossier_complete')).toMatchObject({ status: 'fail', missing: ['meeting_minutes', 'ballot_result', 'initiative_certificate'] });
    expect(result.failures).toContain('dossier_complete');
  });

  it('asks a bloc-route nomination for the bloc’s papers only once the bloc has endorsed it', () => {
    const unitPapers = ['submission_letter', 'achievement_report'] as const;
    const atSubmission = check(evaluateEligibility(facts({ prerequisites: FLAG, procedure: flagProcedure({ documents: [...unitPapers] }) })).checks, 'dossier_complete');
    expect(atSubmission).toMatchObject({ status: 'pass', stage: 'unit_submission', missing: [], dueLater: ['bloc_minutes', 'bloc_ballot_result'] });

    const endorsed = flagProcedure({ documents: [...unitPapers], submittedOn: '2026-10-20', appraisalStartedOn: '2026-11-16', blocBallots: [{ roundNo: 1, heldOn: '2026-11-13', membersTotal: 10, votesFor: 8, votesAgainst: 2, passed: true }] });
    expect(check(evaluateEligibility(facts({ prerequisites: FLAG, procedure: endorsed })).checks, 'dossier_complete')).toMatchObject({
      status: 'fail',
      stage: 'bloc_endorsement',
      missing: ['bloc_minutes', 'bloc_ballot_result'],
      dueLater: [],
    });
  });

  it('is not checked for a nomination not created yet', () => {
    expect(kinds(evaluateEligibility(facts({ procedure: procedure({ nomination: null }) })))).not.toContain('dossier_complete');
  });
});

describe('the bloc’s vote and quota', () => {
  const passed = { roundNo: 1, heldOn: '2026-11-13', membersTotal: 10, votesFor: 8, votesAgainst: 2, passed: true };
  const failed = { roundNo: 1, heldOn: '2026-11-13', membersTotal: 10, votesFor: 4, votesAgainst: 6, passed: false };

  it('passes on a passed ballot of the bloc, also one of the second round, or on the head and deputy’s choice', () => {
    for (const n of [{ blocBallots: [passed] }, { blocBallots: [failed, { ...passed, roundNo: 2 }] }, { blocBallots: [failed, { ...failed, roundNo: 2 }], blocLeadChosen: true }]) {
      const result = evaluateEligibility(facts({ prerequisites: FLAG, code: 'provincial_flag', procedure: flagProcedure(n) }));
      expect(check(result.checks, 'bloc_vote').status, JSON.stringify(n)).toBe('pass');
      expect(result.groups).toEqual([{ index: 0, status: 'to_confirm' }]);
    }
  });

  it('fails when the bloc’s ballots on record all failed, and the nomination with it', () => {
    for (const n of [{ blocBallots: [failed] }, { blocBallots: [failed, { ...failed, roundNo: 2 }], blocLeadChosen: false }]) {
      const result = evaluateEligibility(facts({ prerequisites: FLAG, code: 'provincial_flag', procedure: flagProcedure(n) }));
      expect(check(result.checks, 'bloc_vote')).toMatchObject({ status: 'fail', legalBasis: BASIS });
      expect(result.overall).toBe('fail');
      expect(result.failures).toEqual(['bloc_vote']);
    }
  });

  it('waits while the bloc has not voted, without failing the submission; fails one that reached the province with no vote', () => {
    const inReview = evaluateEligibility(facts({ prerequisites: FLAG, code: 'provincial_flag', procedure: flagProcedure({ submittedOn: '2026-11-02' }) }));
    expect(check(inReview.checks, 'bloc_vote')).toMatchObject({ status: 'pending', ballots: [], reachedProvince: false });
    expect(inReview.overall).toBe('pass');
    const proposed = evaluateEligibility(facts({ prerequisites: FLAG, code: 'provincial_flag', procedure: procedure({ nomination: null }) }));
    expect(check(proposed.checks, 'bloc_vote').status).toBe('pending');

    const noVote = evaluateEligibility(facts({ prerequisites: FLAG, code: 'provincial_flag', procedure: flagProcedure({ submittedOn: '2026-11-02', appraisalStartedOn: '2026-11-16' }) }));
    expect(check(noVote.checks, 'bloc_vote')).toMatchObject({ status: 'fail', reachedProvince: true });
  });

  it('keeps within the bloc’s quota for the award and the round, itself not counted', () => {
    const within = check(evaluateEligibility(facts({ prerequisites: FLAG, procedure: flagProcedure({ blocEndorsedOthers: 0 }) })).checks, 'bloc_quota');
    expect(within).toMatchObject({ status: 'pass', quota: 1, endorsedOthers: 0, legalBasis: LEGAL_BASIS_BLOC_QUOTA });
    const over = evaluateEligibility(facts({ prerequisites: FLAG, procedure: flagProcedure({ blocEndorsedOthers: 1 }) }));
    expect(check(over.checks, 'bloc_quota')).toMatchObject({ status: 'fail', quota: 1, endorsedOthers: 1 });
    expect(over.failures).toEqual(['bloc_quota']);
  });

  it('has no quota check without a quota or a bloc', () => {
    expect(kinds(evaluateEligibility(facts({ procedure: procedure() })))).not.toContain('bloc_quota');
    expect(kinds(evaluateEligibility(facts({ procedure: procedure({ version: { blocQuota: 3 }, nomination: nomination({ blocEndorsedOthers: null }) }) })))).not.toContain('bloc_quota');
  });
});

describe('the round’s deadline', () => {
  const on = (n: Partial<NominationFacts> | null, today = '2026-11-26') =>
    check(evaluateEligibility(facts({ today, procedure: procedure({ nomination: n === null ? null : nomination(n) }) })).checks, 'submitted_in_time');

  it('passes a nomination submitted on or before the deadline’s day, and fails one submitted after it', () => {
    expect(on({ submittedOn: '2026-11-20' })).toMatchObject({ status: 'pass', deadline: '2026-12-09', legalBasis: LEGAL_BASIS_SUBMISSION_DEADLINE });
    expect(on({ submittedOn: '2026-12-09' }).status).toBe('pass');
    expect(on({ submittedOn: '2026-12-10' }, '2026-12-20').status).toBe('fail');
  });

  it('passes a draft while the deadline has not passed, and fails it after', () => {
    expect(on({}).status).toBe('pass');
    expect(on({}, '2026-12-09').status).toBe('pass');
    const late = evaluateEligibility(facts({ today: '2026-12-10', history: own('grassroots_fighter', 2023, 2024, 2025), initiatives: [initiative(1, 'province')], procedure: procedure() }));
    expect(check(late.checks, 'submitted_in_time')).toMatchObject({ status: 'fail', submittedOn: null, today: '2026-12-10' });
    expect(late.failures).toEqual(['submitted_in_time']);
    expect(on(null, '2026-12-10').status).toBe('fail');
  });
});

describe('the version of the rules in force', () => {
  const eligible = { history: own('grassroots_fighter', 2023, 2024, 2025), initiatives: [initiative(1, 'province')] };

  it('passes the version in force on the round’s deadline', () => {
    const c = check(evaluateEligibility(facts({ ...eligible, procedure: procedure() })).checks, 'rule_version');
    expect(c).toMatchObject({ status: 'pass', on: '2026-12-09', dateBasis: 'deadline', used: { id: V2.id, version: 2 }, inForce: null, legalBasis: LEGAL_BASIS_RULE_IN_FORCE });
  });

  it('fails a nomination judged under an expired version, naming the version in force', () => {
    const result = evaluateEligibility(facts({ ...eligible, procedure: procedure({ version: { id: V1.id, version: 1, effectiveFrom: V1.effectiveFrom, effectiveTo: V1.effectiveTo } }) }));
    const c = check(result.checks, 'rule_version');
    expect(c).toMatchObject({ status: 'fail', used: { version: 1, effectiveTo: '2025-06-30' }, inForce: { version: 2, effectiveFrom: '2025-07-01' } });
    expect(result.failures).toEqual(['rule_version']);
  });

  it('takes the decision date once decided: the old version for a decision before the change', () => {
    const v1 = { version: { id: V1.id, version: 1, effectiveFrom: V1.effectiveFrom, effectiveTo: V1.effectiveTo } };
    const decided = check(evaluateEligibility(facts({ ...eligible, procedure: procedure({ ...v1, nomination: nomination({ decidedOn: '2025-01-24' }) }) })).checks, 'rule_version');
    expect(decided).toMatchObject({ status: 'pass', on: '2025-01-24', dateBasis: 'decision' });
    const v2Early = check(evaluateEligibility(facts({ ...eligible, procedure: procedure({ nomination: nomination({ decidedOn: '2025-01-24' }) }) })).checks, 'rule_version');
    expect(v2Early).toMatchObject({ status: 'fail', inForce: { version: 1 } });
  });

  it('fails when no version is in force that day', () => {
    const c = check(evaluateEligibility(facts({ ...eligible, procedure: procedure({ round: { submissionDeadline: '2023-12-09' } }) })).checks, 'rule_version');
    expect(c).toMatchObject({ status: 'fail', on: '2023-12-09', inForce: null });
  });
});

describe('the province’s appraisal time limit', () => {
  const eligible = { history: own('grassroots_fighter', 2023, 2024, 2025), initiatives: [initiative(1, 'province')] };
  const TET_2027 = ['2027-02-04', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10'];
  const appraisal = (n: Partial<NominationFacts>, today = '2026-11-26') =>
    evaluateEligibility(facts({ ...eligible, today, procedure: procedure({ nomination: nomination({ submittedOn: '2026-11-09', appraisalStartedOn: '2026-11-09', ...n }) }) }));

  it('counts working days from the day after the complete dossier arrived to the forward, or to today', () => {
    const running = check(appraisal({}).checks, 'appraisal_time_limit');
    expect(running).toMatchObject({ status: 'pass', limit: 25, startedOn: '2026-11-09', endedOn: null, asOf: '2026-11-26', used: 13, dueOn: '2026-12-14', legalBasis: LEGAL_BASIS_APPRAISAL_TIME });
    const forwarded = check(appraisal({ appraisalEndedOn: '2026-11-18' }, '2027-03-01').checks, 'appraisal_time_limit');
    expect(forwarded).toMatchObject({ status: 'pass', endedOn: '2026-11-18', asOf: '2026-11-18', used: 7 });
  });

  it('reports an exceeded limit without failing the nominee', () => {
    const result = appraisal({}, '2026-12-15');
    const c = check(result.checks, 'appraisal_time_limit');
    expect(c).toMatchObject({ status: 'fail', used: 26, dueOn: '2026-12-14' });
    expect(isInformational(c)).toBe(true);
    expect(result.overall).toBe('pass');
    expect(result.failures).toEqual([]);
  });

  it('does not count Tết', () => {
    const received = { submittedOn: '2027-01-20', appraisalStartedOn: '2027-01-20' };
    const withTet = check(appraisal({ ...received, holidays: TET_2027 }, '2027-02-26').checks, 'appraisal_time_limit');
    const without = check(appraisal(received, '2027-02-26').checks, 'appraisal_time_limit');
    expect(withTet).toMatchObject({ status: 'pass', used: 22, dueOn: '2027-03-03' });
    expect(without).toMatchObject({ status: 'fail', used: 27, dueOn: '2027-02-24' });
  });

  it('is not there before the province received the dossier', () => {
    expect(kinds(evaluateEligibility(facts({ procedure: procedure() })))).not.toContain('appraisal_time_limit');
  });
});

describe('the checks of a nomination', () => {
  it('orders the standard, the rules for every award, the procedure, then the time limit', () => {
    const result = evaluateEligibility(facts({ prerequisites: FLAG, procedure: flagProcedure({ submittedOn: '2026-11-02', appraisalStartedOn: '2026-11-16', blocBallots: [{ roundNo: 1, heldOn: '2026-11-13', membersTotal: 10, votesFor: 8, votesAgainst: 2, passed: true }] }) }));
    expect(kinds(result)).toEqual(['bloc_vote', 'attestation', 'open_restriction', 'one_award', 'initiative_reuse', 'dossier_complete', 'submitted_in_time', 'bloc_quota', 'rule_version', 'appraisal_time_limit']);
  });

  it('leaves the procedure out when only the nominee’s standing is asked', () => {
    expect(kinds(evaluateEligibility(facts({ prerequisites: [] })))).toEqual(['open_restriction', 'one_award', 'initiative_reuse']);
    expect(kinds(evaluateEligibility(facts({ prerequisites: [], procedure: procedure({ nomination: null }) })))).toEqual(['open_restriction', 'one_award', 'initiative_reuse', 'submitted_in_time', 'rule_version']);
  });
});

// A property test over random facts (fast-check is not among the project's dependencies: a seeded
// generator gives the same reproducible cases on every run).
describe('properties over random facts', () => {
  function prng(seed: number): () => number {
    let s = seed >>> 0;
    return () => {
      s = (s + 0x6d2b79f5) >>> 0;
      let t = s;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const TITLES: TitleCode[] = ['grassroots_fighter', 'excellent_completion', 'advanced_worker', 'excellent_collective', 'provincial_fighter'];
  const GROUPS = [FIGHTER, CERTIFICATE, COLLECTIVE, FLAG, []];

  function randomFacts(next: () => number): EligibilityFacts {
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
    const history = Array.from({ length: Math.floor(next() * 8) }, () => ({
      year: 2020 + Math.floor(next() * 7),
      titleCode: pick(TITLES),
      revoked: next() < 0.1,
      via: next() < 0.3 ? CITY : null,
    }));
    const initiatives = Array.from({ length: Math.floor(next() * 4) }, (_, i) =>
      initiative(i + 1, pick(INITIATIVE_SCOPES), next() < 0.3 ? [{ reference: `NB-${i}`, status: pick(NOMINATION_STATUSES) }] : []),
    );
    const restrictions = Array.from({ length: next() < 0.3 ? 1 : 0 }, () => {
      const start = `202${3 + Math.floor(next() * 4)}-0${1 + Math.floor(next() * 9)}-15`;
      return { kind: pick(RESTRICTION_KINDS), startsOn: start, endsOn: next() < 0.5 ? null : `${Number(start.slice(0, 4)) + Math.floor(next() * 2)}-12-01`, reference: 'r' };
    });
    const sameRound = Array.from({ length: next() < 0.3 ? 1 : 0 }, () => ({ reference: 'NB-x', awardNameVi: 'x', awardNameEn: 'x', status: pick(NOMINATION_STATUSES) }));
    const day = (from: number, span: number) => `2026-${String(from + Math.floor(next() * span)).padStart(2, '0')}-1${Math.floor(next() * 9)}`;
    const started = next() < 0.5 ? day(10, 3) : null;
    const saved =
      next() < 0.2
        ? null
        : nomination({
            submittedOn: next() < 0.7 ? day(9, 4) : null,
            appraisalStartedOn: started,
            appraisalEndedOn: started && next() < 0.5 ? '2026-12-28' : null,
            decidedOn: next() < 0.2 ? pick(['2025-01-24', '2026-01-16', '2027-01-15']) : null,
            documents: FIGHTER_DOCUMENTS.filter(() => next() < 0.9),
            blocBallots: next() < 0.4 ? [{ roundNo: 1, heldOn: '2026-11-13', membersTotal: 10, votesFor: 6, votesAgainst: 4, passed: next() < 0.6 }] : [],
            blocLeadChosen: next() < 0.1 ? next() < 0.5 : null,
            blocEndorsedOthers: next() < 0.5 ? Math.floor(next() * 3) : null,
          });
    const version = next() < 0.8 ? { id: V2.id, version: 2, effectiveFrom: V2.effectiveFrom, effectiveTo: null } : { id: V1.id, version: 1, effectiveFrom: V1.effectiveFrom, effectiveTo: V1.effectiveTo };
    const withProcedure = next() < 0.8 ? procedure({ version: { ...version, blocQuota: next() < 0.5 ? 1 : null }, round: { appraisalWorkingDays: 5 + Math.floor(next() * 30) }, nomination: saved }) : undefined;
    return facts({
      prerequisites: pick(GROUPS),
      code: pick(['provincial_fighter', 'certificate_individual']),
      today: pick(['2026-11-26', '2026-12-10', '2027-02-01']),
      history,
      initiatives,
      restrictions,
      sameRound,
      procedure: withProcedure,
    });
  }

  it('keeps overall, groups and failures consistent, and adding a title never removes a pass', () => {
    const next = prng(20261126);
    for (let run = 0; run < 2000; run++) {
      const f = randomFacts(next);
      const result = evaluateEligibility(f);
      const general = result.checks.filter((c) => !('group' in c) && !isInformational(c));
      const prerequisitesHold = result.groups.length === 0 || result.groups.some((g) => g.status !== 'fail');
      expect(result.overall === 'pass').toBe(prerequisitesHold && general.every((c) => c.status === 'pass'));
      expect(result.overall === 'fail').toBe(result.failures.length > 0);
      // The province's time limit informs and never decides: however long it is, the outcome holds.
      expect(result.failures).not.toContain('appraisal_time_limit');
      if (f.procedure) {
        const strict = evaluateEligibility({ ...f, procedure: { ...f.procedure, round: { ...f.procedure.round, appraisalWorkingDays: 1 } } });
        expect({ overall: strict.overall, failures: strict.failures }).toEqual({ overall: result.overall, failures: result.failures });
      }
      expect(result.groups).toHaveLength(f.award.prerequisites.length);
      for (const c of result.checks) {
        expect(c.legalBasis.length).toBeGreaterThan(0);
        if (c.kind === 'consecutive_titles') {
          expect(c.yearList.map((y) => y.year)).toEqual(Array.from({ length: c.years }, (_, i) => f.roundYear - c.years + i));
          expect(c.status === 'pass').toBe(c.yearList.every((y) => y.counted));
        }
      }
      // Monotone: one more unrevoked own title for a required year never turns a passing check into a failing one.
      const year = f.roundYear - 1 - Math.floor(next() * 3);
      const more = evaluateEligibility({ ...f, history: [...f.history, { year, titleCode: pick2(next), revoked: false, via: null }] });
      result.checks.forEach((c, i) => {
        if (c.kind === 'consecutive_titles' && c.status === 'pass') expect(more.checks[i]?.status).toBe('pass');
      });
    }
    function pick2(n: () => number): TitleCode {
      return TITLES[Math.floor(n() * TITLES.length)]!;
    }
  });
});
