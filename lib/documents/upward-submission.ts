import { MOTTO, formatNumber, placeDate, type AdminDocument } from './admin-document';

// The province's submission letter (tờ trình) proposing an award the central body confers: the
// Government flag, the Prime Minister's certificate, the national emulation fighter. Signed by the
// Chairman for the Provincial People's Committee; it carries the council's secret ballot, counted on
// all of its members (Decree 98/2023/NĐ-CP Art. 30(7), now Decree 152/2025/NĐ-CP). An official
// document, in Vietnamese.

export interface UpwardSubmissionFacts {
  /** "Tỉnh Ninh Bình". */
  provinceVi: string;
  submissionNumber: string;
  submittedOn: string;
  recipientBody: string;
  signerName: string;
  reference: string;
  nomineeVi: string;
  /** The award as the catalogue names it; a trailing "(đề nghị)" is the catalogue's note, not the award's name. */
  awardVi: string;
  proposingUnitVi: string;
  roundYear: number;
  ballot: { votesFor: number; membersTotal: number; thresholdPct: string; heldOn: string } | null;
}

/** The award's own name, without the catalogue's "(đề nghị)" note. */
export function awardName(awardVi: string): string {
  return awardVi.replace(/\s*\(đề nghị\)\s*$/i, '').trim();
}

/** "Ninh Bình" from "Tỉnh Ninh Bình": the place a provincial document is dated at. */
export function placeOf(provinceVi: string): string {
  return provinceVi.replace(/^(tỉnh|thành phố)\s+/i, '').trim();
}

/** 18/21 = 85,71 %. Shares are printed to two decimals, as thresholds are stored. */
export function sharePct(votes: number, total: number): string {
  if (total <= 0) return '—';
  return `${formatNumber(Math.round((votes * 10_000) / total) / 100, 'vi')}%`;
}

function day(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** Tờ trình: the Provincial People's Committee proposes the award to the central body. */
export function upwardSubmissionDocument(f: UpwardSubmissionFacts): AdminDocument {
  const award = awardName(f.awardVi);
  const ballot = f.ballot;
  const vote = ballot
    ? `Tại phiên họp ngày ${day(ballot.heldOn)}, Hội đồng Thi đua – Khen thưởng tỉnh đã bỏ phiếu kín: ${ballot.votesFor}/${ballot.membersTotal} thành viên Hội đồng đồng ý, đạt ${sharePct(ballot.votesFor, ballot.membersTotal)} tổng số thành viên Hội đồng (yêu cầu tối thiểu ${formatNumber(Number(ballot.thresholdPct), 'vi')}% tổng số thành viên).`
    : 'Hội đồng Thi đua – Khen thưởng tỉnh đã xét và bỏ phiếu kín theo quy định.';
  return {
    issuer: ['ỦY BAN NHÂN DÂN', f.provinceVi.toUpperCase()],
    motto: MOTTO.vi,
    number: `Số: ${f.submissionNumber}`,
    placeDate: placeDate(placeOf(f.provinceVi), f.submittedOn, 'vi'),
    title: 'TỜ TRÌNH',
    subtitle: `Về việc đề nghị tặng ${award}`,
    paragraphs: [
      `Kính gửi: ${f.recipientBody}.`,
      'Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022; Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;',
      `Căn cứ kết quả thẩm định của Sở Nội vụ và kết quả bỏ phiếu của Hội đồng Thi đua – Khen thưởng tỉnh đối với hồ sơ ${f.reference} do ${f.proposingUnitVi} đề nghị;`,
      vote,
      `Ủy ban nhân dân ${f.provinceVi.replace(/^Tỉnh/, 'tỉnh')} kính trình ${f.recipientBody} xem xét, quyết định tặng ${award} cho ${f.nomineeVi} đã có thành tích xuất sắc trong phong trào thi đua năm ${f.roundYear}.`,
      'Kèm theo: báo cáo thành tích, biên bản họp và kết quả bỏ phiếu của Hội đồng Thi đua – Khen thưởng tỉnh.',
    ],
    tables: [
      {
        caption: 'Danh sách đề nghị',
        header: ['TT', 'Tập thể, cá nhân được đề nghị', 'Hình thức', 'Phiếu đồng ý / tổng số thành viên', 'Tỷ lệ'],
        widths: [0.5, 2.6, 2, 1.6, 1],
        numeric: [true, false, false, true, true],
        rows: [['1', `${f.nomineeVi} (${f.reference})`, award, ballot ? `${ballot.votesFor}/${ballot.membersTotal}` : '—', ballot ? sharePct(ballot.votesFor, ballot.membersTotal) : '—']],
      },
    ],
    signature: { role: 'TM. ỦY BAN NHÂN DÂN', unit: 'CHỦ TỊCH', name: f.signerName || null },
    recipientsLabel: 'Nơi nhận:',
    recipients: ['Như trên', 'Bộ Nội vụ (Ban Thi đua – Khen thưởng Trung ương)', 'Sở Nội vụ tỉnh', f.proposingUnitVi, 'Lưu: VT'],
    footer: `Tờ trình số ${f.submissionNumber} – hồ sơ ${f.reference} – lập bằng Laurel`,
  };
}
