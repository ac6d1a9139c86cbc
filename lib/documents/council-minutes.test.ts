import { describe, expect, it } from 'vitest';
import { councilMinutesDocument, type CouncilMinutesFacts } from './council-minutes';

const members: CouncilMinutesFacts['members'] = Array.from({ length: 21 }, (_, i) => ({
  name: `Thành viên ${i + 1}`,
  position: i === 0 ? 'chair' : i === 20 ? 'secretary' : 'member',
  title: 'Ủy viên',
  attendance: i < 17 ? 'present' : i < 19 ? 'written_vote' : i === 19 ? 'absent' : null,
}));

const facts: CouncilMinutesFacts = {
  provinceName: 'Tỉnh Ninh Bình',
  councilName: 'Hội đồng Thi đua – Khen thưởng tỉnh Ninh Bình',
  heldOn: '2026-11-26',
  location: 'Phòng họp số 1',
  closed: true,
  membersTotal: 21,
  members,
  quorum: { pct: '80.00', needed: 17, present: 17, met: true, setBy: [] },
  items: [
    { reference: 'NB-1', nominee: 'Đoàn Thị Minh Nguyệt', unit: 'Sở Văn hóa', award: 'Chiến sĩ thi đua cấp tỉnh', rule: 'threshold_all_members', legalBasis: 'Luật 06/2022/QH15, Điều 22', vote: { membersTotal: 21, present: 17, writtenVotes: 2, votesFor: 18, votesAgainst: 1, thresholdPct: '90.00', passed: false } },
    { reference: 'NB-2', nominee: 'Tạ Thị Hương', unit: 'Sở Xây dựng', award: 'Bằng khen', rule: 'standing_committee', legalBasis: 'Luật 06/2022/QH15, Điều 74', vote: { membersTotal: 6, present: 5, writtenVotes: 0, votesFor: 3, votesAgainst: 2, thresholdPct: '50', passed: true } },
    { reference: 'NB-3', nominee: 'Hộ ông/bà Nguyễn Thị Xuân', unit: 'Phường Phủ Lý', award: 'Bằng khen (hộ gia đình)', rule: 'standing_committee', legalBasis: 'Luật 06/2022/QH15, Điều 74', vote: null },
  ],
  chair: 'Thành viên 1',
  secretary: 'Thành viên 21',
};

describe('the minutes of a council session', () => {
  it('names who attended, who voted in writing and who was absent (no mark counts as absent)', () => {
    const doc = councilMinutesDocument(facts);
    const text = doc.paragraphs.join('\n');
    expect(text).toContain('Có mặt 17 thành viên: Thành viên 1;');
    expect(text).toContain('Vắng mặt có phiếu bằng văn bản 2 thành viên: Thành viên 18; Thành viên 19.');
    expect(text).toContain('Vắng mặt 2 thành viên: Thành viên 20; Thành viên 21.');
    expect(text).toContain('Số thành viên có mặt 17/21 (81%), đạt tỷ lệ tối thiểu 80% tổng số thành viên');
  });

  it('states each item with its votes on its base, its threshold, its result and its basis', () => {
    const doc = councilMinutesDocument(facts);
    const text = doc.paragraphs.join('\n');
    expect(text).toContain('1. Đoàn Thị Minh Nguyệt (NB-1) – Sở Văn hóa – Chiến sĩ thi đua cấp tỉnh: 18/21 đồng ý (85,7%), 1 không đồng ý; ngưỡng ≥ 90% tổng số thành viên Hội đồng (cần 19/21). Kết quả: KHÔNG ĐẠT. Căn cứ: Nghị định số 98/2023/NĐ-CP, Điều 30 khoản 7');
    expect(text).toContain('2. Tạ Thị Hương (NB-2) – Sở Xây dựng – Bằng khen: 3/5 đồng ý (60%), 2 không đồng ý; Thường trực Hội đồng xét, cần quá nửa số thành viên Thường trực tham dự đồng ý (cần 3/5). Kết quả: ĐẠT.');
    expect(text).toContain('3. Hộ ông/bà Nguyễn Thị Xuân (NB-3) – Phường Phủ Lý – Bằng khen (hộ gia đình): chưa biểu quyết.');
    const results = doc.tables[1]!;
    expect(results.rows.map((r) => [r[3], r[6], r[7]])).toEqual([
      ['18/21', '≥ 90% (19/21)', 'Không đạt'],
      ['3/5', 'Thường trực: quá nửa (3/5)', 'Đạt'],
      ['—', '—', 'Chưa biểu quyết'],
    ]);
    expect(doc.signature).toEqual({ role: 'CHỦ TRÌ', unit: 'Chủ tịch Hội đồng', name: 'Thành viên 1' });
    expect(doc.cosignature).toEqual({ role: 'THƯ KÝ', unit: 'Thư ký Hội đồng', name: 'Thành viên 21' });
  });

  it('marks a session not yet closed as a draft, and says when the quorum is not met', () => {
    const doc = councilMinutesDocument({ ...facts, closed: false, quorum: { pct: '85.00', needed: 18, present: 17, met: false, setBy: ['Chiến sĩ thi đua cấp tỉnh'] } });
    expect(doc.subtitle).toContain('dự thảo');
    expect(doc.paragraphs.join('\n')).toContain('chưa đạt tỷ lệ tối thiểu 85% tổng số thành viên (cần 18) (tỷ lệ theo quy định của: Chiến sĩ thi đua cấp tỉnh)');
  });
});
