import { randomUUID } from 'node:crypto';
import { getCurrentUser } from '@/db/queries/current-user';
import { readScoreEvidenceForDownload, removeScoreEvidence } from '@/db/queries/score-evidence';
import { ATTACHMENT_CSP, contentDisposition, notFoundResponse as notFound } from '@/lib/http/download';
import { WorkflowError } from '@/lib/workflow/refusals';
import { codeOf, isSameOrigin, statusOf } from '../shared';
import { clientAddressOf } from '@/lib/http/client-address';

export const dynamic = 'force-dynamic';


const idOf = async (params: Promise<{ id: string }>) => {
  const raw = (await params).id;
  return /^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : NaN;
};

/** Downloads one score's evidence file for someone who may read its bloc-year (S3, S8): always an
 * attachment, never sniffed, never cached by a shared cache, sandboxed; 404 for anyone else. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const viewer = await getCurrentUser();
  if (!viewer) return new Response('Sign in first', { status: 401, headers: { 'cache-control': 'private, no-store' } });
  const id = await idOf(params);
  if (!Number.isSafeInteger(id)) return notFound();
  try {
    const file = await readScoreEvidenceForDownload(viewer, id);
    if (!file) return notFound();
    return new Response(new Uint8Array(file.bytes), {
      status: 200,
      headers: {
        'content-type': file.contentType,
        'content-length': String(file.bytes.byteLength),
        'content-disposition': contentDisposition(file.fileName),
        'x-content-type-options': 'nosniff',
        'cache-control': 'private, no-store',
        'content-security-policy': ATTACHMENT_CSP,
        'x-content-sha256': file.sha256,
      },
    });
  } catch (error) {
    const reference = randomUUID().slice(0, 8);
    console.error(`[laurel] evidence download failed (ref ${reference})`, error);
    return new Response(`Error. Reference: ${reference}`, { status: 500, headers: { 'cache-control': 'private, no-store', 'content-type': 'text/plain; charset=utf-8' } });
  }
}

/** Removes one evidence file while scoring is open (the people who may attach it). Same origin only. */
export async function DELETE(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const headers = { 'cache-control': 'no-store' };
  if (!isSameOrigin(request)) return Response.json({ ok: false, error: 'cross_site' }, { status: 403, headers });
  const viewer = await getCurrentUser();
  if (!viewer) return Response.json({ ok: false, error: 'signed_out' }, { status: 401, headers });
  const id = await idOf(params);
  if (!Number.isSafeInteger(id)) return Response.json({ ok: false, error: 'not_found' }, { status: 404, headers });
  const ip = clientAddressOf(request.headers);
  try {
    await removeScoreEvidence(viewer, id, ip);
    return Response.json({ ok: true }, { status: 200, headers });
  } catch (error) {
    if (error instanceof WorkflowError) return Response.json({ ok: false, error: codeOf(error) }, { status: statusOf(error), headers });
    const reference = randomUUID().slice(0, 8);
    console.error(`[laurel] evidence removal failed (ref ${reference})`, error);
    return Response.json({ ok: false, error: 'unexpected', reference }, { status: 500, headers });
  }
}
