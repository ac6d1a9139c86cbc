import { randomUUID } from 'node:crypto';
import { getCurrentUser } from '@/db/queries/current-user';
import { readDocumentForDownload } from '@/db/queries/documents';
import { ATTACHMENT_CSP, contentDisposition, notFoundResponse as notFound } from '@/lib/http/download';

export const dynamic = 'force-dynamic';


/** A PDF shown inline by the browser's own viewer: as strict as the attachment's. `sandbox` without
 * allow-scripts gives the response an opaque origin and no script, so a PDF's JavaScript, forms and
 * links cannot act as this site, and nothing may be loaded, framed or posted. Chromium's viewer is
 * browser UI, not page content: measured in Chromium 156, it renders the PDF under exactly this
 * policy, and also with the site-wide `object-src 'none'` (next.config.mjs) on top; e2e/dossier.spec.ts
 * checks it on every run. */
const INLINE_PDF_CSP = "sandbox; default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** Downloads one dossier file for someone who may read its nomination (S3, S8): never sniffed, never
 * cached by a shared cache, sandboxed should a browser render it anyway, so that an uploaded file
 * cannot run as a page of this site. An attachment, except that `?inline=1` shows a PDF (and only a
 * PDF, by the type sniffed at upload) in the browser's viewer; any other file stays an attachment. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const viewer = await getCurrentUser();
  if (!viewer) return new Response('Sign in first', { status: 401, headers: { 'cache-control': 'private, no-store' } });
  const raw = (await params).id;
  const id = /^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(id)) return notFound();
  const wantsInline = new URL(request.url).searchParams.get('inline') === '1';
  try {
    const file = await readDocumentForDownload(viewer, id);
    if (!file) return notFound();
    const inline = wantsInline && file.contentType === 'application/pdf';
    return new Response(new Uint8Array(file.bytes), {
      status: 200,
      headers: {
        'content-type': file.contentType,
        'content-length': String(file.bytes.byteLength),
        'content-disposition': contentDisposition(file.fileName, inline ? 'inline' : 'attachment'),
        'x-content-type-options': 'nosniff',
        'cache-control': 'private, no-store',
        'content-security-policy': inline ? INLINE_PDF_CSP : ATTACHMENT_CSP,
        // The recorded hash, so that a recipient can check the file is the one submitted.
        'x-content-sha256': file.sha256,
      },
    });
  } catch (error) {
    const reference = randomUUID().slice(0, 8);
    console.error(`[laurel] download failed (ref ${reference})`, error);
    return new Response(`Error. Reference: ${reference}`, { status: 500, headers: { 'cache-control': 'private, no-store', 'content-type': 'text/plain; charset=utf-8' } });
  }
}
