// A Vietnamese administrative document (Decree 30/2020/NĐ-CP layout): the issuing body and the
// national motto side by side, number and place-date, the title, the body, tables, the signature.
// One model, rendered to PDF (render-pdf.ts) and to DOCX (render-docx.ts).

export interface DocumentTable {
  caption: string;
  header: string[];
  rows: string[][];
  /** Column widths as shares of the text width (they need not add up to 1). */
  widths: number[];
  /** Right-align these columns (numbers). */
  numeric: boolean[];
}

export interface AdminDocument {
  /** The issuing body, top line first; the last line is the issuer itself (bold, underlined). */
  issuer: string[];
  motto: [string, string];
  number: string | null;
  placeDate: string;
  title: string;
  subtitle: string;
  paragraphs: string[];
  tables: DocumentTable[];
  signature: { role: string; unit: string; name: string | null };
  /** A second signer on the left, in place of the recipients (minutes: the secretary beside the chair). */
  cosignature?: { role: string; unit: string; name: string | null };
  /** "Nơi nhận" (recipients), in the document's language. */
  recipientsLabel: string;
  recipients: string[];
  /** Shown at the foot of each page. */
  footer: string;
}

export const MOTTO: Record<'vi' | 'en', [string, string]> = {
  vi: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập – Tự do – Hạnh phúc'],
  en: ['SOCIALIST REPUBLIC OF VIET NAM', 'Independence – Freedom – Happiness'],
};

/** "Nam Định, ngày 26 tháng 11 năm 2026" / "Nam Định, 26 November 2026". */
export function placeDate(place: string, isoDate: string, locale: 'vi' | 'en'): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  if (locale === 'vi') return `${place}, ngày ${String(d).padStart(2, '0')} tháng ${String(m).padStart(2, '0')} năm ${y}`;
  const month = new Date(Date.UTC(y, m - 1, d)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  return `${place}, ${d} ${month} ${y}`;
}

/** Numbers as the document's language writes them: 50.985,5 / 50,985.5. */
export function formatNumber(value: number | null, locale: 'vi' | 'en'): string {
  if (value === null) return '—';
  return new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 2 }).format(value);
}

/** Breaks `text` into lines no wider than `maxWidth`, by words (a word longer than a line is cut). */
export function wrapText(text: string, maxWidth: number, widthOf: (s: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (widthOf(candidate) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      let rest = word;
      while (widthOf(rest) > maxWidth && rest.length > 1) {
        let cut = rest.length - 1;
        while (cut > 1 && widthOf(rest.slice(0, cut)) > maxWidth) cut--;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    lines.push(line);
  }
  return lines;
}
