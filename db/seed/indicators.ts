import type { Tx } from '../client';
import { indicators } from '../schema';
import { IdMap } from './ids';

type IndicatorRow = readonly [code: string, nameVi: string, nameEn: string, unitVi: string, unitEn: string];

// What units report and blocs score: the 2023 mid-year review's figures and the wards' usual ones.
export const INDICATORS: readonly IndicatorRow[] = [
  ['industrial_output', 'Giá trị sản xuất công nghiệp', 'Industrial production value', 'tỷ đồng', 'billion VND'],
  ['budget_revenue', 'Thu ngân sách nhà nước trên địa bàn', 'State budget revenue', 'tỷ đồng', 'billion VND'],
  ['visitors', 'Tổng lượt khách du lịch', 'Visitors', 'triệu lượt', 'million visits'],
  ['pci_rank', 'Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) – thứ hạng', 'Provincial Competitiveness Index (PCI) rank', 'hạng/63', 'rank of 63'],
  ['par_index', 'Chỉ số cải cách hành chính (PAR INDEX)', 'Public Administration Reform Index (PAR INDEX)', '%', '%'],
  ['papi_score', 'Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI)', 'Provincial Governance and Public Administration Performance Index (PAPI)', 'điểm', 'points'],
  ['admin_on_time', 'Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn', 'Administrative procedures settled on time', '%', '%'],
  ['poverty_rate', 'Tỷ lệ hộ nghèo', 'Poor households', '%', '%'],
  ['new_businesses', 'Số doanh nghiệp thành lập mới', 'New businesses registered', 'doanh nghiệp', 'businesses'],
];

export async function seedIndicators(tx: Tx): Promise<IdMap> {
  const inserted = await tx
    .insert(indicators)
    .values(INDICATORS.map(([code, nameVi, nameEn, unitOfMeasureVi, unitOfMeasureEn]) => ({ code, nameVi, nameEn, unitOfMeasureVi, unitOfMeasureEn })))
    .returning({ id: indicators.id, key: indicators.code });
  return IdMap.of('indicator', inserted);
}
