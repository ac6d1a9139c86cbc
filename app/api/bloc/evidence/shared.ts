import type { WorkflowError } from '@/lib/workflow/refusals';

/** S7: only the app's own pages may upload (as app/api/nominations/[id]/documents/route.ts). */
export function isSameOrigin(request: Request): boolean {
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

export function statusOf(error: WorkflowError): number {
  switch (error.refusal) {
    case 'not_found':
      return 404;
    case 'role_not_permitted':
    case 'out_of_scope':
    case 'score_own_unit':
    case 'peer_scoring_disabled':
      return 403;
    case 'scoring_closed':
    case 'no_agreement':
      return 409;
    default:
      return error.params.reason === 'file_too_large' ? 413 : error.params.reason === 'file_type_not_allowed' ? 415 : 400;
  }
}

/** The code a refusal is answered with: the upload's reason, or the refusal itself. */
export function codeOf(error: WorkflowError): string {
  return error.refusal === 'invalid_input' && typeof error.params.reason === 'string' ? error.params.reason : error.refusal;
}
