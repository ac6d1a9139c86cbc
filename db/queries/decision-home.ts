import 'server-only';
import { and, asc, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { RoleGrant } from '@/lib/policy/viewer';
import { AWAITING_DECISION } from '@/lib/workflow/status-groups';
import { getDb } from '../client';
import { awardTypes, decisionItems, decisions, nominations } from '../schema';
import { selectNominationSummaries, type NominationSummary } from './nomination-summary';
import { unitSubtree } from './unit-tree';

export interface ApproverHome {
  /** Nominations awaiting a decision in the province, by award, each with the draft that holds it. */
  byAward: { awardVi: string; awardEn: string; items: (NominationSummary & { draft: { id: number; number: string } | null })[] }[];
  drafts: { id: number; number: string; signedOn: string | null; items: number }[];
  issued: { id: number; number: string; signedOn: string | null; recipients: number; revoked: number }[];
}

/** The approver's home (ux.md): nominations awaiting a decision grouped by award (not those proposed
 * upward: the central body decides them), the draft decisions, the decisions issued lately. Caller:
 * the approver of the province (`grant`). */
export async function getApproverHome(grant: RoleGrant): Promise<ApproverHome | null> {
  if (grant.role !== 'approver' || grant.scopeKind !== 'province' || grant.unitId === null) return null;
  const db = await getDb();
  const provinceId = grant.unitId;
  const subtree = await unitSubtree(db, [provinceId]);
  const [awaiting, drafts, issued] = await Promise.all([
    selectNominationSummaries(db)
      .where(and(eq(nominations.status, AWAITING_DECISION), inArray(nominations.proposingUnitId, subtree), ne(awardTypes.reviewBody, 'upward')))
      .orderBy(asc(awardTypes.id), asc(nominations.reference))
      .limit(100),
    db
      .select({
        id: decisions.id,
        number: decisions.number,
        signedOn: decisions.signedOn,
        items: sql<number>`(select count(*) from decision_items di where di.decision_id = "decisions"."id")`.mapWith(Number),
      })
      .from(decisions)
      .where(and(eq(decisions.issuerUnitId, provinceId), eq(decisions.state, 'draft')))
      .orderBy(desc(decisions.id)),
    db
      .select({
        id: decisions.id,
        number: decisions.number,
        signedOn: decisions.signedOn,
        recipients: sql<number>`(select count(*) from decision_recipients dr where dr.decision_id = "decisions"."id")`.mapWith(Number),
        revoked: sql<number>`(select count(*) from decision_recipients dr where dr.decision_id = "decisions"."id" and dr.revoked_on is not null)`.mapWith(Number),
      })
      .from(decisions)
      .where(and(eq(decisions.issuerUnitId, provinceId), eq(decisions.state, 'issued')))
      .orderBy(desc(decisions.signedOn), desc(decisions.id))
      .limit(5),
  ]);
  const held =
    awaiting.length === 0
      ? []
      : await db
          .select({ nominationId: decisionItems.nominationId, id: decisions.id, number: decisions.number })
          .from(decisionItems)
          .innerJoin(decisions, eq(decisions.id, decisionItems.decisionId))
          .where(and(eq(decisions.state, 'draft'), inArray(decisionItems.nominationId, awaiting.map((a) => a.id))));
  const byAward: ApproverHome['byAward'] = [];
  for (const item of awaiting) {
    let group = byAward.find((g) => g.awardVi === item.awardVi);
    if (!group) {
      group = { awardVi: item.awardVi, awardEn: item.awardEn, items: [] };
      byAward.push(group);
    }
    const draft = held.find((h) => h.nominationId === item.id);
    group.items.push({ ...item, draft: draft ? { id: draft.id, number: draft.number } : null });
  }
  return { byAward, drafts, issued };
}
