import type { Tx } from '../client';
import { awardTypes, baseSalaries } from '../schema';
import { IdMap } from './ids';

type AwardTypeRow = typeof awardTypes.$inferInsert & { code: string; version: number };

const LAW = 'Luật Thi đua, khen thưởng số 06/2022/QH15';
const DECREE_98 = 'Nghị định số 98/2023/NĐ-CP, Điều 30 khoản 7 (ngưỡng biểu quyết)';
const DECREE_152 = 'Nghị định số 152/2025/NĐ-CP (Điều 44; Điều 50–54: mức tiền thưởng)';
/** Decree 152/2025/NĐ-CP replaced Decree 98/2023/NĐ-CP on this day. */
const DECREE_152_FROM = '2025-07-01';

const provincialFlag = {
  code: 'provincial_flag',
  nameVi: 'Cờ thi đua của Ủy ban nhân dân tỉnh',
  nameEn: 'Provincial People’s Committee Emulation Flag',
  target: 'collective',
  route: 'bloc',
  reviewBody: 'council_ballot',
  voteThresholdPct: '80',
  voteBasis: 'all_members',
  quorumPct: '80',
  requiredDocuments: ['submission_letter', 'achievement_report', 'bloc_minutes', 'bloc_ballot_result'],
  prerequisites: [
    [
      { kind: 'bloc_vote' },
      {
        kind: 'attestation',
        textVi: 'Hoàn thành vượt mức các chỉ tiêu thi đua và nhiệm vụ được giao trong năm',
        textEn: 'Exceeded its emulation targets and assigned tasks for the year',
      },
    ],
  ],
  standardVi:
    'Tập thể tiêu biểu xuất sắc, dẫn đầu khối, cụm thi đua của tỉnh (được khối, cụm suy tôn bằng bỏ phiếu kín); hoàn thành vượt mức các chỉ tiêu thi đua và nhiệm vụ được giao trong năm; nội bộ đoàn kết, đi đầu trong thực hành tiết kiệm, chống lãng phí, chống tham nhũng và các tệ nạn xã hội.',
  standardEn:
    'An outstanding collective that leads its emulation bloc or cluster (chosen by the bloc’s secret ballot); exceeds its emulation targets and assigned tasks for the year; united, and leading in thrift and the fight against waste, corruption and social evils.',
  prizeCoefficient: '8.0',
  blocQuota: 1,
} satisfies Omit<AwardTypeRow, 'version' | 'legalBasis' | 'effectiveFrom'>;

const provincialFighter = {
  code: 'provincial_fighter',
  nameVi: 'Chiến sĩ thi đua cấp tỉnh',
  nameEn: 'Provincial Emulation Fighter',
  target: 'individual',
  route: 'unit',
  reviewBody: 'council_ballot',
  voteThresholdPct: '90',
  voteBasis: 'all_members',
  quorumPct: '80',
  requiredDocuments: ['submission_letter', 'achievement_report', 'meeting_minutes', 'ballot_result', 'initiative_certificate'],
  prerequisites: [
    [
      { kind: 'consecutive_titles', titles: ['grassroots_fighter'], years: 3 },
      { kind: 'initiatives', count: 1, minScope: 'province' },
    ],
  ],
  standardVi:
    'Có 03 lần liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở và có sáng kiến được cơ quan có thẩm quyền công nhận có phạm vi ảnh hưởng trong tỉnh.',
  standardEn:
    'Has held the Grassroots Emulation Fighter title three consecutive times and has an initiative certified by the competent body as having a province-wide effect.',
  prizeCoefficient: '3.0',
} satisfies Omit<AwardTypeRow, 'version' | 'legalBasis' | 'effectiveFrom'>;

