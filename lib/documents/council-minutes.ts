import { LEGAL_BASIS_COUNCIL_QUORUM, LEGAL_BASIS_COUNCIL_THRESHOLD, LEGAL_BASIS_STANDING_COMMITTEE, recordedOutcome, type Attendance, type CouncilPosition, type CouncilRule } from '@/lib/rules/council-ballot';
import { MOTTO, formatNumber, placeDate, type AdminDocument } from './admin-document';

// The minutes of a session of the provincial council (biên bản phiên họp Hội đồng Thi đua – Khen
// thưởng): who attended, the quorum, each agenda item's votes against its threshold and the result,
// signed by the chair and the secretary. An official document, in Vietnamese (Decree 30/2020/NĐ-CP
// layout, admin-document.ts).

export interface CouncilMinutesFacts {
  provinceName: string;
  councilName: string;
  heldOn: string;
  location: string | null;
  closed: boolean;
  membersTotal: number;
  members: { name: string; position: CouncilPosition; title: string; attendance: Attendance | null }[];
  quorum: { pct: string; needed: number; present: number; met: boolean; setBy: string[] };
  items: {
    reference: string;
    nominee: string;
    unit: string;
    award: string;
    rule: CouncilRule;
    legalBasis: string;
    vote: { membersTotal: number; present: number; writtenVotes: number; votesFor: number; votesAgainst: number; thresholdPct: string; passed: boolean } | null;
  }[];
  chair: string | null;
  secretary: string | null;
}

const ATTENDANCE_VI: Record<Attendance, string> = { present: 'Có mặt', written_vote: 'Vắng, có phiếu bằng văn bản', absent: 'Vắng mặt' };
const POSITION_VI: Record<CouncilPosition, string> = { chair: 'Chủ tịch Hội đồng', vice_chair: 'Phó Chủ tịch Hội đồng', standing_member: 'Ủy viên Thường trực', member: 'Ủy viên', secretary: 'Thư ký Hội đồng' };

const pct = (value: number | string) => `${formatNumber(Number(value), 'vi')}%`;
const names = (list: { name: string }[]) => (list.length === 0 ? 'không' : list.map((m) => m.name).join('; '));

