import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, degrees, rgb, type PDFFont, type PDFPage } from 'pdf-lib';

// A small pen over pdf-lib for the documents that need more than the generic administrative layout
// (render-pdf.ts): a decision's articles with their bold lead-ins, its attached list, the verification
// block, a draft's mark, a certificate's free layout.

export const BLACK = rgb(0, 0, 0);

export interface PenFonts {
  regular: PDFFont;
  bold: PDFFont;
}

/** A new PDF with the Vietnamese-capable fonts embedded (subset) and its metadata set. */
export async function newPdf(fonts: { regular: Uint8Array; bold: Uint8Array }, meta: { title: string; subject: string }): Promise<{ pdf: PDFDocument; fonts: PenFonts }> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  pdf.setTitle(meta.title);
  pdf.setSubject(meta.subject);
  pdf.setProducer('Laurel');
  pdf.setCreator('Laurel');
  // A fixed date: the same decision renders to the same bytes whatever the time of rendering.
  const epoch = new Date(0);
  pdf.setCreationDate(epoch);
  pdf.setModificationDate(epoch);
  const regular = await pdf.embedFont(fonts.regular, { subset: true });
  const bold = await pdf.embedFont(fonts.bold, { subset: true });
  return { pdf, fonts: { regular, bold } };
}

/** Lines of `text` no wider than `width` (the first line `firstWidth`), broken between words. */
export function wrapWords(text: string, font: PDFFont, size: number, width: number, firstWidth = width): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const max = lines.length === 0 ? firstWidth : width;
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= max || !line) {
        line = candidate;
        continue;
      }
      lines.push(line);
      line = word;
    }
    lines.push(line);
  }
  return lines;
}

interface Box {
  width: number;
  height: number;
  margin: { top: number; bottom: number; left: number; right: number };
}

/** Writes top to bottom across pages, starting a new page when the next block does not fit. */
export class Pen {
  page: PDFPage;
  y: number;

  constructor(
    readonly pdf: PDFDocument,
    readonly fonts: PenFonts,
    readonly box: Box,
  ) {
    this.page = pdf.addPage([box.width, box.height]);
    this.y = box.height - box.margin.top;
  }

  get left(): number {
    return this.box.margin.left;
  }

  get textWidth(): number {
    return this.box.width - this.box.margin.left - this.box.margin.right;
  }

  newPage(): void {
    this.page = this.pdf.addPage([this.box.width, this.box.height]);
    this.y = this.box.height - this.box.margin.top;
  }

  /** Starts a new page unless `height` points still fit above the bottom margin. */
  ensure(height: number): void {
    if (this.y - height < this.box.margin.bottom) this.newPage();
  }

  text(s: string, x: number, size: number, font: PDFFont = this.fonts.regular, color = BLACK): void {
    this.page.drawText(s, { x, y: this.y, size, font, color });
  }

  /** One line centred in [left, left + width]; optionally underlined (the issuer, the motto). */
  centered(s: string, size: number, font: PDFFont = this.fonts.regular, left = this.left, width = this.textWidth, underline = false): void {
    const w = font.widthOfTextAtSize(s, size);
    const x = left + (width - w) / 2;
    this.text(s, x, size, font);
    if (underline) this.page.drawLine({ start: { x, y: this.y - 2.5 }, end: { x: x + w, y: this.y - 2.5 }, thickness: 0.6, color: BLACK });
  }

  /** Centred lines, wrapped. */
  centeredBlock(s: string, size: number, font: PDFFont = this.fonts.regular, leading = size + 4): void {
    for (const line of wrapWords(s, font, size, this.textWidth)) {
      this.ensure(leading);
      this.centered(line, size, font);
      this.y -= leading;
    }
  }