// Every rule is a row with its legal basis and effective range. The provincial flag and fighter show a
// rule change: version 1 under Decree 98/2023 (from the Law's entry into force, 2024-01-01), version 2
// under Decree 152/2025; the fighter's version 2 adds the province's own public-notice requirement.
export const AWARD_TYPES: readonly AwardTypeRow[] = [
  {
    ...provincialFlag,
    version: 1,
    legalBasis: `${LAW}, Điều 26 và Điều 84; ${DECREE_98}`,
    effectiveFrom: '2024-01-01',
    effectiveTo: '2025-06-30',
  },
  {
    ...provincialFlag,
    version: 2,
    legalBasis: `${LAW}, Điều 26 và Điều 84; ${DECREE_152}`,
    effectiveFrom: DECREE_152_FROM,
  },
  {
    ...provincialFighter,
    version: 1,
    legalBasis: `${LAW}, Điều 22 và Điều 84; ${DECREE_98}`,
    effectiveFrom: '2024-01-01',
    effectiveTo: '2025-06-30',
  },
  {
    ...provincialFighter,
    version: 2,
    requiresPublicNotice: true,
    noticeWorkingDays: 10,
    legalBasis: `${LAW}, Điều 22 và Điều 84; ${DECREE_152}; Quy chế công tác thi đua, khen thưởng tỉnh Ninh Bình (công khai danh sách trước khi Hội đồng xét)`,
    effectiveFrom: DECREE_152_FROM,
  },
  {
    code: 'excellent_collective',
    version: 1,
    nameVi: 'Tập thể lao động xuất sắc',
    nameEn: 'Excellent Labour Collective',
    target: 'collective',
    route: 'unit',
    reviewBody: 'standing_committee',
    requiredDocuments: ['submission_letter', 'achievement_report', 'meeting_minutes'],
    prerequisites: [
      [
        { kind: 'attestation', textVi: '100% cá nhân trong tập thể hoàn thành nhiệm vụ được giao', textEn: '100% of members completed their tasks' },
        { kind: 'attestation', textVi: 'Ít nhất 70% cá nhân đạt danh hiệu Lao động tiên tiến', textEn: 'At least 70% of members hold the Advanced Worker title' },
        { kind: 'attestation', textVi: 'Có cá nhân đạt danh hiệu Chiến sĩ thi đua cơ sở', textEn: 'At least one member holds the Grassroots Emulation Fighter title' },
      ],
    ],
    standardVi:
      'Sáng tạo, vượt khó hoàn thành xuất sắc nhiệm vụ; 100% cá nhân hoàn thành nhiệm vụ, trong đó ít nhất 70% đạt danh hiệu Lao động tiên tiến; có cá nhân đạt danh hiệu Chiến sĩ thi đua cơ sở; nội bộ đoàn kết, gương mẫu chấp hành chủ trương, chính sách, pháp luật.',
    standardEn:
      'Creative, overcomes difficulties and completes its tasks excellently; all members complete their tasks, at least 70% hold the Advanced Worker title and at least one holds the Grassroots Emulation Fighter title; united and law-abiding.',
    prizeCoefficient: '1.5',
    legalBasis: `${LAW}, Điều 27 và Điều 84; ${DECREE_152}`,
    effectiveFrom: DECREE_152_FROM,
  },
  {
    code: 'certificate_individual',
    version: 1,
    nameVi: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh (cá nhân)',
    nameEn: 'Certificate of Merit of the Provincial Chairman (individual)',
    target: 'individual',
    route: 'unit',
    reviewBody: 'standing_committee',
    requiredDocuments: ['submission_letter', 'achievement_report', 'meeting_minutes'],
    prerequisites: [
      [{ kind: 'consecutive_titles', titles: ['grassroots_fighter'], years: 2 }],
      [
        { kind: 'consecutive_titles', titles: ['excellent_completion'], years: 2 },
        { kind: 'initiatives', count: 2, minScope: 'unit' },
      ],
    ],
    standardVi:
      'Gương mẫu chấp hành chủ trương, chính sách, pháp luật; có 02 năm liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở, hoặc 02 năm liên tục hoàn thành xuất sắc nhiệm vụ và có 02 sáng kiến được công nhận, áp dụng hiệu quả tại cơ sở.',
    standardEn:
      'Abides by policies and law; two consecutive years as Grassroots Emulation Fighter, or two consecutive years of excellent task completion with two initiatives certified and applied at the grassroots.',
    prizeCoefficient: '1.0',
    legalBasis: `${LAW}, Điều 74 và Điều 84; ${DECREE_152}`,
    effectiveFrom: DECREE_152_FROM,
  },
  {
    code: 'certificate_collective',
    version: 1,
    nameVi: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh (tập thể)',
    nameEn: 'Certificate of Merit of the Provincial Chairman (collective)',
    target: 'collective',
    // Collectives in a bloc are proposed by the bloc after its year-end review, next to the flag.
    route: 'bloc',
    reviewBody: 'standing_committee',
    requiredDocuments: ['submission_letter', 'achievement_report', 'bloc_minutes'],
    prerequisites: [
      [{ kind: 'consecutive_titles', titles: ['excellent_completion'], years: 2 }],
      [{ kind: 'consecutive_titles', titles: ['excellent_collective'], years: 1 }],
    ],
    standardVi:
      'Có 02 năm liên tục hoàn thành xuất sắc nhiệm vụ, hoặc đạt danh hiệu Tập thể lao động xuất sắc; nội bộ đoàn kết, thực hiện tốt quy chế dân chủ ở cơ sở.',
    standardEn:
      'Two consecutive years of excellent task completion, or holds the Excellent Labour Collective title; united, and applies grassroots democracy well.',
    prizeCoefficient: '1.0',
    blocQuota: 3,
    legalBasis: `${LAW}, Điều 74 và Điều 84; ${DECREE_152}`,
    effectiveFrom: DECREE_152_FROM,
  },
  {
    code: 'certificate_household',
    version: 1,
    nameVi: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh (hộ gia đình)',
    nameEn: 'Certificate of Merit of the Provincial Chairman (household)',
    target: 'household',
    route: 'unit',
    reviewBody: 'standing_committee',
    requiredDocuments: ['submission_letter', 'achievement_report', 'meeting_minutes'],
    prerequisites: [
      [
        {
          kind: 'attestation',
          textVi: 'Có đóng góp lớn về công sức, đất đai, tài sản cho địa phương và xã hội',
          textEn: 'Made a large contribution of labour, land or property to the locality and society',
        },
      ],
    ],
    standardVi: 'Gương mẫu chấp hành chủ trương, chính sách, pháp luật; có đóng góp lớn về công sức, đất đai, tài sản cho địa phương và xã hội.',
    standardEn: 'Abides by policies and law; has made a large contribution of labour, land or property to the locality and society.',
    prizeCoefficient: '1.0',
    // Households receive 1.5× the individual amount (Decree 152/2025, Art. 50).
    householdMultiplier: '1.5',
    legalBasis: `${LAW}, Điều 74 và Điều 84; ${DECREE_152}`,
    effectiveFrom: DECREE_152_FROM,
  },
  {
    code: 'government_flag',
    version: 1,
    nameVi: 'Cờ thi đua của Chính phủ (đề nghị)',
    nameEn: 'Government Emulation Flag (proposal)',
    target: 'collective',
    route: 'unit',
    reviewBody: 'upward',
    voteThresholdPct: '80',
    voteBasis: 'all_members',
    quorumPct: '80',
    requiredDocuments: ['submission_letter', 'achievement_report', 'meeting_minutes', 'ballot_result'],
    prerequisites: [
      [
        { kind: 'consecutive_titles', titles: ['provincial_flag'], years: 1 },
        { kind: 'attestation', textVi: 'Là tập thể tiêu biểu xuất sắc nhất trong phong trào thi đua của tỉnh', textEn: 'The most outstanding collective in the province’s emulation movement' },
      ],
    ],
    standardVi:
      'Hoàn thành vượt mức các chỉ tiêu thi đua và nhiệm vụ được giao trong năm; là tập thể tiêu biểu xuất sắc nhất trong phong trào thi đua của tỉnh; nội bộ đoàn kết, đi đầu trong thực hành tiết kiệm, chống lãng phí, chống tham nhũng. Tỉnh chỉ đề nghị; kết quả được ghi nhận khi cơ quan trung ương trả lời.',
    standardEn:
      'Exceeds its targets and tasks for the year; the most outstanding collective of the province’s emulation movement; united and leading against waste and corruption. The province only proposes it; the outcome is recorded when the central body answers.',
    prizeCoefficient: '12.0',
    legalBasis: `${LAW}, Điều 25 và Điều 84; ${DECREE_152}`,
    effectiveFrom: DECREE_152_FROM,
  },
];

