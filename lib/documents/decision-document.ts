import { MOTTO, placeDate } from './admin-document';
import { Pen, footers, newPdf, stampEveryPage } from './pdf-pen';
import { drawVerificationBlock, type QrEncoder, encodeQr } from './qr';

// The Chairman's decision conferring awards (Quyết định khen thưởng), in the layout of Vietnamese
// administrative documents (Decree 30/2020/NĐ-CP): issuing body and national motto, number and
// symbol, place and date, title, the signer's authority, the legal bases ("Căn cứ …;"), the articles,
// the signature and the recipients, then the attached list of recipients with their golden-book
// numbers and prizes. An official document: Vietnamese only, whatever the reader's language.

export type NomineeKind = 'unit' | 'person' | 'household';

export interface DecisionRecipientFacts {
  goldenBookNo: number;
  name: string;
  kind: NomineeKind;
  /** Unit and position of a person, the parent body of a unit, the address of a household. */
  detail: string;
  awardCode: string;
  awardName: string;
  /** The round's year: the achievements are of that year. */
  year: number;
  prizeVnd: number;
}

export interface DecisionFacts {
  /** The issuing province as units.name_vi has it, e.g. "Tỉnh Ninh Bình". */
  provinceName: string;
  number: string;
  signedOn: string;
  signerName: string;
  signerTitle: string;
  legalBases: string[];
  baseSalary: { amountVnd: number; legalBasis: string };
  /** The multiple of the individual amount a household receives, when a household is among the recipients. */
  householdMultiplier: number | null;
  recipients: DecisionRecipientFacts[];
  /** Null for a draft's preview: a code is only worth printing on an issued decision. */
  verification: { code: string; url: string } | null;
  draft: boolean;
}

/** Awards the province confers as titles (danh hiệu) rather than as a certificate or a flag. */
const TITLE_AWARDS = new Set(['provincial_fighter', 'excellent_collective']);

export function formatVnd(amount: number): string {
  return new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 }).format(amount);
}

/** dd/MM/yyyy. */
export function formatDayVi(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** "Ninh Bình" from "Tỉnh Ninh Bình"; "Ủy ban nhân dân tỉnh Ninh Bình" for the body that issues. */
export function provincePlace(provinceName: string): string {
  return provinceName.replace(/^(tỉnh|thành phố)\s+/i, '');
}

function provinceKind(provinceName: string): string {
  return /^thành phố/i.test(provinceName) ? 'thành phố' : 'tỉnh';
}

/** How the decision names an award: "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh" (the target in
 * brackets dropped), "danh hiệu Chiến sĩ thi đua cấp tỉnh". */
export function awardPhrase(code: string, nameVi: string): string {
  const base = nameVi.replace(/\s*\([^)]*\)\s*$/, '').trim();
  return TITLE_AWARDS.has(code) ? `danh hiệu ${base}` : base;
}

/** "Căn cứ …;" lines, the last one ending the recitals with a full stop. A line that already says how
 * it is cited (Căn cứ, Xét, Theo) keeps its words; a submission is "Xét …". */
export function recitals(bases: string[]): string[] {
  // The authority's grounds first, what is proposed to it last, as the recitals of a decision read.
  const proposal = (b: string) => /^(xét|theo|tờ trình|đề nghị)/i.test(b);
  const ordered = [...bases.filter((b) => !proposal(b)), ...bases.filter(proposal)];
  return ordered.map((b, i) => {
    const text = /^(căn cứ|xét|theo)(?=\s|$)/iu.test(b) ? b : /^(tờ trình|đề nghị)/i.test(b) ? `Xét ${b}` : `Căn cứ ${b}`;
    return `${text}${i === ordered.length - 1 ? '.' : ';'}`;
  });
}

function countTargets(recipients: DecisionRecipientFacts[]): string {
  const n = (kind: NomineeKind) => recipients.filter((r) => r.kind === kind).length;
  const parts = [
    n('unit') ? `${n('unit')} tập thể` : null,
    n('person') ? `${n('person')} cá nhân` : null,
    n('household') ? `${n('household')} hộ gia đình` : null,
  ].filter(Boolean);
  return parts.join(', ');
}

function years(recipients: DecisionRecipientFacts[]): string {
  return [...new Set(recipients.map((r) => r.year))].sort().join(', ');
}

/** The groups of Article 1: one per award, in the order of the golden book. */
function byAward(recipients: DecisionRecipientFacts[]): { phrase: string; recipients: DecisionRecipientFacts[] }[] {
  const groups: { phrase: string; recipients: DecisionRecipientFacts[] }[] = [];
  for (const r of recipients) {
    // The certificate's variants (individual, collective, household) are one award in the decision's words.
    const phrase = awardPhrase(r.awardCode, r.awardName);
    const group = groups.find((g) => g.phrase === phrase);
    if (group) group.recipients.push(r);
    else groups.push({ phrase, recipients: [r] });
  }
  return groups;
}

