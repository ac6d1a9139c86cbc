import { createElement, type ComponentProps } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { NextIntlClientProvider } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { EligibilityPanel } from '@/components/nominations/eligibility-panel';
import { LOCALES, type Locale } from '@/lib/i18n/config';
import { loadMessages } from '@/lib/i18n/messages/load';
import { reasonText } from './check-text';
import { evaluateEligibility, type Eligibility, type EligibilityCheck, type EligibilityFacts, type NominationFacts } from './eligibility';
import { LEGAL_BASIS_LINEAGE } from './legal-bases';
import type { PrerequisiteGroups } from './prerequisites';
import { checkReason, checkText, explainUnmet } from './reasons';

// The explanation stored in audit payloads and exports (reasons.ts) and what the eligibility panel
// shows must be the same sentences, in Vietnamese and in English.

const BASIS = 'Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 26 và Điều 84';
const DISTRICT = { nameVi: 'Huyện Hoa Lư', nameEn: 'Hoa Lư District' };
const FLAG: PrerequisiteGroups = [
  [{ kind: 'bloc_vote' }, { kind: 'attestation', textVi: 'Hoàn thành vượt mức các chỉ tiêu thi đua', textEn: 'Exceeded its emulation targets' }],
  [
    { kind: 'consecutive_titles', titles: ['excellent_completion', 'excellent_collective'], years: 3 },
    { kind: 'initiatives', count: 2, minScope: 'province' },
  ],
];
const VERSIONS = [
  { id: 1, version: 1, nameVi: 'Cờ thi đua của Ủy ban nhân dân tỉnh', nameEn: 'Provincial People’s Committee Emulation Flag', effectiveFrom: '2024-01-01', effectiveTo: '2025-06-30' },
  { id: 2, version: 2, nameVi: 'Cờ thi đua của Ủy ban nhân dân tỉnh', nameEn: 'Provincial People’s Committee Emulation Flag', effectiveFrom: '2025-07-01', effectiveTo: null },
];

function facts(nomination: Partial<NominationFacts>, overrides: Partial<EligibilityFacts> = {}, version = VERSIONS[1]!): EligibilityFacts {
  return {
    roundYear: 2026,
    today: '2026-11-26',
    award: { code: 'provincial_flag', nameVi: version.nameVi, nameEn: version.nameEn, prerequisites: FLAG, legalBasis: BASIS },
    history: [
      { year: 2023, titleCode: 'excellent_completion', revoked: false, via: DISTRICT },
      { year: 2024, titleCode: 'excellent_completion', revoked: false, via: DISTRICT },
      { year: 2025, titleCode: 'excellent_collective', revoked: false, via: null },
    ],
    initiatives: [],
    restrictions: [],
    sameRound: [],
    procedure: {
      version: { id: version.id, version: version.version, route: 'bloc', requiredDocuments: ['submission_letter', 'achievement_report', 'bloc_minutes', 'bloc_ballot_result'], blocQuota: 1, effectiveFrom: version.effectiveFrom, effectiveTo: version.effectiveTo },
      versions: VERSIONS,
      round: { submissionDeadline: '2026-12-09', appraisalWorkingDays: 25 },
      nomination: {
        submittedOn: '2026-10-20',
        appraisalStartedOn: '2026-11-16',
        appraisalEndedOn: null,
        decidedOn: null,
        documents: ['submission_letter', 'achievement_report', 'bloc_minutes', 'bloc_ballot_result'],
        blocBallots: [{ roundNo: 1, heldOn: '2026-11-13', membersTotal: 10, votesFor: 8, votesAgainst: 2, passed: true }],
        blocLeadChosen: null,
        blocEndorsedOthers: 0,
        holidays: [],
        ...nomination,
      },
    },
    ...overrides,
  };
}

