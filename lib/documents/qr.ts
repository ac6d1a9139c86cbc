import { rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import QRCode from 'qrcode';

// The QR code printed on decisions and certificates: it opens the public verification page of the
// code printed beside it. Drawing is ours (modules as filled rectangles, with pdf-lib); encoding the
// text into modules is a QR encoder's job, behind the small interface below.

/** A QR symbol's modules: `size` × `size`, dark or light, row by row from the top left. */
export interface QrModules {
  size: number;
  isDark(row: number, col: number): boolean;
}

export type QrEncoder = (text: string) => QrModules;

/** The encoder: `qrcode` (a maintained implementation of ISO/IEC 18004), error correction M, which
 * survives a stamp or a fold on a printed certificate. The documents also print the verification
 * address in full beside the code, for a reader without a scanner. */
export const encodeQr: QrEncoder | null = (text) => {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  return { size: modules.size, isDark: (row, col) => Boolean(modules.get(row, col)) };
};

/** The public verification page of `code`: LAUREL_PUBLIC_URL (the site's public address) + the path. */
export function verificationUrl(code: string): string {
  const base = (typeof process !== 'undefined' ? process.env.LAUREL_PUBLIC_URL : undefined)?.trim() || 'http://localhost:3000';
  return `${base.replace(/\/+$/, '')}/public/verify/${encodeURIComponent(code)}`;
}

/** Draws `modules` with its bottom-left corner at (x, y), `width` points wide including the quiet
 * zone of four modules that scanners need. Adjacent dark modules of a row are drawn as one rectangle,
 * so that no hairline gaps appear between them when the page is rasterized. Returns the rectangles drawn. */
export function drawQrModules(page: PDFPage, modules: QrModules, x: number, y: number, width: number): number {
  const quiet = 4;
  const cell = width / (modules.size + 2 * quiet);
  const dark = rgb(0, 0, 0);
  page.drawRectangle({ x, y, width, height: width, color: rgb(1, 1, 1) });
  let drawn = 0;
  for (let row = 0; row < modules.size; row++) {
    let col = 0;
    while (col < modules.size) {
      if (!modules.isDark(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < modules.size && modules.isDark(row, col)) col++;
      page.drawRectangle({
        x: x + (quiet + start) * cell,
        y: y + width - (quiet + row + 1) * cell,
        width: (col - start) * cell,
        height: cell,
        color: dark,
      });
      drawn++;
    }
  }
  return drawn;
}

/** The verification block printed on a document: the QR code when an encoder is installed (else a
 * framed box with the address), and beside it the code and the address. `y` is the block's bottom. */
export function drawVerificationBlock(
  page: PDFPage,
  fonts: { regular: PDFFont; bold: PDFFont },
  at: { x: number; y: number; size: number; maxTextWidth: number },
  text: { label: string; code: string; hint: string; url: string },
  encoder: QrEncoder | null = encodeQr,
): void {
  const { x, y, size } = at;
  const modules = encoder?.(text.url) ?? null;
  if (modules) {
    drawQrModules(page, modules, x, y, size);
  } else {
    page.drawRectangle({ x, y, width: size, height: size, borderColor: rgb(0.45, 0.45, 0.45), borderWidth: 0.6 });
    const label = 'QR';
    const w = fonts.bold.widthOfTextAtSize(label, 14);
    page.drawText(label, { x: x + (size - w) / 2, y: y + size / 2 - 5, size: 14, font: fonts.bold, color: rgb(0.55, 0.55, 0.55) });
  }
  const left = x + size + 10;
  const black = rgb(0, 0, 0);
  let line = y + size - 10;
  page.drawText(`${text.label} ${text.code}`, { x: left, y: line, size: 10, font: fonts.bold, color: black });
  line -= 13;
  page.drawText(text.hint, { x: left, y: line, size: 8.5, font: fonts.regular, color: black });
  line -= 12;
  // The address in full, cut to lines that fit: it is what the QR code opens.
  let rest = text.url;
  while (rest && line > y - 1) {
    let cut = rest.length;
    while (cut > 1 && fonts.regular.widthOfTextAtSize(rest.slice(0, cut), 8) > at.maxTextWidth) cut--;
    page.drawText(rest.slice(0, cut), { x: left, y: line, size: 8, font: fonts.regular, color: black });
    rest = rest.slice(cut);
    line -= 11;
  }
}
