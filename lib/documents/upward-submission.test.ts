import { describe, expect, it } from 'vitest';
import { awardName, placeOf, sharePct, upwardSubmissionDocument, type UpwardSubmissionFacts } from './upward-submission';

const facts: UpwardSubmissionFacts = {
  provinceVi: 'Tỉnh Ninh Bình',
  submissionNumber: '215/TTr-UBND',
  submittedOn: '2026-11-26',
  recipientBody: 'Thủ tướng Chính phủ (qua Bộ Nội vụ)',
  signerName: 'Trịnh Văn Lâm',
  reference: 'NB-2026-0028',
  nomineeVi: 'Sở Xây dựng',
  awardVi: 'Cờ thi đua của Chính phủ (đề nghị)',
  proposingUnitVi: 'Sở Xây dựng',
  roundYear: 2026,
  ballot: { votesFor: 18, membersTotal: 21, thresholdPct: '80.00', heldOn: '2026-11-20' },
};

describe('the submission letter (tờ trình) upward', () => {
  it('is the committee’s letter: motto, issuer, number, place and date, title', () => {
    const doc = upwardSubmissionDocument(facts);
    expect(doc.motto).toEqual(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập – Tự do – Hạnh phúc']);
    expect(doc.issuer).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH NINH BÌNH']);
    expect(doc.number).toBe('Số: 215/TTr-UBND');
    expect(doc.placeDate).toBe('Ninh Bình, ngày 26 tháng 11 năm 2026');
    expect(doc.title).toBe('TỜ TRÌNH');
    expect(doc.subtitle).toBe('Về việc đề nghị tặng Cờ thi đua của Chính phủ');
    expect(doc.signature).toEqual({ role: 'TM. ỦY BAN NHÂN DÂN', unit: 'CHỦ TỊCH', name: 'Trịnh Văn Lâm' });
  });

  it('states the council’s secret ballot on all of its members', () => {
    const doc = upwardSubmissionDocument(facts);
    expect(doc.paragraphs.join('\n')).toContain('ngày 20/11/2026');
    expect(doc.paragraphs.join('\n')).toContain('18/21 thành viên Hội đồng đồng ý, đạt 85,71% tổng số thành viên Hội đồng (yêu cầu tối thiểu 80% tổng số thành viên)');
    expect(doc.tables[0]?.rows).toEqual([['1', 'Sở Xây dựng (NB-2026-0028)', 'Cờ thi đua của Chính phủ', '18/21', '85,71%']]);
    const without = upwardSubmissionDocument({ ...facts, ballot: null });
    expect(without.tables[0]?.rows[0]?.slice(3)).toEqual(['—', '—']);
  });

  it('reads names and shares as the document writes them', () => {
    expect(awardName('Cờ thi đua của Chính phủ (đề nghị)')).toBe('Cờ thi đua của Chính phủ');
    expect(awardName('Bằng khen của Thủ tướng Chính phủ')).toBe('Bằng khen của Thủ tướng Chính phủ');
    expect(placeOf('Tỉnh Ninh Bình')).toBe('Ninh Bình');
    expect(placeOf('Thành phố Hà Nội')).toBe('Hà Nội');
    expect(sharePct(18, 21)).toBe('85,71%');
    expect(sharePct(21, 21)).toBe('100%');
    expect(sharePct(1, 0)).toBe('—');
  });
});