export const BASE_SALARIES: readonly (typeof baseSalaries.$inferInsert)[] = [
  {
    effectiveFrom: '2023-07-01',
    amountVnd: 1_800_000,
    legalBasis: 'Nghị định số 24/2023/NĐ-CP quy định mức lương cơ sở đối với cán bộ, công chức, viên chức và lực lượng vũ trang',
  },
  {
    effectiveFrom: '2024-07-01',
    amountVnd: 2_340_000,
    legalBasis: 'Nghị định số 73/2024/NĐ-CP quy định mức lương cơ sở và chế độ tiền thưởng đối với cán bộ, công chức, viên chức và lực lượng vũ trang',
  },
  { effectiveFrom: '2026-07-01', amountVnd: 2_530_000, legalBasis: 'Nghị định quy định mức lương cơ sở (2026)' },
];

/** The base salary in force on `day` (prize money is fixed on the decision date). */
export function baseSalaryOn(day: string): number {
  const inForce = BASE_SALARIES.filter((s) => s.effectiveFrom <= day).at(-1);
  if (!inForce) throw new Error(`Demo seed: no base salary in force on ${day}`);
  return inForce.amountVnd;
}

export function awardTypeKey(code: string, version: number): string {
  return `${code}/v${version}`;
}

/** Inserts the catalogue and the base salaries; returns `code/vN` → award type id. */
export async function seedAwards(tx: Tx): Promise<IdMap> {
  const inserted = await tx
    .insert(awardTypes)
    .values([...AWARD_TYPES])
    .returning({ id: awardTypes.id, code: awardTypes.code, version: awardTypes.version });
  await tx.insert(baseSalaries).values([...BASE_SALARIES]);
  return IdMap.of(
    'award type',
    inserted.map((r) => ({ key: awardTypeKey(r.code, r.version), id: r.id })),
  );
}