function formatDay(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** "Tỉnh Ninh Bình" → "Ninh Bình", the place a provincial document is dated at. */
function placeOf(provinceName: string): string {
  return provinceName.replace(/^(Tỉnh|Thành phố)\s+/u, '');
}

/** One agenda item as the minutes state it: the votes, the threshold, the result and the basis. */
function itemParagraph(n: number, item: CouncilMinutesFacts['items'][number]): string {
  const head = `${n}. ${item.nominee} (${item.reference}) – ${item.unit} – ${item.award}`;
  const v = item.vote;
  if (!v) return `${head}: chưa biểu quyết.`;
  const { base, needed, sharePct } = recordedOutcome(item.rule, v);
  const threshold =
    item.rule === 'standing_committee'
      ? `Thường trực Hội đồng xét, cần quá nửa số thành viên Thường trực tham dự đồng ý (cần ${needed}/${base})`
      : item.rule === 'threshold_present'
        ? `ngưỡng ≥ ${pct(v.thresholdPct)} số thành viên tham dự (cần ${needed}/${base})`
        : `ngưỡng ≥ ${pct(v.thresholdPct)} tổng số thành viên Hội đồng (cần ${needed}/${base})`;
  const basis = item.rule === 'standing_committee' ? item.legalBasis : `${LEGAL_BASIS_COUNCIL_THRESHOLD}; ${item.legalBasis}`;
  return `${head}: ${v.votesFor}/${base} đồng ý (${pct(sharePct)}), ${v.votesAgainst} không đồng ý; ${threshold}. Kết quả: ${v.passed ? 'ĐẠT' : 'KHÔNG ĐẠT'}. Căn cứ: ${basis}.`;
}

function thresholdCell(rule: CouncilRule, vote: NonNullable<CouncilMinutesFacts['items'][number]['vote']>): string {
  const { base, needed } = recordedOutcome(rule, vote);
  if (rule === 'standing_committee') return `Thường trực: quá nửa (${needed}/${base})`;
  return `≥ ${pct(vote.thresholdPct)} (${needed}/${base})`;
}

/** Biên bản: the session, the attendance by name, the quorum, and each item with votes, threshold and result. */
export function councilMinutesDocument(f: CouncilMinutesFacts): AdminDocument {
  const present = f.members.filter((m) => m.attendance === 'present');
  const written = f.members.filter((m) => m.attendance === 'written_vote');
  const absent = f.members.filter((m) => m.attendance !== 'present' && m.attendance !== 'written_vote');
  const presentShare = f.membersTotal > 0 ? Math.round((present.length * 1000) / f.membersTotal) / 10 : 0;
  const quorumSource = f.quorum.setBy.length > 0 ? ` (tỷ lệ theo quy định của: ${f.quorum.setBy.join('; ')})` : '';
  const hasBallots = f.items.some((i) => i.rule !== 'standing_committee');
  const hasStanding = f.items.some((i) => i.rule === 'standing_committee');
  const day = formatDay(f.heldOn);

  return {
    // The council's full name does not fit the issuer's column: the usual abbreviation (TĐKT).
    issuer: [`UBND ${f.provinceName}`.toUpperCase(), 'HỘI ĐỒNG TĐKT TỈNH'],
    motto: MOTTO.vi,
    number: 'Số:      /BB-HĐTĐKT',
    placeDate: placeDate(placeOf(f.provinceName), f.heldOn, 'vi'),
    title: 'BIÊN BẢN',
    subtitle: `Phiên họp ${f.councilName} ngày ${day}${f.closed ? '' : ' (dự thảo: phiên họp chưa kết thúc)'}`,
    paragraphs: [
      `Ngày ${day}, tại ${f.location ?? '…'}, ${f.councilName} họp xét, đề nghị khen thưởng.`,
      `Chủ trì: ${f.chair ?? '…'} – Chủ tịch Hội đồng. Thư ký: ${f.secretary ?? '…'} – Thư ký Hội đồng.`,
      `Tổng số thành viên Hội đồng: ${f.membersTotal}. Có mặt ${present.length} thành viên: ${names(present)}. Vắng mặt có phiếu bằng văn bản ${written.length} thành viên: ${names(written)}. Vắng mặt ${absent.length} thành viên: ${names(absent)}.`,
      f.quorum.met
        ? `Số thành viên có mặt ${present.length}/${f.membersTotal} (${pct(presentShare)}), đạt tỷ lệ tối thiểu ${pct(f.quorum.pct)} tổng số thành viên${quorumSource}: phiên họp đủ điều kiện xét khen thưởng (${LEGAL_BASIS_COUNCIL_QUORUM}).`
        : `Số thành viên có mặt ${present.length}/${f.membersTotal} (${pct(presentShare)}), chưa đạt tỷ lệ tối thiểu ${pct(f.quorum.pct)} tổng số thành viên (cần ${f.quorum.needed})${quorumSource}: phiên họp chưa đủ điều kiện biểu quyết.`,
      ...(hasBallots
        ? [`Các hình thức bỏ phiếu kín: tỷ lệ phiếu đồng ý tính trên tổng số ${f.membersTotal} thành viên Hội đồng, kể cả thành viên vắng mặt có phiếu bằng văn bản (${LEGAL_BASIS_COUNCIL_THRESHOLD}).`]
        : []),
      ...(hasStanding ? [`Các hình thức do Thường trực Hội đồng xét, không bỏ phiếu kín: thông qua khi quá nửa số thành viên Thường trực tham dự đồng ý (${LEGAL_BASIS_STANDING_COMMITTEE}).`] : []),
      ...f.items.map((item, i) => itemParagraph(i + 1, item)),
      'Biên bản được lập và thông qua tại phiên họp.',
    ],
    tables: [
      {
        caption: 'Danh sách thành viên Hội đồng',
        header: ['TT', 'Họ và tên', 'Chức vụ', 'Tham dự'],
        widths: [0.5, 2.2, 3.6, 1.7],
        numeric: [true, false, false, false],
        rows: f.members.map((m, i) => [String(i + 1), m.name, `${POSITION_VI[m.position]} – ${m.title}`, m.attendance ? ATTENDANCE_VI[m.attendance] : 'Chưa điểm danh']),
      },
      {
        caption: 'Kết quả xét, bỏ phiếu',
        header: ['TT', 'Trường hợp', 'Hình thức khen thưởng', 'Đồng ý', 'Không đồng ý', 'Tỷ lệ', 'Ngưỡng', 'Kết quả'],
        widths: [0.5, 2.1, 1.8, 1.0, 1.05, 0.9, 1.5, 1.05],
        numeric: [true, false, false, true, true, true, false, false],
        rows: f.items.map((item, i) => {
          const v = item.vote;
          if (!v) return [String(i + 1), `${item.nominee} (${item.reference}), ${item.unit}`, item.award, '—', '—', '—', '—', 'Chưa biểu quyết'];
          const { base, sharePct } = recordedOutcome(item.rule, v);
          return [String(i + 1), `${item.nominee} (${item.reference}), ${item.unit}`, item.award, `${v.votesFor}/${base}`, String(v.votesAgainst), pct(sharePct), thresholdCell(item.rule, v), v.passed ? 'Đạt' : 'Không đạt'];
        }),
      },
    ],
    signature: { role: 'CHỦ TRÌ', unit: 'Chủ tịch Hội đồng', name: f.chair },
    cosignature: { role: 'THƯ KÝ', unit: 'Thư ký Hội đồng', name: f.secretary },
    recipientsLabel: '',
    recipients: [],
    footer: `${f.councilName} – biên bản phiên họp ngày ${day} – lập bằng Laurel`,
  };
}
