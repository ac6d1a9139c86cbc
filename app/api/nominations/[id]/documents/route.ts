import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { getCurrentUser } from '@/db/queries/current-user';
import { uploadDocument, uploadMaxBytes } from '@/db/queries/documents';
import { DOCUMENT_KINDS } from '@/lib/domain/constants';
import { WorkflowError } from '@/lib/workflow/refusals';
import { clientAddressOf } from '@/lib/http/client-address';

export const dynamic = 'force-dynamic';

const ZUploadTarget = z.strictObject({
  nominationId: z.coerce.number().int().positive(),
  kind: z.enum(DOCUMENT_KINDS),
  /** A live document of this nomination, of the same kind, that the file replaces. */
  replaces: z.coerce.number().int().positive().max(2_147_483_647).optional(),
});

type Failure = { ok: false; error: string; reference?: string };

function fail(status: number, error: string, extra: Partial<Failure> = {}): Response {
  return Response.json({ ok: false, error, ...extra } satisfies Failure, { status, headers: { 'cache-control': 'no-store' } });
}

/** S7: only the app's own pages may upload. A cross-site request (a foreign, `null` or missing
 * Origin) is refused before anything is read. Like Next's own server-action check, the host is
 * compared with the Host (or X-Forwarded-Host) the request arrived under, because behind a TLS
 * terminating proxy the URL this server sees has another scheme than the browser's. */
function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (!origin || origin === 'null') return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  const host = request.headers.get('x-forwarded-host')?.split(',')[0]?.trim() || request.headers.get('host') || new URL(request.url).host;
  return originHost === host;
}

function statusOf(error: WorkflowError): number {
  switch (error.refusal) {
    case 'not_found':
      return 404;
    case 'role_not_permitted':
    case 'out_of_scope':
      return 403;
    case 'not_in_status':
      return 409;
    default:
      // The document to replace was removed or replaced meanwhile: the page is stale.
      if (error.params.reason === 'replaced_document_gone') return 409;
      return error.params.reason === 'file_too_large' ? 413 : error.params.reason === 'file_type_not_allowed' ? 415 : 400;
  }
}

/** The body, refused at its end if it is not the length declared. Next's proxy (proxy.ts) buffers a
 * request body it matches up to experimental.proxyClientMaxBodySize (10 MB by default) and passes on
 * only that much, and a dropped connection also ends a body early: a cut-off file must never be
 * stored as if it were the one the person chose. The error is thrown before anything is written. */
async function* exactly(body: ReadableStream<Uint8Array>, declared: number): AsyncGenerator<Uint8Array> {
  const reader = body.getReader();
  let received = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      yield value;
    }
  } finally {
    // Also reached when the reader of this generator stops early (the size cap): stop the upload too.
    await reader.cancel().catch(() => {});
  }
  if (received !== declared) throw new WorkflowError('invalid_input', { reason: 'file_incomplete' });
}

/** Uploads one dossier file. The raw body is the file (no multipart), `?kind=` names the document
 * kind, the optional `?replaces=` the id of the document it replaces, and `x-file-name` the
 * URL-encoded file name: the body streams straight into the size cap and the hash, and is never
 * buffered whole before it is known to fit. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  if (!isSameOrigin(request)) return fail(403, 'cross_site');
  const viewer = await getCurrentUser();
  if (!viewer) return fail(401, 'signed_out');
  const search = new URL(request.url).searchParams;
  const parsed = ZUploadTarget.safeParse({ nominationId: (await params).id, kind: search.get('kind') ?? undefined, replaces: search.get('replaces') ?? undefined });
  if (!parsed.success) return fail(400, 'invalid_input');
  let fileName: string;
  try {
    fileName = decodeURIComponent(request.headers.get('x-file-name') ?? '');
  } catch {
    return fail(400, 'file_name_invalid');
  }
  const maxBytes = uploadMaxBytes();
  // The length must be declared (a browser sending a File always does). Over the cap it is refused
  // at once; the cap is enforced again while streaming, whatever the header says.
  const lengthHeader = request.headers.get('content-length');
  if (lengthHeader === null || !/^\d+$/.test(lengthHeader)) return fail(411, 'length_required');
  const declared = Number(lengthHeader);
  if (declared > maxBytes) return fail(413, 'file_too_large');
  if (declared === 0 || !request.body) return fail(400, 'file_empty');
  const ip = clientAddressOf(request.headers);
  try {
    const document = await uploadDocument(viewer, { ...parsed.data, fileName, stream: exactly(request.body, declared), maxBytes, ip });
    return Response.json(
      { ok: true, document: { id: document.id, sha256: document.sha256, sizeBytes: document.sizeBytes, replacedId: document.replacedId } },
      { status: 201, headers: { 'cache-control': 'no-store' } },
    );
  } catch (error) {
    if (error instanceof WorkflowError) {
      const code = error.refusal === 'invalid_input' && typeof error.params.reason === 'string' ? error.params.reason : error.refusal;
      return fail(statusOf(error), code);
    }
    // S13: the person gets a reference; the details stay in the server log.
    const reference = randomUUID().slice(0, 8);
    console.error(`[laurel] upload failed (ref ${reference})`, error);
    return fail(500, 'unexpected', { reference });
  }
}
