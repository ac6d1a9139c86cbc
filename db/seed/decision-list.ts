/** The Chairman's decisions of the demo. Nominations name the decision that approved them. */
export interface DecisionRow {
  key: string;
  number: string;
  signedOn: string;
  /** The Department of Home Affairs' submission the decision answers. */
  submission: string;
}

export const DECISIONS: readonly DecisionRow[] = [
  { key: 'QD-56-2026', number: '56/QĐ-UBND', signedOn: '2026-01-16', submission: 'Tờ trình số 12/TTr-SNV ngày 14/01/2026 của Sở Nội vụ' },
  { key: 'QD-2146-2026', number: '2146/QĐ-UBND', signedOn: '2026-10-30', submission: 'Tờ trình số 318/TTr-SNV ngày 27/10/2026 của Sở Nội vụ' },
  { key: 'QD-2398-2026', number: '2398/QĐ-UBND', signedOn: '2026-11-25', submission: 'Tờ trình số 351/TTr-SNV ngày 23/11/2026 của Sở Nội vụ' },
];

export const DECISION_LEGAL_BASES = [
  'Luật Tổ chức chính quyền địa phương',
  'Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15/6/2022',
  'Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
  'Quy chế công tác thi đua, khen thưởng tỉnh Ninh Bình',
];

export const SIGNER_TITLE = { vi: 'Chủ tịch UBND tỉnh', en: 'Chairman of the Provincial People’s Committee' };
export const PROVINCIAL_ISSUER = 'Chủ tịch UBND tỉnh Ninh Bình';
