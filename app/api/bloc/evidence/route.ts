import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { getCurrentUser } from '@/db/queries/current-user';
import { uploadMaxBytes } from '@/db/queries/documents';
import { uploadScoreEvidence } from '@/db/queries/score-evidence';
import { SCORE_AS } from '@/lib/validation/bloc';
import { WorkflowError } from '@/lib/workflow/refusals';
import { codeOf, isSameOrigin, statusOf } from './shared';
import { clientAddressOf } from '@/lib/http/client-address';

export const dynamic = 'force-dynamic';

const id = z.coerce.number().int().positive().max(2_147_483_647);
const ZEvidenceTarget = z.strictObject({ termId: id, criterionId: id, scoredUnitId: id, scorerKind: z.enum(SCORE_AS) });

type Failure = { ok: false; error: string; reference?: string };

function fail(status: number, error: string, extra: Partial<Failure> = {}): Response {
  return Response.json({ ok: false, error, ...extra } satisfies Failure, { status, headers: { 'cache-control': 'no-store' } });
}

/** The body, refused at its end if it is not the length declared: a cut-off file is never stored. */
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
    await reader.cancel().catch(() => {});
  }
  if (received !== declared) throw new WorkflowError('invalid_input', { reason: 'file_incomplete' });
}

/** Attaches one evidence file to a score: `?termId=&criterionId=&scoredUnitId=&scorerKind=` name the
 * score, the raw body is the file and `x-file-name` its URL-encoded name (no multipart), streamed
 * into the size cap and the hash as a dossier file is. */
export async function POST(request: Request): Promise<Response> {
  if (!isSameOrigin(request)) return fail(403, 'cross_site');
  const viewer = await getCurrentUser();
  if (!viewer) return fail(401, 'signed_out');
  const search = new URL(request.url).searchParams;
  const parsed = ZEvidenceTarget.safeParse({
    termId: search.get('termId') ?? undefined,
    criterionId: search.get('criterionId') ?? undefined,
    scoredUnitId: search.get('scoredUnitId') ?? undefined,
    scorerKind: search.get('scorerKind') ?? undefined,
  });
  if (!parsed.success) return fail(400, 'invalid_input');
  let fileName: string;
  try {
    fileName = decodeURIComponent(request.headers.get('x-file-name') ?? '');
  } catch {
    return fail(400, 'file_name_invalid');
  }
  const maxBytes = uploadMaxBytes();
  const lengthHeader = request.headers.get('content-length');
  if (lengthHeader === null || !/^\d+$/.test(lengthHeader)) return fail(411, 'length_required');
  const declared = Number(lengthHeader);
  if (declared > maxBytes) return fail(413, 'file_too_large');
  if (declared === 0 || !request.body) return fail(400, 'file_empty');
  const ip = clientAddressOf(request.headers);
  try {
    const evidence = await uploadScoreEvidence(viewer, { ...parsed.data, fileName, stream: exactly(request.body, declared), maxBytes, ip });
    return Response.json({ ok: true, evidence: { id: evidence.id, fileName: evidence.fileName, sha256: evidence.sha256, sizeBytes: evidence.sizeBytes } }, { status: 201, headers: { 'cache-control': 'no-store' } });
  } catch (error) {
    if (error instanceof WorkflowError) return fail(statusOf(error), codeOf(error));
    // S13: the person gets a reference; the details stay in the server log.
    const reference = randomUUID().slice(0, 8);
    console.error(`[laurel] evidence upload failed (ref ${reference})`, error);
    return fail(500, 'unexpected', { reference });
  }
}
