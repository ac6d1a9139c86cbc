import { MOTTO, formatNumber, placeDate, type AdminDocument } from './admin-document';

// The bloc's papers that travel with an endorsed dossier to the province (Law 06/2022/QH15 Art. 84):
// the minutes of its review meeting with the ballot, the ballot result, and its submission letter.
// Official documents, in Vietnamese.

export interface BlocSessionFacts {
  provinceName: string;
  blocName: string;
  year: number;
  roundNo: number;
  mode: 'paper' | 'electronic';
  heldOn: string;
  place: string;
  membersTotal: number;
  needed: number;
  present: string[];
  absent: string[];
  candidates: { reference: string; nominee: string; award: string; votesFor: number | null; votesAgainst: number | null; passed: boolean | null; decision: { chosen: boolean; reason: string; by: string } | null }[];
  head: { name: string; unit: string } | null;
  deputy: { name: string; unit: string } | null;
}

export interface EndorsedNomination {
  reference: string;
  nominee: string;
  award: string;
  proposingUnit: string;
  endorsedOn: string;
}

const issuer = (f: BlocSessionFacts) => [`UBND ${f.provinceName}`.toUpperCase(), f.blocName.toUpperCase()];
const result = (c: BlocSessionFacts['candidates'][number]) =>
  c.decision ? (c.decision.chosen ? 'Trưởng, Phó cụm quyết định chọn' : 'Trưởng, Phó cụm quyết định không chọn') : c.passed === null ? '—' : c.passed ? 'Đạt' : 'Không đạt';

/** Biên bản: the meeting, who attended, each candidate's tally against the threshold, the lead's decisions. */
export function minutesDocument(f: BlocSessionFacts): AdminDocument {
  const date = placeDate(f.place, f.heldOn, 'vi');
  return {
    issuer: issuer(f),
    motto: MOTTO.vi,
    number: 'Số:      /BB-CTĐ',
    placeDate: date,
    title: 'BIÊN BẢN',
    subtitle: `Họp bình xét, bỏ phiếu suy tôn vòng ${f.roundNo} – ${f.blocName} năm ${f.year}`,
    paragraphs: [
      `Ngày ${formatDay(f.heldOn)}, tại ${f.place}, ${f.blocName} họp bình xét, bỏ phiếu suy tôn (${f.mode === 'electronic' ? 'bỏ phiếu kín điện tử' : 'bỏ phiếu kín bằng phiếu giấy'}).`,
      `Có mặt ${f.present.length}/${f.membersTotal} đơn vị thành viên: ${f.present.join('; ') || '—'}. Vắng mặt: ${f.absent.join('; ') || 'không'}.`,
      `Trường hợp được suy tôn khi có ít nhất ${f.needed}/${f.membersTotal} phiếu đồng ý, tính trên tổng số đơn vị thành viên.`,
      ...f.candidates.filter((c) => c.decision).map((c) => `Sau hai vòng bỏ phiếu, Trưởng, Phó cụm quyết định ${c.decision!.chosen ? 'chọn' : 'không chọn'} ${c.nominee} (${c.reference}). Lý do: ${c.decision!.reason} (${c.decision!.by}).`),
      'Biên bản được lập và thông qua tại cuộc họp.',
    ],
    tables: [ballotTable(f)],
    signature: { role: 'TRƯỞNG CỤM, KHỐI', unit: f.head?.unit ?? '', name: f.head?.name || null },
    recipientsLabel: 'Nơi nhận:',
    recipients: ['Sở Nội vụ (Ban Thi đua – Khen thưởng)', 'Các đơn vị thành viên', 'Lưu: VT'],
    footer: `${f.blocName} – biên bản vòng ${f.roundNo} năm ${f.year} – lập bằng Laurel`,
  };
}

/** Kết quả bỏ phiếu: the tally per candidate. */
export function ballotResultDocument(f: BlocSessionFacts): AdminDocument {
  return {
    issuer: issuer(f),
    motto: MOTTO.vi,
    number: 'Số:      /KQ-CTĐ',
    placeDate: placeDate(f.place, f.heldOn, 'vi'),
    title: 'KẾT QUẢ BỎ PHIẾU SUY TÔN',
    subtitle: `Vòng ${f.roundNo} – ${f.blocName} năm ${f.year}`,
    paragraphs: [`Tổng số đơn vị thành viên: ${f.membersTotal}; có mặt: ${f.present.length}; số phiếu đồng ý cần để được suy tôn: ${f.needed}.`],
    tables: [ballotTable(f)],
    signature: { role: 'TRƯỞNG CỤM, KHỐI', unit: f.head?.unit ?? '', name: f.head?.name || null },
    recipientsLabel: 'Nơi nhận:',
    recipients: ['Sở Nội vụ (Ban Thi đua – Khen thưởng)', 'Lưu: VT'],
    footer: `${f.blocName} – kết quả bỏ phiếu vòng ${f.roundNo} năm ${f.year} – lập bằng Laurel`,
  };
}

/** Tờ trình: the bloc proposes the endorsed nomination to the province. */
export function submissionLetterDocument(f: BlocSessionFacts, n: EndorsedNomination): AdminDocument {
  return {
    issuer: issuer(f),
    motto: MOTTO.vi,
    number: 'Số:      /TTr-CTĐ',
    placeDate: placeDate(f.place, n.endorsedOn, 'vi'),
    title: 'TỜ TRÌNH',
    subtitle: `Về việc đề nghị tặng ${n.award}`,
    paragraphs: [
      `Kính gửi: Sở Nội vụ tỉnh (Ban Thi đua – Khen thưởng).`,
      `Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 và kết quả bình xét, bỏ phiếu suy tôn của ${f.blocName} năm ${f.year} (vòng ${f.roundNo}, ngày ${formatDay(f.heldOn)}), ${f.blocName} đề nghị tặng ${n.award} cho ${n.nominee} (hồ sơ ${n.reference}, do ${n.proposingUnit} đề nghị).`,
      'Kèm theo: biên bản họp bình xét và kết quả bỏ phiếu suy tôn của Cụm, khối.',
      'Kính đề nghị Sở Nội vụ thẩm định, trình Chủ tịch Ủy ban nhân dân tỉnh xem xét, quyết định.',
    ],
    tables: [],
    signature: { role: 'TRƯỞNG CỤM, KHỐI', unit: f.head?.unit ?? '', name: f.head?.name || null },
    recipientsLabel: 'Nơi nhận:',
    recipients: ['Như trên', 'Lưu: VT'],
    footer: `${f.blocName} – tờ trình hồ sơ ${n.reference} – lập bằng Laurel`,
  };
}

function ballotTable(f: BlocSessionFacts) {
  return {
    caption: 'Kết quả bỏ phiếu',
    header: ['TT', 'Trường hợp', 'Hình thức khen thưởng', 'Đồng ý', 'Không đồng ý', 'Kết quả'],
    widths: [0.5, 2.6, 2.2, 0.9, 1, 1.4],
    numeric: [true, false, false, true, true, false],
    rows: f.candidates.map((c, i) => [String(i + 1), `${c.nominee} (${c.reference})`, c.award, c.votesFor === null ? '—' : formatNumber(c.votesFor, 'vi'), c.votesAgainst === null ? '—' : formatNumber(c.votesAgainst, 'vi'), result(c)]),
  };
}

function formatDay(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
