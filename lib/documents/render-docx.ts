import { AlignmentType, BorderStyle, Document, Footer, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, UnderlineType, WidthType } from 'docx';
import type { AdminDocument } from './admin-document';

const FONT = 'Times New Roman';
const size = (pt: number) => pt * 2;
const run = (text: string, pt: number, opts: { bold?: boolean; underline?: boolean } = {}) =>
  new TextRun({ text, font: FONT, size: size(pt), bold: opts.bold, underline: opts.underline ? { type: UnderlineType.SINGLE } : undefined });
const centred = (children: TextRun[], after = 0) => new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after }, children });
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

/** Renders the document as Word (.docx), Times New Roman as Vietnamese administrative documents use. */
export async function renderDocx(doc: AdminDocument, meta: { title: string; subject: string }): Promise<Buffer> {
  const header = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          new TableCell({
            width: { size: 42, type: WidthType.PERCENTAGE },
            children: [
              ...doc.issuer.map((line, i) => centred([run(line, 12, { bold: i === doc.issuer.length - 1, underline: i === doc.issuer.length - 1 })])),
              ...(doc.number ? [centred([run(doc.number, 12)], 0)] : []),
            ],
          }),
          new TableCell({
            width: { size: 58, type: WidthType.PERCENTAGE },
            children: [centred([run(doc.motto[0], 12, { bold: true })]), centred([run(doc.motto[1], 13, { bold: true, underline: true })], 120), centred([run(doc.placeDate, 13)])],
          }),
        ],
      }),
    ],
  });

  const tables = doc.tables.flatMap((t) => {
    const total = t.widths.reduce((a, b) => a + b, 0);
    const cell = (text: string, i: number, bold: boolean) =>
      new TableCell({
        width: { size: Math.round((t.widths[i]! / total) * 100), type: WidthType.PERCENTAGE },
        children: [new Paragraph({ alignment: t.numeric[i] && !bold ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [run(text, 12, { bold })] })],
      });
    return [
      new Paragraph({ spacing: { before: 200, after: 80 }, children: [run(t.caption, 13, { bold: true })] }),
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [new TableRow({ tableHeader: true, children: t.header.map((h, i) => cell(h, i, true)) }), ...t.rows.map((r) => new TableRow({ children: r.map((c, i) => cell(c, i, false)) }))],
      }),
    ];
  });

  const signature = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          new TableCell({
            width: { size: 45, type: WidthType.PERCENTAGE },
            children: doc.cosignature
              ? [centred([run(doc.cosignature.role, 13, { bold: true })]), centred([run(doc.cosignature.unit, 12)], 1200), ...(doc.cosignature.name ? [centred([run(doc.cosignature.name, 13, { bold: true })])] : [])]
              : [new Paragraph({ children: [run(doc.recipientsLabel, 12, { bold: true })] }), ...doc.recipients.map((r) => new Paragraph({ children: [run(`- ${r}`, 11)] }))],
          }),
          new TableCell({
            width: { size: 55, type: WidthType.PERCENTAGE },
            children: [centred([run(doc.signature.role, 13, { bold: true })]), centred([run(doc.signature.unit, 12)], 1200), ...(doc.signature.name ? [centred([run(doc.signature.name, 13, { bold: true })])] : [])],
          }),
        ],
      }),
    ],
  });

  const document = new Document({
    title: meta.title,
    subject: meta.subject,
    creator: 'Laurel',
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 850 } } },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ font: FONT, size: size(9), children: [`${doc.footer} · `, PageNumber.CURRENT, '/', PageNumber.TOTAL_PAGES] })] })],
          }),
        },
        children: [
          header,
          new Paragraph({ spacing: { before: 360 }, alignment: AlignmentType.CENTER, children: [run(doc.title, 14, { bold: true })] }),
          centred([run(doc.subtitle, 14, { bold: true })], 240),
          ...doc.paragraphs.map((p) => new Paragraph({ indent: { firstLine: 567 }, spacing: { after: 120 }, alignment: AlignmentType.JUSTIFIED, children: [run(p, 13)] })),
          ...tables,
          new Paragraph({ spacing: { after: 240 }, children: [] }),
          signature,
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
