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
