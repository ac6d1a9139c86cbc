import { z } from 'zod';

// The appraisal queue's filters live in the URL (ux.md: shareable). A link typed by hand or kept from
// an older version must still open the queue: a value that does not parse falls back to its default
// instead of failing the page.

export const QUEUE_STATUSES = ['appraisal', 'on_hold'] as const;
export type QueueStatus = (typeof QUEUE_STATUSES)[number];

/** Time left (working days), the day the complete dossier arrived, the award's name. */
export const QUEUE_SORTS = ['left', 'received', 'award'] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];

export const QUEUE_PAGE_SIZE = 25;

const optionalId = z.coerce.number().int().positive().optional().catch(undefined);
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

export const ZAppraisalQueueQuery = z.object({
  status: z.preprocess(first, z.enum(QUEUE_STATUSES).catch('appraisal')),
  round: z.preprocess(first, optionalId),
  award: z.preprocess(first, z.string().regex(/^[a-z_]{1,64}$/).optional().catch(undefined)),
  bloc: z.preprocess(first, optionalId),
  unit: z.preprocess(first, optionalId),
  overdue: z.preprocess(first, z.literal('1').optional().catch(undefined)),
  q: z.preprocess(first, z.string().trim().max(100).optional().catch(undefined)).transform((q) => (q ? q : undefined)),
  sort: z.preprocess(first, z.enum(QUEUE_SORTS).catch('left')),
  dir: z.preprocess(first, z.enum(['asc', 'desc']).catch('asc')),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(10_000).catch(1)),
});
export type AppraisalQueueQuery = z.infer<typeof ZAppraisalQueueQuery>;

/** The query of a URL's search parameters; anything unreadable takes its default. */
export function parseAppraisalQueueQuery(params: Record<string, string | string[] | undefined>): AppraisalQueueQuery {
  return ZAppraisalQueueQuery.parse(params);
}

/** The filters that narrow the queue (not its status, order or page): an empty queue with none of
 * them set means there is nothing to appraise, not that the filters hide everything. */
export function hasQueueFilters(query: AppraisalQueueQuery): boolean {
  return query.round !== undefined || query.award !== undefined || query.bloc !== undefined || query.unit !== undefined || query.overdue !== undefined || query.q !== undefined;
}

/** The URL of the queue for `query` with `change` applied; defaults are left out to keep links short. */
export function queueHref(query: AppraisalQueueQuery, change: Partial<AppraisalQueueQuery> = {}): string {
  const next = { ...query, ...change };
  const params = new URLSearchParams();
  if (next.status !== 'appraisal') params.set('status', next.status);
  if (next.round !== undefined) params.set('round', String(next.round));
  if (next.award !== undefined) params.set('award', next.award);
  if (next.bloc !== undefined) params.set('bloc', String(next.bloc));
  if (next.unit !== undefined) params.set('unit', String(next.unit));
  if (next.overdue !== undefined) params.set('overdue', next.overdue);
  if (next.q !== undefined) params.set('q', next.q);
  if (next.sort !== 'left') params.set('sort', next.sort);
  if (next.dir !== 'asc') params.set('dir', next.dir);
  if (next.page > 1) params.set('page', String(next.page));
  const search = params.toString();
  return search ? `/appraisal?${search}` : '/appraisal';
}
