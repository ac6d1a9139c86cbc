import { randomUUID } from 'node:crypto';
import { getCurrentUser } from '@/db/queries/current-user';
import { readCertificate } from '@/db/queries/decision-pages';
import { contentDisposition, notFoundResponse, plainResponse } from '@/lib/http/download';

export const dynamic = 'force-dynamic';

/** One recipient's certificate as PDF, for readers of the decision's province and the staff of the
 * recipient's unit. Missing and forbidden look the same (S3). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; recipientId: string }> }): Promise<Response> {
  const viewer = await getCurrentUser();
  if (!viewer) return plainResponse(401, 'Sign in first');
  const { id: rawId, recipientId: rawRecipient } = await params;
  const valid = (raw: string) => (/^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : NaN);
  const id = valid(rawId);
  const recipientId = valid(rawRecipient);
  if (!Number.isSafeInteger(id) || !Number.isSafeInteger(recipientId)) return notFoundResponse();
  try {
    const file = await readCertificate(viewer, id, recipientId);
    if (!file) return notFoundResponse();
    return new Response(new Uint8Array(file.bytes), {
      status: 200,
      headers: {
        'content-type': 'application/pdf',
        'content-length': String(file.bytes.byteLength),
        'content-disposition': contentDisposition(file.fileName),
        'cache-control': 'private, no-store',
        'x-content-type-options': 'nosniff',
      },
    });
  } catch (error) {
    const reference = randomUUID().slice(0, 8);
    console.error(`[laurel] certificate failed (ref ${reference})`, error);
    return plainResponse(500, `The certificate could not be generated (reference ${reference}).`);
  }
}