  /** A paragraph with a first-line indent and an optional bold lead-in ("Điều 1."). */
  paragraph(s: string, opts: { size?: number; indent?: number; lead?: string; font?: PDFFont; after?: number } = {}): void {
    const size = opts.size ?? 12.5;
    const indent = opts.indent ?? 28;
    const font = opts.font ?? this.fonts.regular;
    const leading = size + 5;
    const lead = opts.lead ? `${opts.lead} ` : '';
    const leadWidth = lead ? this.fonts.bold.widthOfTextAtSize(lead, size) : 0;
    const lines = wrapWords(s, font, size, this.textWidth, this.textWidth - indent - leadWidth);
    lines.forEach((line, i) => {
      this.ensure(leading);
      let x = this.left + (i === 0 ? indent : 0);
      if (i === 0 && lead) {
        this.text(lead, x, size, this.fonts.bold);
        x += leadWidth;
      }
      this.text(line, x, size, font);
      this.y -= leading;
    });
    this.y -= opts.after ?? 3;
  }

  /** A table with a header row, wrapped cells and borders; the header repeats on each new page. */
  table(header: string[], rows: { cells: string[]; bold?: boolean }[], widthShares: number[], numeric: boolean[], size = 10): void {
    const total = widthShares.reduce((a, b) => a + b, 0);
    const widths = widthShares.map((w) => (w / total) * this.textWidth);
    const draw = (cells: string[], font: PDFFont, centered: boolean) => {
      const wrapped = cells.map((c, i) => wrapWords(c, font, size, widths[i]! - 8));
      const height = Math.max(...wrapped.map((w) => w.length)) * (size + 3) + 8;
      return { wrapped, height, font, centered };
    };
    const paint = ({ wrapped, height, font, centered }: ReturnType<typeof draw>) => {
      let x = this.left;
      wrapped.forEach((lines, i) => {
        const w = widths[i]!;
        this.page.drawRectangle({ x, y: this.y - height, width: w, height, borderColor: BLACK, borderWidth: 0.5 });
        lines.forEach((line, j) => {
          const lw = font.widthOfTextAtSize(line, size);
          const tx = centered ? x + (w - lw) / 2 : numeric[i] ? x + w - 4 - lw : x + 4;
          this.page.drawText(line, { x: tx, y: this.y - 4 - size - j * (size + 3) + 2, size, font, color: BLACK });
        });
        x += w;
      });
      this.y -= height;
    };
    const head = draw(header, this.fonts.bold, true);
    this.ensure(head.height + 30);
    paint(head);
    for (const row of rows) {
      const body = draw(row.cells, row.bold ? this.fonts.bold : this.fonts.regular, false);
      if (this.y - body.height < this.box.margin.bottom) {
        this.newPage();
        paint(head);
      }
      paint(body);
    }
  }
}

/** The mark of a document that is not (or no longer) in force, across every page: "DỰ THẢO" on a
 * draft's preview, "ĐÃ THU HỒI" on a revoked award's certificate. */
export function stampEveryPage(pdf: PDFDocument, font: PDFFont, mark: string, banner: string, bannerFromTop = 30): void {
  for (const page of pdf.getPages()) {
    const { width, height } = page.getSize();
    const size = Math.min(width, height) / 6;
    const w = font.widthOfTextAtSize(mark, size);
    const angle = Math.atan2(height, width);
    page.drawText(mark, {
      x: width / 2 - (Math.cos(angle) * w) / 2,
      y: height / 2 - (Math.sin(angle) * w) / 2,
      size,
      font,
      color: rgb(0.85, 0.2, 0.2),
      opacity: 0.14,
      rotate: degrees((angle * 180) / Math.PI),
    });
    const bw = font.widthOfTextAtSize(banner, 9);
    page.drawText(banner, { x: (width - bw) / 2, y: height - bannerFromTop, size: 9, font, color: rgb(0.7, 0.1, 0.1) });
  }
}

/** Page numbers at the foot of each page, with a line that names the document. */
export function footers(pdf: PDFDocument, font: PDFFont, label: string): void {
  const pages = pdf.getPages();
  pages.forEach((p, i) => {
    const text = `${label} · ${i + 1}/${pages.length}`;
    const w = font.widthOfTextAtSize(text, 8);
    p.drawText(text, { x: (p.getSize().width - w) / 2, y: 26, size: 8, font, color: rgb(0.35, 0.35, 0.35) });
  });
}
