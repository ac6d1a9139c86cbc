// The legal bases of the rules that apply to every award, whatever its type. The award types' own
// standards carry their basis as data (award_types.legal_basis); these general rules are not per
// award, so they live here, cited in the eligibility checks and shown to people as written: legal
// citations stay in Vietnamese in both languages, as on the documents they refer to.

const LAW = 'Luật Thi đua, khen thưởng số 06/2022/QH15';
const DECREE = 'Nghị định số 152/2025/NĐ-CP';

/** No award and no proposal upward while the nominee is being considered for discipline, is under
 * investigation or inspection, or has a complaint or denunciation being verified: the nomination is
 * held until it is cleared. */
export const LEGAL_BASIS_OPEN_RESTRICTION = `${LAW}, Điều 5; ${DECREE}, Điều 4 (chưa xét khen thưởng khi đang xem xét kỷ luật, điều tra, thanh tra, kiểm tra hoặc có đơn khiếu nại, tố cáo đang được xác minh)`;

/** After discipline, achievements count only from the end of the discipline period: a title of a year
 * that overlaps the period does not count towards "consecutive years". */
export const LEGAL_BASIS_DISCIPLINE_PERIOD = `${DECREE}, Điều 4 (thời gian bị kỷ luật không được tính để xét khen thưởng; thành tích được tính từ khi hết thời hạn kỷ luật)`;

/** One achievement earns one award: no second award for the same achievement in the same year. */
export const LEGAL_BASIS_ONE_AWARD = `${LAW}, Điều 5 (một thành tích chỉ khen thưởng một lần; không khen nhiều hình thức cho cùng một thành tích)`;

/** An initiative counts once: one already used to propose an award cannot support another. */
export const LEGAL_BASIS_INITIATIVE_ONCE = `${DECREE}, Điều 4 (sáng kiến đã dùng để đề nghị khen thưởng không được dùng lại cho đề nghị khác)`;

/** Units reorganised in 2025 keep their history: "consecutive years" counts the years of the units
 * they came from. */
export const LEGAL_BASIS_LINEAGE = 'Nghị quyết số 202/2025/QH15; Nghị quyết số 1674/NQ-UBTVQH15 (kế thừa thành tích của đơn vị hành chính trước sắp xếp)';

/** Each award type lists the documents its dossier must hold; submission is refused until each one is
 * present, and the bloc adds its own minutes and ballot result when it endorses. */
export const LEGAL_BASIS_DOSSIER = `${LAW}, Điều 84 (thành phần hồ sơ đề nghị khen thưởng)`;

/** How many nominations of an award one bloc may send to the province in a round is set by the
 * province's regulation (stored per award type as its bloc quota). */
export const LEGAL_BASIS_BLOC_QUOTA = 'Quy chế công tác thi đua, khen thưởng của tỉnh (số lượng đề nghị khen thưởng của mỗi cụm, khối thi đua trong đợt xét)';

/** Dossiers reach the province by the round's deadline (year-end: before 10 December), set in the
 * round's plan under the provincial regulation. */
export const LEGAL_BASIS_SUBMISSION_DEADLINE = `${LAW}, Điều 84; Quy chế công tác thi đua, khen thưởng của tỉnh và kế hoạch của đợt xét (thời hạn nộp hồ sơ đề nghị khen thưởng)`;

/** The province appraises a complete dossier within the round's time limit, counted in working days
 * from the day the complete dossier was received (published provincial procedures: 25 working days). */
export const LEGAL_BASIS_APPRAISAL_TIME = 'Bộ thủ tục hành chính lĩnh vực thi đua, khen thưởng cấp tỉnh (thời hạn thẩm định tính theo ngày làm việc, kể từ ngày nhận đủ hồ sơ hợp lệ)';

/** A nomination is judged by the version of the award's rules in force on the day that matters: the
 * round's submission deadline, or the decision date once decided. Decree 152/2025 replaced Decree
 * 98/2023 on 2025-07-01, and the rules may change again. */
export const LEGAL_BASIS_RULE_IN_FORCE = `Luật Ban hành văn bản quy phạm pháp luật (văn bản được áp dụng từ thời điểm có hiệu lực); ${DECREE} (thay thế Nghị định số 98/2023/NĐ-CP từ ngày 01/07/2025)`;
