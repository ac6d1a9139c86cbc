import { randomUUID } from 'node:crypto';
import { getCurrentUser } from '@/db/queries/current-user';
import { documentFonts } from '@/db/queries/document-fonts';
import { getSubmissionLetterFacts } from '@/db/queries/upward-proposals';
import { renderPdf } from '@/lib/documents/render-pdf';
import { upwardSubmissionDocument } from '@/lib/documents/upward-submission';
import { contentDisposition, notFoundResponse, plainResponse } from '@/lib/http/download';

export const dynamic = 'force-dynamic';

/** The province's submission letter (tờ trình) of a proposal upward, as PDF, for anyone who may read
 * the nomination it proposes; anyone else, and any id that does not exist, gets the same 404 (S3). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const viewer = await getCurrentUser();
  if (!viewer) return plainResponse(401, 'Sign in first');
  const raw = (await params).id;
  const id = /^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(id)) return notFoundResponse();
  try {
    const facts = await getSubmissionLetterFacts(viewer, id);
    if (!facts) return notFoundResponse();
    const doc = upwardSubmissionDocument(facts);
    const bytes = await renderPdf(doc, await documentFonts(), { title: `${doc.title} – ${doc.subtitle}`, subject: doc.footer });
    const name = `Tờ trình ${facts.submissionNumber.replace(/\//g, '-')}.pdf`;
    return new Response(new Uint8Array(bytes), {
      status: 200,
      headers: {
        'content-type': 'application/pdf',
        'content-length': String(bytes.byteLength),
        'content-disposition': contentDisposition(name),
        'cache-control': 'private, no-store',
        'x-content-type-options': 'nosniff',
      },
    });
  } catch (error) {
    const reference = randomUUID().slice(0, 8);
    console.error(`[laurel] submission letter failed (ref ${reference})`, error);
    return plainResponse(500, `The letter could not be generated (reference ${reference}).`);
  }
}
