import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

// The font embedded in generated PDFs: DejaVu Serif (full Vietnamese), shipped in lib/documents/fonts.
let cached: Promise<{ regular: Uint8Array; bold: Uint8Array }> | null = null;

export function documentFonts(): Promise<{ regular: Uint8Array; bold: Uint8Array }> {
  const dir = path.join(process.cwd(), 'lib', 'documents', 'fonts');
  cached ??= Promise.all([readFile(path.join(dir, 'DejaVuSerif.ttf')), readFile(path.join(dir, 'DejaVuSerif-Bold.ttf'))]).then(([regular, bold]) => ({ regular, bold }));
  return cached;
}
