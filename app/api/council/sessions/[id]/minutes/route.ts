import { randomUUID } from 'node:crypto';
import { getCurrentUser } from '@/db/queries/current-user';
import { getCouncilMinutes } from '@/db/queries/council-views';
import { documentFonts } from '@/db/queries/document-fonts';
import { councilMinutesDocument } from '@/lib/documents/council-minutes';
import { renderDocx } from '@/lib/documents/render-docx';
import { renderPdf } from '@/lib/documents/render-pdf';
import { contentDisposition, notFoundResponse, plainResponse } from '@/lib/http/download';
import { WorkflowError } from '@/lib/workflow/refusals';

export const dynamic = 'force-dynamic';

const TYPES = { pdf: 'application/pdf', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' } as const;

/** The minutes of a council session as PDF or Word (`?format=pdf|docx`), in Vietnamese, for the
 * province's council secretary, approvers, appraisers and auditors (authorized in the data access
 * layer: anyone else gets the same 404 as a missing session). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const viewer = await getCurrentUser();
  if (!viewer) return plainResponse(401, 'Sign in first');
  const raw = (await params).id;
  const id = /^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : NaN;
  const format = new URL(request.url).searchParams.get('format') ?? 'pdf';
  if (!Number.isSafeInteger(id) || (format !== 'pdf' && format !== 'docx')) return notFoundResponse();
  try {
    const minutes = await getCouncilMinutes(viewer, id);
    const doc = councilMinutesDocument(minutes);
    const meta = { title: `${doc.title} – ${doc.subtitle}`, subject: minutes.councilName };
    const bytes = format === 'pdf' ? await renderPdf(doc, await documentFonts(), meta) : new Uint8Array(await renderDocx(doc, meta));
    const [y, m, d] = minutes.heldOn.split('-');
    return new Response(new Uint8Array(bytes), {
      status: 200,
      headers: {
        'content-type': TYPES[format],
        'content-length': String(bytes.byteLength),
        'content-disposition': contentDisposition(`Biên bản phiên họp Hội đồng ${d}-${m}-${y}.${format}`),
        'cache-control': 'private, no-store',
        'x-content-type-options': 'nosniff',
      },
    });
  } catch (error) {
    if (error instanceof WorkflowError) return notFoundResponse();
    const reference = randomUUID().slice(0, 8);
    console.error(`[laurel] council minutes failed (ref ${reference})`, error);
    return plainResponse(500, `The minutes could not be generated (reference ${reference}).`);
  }
}