/** "Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh và Cờ thi đua của Ủy ban nhân dân tỉnh". */
export function decisionSubject(recipients: DecisionRecipientFacts[]): string {
  const phrases = byAward(recipients).map((g) => g.phrase);
  const joined = phrases.length <= 1 ? (phrases[0] ?? '') : `${phrases.slice(0, -1).join(', ')} và ${phrases.at(-1)}`;
  return `Về việc tặng ${joined}`;
}

/** The signature's authority lines: a vice-chairman signs on the chairman's behalf (KT. CHỦ TỊCH). */
export function signatureRole(signerTitle: string): string[] {
  return /^phó/i.test(signerTitle.trim()) ? ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'] : ['CHỦ TỊCH'];
}

export function decisionArticles(f: DecisionFacts): { lead: string; text: string }[] {
  const groups = byAward(f.recipients);
  const total = f.recipients.reduce((sum, r) => sum + r.prizeVnd, 0);
  const article1 = groups.map((g) => `Tặng ${g.phrase} cho ${countTargets(g.recipients)} có tên trong danh sách kèm theo, đã có thành tích xuất sắc trong phong trào thi đua năm ${years(g.recipients)}.`);
  const household = f.householdMultiplier && f.recipients.some((r) => r.kind === 'household')
    ? ` Hộ gia đình được nhận ${new Intl.NumberFormat('vi-VN').format(f.householdMultiplier)} lần mức tiền thưởng đối với cá nhân.`
    : '';
  return [
    ...article1.map((text, i) => ({ lead: i === 0 ? 'Điều 1.' : '', text })),
    {
      lead: 'Điều 2.',
      text:
        `Tiền thưởng của mỗi trường hợp bằng hệ số mức tiền thưởng của hình thức khen thưởng nhân với mức lương cơ sở ${formatVnd(f.baseSalary.amountVnd)} đồng ` +
        `đang có hiệu lực tại ngày ký Quyết định (${f.baseSalary.legalBasis}), theo Nghị định số 152/2025/NĐ-CP, Điều 50–54.${household} ` +
        `Mức tiền thưởng của từng trường hợp ghi tại danh sách kèm theo; tổng số tiền thưởng là ${formatVnd(total)} đồng, chi từ Quỹ thi đua, khen thưởng của ${provinceKind(f.provinceName)}.`,
    },
    {
      lead: 'Điều 3.',
      text:
        'Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Giám đốc Sở Tài chính, ' +
        'Thủ trưởng các cơ quan, đơn vị có liên quan và các tập thể, cá nhân, hộ gia đình có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.',
    },
  ];
}

const A4 = { width: 595.28, height: 841.89, margin: { top: 57, bottom: 57, left: 85, right: 43 } };

/** Renders the decision (and its attached list) to PDF with the embedded Vietnamese font. A draft's
 * preview is stamped "DỰ THẢO" on every page and carries no verification code. */
