import { PDFDocument } from 'pdf-lib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { awardPhrase, decisionArticles, decisionSubject, recitals, signatureRole, type DecisionFacts, type DecisionRecipientFacts } from './decision-document';
import { drawQrModules, verificationUrl, type QrModules } from './qr';

const person: DecisionRecipientFacts = { goldenBookNo: 2, name: 'Hoàng Minh Đức', kind: 'person', detail: 'Sở Giáo dục và Đào tạo', awardCode: 'certificate_individual', awardName: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh (cá nhân)', year: 2026, prizeVnd: 2_340_000 };
const household: DecisionRecipientFacts = { ...person, goldenBookNo: 3, name: 'Hộ ông/bà Đinh Công Tráng', kind: 'household', awardCode: 'certificate_household', awardName: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh (hộ gia đình)', prizeVnd: 3_510_000 };
const flag: DecisionRecipientFacts = { ...person, goldenBookNo: 1, name: 'Phường Hoa Lư', kind: 'unit', awardCode: 'provincial_flag', awardName: 'Cờ thi đua của Ủy ban nhân dân tỉnh', prizeVnd: 18_720_000 };

describe('the decision’s words', () => {
  it('cites the authority’s grounds as “Căn cứ …;” lines and the submission last, ending the recitals with a full stop', () => {
    expect(recitals(['Tờ trình số 12/TTr-SNV ngày 14/01/2026 của Sở Nội vụ', 'Luật Tổ chức chính quyền địa phương', 'Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15'])).toEqual([
      'Căn cứ Luật Tổ chức chính quyền địa phương;',
      'Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15;',
      'Xét Tờ trình số 12/TTr-SNV ngày 14/01/2026 của Sở Nội vụ.',
    ]);
  });

  it('names the awards as a decision does: the certificate’s variants as one, titles as titles', () => {
    expect(awardPhrase('certificate_household', household.awardName)).toBe('Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh');
    expect(awardPhrase('provincial_fighter', 'Chiến sĩ thi đua cấp tỉnh')).toBe('danh hiệu Chiến sĩ thi đua cấp tỉnh');
    expect(decisionSubject([flag, person, household])).toBe('Về việc tặng Cờ thi đua của Ủy ban nhân dân tỉnh và Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh');
    expect(decisionSubject([person])).toBe('Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh');
  });

  it('signs for the chairman when a vice-chairman signs', () => {
    expect(signatureRole('Chủ tịch UBND tỉnh')).toEqual(['CHỦ TỊCH']);
    expect(signatureRole('Phó Chủ tịch UBND tỉnh')).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
  });

  it('confers each award on its recipients in Article 1 and states the base salary, the household multiple and the total in Article 2', () => {
    const facts: DecisionFacts = {
      provinceName: 'Tỉnh Ninh Bình',
      number: '123/QĐ-UBND',
      signedOn: '2026-06-30',
      signerName: 'Trịnh Văn Lâm',
      signerTitle: 'Chủ tịch UBND tỉnh',
      legalBases: [],
      baseSalary: { amountVnd: 2_340_000, legalBasis: 'Nghị định số 73/2024/NĐ-CP' },
      householdMultiplier: 1.5,
      recipients: [flag, person, household],
      verification: null,
      draft: true,
    };
    const articles = decisionArticles(facts);
    expect(articles.map((a) => a.lead)).toEqual(['Điều 1.', '', 'Điều 2.', 'Điều 3.']);
    expect(articles[0]!.text).toBe('Tặng Cờ thi đua của Ủy ban nhân dân tỉnh cho 1 tập thể có tên trong danh sách kèm theo, đã có thành tích xuất sắc trong phong trào thi đua năm 2026.');
    expect(articles[1]!.text).toContain('cho 1 cá nhân, 1 hộ gia đình');
    expect(articles[2]!.text).toContain('mức lương cơ sở 2.340.000 đồng');
    expect(articles[2]!.text).toContain('Hộ gia đình được nhận 1,5 lần');
    expect(articles[2]!.text).toContain('tổng số tiền thưởng là 24.570.000 đồng');
    expect(decisionArticles({ ...facts, recipients: [person] })[1]!.text).not.toContain('Hộ gia đình');
  });
});

describe('the QR code', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('opens the public verification page of the site’s public address', () => {
    vi.stubEnv('LAUREL_PUBLIC_URL', 'https://thiduakhenthuong.ninhbinh.gov.vn/');
    expect(verificationUrl('ABCD-EFGH-JKLM')).toBe('https://thiduakhenthuong.ninhbinh.gov.vn/public/verify/ABCD-EFGH-JKLM');
    vi.stubEnv('LAUREL_PUBLIC_URL', '');
    expect(verificationUrl('ABCD-EFGH-JKLM')).toBe('http://localhost:3000/public/verify/ABCD-EFGH-JKLM');
  });

  it('draws the dark modules as rectangles, one per run of a row, inside the quiet zone', async () => {
    // A finder pattern's 7 × 7 corner: rows of 7, 1+1, 1+3+1, … dark modules.
    const pattern = ['1111111', '1000001', '1011101', '1011101', '1011101', '1000001', '1111111'];
    const modules: QrModules = { size: 7, isDark: (r, c) => pattern[r]![c] === '1' };
    const pdf = await PDFDocument.create();
    const page = pdf.addPage([200, 200]);
    const drawn = drawQrModules(page, modules, 10, 10, 150);
    // Runs per row: 1, 2, 3, 3, 3, 2, 1.
    expect(drawn).toBe(15);
  });
});
