import { randomUUID } from 'node:crypto';
import { getCurrentUser } from '@/db/queries/current-user';
import { readDocumentForDownload } from '@/db/queries/documents';

export const dynamic = 'force-dynamic';

/** An ASCII stand-in for old clients: Vietnamese letters lose their marks (đ → d), anything else
 * outside printable ASCII, and the quote and backslash that would end the header's string, become _. */
function asciiFallback(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
}

/** RFC 5987 / 6266: UTF-8, percent-encoded, with the characters encodeURIComponent leaves that the
 * header grammar does not allow as well. */
function encodeRfc5987(name: string): string {
  return encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'cache-control': 'private, no-store', 'x-content-type-options': 'nosniff', 'content-type': 'text/plain; charset=utf-8' } });
}

/** Downloads one dossier file for someone who may read its nomination (S3, S8). Always as an
 * attachment, never sniffed, never cached by a shared cache, and sandboxed should a browser render
 * it anyway: an uploaded file must not run as a page of this site. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const viewer = await getCurrentUser();
  if (!viewer) return new Response('Sign in first', { status: 401, headers: { 'cache-control': 'private, no-store' } });
  const raw = (await params).id;
  const id = /^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(id)) return notFound();
  try {
    const file = await readDocumentForDownload(viewer, id);
    if (!file) return notFound();
    return new Response(new Uint8Array(file.bytes), {
      status: 200,
      headers: {
        'content-type': file.contentType,
        'content-length': String(file.bytes.byteLength),
        'content-disposition': `attachment; filename="${asciiFallback(file.fileName)}"; filename*=UTF-8''${encodeRfc5987(file.fileName)}`,
        'x-content-type-options': 'nosniff',
        'cache-control': 'private, no-store',
        'content-security-policy': "default-src 'none'; sandbox",
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
