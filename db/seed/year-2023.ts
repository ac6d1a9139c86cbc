import type { Tx } from '../client';
import { agreementAcceptances, blocReports, reportFigures } from '../schema';
import { insertAgreement, insertScores, type CriterionGroup, type ScoreRow } from './agreements';
import { blocRow, blocTermKey } from './blocs';
import type { IdMap } from './ids';
import { blocLead, requireUnitAccount, scorerAccount, termRow } from './staff';

// The seed of the project (domain.md §3): the bloc of Ninh Bình's districts and cities in 2023, its
// emulation agreement, and the mid-year review held on 2023-09-22 in Cúc Phương commune (Nho Quan
// district), which reviewed the first half of 2023 and agreed the criteria for the second half.

const SOCIO_ECONOMIC = { titleVi: 'Thực hiện nhiệm vụ phát triển kinh tế – xã hội', titleEn: 'Socio-economic development tasks' };
const GOVERNMENT = { titleVi: 'Xây dựng chính quyền, cải cách hành chính', titleEn: 'Building the government and administrative reform' };
const EMULATION = { titleVi: 'Công tác thi đua, khen thưởng', titleEn: 'Emulation and commendation work' };
const BONUS = { titleVi: 'Điểm thưởng, điểm trừ', titleEn: 'Bonus and deductions' };

function criteria2023(version: 1 | 2): CriterionGroup[] {
  return [
    {
      ...SOCIO_ECONOMIC,
      items: [
        { titleVi: 'Tốc độ tăng giá trị sản xuất công nghiệp so với cùng kỳ', titleEn: 'Growth of industrial production value on a year earlier', maxPoints: 10, method: 'target', indicator: 'industrial_output', evidenceVi: 'Báo cáo của cơ quan thống kê', evidenceEn: 'Report of the statistics office' },
        { titleVi: 'Thu ngân sách nhà nước đạt và vượt dự toán tỉnh giao', titleEn: 'State budget revenue against the province’s estimate', maxPoints: 10, method: 'target', indicator: 'budget_revenue', evidenceVi: 'Báo cáo thu ngân sách của Kho bạc Nhà nước', evidenceEn: 'State Treasury revenue report' },
        { titleVi: 'Phát triển du lịch: tổng lượt khách so với kế hoạch năm', titleEn: 'Tourism: visitors against the year’s plan', maxPoints: 10, method: 'target', indicator: 'visitors', evidenceVi: 'Số liệu của ngành du lịch', evidenceEn: 'Figures of the tourism sector' },
        // Halved at the mid-year review to make room for digital transformation (version 2).
        { titleVi: 'Xây dựng nông thôn mới, đô thị văn minh', titleEn: 'New rural areas and civilised towns', maxPoints: version === 1 ? 10 : 5, evidenceVi: 'Quyết định công nhận xã đạt chuẩn nông thôn mới nâng cao, kiểu mẫu', evidenceEn: 'Decisions recognising advanced and model new-rural communes' },
        { titleVi: 'Giảm tỷ lệ hộ nghèo, bảo đảm an sinh xã hội', titleEn: 'Reducing poverty and ensuring social security', maxPoints: 10, method: 'target', indicator: 'poverty_rate', evidenceVi: 'Kết quả rà soát hộ nghèo cuối năm', evidenceEn: 'Year-end poverty survey' },
      ],
    },
    {
      ...GOVERNMENT,
      items: [
        { titleVi: 'Kết quả Chỉ số cải cách hành chính cấp huyện', titleEn: 'District Public Administration Reform index', maxPoints: 10, method: 'linear', indicator: 'par_index', evidenceVi: 'Quyết định công bố Chỉ số cải cách hành chính của UBND tỉnh', evidenceEn: 'The province’s decision publishing the PAR index' },
        { titleVi: 'Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn', titleEn: 'Administrative procedures settled on time', maxPoints: 10, method: 'linear', indicator: 'admin_on_time', evidenceVi: 'Số liệu Hệ thống thông tin giải quyết thủ tục hành chính tỉnh', evidenceEn: 'Provincial administrative procedures system' },
        { titleVi: 'Bảo đảm quốc phòng, an ninh, trật tự an toàn xã hội', titleEn: 'Defence, security and public order', maxPoints: 10, evidenceVi: 'Báo cáo của Công an và Ban Chỉ huy Quân sự', evidenceEn: 'Reports of the police and the military command' },
        ...(version === 2
          ? [{ titleVi: 'Chuyển đổi số, xây dựng chính quyền số', titleEn: 'Digital transformation and digital government', maxPoints: 5, evidenceVi: 'Kết quả đánh giá mức độ chuyển đổi số (DTI) cấp huyện', evidenceEn: 'District digital transformation index (DTI)' }]
          : []),
      ],
    },
    {
      ...EMULATION,
      items: [
        { titleVi: 'Tổ chức phát động, triển khai các phong trào thi đua; ký kết giao ước thi đua', titleEn: 'Launching emulation movements; signing the agreement', maxPoints: 10, evidenceVi: 'Kế hoạch, văn bản phát động thi đua', evidenceEn: 'Plans and launch documents' },
        { titleVi: 'Phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến; gửi hồ sơ khen thưởng đúng hạn, đúng quy định', titleEn: 'Finding and spreading good examples; dossiers on time and in order', maxPoints: 10, evidenceVi: 'Danh sách điển hình tiên tiến; hồ sơ đề nghị khen thưởng', evidenceEn: 'List of good examples; award dossiers' },
      ],
    },
    {
      ...BONUS,
      items: [
        { kind: 'bonus', titleVi: 'Được Trung ương, tỉnh khen thưởng đột xuất hoặc dẫn đầu một chỉ tiêu của tỉnh', titleEn: 'Ad-hoc central or provincial award, or leading a provincial indicator', maxPoints: 5, evidenceVi: 'Quyết định khen thưởng', evidenceEn: 'Award decision' },
        { kind: 'deduction', titleVi: 'Chậm gửi báo cáo, hồ sơ theo quy định (trừ 1 điểm mỗi lần)', titleEn: 'Late reports or dossiers (1 point each time)', maxPoints: 5, evidenceVi: 'Sổ theo dõi của Khối', evidenceEn: 'The bloc’s register' },
        { kind: 'deduction', titleVi: 'Để xảy ra vụ việc phức tạp về an ninh, trật tự hoặc khiếu kiện đông người', titleEn: 'A serious security incident or a mass complaint', maxPoints: 5, evidenceVi: 'Báo cáo của Công an tỉnh', evidenceEn: 'Report of the provincial police' },
      ],
    },
  ];
}

