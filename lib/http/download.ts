// What every file download of Laurel answers with (quality.md S8): the name in a Content-Disposition
// that old and new clients read, a sandboxing policy, and a 404 that says nothing.

/** An ASCII stand-in for old clients: Vietnamese letters lose their marks (đ → d), anything else
 * outside printable ASCII, and the quote and backslash that would end the header's string, become _. */
export function asciiFallback(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
}

/** RFC 5987 / 6266: UTF-8, percent-encoded, with the characters encodeURIComponent leaves that the
 * header grammar does not allow as well. */
export function encodeRfc5987(name: string): string {
  return encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** `attachment; filename="…"; filename*=UTF-8''…` (or `inline`). */
export function contentDisposition(name: string, disposition: 'attachment' | 'inline' = 'attachment'): string {
  return `${disposition}; filename="${asciiFallback(name)}"; filename*=UTF-8''${encodeRfc5987(name)}`;
}

/** What an attachment may do should a browser render it anyway: nothing (no script, no fetch, an
 * opaque origin). next.config.mjs leaves the download paths out of the site-wide policy so that this holds. */
export const ATTACHMENT_CSP = "default-src 'none'; sandbox";

/** A plain-text answer that no cache keeps and no browser sniffs. */
export function plainResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'cache-control': 'private, no-store', 'x-content-type-options': 'nosniff', 'content-type': 'text/plain; charset=utf-8' } });
}

/** Missing and forbidden look the same: an id reveals nothing (S3). */
export function notFoundResponse(): Response {
  return plainResponse(404, 'Not found');
}
