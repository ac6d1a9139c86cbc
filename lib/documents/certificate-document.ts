import { rgb } from 'pdf-lib';
import { MOTTO, placeDate } from './admin-document';
import { formatDayVi, provincePlace, signatureRole, type NomineeKind } from './decision-document';
import { BLACK, newPdf, stampEveryPage, wrapWords } from './pdf-pen';
import { drawVerificationBlock, encodeQr, type QrEncoder } from './qr';

// One certificate per recipient of an issued decision (bằng khen, cờ thi đua, the titles), landscape
// A4: who confers it, the title of the award, the recipient, the achievement, the decision and the
// golden-book number, the signature, and the certificate's own verification code with its QR code.

export interface CertificateFacts {
  provinceName: string;
  awardCode: string;
  recipientName: string;
  kind: NomineeKind;
  /** Position and unit of a person, the address of a household, the parent body of a unit. */
  detail: string;
  year: number;
  decisionNumber: string;
  signedOn: string;
  goldenBookNo: number;
  signerName: string;
  signerTitle: string;
  verification: { code: string; url: string };
  revoked: { on: string; ground: string } | null;
}

type Layout = { title: string; verb: string; issuerIsChairman: boolean; achievement: (year: number, kind: NomineeKind) => string };

/** What each award's certificate says. The provincial flag is conferred by the People's Committee,
 * the others by its Chairman; the titles are recognised rather than given. */
const LAYOUTS: Record<string, Layout> = {
  provincial_flag: { title: 'CỜ THI ĐUA', verb: 'TẶNG', issuerIsChairman: false, achievement: (y) => `Đơn vị dẫn đầu phong trào thi đua năm ${y}` },
  provincial_fighter: { title: 'CHIẾN SĨ THI ĐUA CẤP TỈNH', verb: 'CÔNG NHẬN DANH HIỆU', issuerIsChairman: true, achievement: (y) => `Đã có thành tích tiêu biểu xuất sắc trong phong trào thi đua năm ${y}` },
  excellent_collective: { title: 'TẬP THỂ LAO ĐỘNG XUẤT SẮC', verb: 'CÔNG NHẬN DANH HIỆU', issuerIsChairman: true, achievement: (y) => `Đã hoàn thành xuất sắc nhiệm vụ năm ${y}` },
};

const CERTIFICATE: Layout = {
  title: 'BẰNG KHEN',
  verb: 'TẶNG',
  issuerIsChairman: true,
  achievement: (y, kind) => (kind === 'household' ? `Đã có nhiều đóng góp trong phong trào thi đua năm ${y}` : `Đã có thành tích xuất sắc trong phong trào thi đua năm ${y}`),
};

/** The grounds of the revocation form, as official documents name them, with their legal basis. A
 * ground recorded as free text (older records) is printed as written. */
const REVOCATION_GROUNDS_VI: Record<string, string> = {
  false_achievements: 'Khai man thành tích',
  forged_documents: 'Giả mạo hồ sơ',
  unlawful_procedure: 'Sai quy trình, thủ tục',
};

export function revocationGroundVi(ground: string): string {
  const label = REVOCATION_GROUNDS_VI[ground];
  return label ? `${label} (Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 89)` : ground;
}

export function certificateTitle(awardCode: string): string {
  return (LAYOUTS[awardCode] ?? CERTIFICATE).title;
}

const PAGE = { width: 841.89, height: 595.28 };
const RED = rgb(0.66, 0.09, 0.09);
const GOLD = rgb(0.72, 0.53, 0.1);