type FigureRow = readonly [indicator: string, result: number, extra: { changePct?: number; targetSharePct?: number; rank?: string; note?: string }];

// The figures cited by the mid-year review report (first half of 2023).
export const MID_YEAR_2023_FIGURES: readonly FigureRow[] = [
  ['industrial_output', 50_985.5, { changePct: 5.8, note: 'Tăng 5,8% so với cùng kỳ năm 2022' }],
  ['budget_revenue', 7_476.9, {}],
  ['visitors', 4.53, { targetSharePct: 84.7, note: 'Đạt 84,7% kế hoạch năm' }],
  ['pci_rank', 44, { rank: '44/63', note: 'Tăng 14 bậc' }],
  ['par_index', 86.64, { rank: '17/63', note: 'Tăng 3 bậc' }],
  ['papi_score', 43.16, { rank: 'top 20', note: 'Thuộc nhóm 20 tỉnh, thành phố dẫn đầu' }],
];

// A few year-end scores on version 2: each member scores itself, the head and the deputy score it.
const SCORES_2023: readonly ScoreRow[] = [
  ['1.1', 'D-YENMO', 'D-YENMO', 'self', 9],
  ['1.1', 'D-YENMO', 'D-NHOQUAN', 'head', 8.5],
  ['1.1', 'D-YENMO', 'D-GIAVIEN', 'deputy', 8.5],
  ['2.1', 'D-YENMO', 'D-YENMO', 'self', 9],
  ['2.1', 'D-YENMO', 'D-NHOQUAN', 'head', 9],
  ['1.1', 'TP-NINHBINH', 'TP-NINHBINH', 'self', 10],
  ['1.1', 'TP-NINHBINH', 'D-NHOQUAN', 'head', 9.5],
  ['1.1', 'TP-NINHBINH', 'D-GIAVIEN', 'deputy', 9.5],
  ['2.4', 'TP-NINHBINH', 'TP-NINHBINH', 'self', 5],
  ['2.4', 'TP-NINHBINH', 'D-NHOQUAN', 'head', 4.5],
  // The head's own results are scored by the deputy.
  ['1.2', 'D-NHOQUAN', 'D-NHOQUAN', 'self', 9],
  ['1.2', 'D-NHOQUAN', 'D-GIAVIEN', 'deputy', 8.5],
];