/** A nomination that passes every check it can. */
const passing = evaluateEligibility(facts({}));
/** One that fails every check it can, each with details to explain. */
const failing = evaluateEligibility(
  facts(
    {
      submittedOn: '2026-12-11',
      documents: ['achievement_report'],
      blocBallots: [{ roundNo: 1, heldOn: '2026-11-13', membersTotal: 10, votesFor: 4, votesAgainst: 6, passed: false }],
      blocEndorsedOthers: 1,
    },
    {
      today: '2027-01-20',
      history: [
        { year: 2024, titleCode: 'excellent_completion', revoked: false, via: DISTRICT },
        { year: 2025, titleCode: 'excellent_collective', revoked: false, via: null },
      ],
      initiatives: [
        { id: 1, title: 'Một cửa liên thông', scope: 'unit', usedBy: [] },
        { id: 2, title: 'Bản đồ số', scope: 'province', usedBy: [{ reference: 'NB-2026-0005', status: 'public_notice' }] },
      ],
      restrictions: [
        { kind: 'discipline', startsOn: '2024-03-01', endsOn: '2024-06-30', reference: 'Quyết định số 45/QĐ-UBND' },
        { kind: 'complaint', startsOn: '2026-10-28', endsOn: null, reference: 'Thông báo số 87/TB-TTr' },
      ],
      sameRound: [{ reference: 'NB-2026-0020', awardNameVi: 'Bằng khen của Chủ tịch UBND tỉnh', awardNameEn: 'Chairman’s certificate of merit', status: 'appraisal' }],
    },
    VERSIONS[0],
  ),
);

const check = <K extends EligibilityCheck['kind']>(e: Eligibility, kind: K) => e.checks.find((c) => c.kind === kind) as Extract<EligibilityCheck, { kind: K }>;

describe('the bilingual reason of a check', () => {
  it('names the years across the 2025 merger, the predecessor and the lineage basis, in both languages', () => {
    expect(checkReason(check(passing, 'consecutive_titles'))).toEqual({
      vi:
        '3 năm liên tục đạt Hoàn thành xuất sắc nhiệm vụ hoặc Tập thể lao động xuất sắc — Đạt. Năm 2023: được tính (kế thừa từ Huyện Hoa Lư). ' +
        'Năm 2024: được tính (kế thừa từ Huyện Hoa Lư). Năm 2025: được tính. ' +
        `Căn cứ: ${BASIS}. Kế thừa thành tích của đơn vị trước sắp xếp: ${LEGAL_BASIS_LINEAGE}.`,
      en:
        '3 consecutive years of Excellent task completion or Excellent labour collective — Met. 2023: counted (via Hoa Lư District). ' +
        '2024: counted (via Hoa Lư District). 2025: counted. ' +
        `Legal basis: ${BASIS}. Years of the units it came from: ${LEGAL_BASIS_LINEAGE}.`,
    });
  });

  it('names both versions when the nomination is judged under one no longer in force', () => {
    expect(checkReason(check(failing, 'rule_version')).en).toBe(
      'Judged under the version of the award’s rules in force on the day that counts — Not met. ' +
        'Judged under: Provincial People’s Committee Emulation Flag, version 1 (in force from Jan 1, 2024 to Jun 30, 2025). ' +
        'The round’s submission deadline: Dec 9, 2026. In force that day: version 2 (in force from Jul 1, 2025). ' +
        'Legal basis: Luật Ban hành văn bản quy phạm pháp luật (văn bản được áp dụng từ thời điểm có hiệu lực); Nghị định số 152/2025/NĐ-CP (thay thế Nghị định số 98/2023/NĐ-CP từ ngày 01/07/2025).',
    );
    expect(checkReason(check(failing, 'rule_version')).vi).toContain(
      'Hồ sơ áp dụng: Cờ thi đua của Ủy ban nhân dân tỉnh, phiên bản 1 (hiệu lực từ ngày 01/01/2024 đến hết ngày 30/06/2025). Hạn nộp hồ sơ của đợt xét: 09/12/2026. Phiên bản có hiệu lực vào ngày đó: phiên bản 2 (hiệu lực từ ngày 01/07/2025).',
    );
  });

  it('names the missing documents with their names in each language', () => {
    const reason = checkReason(check(failing, 'dossier_complete'));
    expect(reason.vi).toContain('— Không đạt. Đã có: Báo cáo thành tích. Còn thiếu: Tờ trình, Biên bản họp cụm, khối, Kết quả bỏ phiếu của cụm, khối.');
    expect(reason.en).toContain('— Not met. Present: Achievement report. Missing: Submission letter, Bloc meeting minutes, Bloc ballot result.');
  });

  it('says a discipline year does not count, and why', () => {
    const reason = checkReason(check(failing, 'consecutive_titles'));
    expect(reason.vi).toContain('Năm 2023: không được tính (không có danh hiệu theo yêu cầu). Năm 2024: không được tính (năm có thời gian kỷ luật). Năm 2025: được tính.');
    expect(reason.en).toContain('2023: not counted (no required title on record). 2024: not counted (a year under discipline). 2025: counted.');
    expect(reason.vi).toContain('Thời gian kỷ luật: Nghị định số 152/2025/NĐ-CP, Điều 4');
  });

  it('tells the province’s time limit from the nominee’s standing', () => {
    const reason = checkReason(check(failing, 'appraisal_time_limit'));
    expect(reason.vi).toMatch(/^Sở Nội vụ thẩm định trong 25 ngày làm việc kể từ ngày nhận đủ hồ sơ — Quá thời hạn\. Nhận đủ hồ sơ ngày 16\/11\/2026; đến ngày 20\/01\/2027: 47 ngày làm việc \(hạn cuối ngày 21\/12\/2026\)\./);
    expect(reason.en).toContain('For monitoring and inspection: it does not affect whether the nominee is eligible.');
    expect(checkReason(check(passing, 'appraisal_time_limit')).en).toContain('— Within the limit so far.');
  });

  it('explains every check in both languages, from messages only, with its legal basis', () => {
    for (const e of [passing, failing]) {
      for (const c of e.checks) {
        const reason = checkReason(c);
        for (const locale of LOCALES) {
          const text = reason[locale];
          expect(text, c.kind).toContain(c.legalBasis);
          // A missing message would show its key instead of words.
          expect(text, c.kind).not.toMatch(/\b(eligibility|titles|status|documentKinds|initiativeScopes|restrictionKinds)\.[a-zA-Z_]/);
          expect(text).toBe(reasonText(checkText(c, locale)));
        }
        if (c.kind !== 'attestation') expect(reason.vi, c.kind).not.toBe(reason.en);
      }
    }
    expect(new Set(failing.checks.filter((c) => c.status === 'fail').map((c) => c.kind))).toEqual(
      new Set(['bloc_vote', 'consecutive_titles', 'initiatives', 'open_restriction', 'one_award', 'initiative_reuse', 'dossier_complete', 'submitted_in_time', 'bloc_quota', 'rule_version', 'appraisal_time_limit']),
    );
  });

  it('keeps for the audit record every check not passed, the informational one marked', () => {
    const unmet = explainUnmet(failing);
    expect(unmet.map((u) => u.kind)).toEqual(failing.checks.filter((c) => c.status !== 'pass').map((c) => c.kind));
    expect(unmet.find((u) => u.kind === 'appraisal_time_limit')).toMatchObject({ status: 'fail', informational: true });
    expect(unmet.find((u) => u.kind === 'bloc_vote')).toMatchObject({ status: 'fail', informational: false, group: 0, legalBasis: BASIS });
    // The second alternative's missing initiatives are recorded too, though the first alternative holds.
    expect(passing.overall).toBe('pass');
    expect(explainUnmet(passing).map((u) => [u.kind, u.status, u.group])).toEqual([
      ['attestation', 'to_confirm', 0],
      ['initiatives', 'fail', 1],
    ]);
  });
});