export async function renderCertificatePdf(f: CertificateFacts, fontBytes: { regular: Uint8Array; bold: Uint8Array }, encoder: QrEncoder | null = encodeQr): Promise<Uint8Array> {
  const layout = LAYOUTS[f.awardCode] ?? CERTIFICATE;
  const { pdf, fonts } = await newPdf(fontBytes, { title: `${layout.title} – ${f.recipientName}`, subject: `Quyết định số ${f.decisionNumber}` });
  const { regular, bold } = fonts;
  const page = pdf.addPage([PAGE.width, PAGE.height]);
  const centered = (s: string, y: number, size: number, font = regular, color = BLACK, underline = false) => {
    const w = font.widthOfTextAtSize(s, size);
    const x = (PAGE.width - w) / 2;
    page.drawText(s, { x, y, size, font, color });
    if (underline) page.drawLine({ start: { x, y: y - 3 }, end: { x: x + w, y: y - 3 }, thickness: 0.7, color });
  };

  // The frame: gold outside, red inside.
  page.drawRectangle({ x: 18, y: 18, width: PAGE.width - 36, height: PAGE.height - 36, borderColor: GOLD, borderWidth: 4 });
  page.drawRectangle({ x: 28, y: 28, width: PAGE.width - 56, height: PAGE.height - 56, borderColor: RED, borderWidth: 1 });

  let y = PAGE.height - 66;
  centered(MOTTO.vi[0], y, 13, bold);
  y -= 18;
  centered(MOTTO.vi[1], y, 13, bold, BLACK, true);
  y -= 36;
  const province = f.provinceName.toUpperCase();
  centered(layout.issuerIsChairman ? `CHỦ TỊCH ỦY BAN NHÂN DÂN ${province}` : `ỦY BAN NHÂN DÂN ${province}`, y, 15, bold);
  y -= 22;
  centered(layout.verb, y, 14, bold);
  y -= 62;
  const titleSize = layout.title.length > 14 ? 34 : 46;
  centered(layout.title, y, titleSize, bold, RED);
  y -= 58;
  for (const line of wrapWords(f.recipientName, bold, 24, PAGE.width - 160)) {
    centered(line, y, 24, bold);
    y -= 30;
  }
  for (const line of wrapWords(f.detail, regular, 13, PAGE.width - 200).slice(0, 2)) {
    if (!line) continue;
    centered(line, y, 13, regular);
    y -= 18;
  }
  y -= 6;
  centered(layout.achievement(f.year, f.kind), y, 15, regular);

  // Bottom left: the decision, the golden book, the verification block. Bottom right: place, date, signature.
  const left = 70;
  let bottom = 150;
  page.drawText(`Quyết định số ${f.decisionNumber} ngày ${formatDayVi(f.signedOn)}`, { x: left, y: bottom, size: 11.5, font: regular, color: BLACK });
  bottom -= 16;
  page.drawText(`Số sổ vàng: ${f.goldenBookNo}`, { x: left, y: bottom, size: 11.5, font: bold, color: BLACK });
  drawVerificationBlock(
    page,
    fonts,
    { x: left, y: 48, size: 64, maxTextWidth: 290 },
    { label: 'Mã chứng nhận:', code: f.verification.code, hint: 'Tra cứu tính xác thực tại địa chỉ:', url: f.verification.url },
    encoder,
  );

  const rightLeft = PAGE.width / 2 + 60;
  const rightWidth = PAGE.width - 60 - rightLeft;
  const rightCentered = (s: string, yy: number, size: number, font = regular) => {
    const w = font.widthOfTextAtSize(s, size);
    page.drawText(s, { x: rightLeft + (rightWidth - w) / 2, y: yy, size, font, color: BLACK });
  };
  let ry = 150;
  rightCentered(placeDate(provincePlace(f.provinceName), f.signedOn, 'vi'), ry, 12);
  ry -= 18;
  for (const line of signatureRole(f.signerTitle)) {
    rightCentered(line, ry, 12.5, bold);
    ry -= 16;
  }
  rightCentered(f.signerName, 52, 13, bold);

  if (f.revoked) stampEveryPage(pdf, bold, 'ĐÃ THU HỒI', `ĐÃ THU HỒI NGÀY ${formatDayVi(f.revoked.on)} – ${revocationGroundVi(f.revoked.ground)}`, 46);
  return pdf.save();
}
