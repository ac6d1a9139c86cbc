import { randomUUID } from 'node:crypto';
import { getCurrentUser } from '@/db/queries/current-user';
import { readDecisionDocument } from '@/db/queries/decision-pages';
import { contentDisposition, notFoundResponse, plainResponse } from '@/lib/http/download';

export const dynamic = 'force-dynamic';

/** The decision's PDF for the approver, auditor and appraiser of its province: an issued decision's
 * stored document (its SHA-256 checked again and sent as x-content-sha256), or a draft's preview
 * rendered now and stamped "DỰ THẢO". Missing and forbidden look the same (S3). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const viewer = await getCurrentUser();
  if (!viewer) return plainResponse(401, 'Sign in first');
  const raw = (await params).id;
  const id = /^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(id)) return notFoundResponse();
  try {
    const file = await readDecisionDocument(viewer, id);
    if (!file) return notFoundResponse();
    return new Response(new Uint8Array(file.bytes), {
      status: 200,
      headers: {
        'content-type': 'application/pdf',
        'content-length': String(file.bytes.byteLength),
        'content-disposition': contentDisposition(file.fileName),
        'cache-control': 'private, no-store',
        'x-content-type-options': 'nosniff',
        'x-content-sha256': file.sha256,
        ...(file.draft ? { 'x-laurel-draft': '1' } : {}),
      },
    });
  } catch (error) {
    const reference = randomUUID().slice(0, 8);
    console.error(`[laurel] decision document failed (ref ${reference})`, error);
    return plainResponse(500, `The document could not be delivered (reference ${reference}).`);
  }
}