/** The panel's text as a reader (or a screen reader) gets it: tags dropped, entities decoded. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

async function renderPanel(eligibility: Eligibility, locale: Locale): Promise<string> {
  const messages = await loadMessages(locale);
  // The provider's props type wants its children among them; createElement passes them after.
  const props = { locale, messages, timeZone: 'Asia/Ho_Chi_Minh' } as ComponentProps<typeof NextIntlClientProvider>;
  return textOf(renderToStaticMarkup(createElement(NextIntlClientProvider, props, createElement(EligibilityPanel, { eligibility }))));
}

describe('the panel and the stored reasons agree', () => {
  for (const locale of LOCALES) {
    it(`shows each check’s rule, status, details and legal bases as the formatter words them (${locale})`, async () => {
      for (const e of [passing, failing]) {
        const panel = await renderPanel(e, locale);
        for (const c of e.checks) {
          const text = checkText(c, locale);
          for (const part of [text.rule, text.status, ...text.details.map((d) => d.text), ...text.bases]) {
            expect(panel, `${c.kind}: ${part}`).toContain(part.replace(/\s+/g, ' '));
          }
        }
      }
    });
  }

  it('shows the time limit apart, as not affecting eligibility', async () => {
    const panel = await renderPanel(failing, 'vi');
    expect(panel.indexOf('Thời hạn giải quyết')).toBeGreaterThan(panel.indexOf('Hồ sơ và thủ tục'));
    expect(panel.indexOf('Quá thời hạn')).toBeGreaterThan(panel.indexOf('Thời hạn giải quyết'));
    // The overall count leaves it out.
    expect(failing.failures).not.toContain('appraisal_time_limit');
    expect(panel).toContain(`Chưa đủ điều kiện: ${failing.failures.length} tiêu chí không đạt.`);
  });
});
