/** What an uploaded file is, decided from its bytes alone (quality.md S8). The name and the
 * Content-Type the browser sends are the uploader's claims and are never trusted. */
export type SniffedType = 'pdf' | 'docx' | 'xlsx';

export const CONTENT_TYPES: Record<SniffedType, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export const EXTENSIONS: Record<SniffedType, string> = { pdf: '.pdf', docx: '.docx', xlsx: '.xlsx' };

/** PDF readers look for the header anywhere in the first KiB, browsers sniff HTML there too: that
 * window is where a polyglot hides a second format. */
const HEAD_WINDOW = 1024;

const PDF_MAGIC = ascii('%PDF-');
const PDF_MARKER = ascii('%PDF');
const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ZIP_CENTRAL = [0x50, 0x4b, 0x01, 0x02];
const ZIP_END = [0x50, 0x4b, 0x05, 0x06];
const ACTIVE_MARKERS = [ascii('<script'), ascii('<html')];

function ascii(text: string): number[] {
  return [...text].map((c) => c.charCodeAt(0));
}

function startsWithAt(bytes: Uint8Array, at: number, magic: readonly number[]): boolean {
  if (at < 0 || at + magic.length > bytes.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[at + i] !== magic[i]) return false;
  return true;
}

function indexOf(bytes: Uint8Array, needle: readonly number[], from = 0, to = bytes.length, caseless = false): number {
  const end = Math.min(to, bytes.length) - needle.length;
  outer: for (let i = from; i <= end; i++) {
    for (let j = 0; j < needle.length; j++) {
      let b = bytes[i + j]!;
      if (caseless && b >= 0x41 && b <= 0x5a) b += 0x20;
      if (b !== needle[j]) continue outer;
    }
    return i;
  }
  return -1;
}

function u16(bytes: Uint8Array, at: number): number {
  return bytes[at]! | (bytes[at + 1]! << 8);
}

function u32(bytes: Uint8Array, at: number): number {
  return (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;
}

/** The entry names of a ZIP's central directory, or null when the archive is not well formed. */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  // The end-of-central-directory record is the last 22 bytes plus a comment of at most 64 KiB.
  const searchFrom = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let i = bytes.length - 22; i >= searchFrom; i--) {
    if (startsWithAt(bytes, i, ZIP_END)) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  const decoder = new TextDecoder('utf-8', { fatal: false });
  const names: string[] = [];
  for (let n = 0; n < count; n++) {
    if (!startsWithAt(bytes, at, ZIP_CENTRAL) || at + 46 > bytes.length) return null;
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    if (at + 46 + nameLength > bytes.length) return null;
    names.push(decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

function sniffOfficeZip(bytes: Uint8Array): SniffedType | null {
  const names = zipEntryNames(bytes);
  if (!names || !names.includes('[Content_Types].xml')) return null;
  // Macro-enabled documents renamed to .docx/.xlsx carry a VBA project: refused, as they run code.
  if (names.some((name) => /(^|\/)vbaProject\.bin$/i.test(name))) return null;
  const word = names.some((name) => name.startsWith('word/'));
  const excel = names.some((name) => name.startsWith('xl/'));
  if (word === excel) return null; // neither, or an archive pretending to be both
  return word ? 'docx' : 'xlsx';
}

/** The file's type by its magic bytes, or null when it is not one Laurel accepts. Refuses
 * polyglots: a PDF header anywhere but at offset 0 (another format's header comes first, e.g. a ZIP
 * or HTML file that PDF readers also open), and a PDF whose first KiB also holds a ZIP local-file
 * header or an HTML/script marker (a file that a browser or an unzipper reads as something else). */
export function sniffFileType(bytes: Uint8Array): SniffedType | null {
  if (bytes.length === 0) return null;
  if (startsWithAt(bytes, 0, PDF_MAGIC)) {
    if (indexOf(bytes, ZIP_LOCAL, 0, HEAD_WINDOW) >= 0) return null;
    if (ACTIVE_MARKERS.some((marker) => indexOf(bytes, marker, 0, HEAD_WINDOW, true) >= 0)) return null;
    return 'pdf';
  }
  if (indexOf(bytes, PDF_MARKER, 0, HEAD_WINDOW) >= 0) return null;
  if (startsWithAt(bytes, 0, ZIP_LOCAL)) return sniffOfficeZip(bytes);
  return null;
}

const MAX_NAME_LENGTH = 180;

/** A file name fit to store and to send back in Content-Disposition, or null when it must be refused.
 *
 * Names that try to climb or name a directory (`..`, `/`, `\`) are REFUSED, not silently cleaned:
 * such a name is never sent by a browser's file picker, so it is a forged request, and cleaning it
 * would hide the attempt from the person and from the log. The name is never used as a path (files
 * are stored under random keys); this keeps it harmless when shown or downloaded. Control and
 * format characters (including bidi overrides that disguise an extension) and characters that
 * Windows refuses in names are removed; letters of every script, Vietnamese included, are kept. */
export function safeFileName(name: string): string | null {
  if (typeof name !== 'string') return null;
  const normalized = name.normalize('NFC');
  if (normalized.includes('..') || /[/\\]/.test(normalized)) return null;
  let cleaned = normalized
    .replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Zl}\p{Zp}]/gu, '')
    .replace(/[:*?"<>|]/g, '')
    .replace(/\s+/gu, ' ')
    .trim()
    // Leading dots make hidden files; trailing dots and spaces are dropped by Windows.
    .replace(/^[.\s]+/u, '')
    .replace(/[.\s]+$/u, '');
  if (cleaned.length === 0) return null;
  const chars = [...cleaned];
  if (chars.length > MAX_NAME_LENGTH) {
    const dot = cleaned.lastIndexOf('.');
    const extension = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : '';
    const stem = [...cleaned.slice(0, cleaned.length - extension.length)].slice(0, MAX_NAME_LENGTH - [...extension].length);
    cleaned = stem.join('').trimEnd() + extension;
  }
  return cleaned;
}

/** The name with the extension of its real type: a Word file named `report.pdf` is offered back as
 * `report.pdf.docx`, so that nobody's machine opens it with the wrong program. */
export function nameWithExtension(name: string, type: SniffedType): string {
  const extension = EXTENSIONS[type];
  return name.toLowerCase().endsWith(extension) ? name : `${name}${extension}`;
}
