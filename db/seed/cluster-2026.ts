import type { Tx } from '../client';
import { agreementAcceptances, blocReports, reportFigures } from '../schema';
import { insertAgreement, insertScores, type CriterionGroup, type ScoreRow } from './agreements';
import { blocTermKey } from './blocs';
import type { IdMap } from './ids';
import { blocLead, requireUnitAccount, scorerAccount, termRow } from './staff';

// Cluster No. 1's 2026: its agreement (a 1,000-point table), the members that have accepted it, the
// reports and the first scores of the year-end review (2026-11-13).

const CRITERIA_2026: readonly CriterionGroup[] = [
  {
    titleVi: 'Thực hiện nhiệm vụ phát triển kinh tế – xã hội',
    titleEn: 'Socio-economic development tasks',
    items: [
      { titleVi: 'Thu ngân sách nhà nước trên địa bàn đạt và vượt dự toán', titleEn: 'State budget revenue against the estimate', maxPoints: 150, method: 'target', indicator: 'budget_revenue', evidenceVi: 'Báo cáo thu ngân sách của Kho bạc Nhà nước', evidenceEn: 'State Treasury revenue report' },
      { titleVi: 'Phát triển doanh nghiệp, thu hút đầu tư', titleEn: 'New businesses and investment', maxPoints: 100, method: 'target', indicator: 'new_businesses', evidenceVi: 'Số liệu đăng ký doanh nghiệp của Sở Tài chính', evidenceEn: 'Business registrations of the Department of Finance' },
      { titleVi: 'Chỉnh trang đô thị, xây dựng phường văn minh', titleEn: 'Urban upgrading and civilised wards', maxPoints: 150, evidenceVi: 'Kết quả kiểm tra của Cụm; hình ảnh, báo cáo', evidenceEn: 'The cluster’s inspection; photos and reports' },
    ],
  },
  {
    titleVi: 'Xây dựng chính quyền, cải cách hành chính',
    titleEn: 'Building the government and administrative reform',
    items: [
      { titleVi: 'Vận hành chính quyền địa phương hai cấp thông suốt, hiệu quả', titleEn: 'Smooth running of two-tier local government', maxPoints: 150, evidenceVi: 'Báo cáo của UBND phường; kết quả kiểm tra của tỉnh', evidenceEn: 'Ward report; the province’s inspection' },
      { titleVi: 'Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn', titleEn: 'Administrative procedures settled on time', maxPoints: 100, method: 'linear', indicator: 'admin_on_time', evidenceVi: 'Số liệu Hệ thống thông tin giải quyết thủ tục hành chính tỉnh', evidenceEn: 'Provincial administrative procedures system' },
      { titleVi: 'Chuyển đổi số, dịch vụ công trực tuyến toàn trình', titleEn: 'Digital transformation and end-to-end online services', maxPoints: 100, evidenceVi: 'Kết quả đánh giá chuyển đổi số cấp xã', evidenceEn: 'Commune-level digital transformation assessment' },
    ],
  },
  {
    titleVi: 'Công tác thi đua, khen thưởng',
    titleEn: 'Emulation and commendation work',
    items: [
      { titleVi: 'Phát động, triển khai phong trào thi đua; ký kết giao ước', titleEn: 'Launching emulation movements; signing the agreement', maxPoints: 100, evidenceVi: 'Kế hoạch, văn bản phát động thi đua', evidenceEn: 'Plans and launch documents' },
      { titleVi: 'Phát hiện, nhân rộng điển hình tiên tiến, mô hình hay', titleEn: 'Finding and spreading good examples', maxPoints: 75, evidenceVi: 'Danh sách điển hình tiên tiến', evidenceEn: 'List of good examples' },
      { titleVi: 'Hồ sơ đề nghị khen thưởng đúng hạn, đúng quy định', titleEn: 'Award dossiers on time and in order', maxPoints: 75, evidenceVi: 'Sổ theo dõi hồ sơ của Cụm', evidenceEn: 'The cluster’s dossier register' },
    ],
  },
  {
    titleVi: 'Điểm thưởng, điểm trừ',
    titleEn: 'Bonus and deductions',
    items: [
      { kind: 'bonus', titleVi: 'Mô hình, cách làm hay được tỉnh công nhận, nhân rộng', titleEn: 'A practice recognised and spread by the province', maxPoints: 50, evidenceVi: 'Văn bản công nhận của tỉnh', evidenceEn: 'The province’s recognition' },
      { kind: 'deduction', titleVi: 'Chậm gửi báo cáo, hồ sơ (trừ 10 điểm mỗi lần)', titleEn: 'Late reports or dossiers (10 points each time)', maxPoints: 50, evidenceVi: 'Sổ theo dõi của Cụm', evidenceEn: 'The cluster’s register' },
    ],
  },
];

// The head and deputy units and the two personas' wards have accepted, each through its head; the
// others are still to do so in the demo.
const ACCEPTED: readonly string[] = ['P-NAMDINH', 'P-TAMDIEP', 'P-HOALU', 'P-PHULY'];

