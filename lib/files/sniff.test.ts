import { describe, expect, it } from 'vitest';
import { nameWithExtension, safeFileName, sniffFileType, zipEntryNames } from './sniff';

const text = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

/** A stored (uncompressed) ZIP archive with the given entries: enough for the sniffer to read. */
function zip(entries: Record<string, string>): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const nameBytes = text(name);
    const data = text(content);
    const local = new Uint8Array(30 + nameBytes.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint32(18, data.length, true);
    lv.setUint32(22, data.length, true);
    lv.setUint16(26, nameBytes.length, true);
    local.set(nameBytes, 30);
    const central = new Uint8Array(46 + nameBytes.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint32(20, data.length, true);
    cv.setUint32(24, data.length, true);
    cv.setUint16(28, nameBytes.length, true);
    cv.setUint32(42, offset, true);
    central.set(nameBytes, 46);
    locals.push(local, data);
    centrals.push(central);
    offset += local.length + data.length;
  }
  const directory = concat(...centrals);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, centrals.length, true);
  ev.setUint16(10, centrals.length, true);
  ev.setUint32(12, directory.length, true);
  ev.setUint32(16, offset, true);
  return concat(...locals, directory, end);
}

const PDF = text('%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n');

describe('sniffFileType', () => {
  it('accepts a PDF by its header', () => {
    expect(sniffFileType(PDF)).toBe('pdf');
  });

  it('accepts DOCX and XLSX by their entry names', () => {
    expect(sniffFileType(zip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w/>' }))).toBe('docx');
    expect(sniffFileType(zip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<x/>' }))).toBe('xlsx');
    expect(zipEntryNames(zip({ 'a.txt': 'a', 'b/c.txt': 'c' }))).toEqual(['a.txt', 'b/c.txt']);
  });

  it('refuses other files, whatever they are called', () => {
    expect(sniffFileType(new Uint8Array())).toBeNull();
    expect(sniffFileType(text('Xin chào, đây không phải PDF'))).toBeNull();
    expect(sniffFileType(text('<html><body>%PDF-1.4</body></html>'))).toBeNull();
    expect(sniffFileType(zip({ 'readme.txt': 'hello' }))).toBeNull();
    expect(sniffFileType(zip({ '[Content_Types].xml': '<Types/>', 'docProps/app.xml': '<a/>' }))).toBeNull();
    expect(sniffFileType(new Uint8Array([0x4d, 0x5a, 0x90, 0x00]))).toBeNull(); // a Windows program
  });

  it('refuses polyglots', () => {
    // Another format's header first, a PDF header after it.
    expect(sniffFileType(concat(new Uint8Array([0x50, 0x4b, 0x03, 0x04]), PDF))).toBeNull();
    expect(sniffFileType(concat(text('GIF89a'), PDF))).toBeNull();
    // A valid Office archive whose first KiB also says %PDF.
    expect(sniffFileType(zip({ '%PDF-1.4.txt': 'x', '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w/>' }))).toBeNull();
    // A PDF carrying a ZIP or an HTML page in its first KiB.
    expect(sniffFileType(concat(PDF, new Uint8Array([0x50, 0x4b, 0x03, 0x04])))).toBeNull();
    expect(sniffFileType(concat(PDF, text('<SCRIPT>alert(1)</script>')))).toBeNull();
    expect(sniffFileType(concat(PDF, text('<html>')))).toBeNull();
  });

  it('refuses macro-enabled documents disguised as DOCX', () => {
    expect(sniffFileType(zip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w/>', 'word/vbaProject.bin': 'vba' }))).toBeNull();
  });
});

describe('safeFileName', () => {
  it('keeps Vietnamese names', () => {
    expect(safeFileName('Báo cáo thành tích năm 2026 – Hoa Lư.pdf')).toBe('Báo cáo thành tích năm 2026 – Hoa Lư.pdf');
    // Decomposed input (macOS) is stored composed.
    expect(safeFileName('Tờ trình.pdf'.normalize('NFD'))).toBe('Tờ trình.pdf');
  });

  it('refuses path traversal and directories instead of cleaning them', () => {
    expect(safeFileName('../../etc/passwd.pdf')).toBeNull();
    expect(safeFileName('..\\..\\windows\\win.ini')).toBeNull();
    expect(safeFileName('/etc/passwd')).toBeNull();
    expect(safeFileName('a/b.pdf')).toBeNull();
    expect(safeFileName('..pdf')).toBeNull();
  });

  it('removes control, format and reserved characters and refuses what is left empty', () => {
    expect(safeFileName('bao\u0000cao\u202Efdp.exe')).toBe('baocaofdp.exe');
    expect(safeFileName('C:tờ<trình>.pdf')).toBe('Ctờtrình.pdf');
    expect(safeFileName('.hidden.pdf')).toBe('hidden.pdf');
    expect(safeFileName('   ')).toBeNull();
    expect(safeFileName('')).toBeNull();
    expect(safeFileName('\u0001\u0002')).toBeNull();
  });

  it('limits the length and keeps the extension', () => {
    const long = safeFileName(`${'Thành tích '.repeat(40)}.pdf`)!;
    expect([...long].length).toBeLessThanOrEqual(180);
    expect(long.endsWith('.pdf')).toBe(true);
  });

  it('gives a file the extension of its real type', () => {
    expect(nameWithExtension('bao-cao.PDF', 'pdf')).toBe('bao-cao.PDF');
    expect(nameWithExtension('bao-cao.pdf', 'docx')).toBe('bao-cao.pdf.docx');
  });
});
