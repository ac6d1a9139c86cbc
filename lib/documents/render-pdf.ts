import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { wrapText, type AdminDocument } from './admin-document';

// A4 in points, with the margins of Decree 30/2020/NĐ-CP (top/bottom 2 cm, left 3 cm, right 1.5 cm).
const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = { top: 57, bottom: 57, left: 85, right: 43 };
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const BLACK = rgb(0, 0, 0);

/** Renders the document with an embedded Vietnamese-capable font (subset), A4, page numbers. */
export async function renderPdf(doc: AdminDocument, fonts: { regular: Uint8Array; bold: Uint8Array }, meta: { title: string; subject: string }): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  pdf.setTitle(meta.title);
  pdf.setSubject(meta.subject);
  pdf.setProducer('Laurel');
  pdf.setCreator('Laurel');
  const regular = await pdf.embedFont(fonts.regular, { subset: true });
  const bold = await pdf.embedFont(fonts.bold, { subset: true });

  let page: PDFPage = pdf.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - MARGIN.top;
  const newPage = () => {
    page = pdf.addPage([PAGE.width, PAGE.height]);
    y = PAGE.height - MARGIN.top;
  };
  const ensure = (height: number) => {
    if (y - height < MARGIN.bottom) newPage();
  };
  const text = (s: string, x: number, size: number, font: PDFFont) => page.drawText(s, { x, y, size, font, color: BLACK });
  const centered = (s: string, left: number, width: number, size: number, font: PDFFont, underline = false) => {
    const w = font.widthOfTextAtSize(s, size);
    const x = left + (width - w) / 2;
    text(s, x, size, font);
    if (underline) page.drawLine({ start: { x, y: y - 2 }, end: { x: x + w, y: y - 2 }, thickness: 0.6, color: BLACK });
  };

  // The header: the issuer on the left, the motto on the right, each centred in its column.
  const leftWidth = TEXT_WIDTH * 0.42;
  const rightLeft = MARGIN.left + leftWidth;
  const rightWidth = TEXT_WIDTH - leftWidth;
  const headerTop = y;
  doc.issuer.forEach((line, i) => {
    const last = i === doc.issuer.length - 1;
    centered(line, MARGIN.left, leftWidth, 11, last ? bold : regular, last);
    y -= 15;
  });
  if (doc.number) {
    y -= 4;
    centered(doc.number, MARGIN.left, leftWidth, 11, regular);
  }
  const leftBottom = y;
  y = headerTop;
  centered(doc.motto[0], rightLeft, rightWidth, 11, bold);
  y -= 15;
  centered(doc.motto[1], rightLeft, rightWidth, 12, bold, true);
  y -= 22;
  centered(doc.placeDate, rightLeft, rightWidth, 11, regular);
  y = Math.min(y, leftBottom) - 34;

  centered(doc.title, MARGIN.left, TEXT_WIDTH, 14, bold);
  y -= 18;
  for (const line of wrapText(doc.subtitle, TEXT_WIDTH, (s) => bold.widthOfTextAtSize(s, 13))) {
    centered(line, MARGIN.left, TEXT_WIDTH, 13, bold);
    y -= 17;
  }
  y -= 10;

  const paragraph = (s: string, size = 12, font = regular, indent = 28) => {
    const lines = wrapText(s, TEXT_WIDTH - indent, (t) => font.widthOfTextAtSize(t, size));
    lines.forEach((line, i) => {
      ensure(size + 6);
      text(line, MARGIN.left + (i === 0 ? indent : 0), size, font);
      y -= size + 5;
    });
    y -= 4;
  };
  for (const p of doc.paragraphs) paragraph(p);

  for (const table of doc.tables) {
    y -= 6;
    ensure(40);
    paragraph(table.caption, 12, bold, 0);
    const total = table.widths.reduce((a, b) => a + b, 0);
    const widths = table.widths.map((w) => (w / total) * TEXT_WIDTH);
    const drawRow = (cells: string[], font: PDFFont) => {
      const size = 10;
      const wrapped = cells.map((c, i) => wrapText(c, widths[i]! - 8, (t) => font.widthOfTextAtSize(t, size)));
      const height = Math.max(...wrapped.map((w) => w.length)) * (size + 3) + 8;
      if (y - height < MARGIN.bottom) newPage();
      let x = MARGIN.left;
      wrapped.forEach((lines, i) => {
        const w = widths[i]!;
        page.drawRectangle({ x, y: y - height, width: w, height, borderColor: BLACK, borderWidth: 0.5 });
        lines.forEach((line, j) => {
          const lw = font.widthOfTextAtSize(line, size);
          const tx = table.numeric[i] && font !== bold ? x + w - 4 - lw : x + 4;
          page.drawText(line, { x: tx, y: y - 4 - size - j * (size + 3) + 2, size, font, color: BLACK });
        });
        x += w;
      });
      y -= height;
    };
    drawRow(table.header, bold);
    for (const row of table.rows) drawRow(row, regular);
    y -= 10;
  }

  // Recipients on the left, the signature on the right.
  ensure(120);
  y -= 10;
  const blockTop = y;
  if (doc.cosignature) {
    centered(doc.cosignature.role, MARGIN.left, leftWidth, 12, bold);
    y -= 16;
    centered(doc.cosignature.unit, MARGIN.left, leftWidth, 11, regular);
    y -= 70;
    if (doc.cosignature.name) centered(doc.cosignature.name, MARGIN.left, leftWidth, 12, bold);
  } else {
    text(doc.recipientsLabel, MARGIN.left, 11, bold);
    y -= 14;
    for (const r of doc.recipients) {
      text(`- ${r}`, MARGIN.left, 10, regular);
      y -= 13;
    }
  }
  y = blockTop;
  centered(doc.signature.role, rightLeft, rightWidth, 12, bold);
  y -= 16;
  centered(doc.signature.unit, rightLeft, rightWidth, 11, regular);
  y -= 70;
  if (doc.signature.name) centered(doc.signature.name, rightLeft, rightWidth, 12, bold);

  const pages = pdf.getPages();
  pages.forEach((p, i) => {
    const label = `${doc.footer} · ${i + 1}/${pages.length}`;
    const w = regular.widthOfTextAtSize(label, 8);
    p.drawText(label, { x: (PAGE.width - w) / 2, y: 28, size: 8, font: regular, color: rgb(0.35, 0.35, 0.35) });
  });
  return pdf.save();
}