export async function renderDecisionPdf(f: DecisionFacts, fontBytes: { regular: Uint8Array; bold: Uint8Array }, encoder: QrEncoder | null = encodeQr): Promise<Uint8Array> {
  const subject = decisionSubject(f.recipients);
  const { pdf, fonts } = await newPdf(fontBytes, { title: `Quyết định số ${f.number}`, subject });
  const pen = new Pen(pdf, fonts, A4);
  const { regular, bold } = fonts;
  const upperProvince = f.provinceName.toUpperCase();
  const place = provincePlace(f.provinceName);

  // The header: issuing body (left) and national motto (right), each centred in its column.
  const leftWidth = pen.textWidth * 0.4;
  const rightLeft = pen.left + leftWidth;
  const rightWidth = pen.textWidth - leftWidth;
  const top = pen.y;
  pen.centered('ỦY BAN NHÂN DÂN', 12, bold, pen.left, leftWidth);
  pen.y -= 15;
  pen.centered(upperProvince, 12, bold, pen.left, leftWidth, true);
  pen.y -= 24;
  pen.centered(`Số: ${f.number}`, 12, regular, pen.left, leftWidth);
  const leftBottom = pen.y;
  pen.y = top;
  pen.centered(MOTTO.vi[0], 11.5, bold, rightLeft, rightWidth);
  pen.y -= 15;
  pen.centered(MOTTO.vi[1], 12.5, bold, rightLeft, rightWidth, true);
  pen.y -= 24;
  pen.centered(placeDate(place, f.signedOn, 'vi'), 12, regular, rightLeft, rightWidth);
  pen.y = Math.min(pen.y, leftBottom) - 34;

  pen.centered('QUYẾT ĐỊNH', 14, bold);
  pen.y -= 18;
  pen.centeredBlock(subject, 13.5, bold, 17);
  pen.y -= 10;
  pen.centeredBlock(`CHỦ TỊCH ỦY BAN NHÂN DÂN ${upperProvince}`, 13, bold, 17);
  pen.y -= 8;

  for (const line of recitals(f.legalBases)) pen.paragraph(line);
  pen.y -= 6;
  pen.ensure(20);
  pen.centered('QUYẾT ĐỊNH:', 13, bold);
  pen.y -= 22;
  for (const article of decisionArticles(f)) pen.paragraph(article.text, article.lead ? { lead: article.lead } : {});

  // Recipients (Nơi nhận) on the left, the signature on the right.
  pen.ensure(150);
  pen.y -= 12;
  const blockTop = pen.y;
  pen.text('Nơi nhận:', pen.left, 11, bold);
  pen.y -= 14;
  for (const r of ['Như Điều 3;', 'Chủ tịch, các Phó Chủ tịch UBND tỉnh;', 'Sở Nội vụ (Ban Thi đua – Khen thưởng);', 'Sở Tài chính;', 'Lưu: VT, NV.']) {
    pen.text(`- ${r}`, pen.left, 10, regular);
    pen.y -= 13;
  }
  const recipientsBottom = pen.y;
  pen.y = blockTop;
  for (const line of signatureRole(f.signerTitle)) {
    pen.centered(line, 12.5, bold, rightLeft, rightWidth);
    pen.y -= 16;
  }
  pen.y -= 64;
  pen.centered(f.signerName, 13, bold, rightLeft, rightWidth);
  pen.y = Math.min(pen.y, recipientsBottom) - 24;

  // The verification block after the signature when it fits on the page, else after the list.
  const verification = () => {
    if (f.verification) {
      pen.y -= 72;
      drawVerificationBlock(
        pen.page,
        fonts,
        { x: pen.left, y: pen.y, size: 72, maxTextWidth: pen.textWidth - 90 },
        { label: 'Mã xác minh:', code: f.verification.code, hint: 'Tra cứu tính xác thực của Quyết định tại địa chỉ:', url: f.verification.url },
        encoder,
      );
    } else {
      pen.paragraph('Dự thảo chưa ban hành: mã xác minh được cấp khi Quyết định được ký ban hành.', { size: 10, indent: 0 });
    }
  };
  const fitsHere = pen.y - 80 >= A4.margin.bottom;
  if (fitsHere) verification();

  // The attached list, from a new page.
  pen.newPage();
  pen.centered('DANH SÁCH', 13.5, bold);
  pen.y -= 17;
  pen.centeredBlock(`Các tập thể, cá nhân, hộ gia đình được ${decisionSubject(f.recipients).replace(/^Về việc tặng /, 'tặng ')}`, 12.5, bold, 16);
  pen.centeredBlock(`(Kèm theo Quyết định số ${f.number} ngày ${formatDayVi(f.signedOn)} của Chủ tịch Ủy ban nhân dân ${provinceKind(f.provinceName)} ${place})`, 11.5, regular, 15);
  pen.y -= 8;
  const total = f.recipients.reduce((sum, r) => sum + r.prizeVnd, 0);
  pen.table(
    ['Số sổ vàng', 'Tập thể, cá nhân, hộ gia đình', 'Đơn vị, chức vụ, địa chỉ', 'Hình thức khen thưởng', 'Tiền thưởng (đồng)'],
    [
      ...f.recipients.map((r) => ({ cells: [String(r.goldenBookNo), r.name, r.detail, awardPhrase(r.awardCode, r.awardName), formatVnd(r.prizeVnd)] })),
      { cells: ['', 'Tổng cộng', `${f.recipients.length} trường hợp`, '', formatVnd(total)], bold: true },
    ],
    [0.7, 3.6, 2.3, 1.9, 1.4],
    [true, false, false, false, true],
    9.5,
  );
  if (!fitsHere) {
    pen.y -= 16;
    pen.ensure(80);
    verification();
  }

  const footerLabel = `Quyết định số ${f.number} ngày ${formatDayVi(f.signedOn)}`;
  if (f.draft) stampEveryPage(pdf, bold, 'DỰ THẢO', 'DỰ THẢO – CHƯA BAN HÀNH, KHÔNG CÓ GIÁ TRỊ PHÁP LÝ');
  footers(pdf, regular, f.draft ? `${footerLabel} (dự thảo)` : footerLabel);
  return pdf.save();
}