// Year-end review scores. The head (Nam Định ward) never scores itself as head: the deputy does.
const SCORES_2026: readonly ScoreRow[] = [
  ['1.1', 'P-HOALU', 'P-HOALU', 'self', 145],
  ['1.1', 'P-HOALU', 'P-NAMDINH', 'head', 140],
  ['1.1', 'P-HOALU', 'P-TAMDIEP', 'deputy', 142],
  ['2.2', 'P-HOALU', 'P-HOALU', 'self', 98],
  ['2.2', 'P-HOALU', 'P-NAMDINH', 'head', 97],
  ['3.1', 'P-HOALU', 'P-HOALU', 'self', 95],
  ['1.1', 'P-PHULY', 'P-PHULY', 'self', 140],
  ['1.1', 'P-PHULY', 'P-NAMDINH', 'head', 135],
  ['2.2', 'P-PHULY', 'P-PHULY', 'self', 96],
  ['2.2', 'P-PHULY', 'P-NAMDINH', 'head', 95],
  ['1.1', 'P-NAMDINH', 'P-NAMDINH', 'self', 138],
  ['1.1', 'P-NAMDINH', 'P-TAMDIEP', 'deputy', 132],
  ['1.1', 'P-TAMDIEP', 'P-TAMDIEP', 'self', 130],
  ['1.1', 'P-TAMDIEP', 'P-NAMDINH', 'head', 128],
];

type ReportFigure = readonly [indicator: string, target: number | null, result: number, changePct: number | null];

const MEMBER_REPORTS: readonly { unit: string; submittedOn: string; summaryVi: string; summaryEn: string; figures: readonly ReportFigure[] }[] = [
  {
    unit: 'P-HOALU',
    submittedOn: '2026-11-05',
    summaryVi: 'Thu ngân sách vượt dự toán; 99,2% hồ sơ thủ tục hành chính giải quyết đúng hạn; hoàn thành chỉnh trang tuyến phố trung tâm.',
    summaryEn: 'Budget revenue above the estimate; 99.2% of procedures on time; central streets upgraded.',
    figures: [
      ['budget_revenue', 820, 912.4, 11.3],
      ['admin_on_time', 98, 99.2, null],
      ['new_businesses', 120, 146, 8.1],
    ],
  },
  {
    unit: 'P-PHULY',
    submittedOn: '2026-11-06',
    summaryVi: 'Thu ngân sách đạt 104% dự toán; 98,7% hồ sơ giải quyết đúng hạn.',
    summaryEn: 'Budget revenue at 104% of the estimate; 98.7% of procedures on time.',
    figures: [
      ['budget_revenue', 760, 790.4, 6.2],
      ['admin_on_time', 98, 98.7, null],
    ],
  },
];

export async function seedCluster2026(tx: Tx, ids: { units: IdMap; blocTerms: IdMap; indicators: IdMap; users: IdMap }): Promise<void> {
  const term = termRow('CUM-01', 2026);
  const blocTermId = ids.blocTerms.get(blocTermKey(term.bloc, term.year));
  const agreement = await insertAgreement(
    tx,
    {
      blocTermId,
      version: 1,
      titleVi: 'Giao ước thi đua năm 2026 – Cụm thi đua số 1',
      titleEn: '2026 emulation agreement – Cluster No. 1',
      signedOn: '2026-02-27',
      createdBy: ids.users.get(blocLead(term, 'head').username),
      groups: CRITERIA_2026,
    },
    ids.indicators,
  );

  await tx.insert(agreementAcceptances).values(
    ACCEPTED.map((unit, i) => ({
      agreementId: agreement.id,
      unitId: ids.units.get(unit),
      acceptedBy: ids.users.get(requireUnitAccount(unit, 'unit_head').username),
      acceptedAt: new Date(`2026-03-0${2 + i}T09:30:00+07:00`),
    })),
  );

  await insertScores(tx, SCORES_2026, {
    criteria: agreement.criteria,
    units: ids.units,
    scoredBy: (unit, kind) => ids.users.get(scorerAccount(term, unit, kind).username),
    at: new Date('2026-11-13T10:00:00+07:00'),
  });

  const [midYear] = await tx
    .insert(blocReports)
    .values({
      blocTermId,
      unitId: null,
      period: 'mid_year',
      titleVi: 'Báo cáo sơ kết 6 tháng đầu năm 2026 – Cụm thi đua số 1',
      titleEn: 'Mid-year review, first half of 2026 – Cluster No. 1',
      summaryVi: 'Các phường trong Cụm vận hành ổn định mô hình chính quyền địa phương hai cấp; thu ngân sách 6 tháng đạt 56% dự toán năm.',
      summaryEn: 'The cluster’s wards run the two-tier local government smoothly; half-year budget revenue at 56% of the year’s estimate.',
      heldAt: 'Phường Nam Định, tỉnh Ninh Bình',
      heldOn: '2026-07-24',
      submittedAt: new Date('2026-07-28T09:00:00+07:00'),
    })
    .returning({ id: blocReports.id });
  if (!midYear) throw new Error('Demo seed: 2026 mid-year report not inserted');

  for (const report of MEMBER_REPORTS) {
    const [row] = await tx
      .insert(blocReports)
      .values({
        blocTermId,
        unitId: ids.units.get(report.unit),
        period: 'year_end',
        titleVi: 'Báo cáo tổng kết công tác thi đua, khen thưởng năm 2026',
        titleEn: '2026 year-end report on emulation and commendation',
        summaryVi: report.summaryVi,
        summaryEn: report.summaryEn,
        submittedAt: new Date(`${report.submittedOn}T15:00:00+07:00`),
      })
      .returning({ id: blocReports.id });
    if (!row) throw new Error('Demo seed: member report not inserted');
    await tx.insert(reportFigures).values(
      report.figures.map(([indicator, target, result, changePct]) => ({
        reportId: row.id,
        indicatorId: ids.indicators.get(indicator),
        target: target === null ? null : String(target),
        result: String(result),
        changePct: changePct === null ? null : String(changePct),
      })),
    );
  }
}