export async function seedYear2023(tx: Tx, ids: { units: IdMap; blocTerms: IdMap; indicators: IdMap; users: IdMap }): Promise<void> {
  const blocTermId = ids.blocTerms.get(blocTermKey('KHOI-HUYEN', 2023));
  const members = blocRow('KHOI-HUYEN').members;
  const term = termRow('KHOI-HUYEN', 2023);
  // The 2023 agreement was signed on paper, before Laurel; its history names who acted then: the head
  // unit's bloc lead drew up each version, and each member's head accepted it (the staff of the
  // abolished districts are now their successors' officers and heads, see staff.ts).
  const drafter = ids.users.get(blocLead(term, 'head').username);
  const acceptorOf = (unit: string) => ids.users.get(requireUnitAccount(unit, 'unit_head').username);

  const v1 = await insertAgreement(
    tx,
    {
      blocTermId,
      version: 1,
      titleVi: 'Giao ước thi đua năm 2023 – Khối thi đua các huyện, thành phố',
      titleEn: '2023 emulation agreement – bloc of districts and cities',
      signedOn: '2023-02-24',
      createdBy: drafter,
      groups: criteria2023(1),
    },
    ids.indicators,
  );
  const v2 = await insertAgreement(
    tx,
    {
      blocTermId,
      version: 2,
      supersedesId: v1.id,
      titleVi: 'Giao ước thi đua năm 2023 – Khối thi đua các huyện, thành phố (điều chỉnh 6 tháng cuối năm)',
      titleEn: '2023 emulation agreement – bloc of districts and cities (revised for the second half)',
      signedOn: '2023-09-22',
      changeNote:
        'Thống nhất tại Hội nghị sơ kết 6 tháng đầu năm 2023 (xã Cúc Phương, huyện Nho Quan, 22/9/2023): bổ sung tiêu chí chuyển đổi số (5 điểm), giảm tiêu chí nông thôn mới, đô thị văn minh từ 10 xuống 5 điểm; áp dụng cho 6 tháng cuối năm.',
      createdBy: drafter,
      groups: criteria2023(2),
    },
    ids.indicators,
  );

  await tx.insert(agreementAcceptances).values([
    ...members.map((unit) => ({ agreementId: v1.id, unitId: ids.units.get(unit), acceptedBy: acceptorOf(unit), acceptedAt: new Date('2023-02-24T10:00:00+07:00') })),
    ...members.map((unit) => ({ agreementId: v2.id, unitId: ids.units.get(unit), acceptedBy: acceptorOf(unit), acceptedAt: new Date('2023-09-22T16:00:00+07:00') })),
  ]);

  const [report] = await tx
    .insert(blocReports)
    .values({
      blocTermId,
      unitId: null,
      period: 'mid_year',
      titleVi: 'Báo cáo sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023 – Khối thi đua các huyện, thành phố',
      titleEn: 'Mid-year review of emulation and commendation, first half of 2023 – bloc of districts and cities',
      summaryVi:
        'Hội nghị sơ kết tổ chức ngày 22/9/2023 tại xã Cúc Phương, huyện Nho Quan. Sáu tháng đầu năm 2023, giá trị sản xuất công nghiệp đạt 50.985,5 tỷ đồng, tăng 5,8% so với cùng kỳ; thu ngân sách nhà nước đạt 7.476,9 tỷ đồng; đón 4,53 triệu lượt khách, đạt 84,7% kế hoạch năm. Chỉ số PCI xếp thứ 44/63 (tăng 14 bậc), Chỉ số cải cách hành chính đạt 86,64% (xếp thứ 17/63, tăng 3 bậc), Chỉ số PAPI đạt 43,16 điểm (nhóm 20 tỉnh dẫn đầu). Hội nghị thống nhất kế hoạch và tiêu chí chấm điểm 6 tháng cuối năm.',
      summaryEn:
        'Mid-year conference held on 22 September 2023 in Cúc Phương commune, Nho Quan district. In the first half of 2023 industrial production reached 50,985.5 billion VND (+5.8% on a year earlier), state budget revenue 7,476.9 billion VND and visitors 4.53 million (84.7% of the year’s target). PCI rank 44/63 (up 14 places), PAR index 86.64% (rank 17/63, up 3), PAPI score 43.16 (top 20). The conference agreed the plan and the scoring criteria for the second half.',
      heldAt: 'Xã Cúc Phương, huyện Nho Quan, tỉnh Ninh Bình',
      heldOn: '2023-09-22',
      submittedAt: new Date('2023-09-25T09:00:00+07:00'),
    })
    .returning({ id: blocReports.id });
  if (!report) throw new Error('Demo seed: 2023 report not inserted');
  await tx.insert(reportFigures).values(
    MID_YEAR_2023_FIGURES.map(([indicator, result, extra]) => ({
      reportId: report.id,
      indicatorId: ids.indicators.get(indicator),
      result: String(result),
      changePct: extra.changePct === undefined ? null : String(extra.changePct),
      targetSharePct: extra.targetSharePct === undefined ? null : String(extra.targetSharePct),
      rank: extra.rank ?? null,
      note: extra.note ?? null,
    })),
  );

  await insertScores(tx, SCORES_2023, {
    criteria: v2.criteria,
    units: ids.units,
    scoredBy: (unit, kind) => ids.users.get(scorerAccount(term, unit, kind).username),
    at: new Date('2023-12-12T15:00:00+07:00'),
  });
}
