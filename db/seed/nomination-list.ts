import type { NominationStatus } from '@/lib/domain/constants';
import type { WorkflowAction } from '@/lib/workflow/transitions';

export type Nominee = { unit: string } | { person: string } | { household: string };
type FigureRow = readonly [indicator: string, target: number | null, result: number, changePct: number | null];

export interface NominationSpec {
  round: 2025 | 2026;
  award: string;
  nominee: Nominee;
  /** For a draft: its dossier is complete, ready for the head of unit to submit. */
  dossierComplete?: boolean;
  /** Where the nomination is now; its history is derived from the transition table (workflow-paths.ts). */
  status: NominationStatus;
  /** Actions the history must take on the way, in order (e.g. a return, a hold). */
  via?: readonly WorkflowAction[];
  createdOn: string;
  /** Days of particular steps, where the default spacing would not fit the story. */
  at?: Partial<Record<WorkflowAction, string>>;
  reasons?: Partial<Record<WorkflowAction, string>>;
  summary: string;
  figures?: readonly FigureRow[];
  initiatives?: readonly string[];
  /** Council ballot: votes for, out of all 21 members. */
  votesFor?: number;
  /** The decision (decisions.ts) that approved it. */
  decision?: string;
  revocationGround?: string;
}

// The demo's nominations. The 2025 round is decided (January 2026); the 2026 round is under way on
// 2026-11-26 with a nomination in every status, most of them in Cluster No. 1 (Hoa Lư and Phủ Lý
// wards carry the unit personas), the departments' bloc and individuals.
export const NOMINATIONS: readonly NominationSpec[] = [
  // ── 2025 round, decided by Decision 56/QĐ-UBND of 16 January 2026 ──────────────────────────────
  {
    round: 2025, award: 'provincial_flag', nominee: { unit: 'P-NAMDINH' }, status: 'approved', createdOn: '2025-11-10', votesFor: 19, decision: 'QD-56-2026',
    summary: 'Dẫn đầu Cụm thi đua số 1 năm 2025: thu ngân sách đạt 118% dự toán; hoàn thành sắp xếp tổ dân phố và vận hành chính quyền địa phương hai cấp thông suốt.',
    figures: [['budget_revenue', 640, 755.2, 14.6], ['admin_on_time', 97, 99.1, null]],
  },
  {
    round: 2025, award: 'certificate_collective', nominee: { unit: 'P-TAMDIEP' }, status: 'approved', createdOn: '2025-11-12', decision: 'QD-56-2026',
    summary: 'Hai năm liên tục hoàn thành xuất sắc nhiệm vụ (2024 với tư cách thành phố Tam Điệp, 2025 với tư cách phường Tam Điệp).',
  },
  {
    round: 2025, award: 'provincial_flag', nominee: { unit: 'X-NHOQUAN' }, status: 'approved', createdOn: '2025-11-11', votesFor: 18, decision: 'QD-56-2026',
    summary: 'Dẫn đầu Cụm thi đua số 2 năm 2025; hoàn thành 100% chỉ tiêu xây dựng nông thôn mới nâng cao.',
    figures: [['budget_revenue', 210, 236.8, 9.4]],
  },
  {
    round: 2025, award: 'provincial_flag', nominee: { unit: 'S-KHCN' }, status: 'approved', createdOn: '2025-11-07', votesFor: 20, decision: 'QD-56-2026',
    summary: 'Dẫn đầu Khối thi đua các sở, ban, ngành năm 2025; triển khai nền tảng dữ liệu dùng chung của tỉnh.',
  },
  {
    round: 2025, award: 'provincial_fighter', nominee: { person: 'kimlien' }, status: 'approved', createdOn: '2025-11-05', votesFor: 20, decision: 'QD-56-2026', initiatives: ['kimlien-quantri'],
    summary: 'Ba năm liên tục đạt Chiến sĩ thi đua cơ sở (2022–2024); sáng kiến "Quản trị trường học trên nền tảng số" được công nhận phạm vi toàn tỉnh.',
  },
  {
    round: 2025, award: 'certificate_individual', nominee: { person: 'minhtam' }, status: 'revoked', createdOn: '2025-11-14', decision: 'QD-56-2026',
    at: { revoke: '2026-09-18' },
    reasons: { revoke: 'Thu hồi Bằng khen: báo cáo thành tích năm 2025 sử dụng số liệu không đúng thực tế (Kết luận thanh tra số 75/KL-TTr ngày 10/9/2026 của Thanh tra tỉnh).' },
    revocationGround: 'Cung cấp thông tin sai sự thật trong hồ sơ đề nghị khen thưởng (Luật Thi đua, khen thưởng 2022, Chương VII)',
    summary: 'Hai năm liên tục đạt Chiến sĩ thi đua cơ sở; hoàn thành đo đạc, chỉnh lý hồ sơ địa chính sau sắp xếp đơn vị hành chính.',
  },
  {
    round: 2025, award: 'excellent_collective', nominee: { unit: 'P-DONGA' }, status: 'approved', createdOn: '2025-11-17', decision: 'QD-56-2026',
    summary: '100% cán bộ, công chức hoàn thành nhiệm vụ, 82% đạt Lao động tiên tiến, 02 Chiến sĩ thi đua cơ sở.',
  },
  {
    round: 2025, award: 'certificate_household', nominee: { household: 'ho-thuoc' }, status: 'approved', createdOn: '2025-11-18', decision: 'QD-56-2026',
    summary: 'Hiến 320 m² đất ở và góp 150 ngày công mở rộng đường liên xóm.',
  },

  // ── 2026 round: Cluster No. 1 (year-end review 2026-11-13) ────────────────────────────────────
  {
    round: 2026, award: 'provincial_flag', nominee: { unit: 'P-HOALU' }, status: 'awaiting_decision', createdOn: '2026-10-12', votesFor: 18,
    at: { forward: '2026-11-18' },
    summary: 'Dẫn đầu Cụm thi đua số 1 năm 2026 (8/10 phiếu suy tôn): thu ngân sách đạt 111% dự toán; 99,2% hồ sơ thủ tục hành chính giải quyết đúng hạn; 146 doanh nghiệp thành lập mới.',
    figures: [['budget_revenue', 820, 912.4, 11.3], ['admin_on_time', 98, 99.2, null], ['new_businesses', 120, 146, 8.1]],
  },
  {
    round: 2026, award: 'provincial_flag', nominee: { unit: 'P-DONGVAN' }, status: 'not_endorsed', createdOn: '2026-10-14',
    reasons: { decline: 'Không đạt số phiếu suy tôn tại Hội nghị tổng kết Cụm ngày 13/11/2026; mỗi Cụm chỉ đề nghị 01 Cờ thi đua.' },
    summary: 'Thu hút 12 dự án đầu tư vào khu công nghiệp Đồng Văn; thu ngân sách đạt 106% dự toán.',
    figures: [['budget_revenue', 540, 572.9, 6.1]],
  },
  {
    round: 2026, award: 'certificate_collective', nominee: { unit: 'P-PHULY' }, status: 'appraisal', createdOn: '2026-10-16',
    summary: 'Hai năm liên tục hoàn thành xuất sắc nhiệm vụ (2024 là thành phố Phủ Lý, 2025 là phường Phủ Lý); thu ngân sách đạt 104% dự toán.',
    figures: [['budget_revenue', 760, 790.4, 6.2], ['admin_on_time', 98, 98.7, null]],
  },
  {
    round: 2026, award: 'certificate_collective', nominee: { unit: 'P-NAMDINH' }, status: 'returned', createdOn: '2026-10-20',
    reasons: { return: 'Báo cáo thành tích chưa đối chiếu số liệu với các chỉ tiêu của giao ước thi đua; đề nghị bổ sung trước Hội nghị tổng kết Cụm.' },
    summary: 'Hoàn thành chỉnh trang khu phố cổ; tổ chức thành công Lễ hội Khai ấn Đền Trần.',
  },
  {
    round: 2026, award: 'certificate_collective', nominee: { unit: 'P-THIENTRUONG' }, status: 'bloc_review', createdOn: '2026-11-09',
    summary: 'Hoàn thành xuất sắc nhiệm vụ năm 2025; dẫn đầu Cụm về tỷ lệ dịch vụ công trực tuyến toàn trình.',
  },
  {
    round: 2026, award: 'certificate_collective', nominee: { unit: 'P-TAMDIEP' }, status: 'council', createdOn: '2026-10-21',
    summary: 'Hai năm liên tục hoàn thành xuất sắc nhiệm vụ; hoàn thành giải phóng mặt bằng tuyến đường vành đai.',
  },
  {
    round: 2026, award: 'certificate_collective', nominee: { unit: 'P-DUYTIEN' }, status: 'withdrawn', via: ['submit', 'withdraw'], createdOn: '2026-10-19',
    reasons: { withdraw: 'Đơn vị rút hồ sơ để đề nghị khen thưởng theo chuyên đề chuyển đổi số.' },
    summary: 'Hoàn thành xuất sắc nhiệm vụ năm 2025; 100% hồ sơ thủ tục hành chính tiếp nhận trực tuyến.',
  },
  {
    round: 2026, award: 'certificate_collective', nominee: { unit: 'P-NAMHOALU' }, status: 'draft', createdOn: '2026-11-23',
    summary: 'Hoàn thành xuất sắc nhiệm vụ năm 2025; phát triển du lịch cộng đồng vùng Tràng An.',
  },
  {
    round: 2026, award: 'excellent_collective', nominee: { unit: 'P-TAYHOALU' }, status: 'council', createdOn: '2026-11-16',
    summary: '100% công chức hoàn thành nhiệm vụ, 78% đạt Lao động tiên tiến, 01 Chiến sĩ thi đua cơ sở.',
  },

  // ── 2026 round: Hoa Lư ward's people and households ───────────────────────────────────────────
  {
    round: 2026, award: 'provincial_fighter', nominee: { person: 'nhung' }, status: 'public_notice', createdOn: '2026-10-05', votesFor: 20, initiatives: ['nhung-motcua'],
    summary: 'Ba năm liên tục đạt Chiến sĩ thi đua cơ sở (2023–2025); sáng kiến "Số hóa quy trình tiếp nhận, trả kết quả thủ tục hành chính liên thông cấp xã" được công nhận phạm vi toàn tỉnh.',
  },
  {
    round: 2026, award: 'certificate_individual', nominee: { person: 'thanh' }, status: 'approved', createdOn: '2026-10-02', decision: 'QD-2146-2026',
    summary: 'Hai năm liên tục đạt Chiến sĩ thi đua cơ sở (2024, 2025); tham mưu hoàn thành chuyển đổi hồ sơ lưu trữ sau sắp xếp.',
  },
  // Three complete drafts of Hoa Lư ward, prepared by its officer and waiting for the head to submit.
  {
    round: 2026, award: 'certificate_individual', nominee: { person: 'vanbinh' }, status: 'draft', createdOn: '2026-11-24', dossierComplete: true,
    summary: 'Hai năm liên tục đạt Chiến sĩ thi đua cơ sở (2024, 2025); chủ trì số hóa 100% sổ hộ tịch của phường sau sắp xếp đơn vị hành chính.',
  },
  {
    round: 2026, award: 'certificate_individual', nominee: { person: 'haiyen' }, status: 'draft', createdOn: '2026-11-24', dossierComplete: true,
    summary: 'Hai năm liên tục đạt Chiến sĩ thi đua cơ sở; xây dựng hệ thống báo cáo thống kê trực tuyến của phường.',
  },
  {
    round: 2026, award: 'certificate_individual', nominee: { person: 'minhquang' }, status: 'draft', createdOn: '2026-11-25', dossierComplete: true,
    summary: 'Hoàn thành xuất sắc nhiệm vụ quân sự, quốc phòng địa phương hai năm liên tục; chỉ huy ứng cứu bão số 3 năm 2026.',
  },
  {
    round: 2026, award: 'certificate_individual', nominee: { person: 'trang' }, status: 'draft', createdOn: '2026-11-24',
    summary: 'Tổ chức thành công chuỗi hoạt động văn hóa, thể thao mừng thành lập phường Hoa Lư.',
  },
  {
    round: 2026, award: 'certificate_household', nominee: { household: 'ho-luuthang' }, status: 'approved', createdOn: '2026-10-02', decision: 'QD-2146-2026',
    summary: 'Hiến 450 m² đất và tài sản trên đất để mở rộng đường vào khu di tích.',
  },
  {
    round: 2026, award: 'certificate_individual', nominee: { person: 'huong' }, status: 'returned', createdOn: '2026-10-26',
    reasons: { return: 'Hồ sơ thiếu Quyết định công nhận danh hiệu Chiến sĩ thi đua cơ sở năm 2024; đề nghị bổ sung.' },
    summary: 'Hoàn thành cấp đổi giấy chứng nhận quyền sử dụng đất cho 1.240 hộ.',
  },

  // ── 2026 round: Phủ Lý ward's people and households ───────────────────────────────────────────
  {
    round: 2026, award: 'provincial_fighter', nominee: { person: 'khoa' }, status: 'rejected', createdOn: '2026-10-06', initiatives: ['khoa-bando'],
    reasons: { reject: 'Không đạt tiêu chuẩn: chưa có 03 lần liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở (năm 2024 chỉ đạt Lao động tiên tiến) – Luật Thi đua, khen thưởng 2022, Điều 22.' },
    summary: 'Chiến sĩ thi đua cơ sở năm 2023 và 2025; sáng kiến "Ứng dụng bản đồ số trong quản lý trật tự xây dựng đô thị" được công nhận phạm vi toàn tỉnh.',
  },
  {
    round: 2026, award: 'certificate_individual', nominee: { person: 'hoa' }, status: 'approved', via: ['return'], createdOn: '2026-10-01', decision: 'QD-2146-2026', initiatives: ['hoa-sotay', 'hoa-chungthuc'],
    reasons: { return: 'Đề nghị bổ sung bản sao quyết định công nhận 02 sáng kiến và xác nhận phạm vi áp dụng.' },
    summary: 'Hai năm liên tục hoàn thành xuất sắc nhiệm vụ (2024, 2025) và 02 sáng kiến được công nhận, áp dụng tại phường.',
  },
  {
    round: 2026, award: 'certificate_individual', nominee: { person: 'manh' }, status: 'on_hold', createdOn: '2026-10-19',
    at: { hold: '2026-10-29' },
    reasons: { hold: 'Tạm dừng xét: đang có đơn khiếu nại được Thanh tra tỉnh thụ lý (Thông báo số 87/TB-TTr); xét tiếp khi có kết luận.' },
    summary: 'Hai năm liên tục đạt Chiến sĩ thi đua cơ sở; chỉ đạo hoàn thành giải phóng mặt bằng khu đô thị mới.',
  },
  {
    round: 2026, award: 'certificate_household', nominee: { household: 'ho-xuan' }, status: 'council', createdOn: '2026-11-12',
    summary: 'Ủng hộ 500 triệu đồng xây dựng nhà văn hóa tổ dân phố và quỹ khuyến học.',
  },
  {
    round: 2026, award: 'certificate_individual', nominee: { person: 'tung' }, status: 'revoked', createdOn: '2026-10-02', decision: 'QD-2146-2026',
    at: { revoke: '2026-11-24' },
    reasons: { revoke: 'Thu hồi Bằng khen: kê khai thành tích không trung thực (Kết luận số 112/KL-TTr ngày 20/11/2026 của Thanh tra tỉnh).' },
    revocationGround: 'Gian dối trong việc kê khai thành tích (Luật Thi đua, khen thưởng 2022, Chương VII)',
    summary: 'Hai năm liên tục đạt Chiến sĩ thi đua cơ sở; tổ chức các hoạt động văn hóa cộng đồng.',
  },

  // ── 2026 round: the departments' bloc (year-end review 2026-11-06) ──────────────────────────────
  {
    round: 2026, award: 'provincial_flag', nominee: { unit: 'S-GIAODUC' }, status: 'approved', createdOn: '2026-10-09', votesFor: 19, decision: 'QD-2398-2026',
    summary: 'Dẫn đầu Khối thi đua các sở, ban, ngành năm 2026; tỷ lệ tốt nghiệp trung học phổ thông 99,6%, xếp thứ 3 toàn quốc về điểm trung bình.',
  },
  {
    round: 2026, award: 'certificate_collective', nominee: { unit: 'S-YTE' }, status: 'awaiting_decision', createdOn: '2026-10-13',
    summary: 'Hai năm liên tục hoàn thành xuất sắc nhiệm vụ; triển khai bệnh án điện tử tại 100% bệnh viện tuyến tỉnh.',
  },
  {
    round: 2026, award: 'certificate_collective', nominee: { unit: 'S-CONGTHUONG' }, status: 'on_hold', via: ['forward', 'hold'], createdOn: '2026-10-13',
    reasons: { hold: 'Tạm dừng xét: đơn vị đang được thanh tra (Quyết định thanh tra số 210/QĐ-TTr ngày 02/11/2026).' },
    summary: 'Hai năm liên tục hoàn thành xuất sắc nhiệm vụ; giá trị sản xuất công nghiệp tăng 9,2%.',
  },
  {
    round: 2026, award: 'certificate_collective', nominee: { unit: 'S-NNMT' }, status: 'returned', createdOn: '2026-10-20',
    reasons: { return: 'Đề nghị bổ sung số liệu kết quả thực hiện các chỉ tiêu giao ước năm 2026 vào báo cáo thành tích.' },
    summary: 'Hoàn thành xuất sắc nhiệm vụ năm 2025; hoàn thành sắp xếp các chi cục sau hợp nhất.',
  },
  {
    round: 2026, award: 'certificate_collective', nominee: { unit: 'S-TUPHAP' }, status: 'withdrawn', via: ['return', 'withdraw'], createdOn: '2026-10-19',
    reasons: {
      return: 'Báo cáo thành tích chưa có ý kiến xác nhận của cơ quan quản lý cấp trên.',
      withdraw: 'Đơn vị rút hồ sơ, chuyển sang đề nghị khen thưởng năm sau.',
    },
    summary: 'Hai năm liên tục hoàn thành xuất sắc nhiệm vụ; số hóa 100% sổ hộ tịch.',
  },
  {
    round: 2026, award: 'provincial_fighter', nominee: { person: 'bao' }, status: 'rejected', via: ['record_ballot'], createdOn: '2026-10-07', votesFor: 17, initiatives: ['bao-capcuu'],
    reasons: { record_ballot: 'Không đạt tỷ lệ phiếu đồng ý tối thiểu 90% tổng số thành viên Hội đồng (17/21).' },
    summary: 'Ba năm liên tục đạt Chiến sĩ thi đua cơ sở; sáng kiến "Quy trình phối hợp cấp cứu ngoại viện liên thông tuyến xã – tỉnh" được công nhận phạm vi toàn tỉnh.',
  },
  {
    round: 2026, award: 'provincial_fighter', nominee: { person: 'lananh' }, status: 'public_notice', createdOn: '2026-10-06', votesFor: 19, initiatives: ['lananh-stem'],
    summary: 'Ba năm liên tục đạt Chiến sĩ thi đua cơ sở; bồi dưỡng 14 học sinh đạt giải quốc gia; sáng kiến dạy học STEM được công nhận phạm vi toàn tỉnh.',
  },
  {
    round: 2026, award: 'certificate_individual', nominee: { person: 'duc' }, status: 'awaiting_decision', createdOn: '2026-10-26',
    summary: 'Hai năm liên tục đạt Chiến sĩ thi đua cơ sở; tham mưu tổ chức kỳ thi tốt nghiệp trung học phổ thông an toàn.',
  },
  {
    round: 2026, award: 'certificate_individual', nominee: { person: 'ngocanh' }, status: 'appraisal', createdOn: '2026-11-16',
    summary: 'Hai năm liên tục đạt Chiến sĩ thi đua cơ sở; xây dựng quy trình chăm sóc sơ sinh non tháng.',
  },
  {
    round: 2026, award: 'certificate_individual', nominee: { person: 'quyet' }, status: 'approved', createdOn: '2026-10-05', decision: 'QD-2146-2026',
    summary: 'Hai năm liên tục đạt Chiến sĩ thi đua cơ sở; tham mưu phân bổ ngân sách cho chính quyền địa phương hai cấp.',
  },
  {
    round: 2026, award: 'certificate_individual', nominee: { person: 'tahuong' }, status: 'council', createdOn: '2026-11-12',
    summary: 'Hai năm liên tục đạt Chiến sĩ thi đua cơ sở; hoàn thành số hóa hồ sơ cấp phép xây dựng.',
  },
  {
    round: 2026, award: 'certificate_individual', nominee: { person: 'loc' }, status: 'draft', createdOn: '2026-11-20',
    summary: 'Chỉ đạo vận hành hệ thống thủy lợi bảo đảm tiêu úng trong mùa mưa bão 2026.',
  },
  {
    round: 2026, award: 'provincial_fighter', nominee: { person: 'nguyet' }, status: 'council', createdOn: '2026-11-12', initiatives: ['nguyet-dulich'],
    summary: 'Ba năm liên tục đạt Chiến sĩ thi đua cơ sở; sáng kiến "Mô hình du lịch cộng đồng gắn với bảo tồn di sản Tràng An" được công nhận phạm vi toàn tỉnh.',
  },
  {
    round: 2026, award: 'excellent_collective', nominee: { unit: 'S-VHTTDL' }, status: 'appraisal', createdOn: '2026-11-17',
    summary: '100% công chức hoàn thành nhiệm vụ, 75% đạt Lao động tiên tiến; đón 8,2 triệu lượt khách du lịch.',
    figures: [['visitors', 8, 8.2, 7.5]],
  },
  {
    round: 2026, award: 'government_flag', nominee: { unit: 'S-KHCN' }, status: 'council', createdOn: '2026-11-16',
    summary: 'Cờ thi đua của UBND tỉnh năm 2025; đơn vị tiêu biểu xuất sắc nhất phong trào thi đua "Chuyển đổi số" của tỉnh.',
  },
  // The council passed it (18/21, at least 80% of all members needed): the Chairman proposes it to the
  // Prime Minister (the proposals workspace, issue 6 §6); the province does not decide it.
  {
    round: 2026, award: 'government_flag', nominee: { unit: 'S-XAYDUNG' }, status: 'awaiting_decision', createdOn: '2026-10-22', votesFor: 18,
    summary: 'Đơn vị tiêu biểu xuất sắc nhất phong trào thi đua "Đô thị văn minh, nông thôn mới" của tỉnh năm 2026; giải ngân 100% kế hoạch vốn đầu tư công được giao.',
  },

  // ── 2026 round: Cluster No. 2 (year-end review 2026-11-11) ────────────────────────────────────
  {
    round: 2026, award: 'provincial_flag', nominee: { unit: 'X-CUCPHUONG' }, status: 'awaiting_decision', createdOn: '2026-10-15', votesFor: 18,
    summary: 'Dẫn đầu Cụm thi đua số 2 năm 2026; lượng khách du lịch tăng 12%; hoàn thành chỉ tiêu giảm nghèo vùng đồng bào Mường.',
    figures: [['visitors', 0.6, 0.68, 12], ['poverty_rate', 3.5, 2.9, null]],
  },
  {
    round: 2026, award: 'certificate_collective', nominee: { unit: 'X-GIALAM' }, status: 'bloc_review', createdOn: '2026-11-03',
    summary: 'Hoàn thành xuất sắc nhiệm vụ năm 2025; 100% thôn đạt chuẩn nông thôn mới kiểu mẫu.',
  },
  {
    round: 2026, award: 'certificate_individual', nominee: { person: 'hai' }, status: 'appraisal', createdOn: '2026-11-09',
    summary: 'Hai năm liên tục đạt Chiến sĩ thi đua cơ sở; chỉ đạo bảo vệ rừng Quốc gia Cúc Phương, không để xảy ra cháy rừng.',
  },
  {
    round: 2026, award: 'certificate_individual', nominee: { person: 'dung' }, status: 'draft', createdOn: '2026-11-19',
    summary: 'Tổ chức Ngày hội văn hóa các dân tộc xã Nho Quan.',
  },
  {
    round: 2026, award: 'certificate_household', nominee: { household: 'ho-trang' }, status: 'awaiting_decision', createdOn: '2026-10-20',
    summary: 'Hiến 600 m² đất nông nghiệp xây dựng trường mầm non của xã.',
  },

  // ── 2026 round: Cluster No. 3 (year-end review ahead, 2026-12-02) ─────────────────────────────
  {
    round: 2026, award: 'provincial_flag', nominee: { unit: 'X-YENMO' }, status: 'bloc_review', createdOn: '2026-11-02',
    summary: 'Thu ngân sách đạt 121% dự toán; hoàn thành 100% chỉ tiêu xây dựng nông thôn mới nâng cao.',
    figures: [['budget_revenue', 180, 217.6, 15.8]],
  },
  {
    round: 2026, award: 'certificate_collective', nominee: { unit: 'X-PHATDIEM' }, status: 'bloc_review', createdOn: '2026-11-04',
    summary: 'Hoàn thành xuất sắc nhiệm vụ năm 2025; bảo tồn, phát huy giá trị quần thể nhà thờ đá Phát Diệm.',
  },
  {
    round: 2026, award: 'provincial_flag', nominee: { unit: 'X-KIMSON' }, status: 'draft', createdOn: '2026-11-18',
    summary: 'Giá trị sản xuất thủy sản tăng 8%; hoàn thành tuyến đê biển Bình Minh.',
  },
  {
    round: 2026, award: 'certificate_individual', nominee: { person: 'bien' }, status: 'appraisal', createdOn: '2026-11-05',
    summary: 'Hai năm liên tục đạt Chiến sĩ thi đua cơ sở; chuyển giao kỹ thuật nuôi ngao cho 120 hộ.',
  },

  // ── 2026 round: people of other Cluster No. 1 wards ───────────────────────────────────────────
  {
    round: 2026, award: 'certificate_individual', nominee: { person: 'toan' }, status: 'awaiting_decision', via: ['hold', 'release'], createdOn: '2026-10-13',
    at: { hold: '2026-10-20', release: '2026-10-30' },
    reasons: {
      hold: 'Tạm dừng xét để xác minh đơn phản ánh ngày 19/10/2026.',
      release: 'Đã xác minh: nội dung phản ánh không có cơ sở; tiếp tục thẩm định.',
    },
    summary: 'Hai năm liên tục đạt Chiến sĩ thi đua cơ sở; tổ chức Lễ hội Khai ấn Đền Trần an toàn, văn minh.',
  },
  {
    round: 2026, award: 'certificate_individual', nominee: { person: 'tam' }, status: 'approved', createdOn: '2026-10-05', decision: 'QD-2146-2026',
    summary: 'Hai năm liên tục đạt Chiến sĩ thi đua cơ sở; hoàn thành chỉnh lý tài liệu lưu trữ sau sắp xếp.',
  },
  {
    round: 2026, award: 'certificate_individual', nominee: { person: 'son' }, status: 'rejected', via: ['record_ballot', 'reject'], createdOn: '2026-10-08',
    reasons: { reject: 'Trùng thành tích: thành tích năm 2026 đã được khen thưởng tại Quyết định số 1875/QĐ-UBND ngày 20/8/2026 (một thành tích chỉ khen một lần).' },
    summary: 'Chỉ đạo ứng phó bão số 3 năm 2026, di dời an toàn 1.150 hộ dân.',
  },
  {
    round: 2026, award: 'certificate_individual', nominee: { person: 'yen' }, status: 'withdrawn', createdOn: '2026-10-20',
    reasons: { withdraw: 'Cá nhân chuyển công tác; đơn vị rút đề nghị.' },
    summary: 'Chiến sĩ thi đua cơ sở năm 2025; quản lý tài chính, ngân sách phường minh bạch.',
  },
  {
    round: 2026, award: 'certificate_individual', nominee: { person: 'ducanh' }, status: 'appraisal', createdOn: '2026-11-13',
    summary: 'Hai năm liên tục đạt Chiến sĩ thi đua cơ sở; hỗ trợ 85 hộ kinh doanh chuyển đổi thành doanh nghiệp.',
  },
  {
    round: 2026, award: 'certificate_individual', nominee: { person: 'long' }, status: 'appraisal', createdOn: '2026-11-10',
    summary: 'Chiến sĩ thi đua cơ sở năm 2024 (sau khi hết thời hạn kỷ luật) và 2025; phát triển 3 hợp tác xã du lịch.',
  },
];
