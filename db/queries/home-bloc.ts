import 'server-only';
import { and, count, desc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { RoleGrant } from '@/lib/policy/viewer';
import { BLOC_REVIEW } from '@/lib/workflow/status-groups';
import { getDb } from '../client';
import { agreementAcceptances, agreements, blocMemberships, blocTerms, blocs, nominations, units } from '../schema';
import { selectNominationSummaries, type NominationSummary } from './nomination-summary';

const headUnit = alias(units, 'head_unit');
const deputyUnit = alias(units, 'deputy_unit');

export interface BlocHome {
  blocNameVi: string;
  blocNameEn: string;
  year: number;
  headVi: string;
  headEn: string;
  deputyVi: string;
  deputyEn: string;
  members: { unitId: number; nameVi: string; nameEn: string; position: 'head' | 'deputy' | 'member'; nominations: number; acceptedAgreement: boolean }[];
  agreement: { version: number; titleVi: string; titleEn: string; acceptances: number } | null;
  awaitingBloc: NominationSummary[];
}

/** The bloc-year at a glance for its lead (ux.md). Caller: a person holding bloc_lead on `grant`. */
export async function getBlocHome(grant: RoleGrant): Promise<BlocHome | null> {
  if (grant.role !== 'bloc_lead' || grant.blocTermId === null) return null;
  const db = await getDb();
  const termId = grant.blocTermId;
  const [term] = await db
    .select({
      blocNameVi: blocs.nameVi,
      blocNameEn: blocs.nameEn,
      year: blocTerms.year,
      headUnitId: blocTerms.headUnitId,
      deputyUnitId: blocTerms.deputyUnitId,
      headVi: headUnit.nameVi,
      headEn: headUnit.nameEn,
      deputyVi: deputyUnit.nameVi,
      deputyEn: deputyUnit.nameEn,
    })
    .from(blocTerms)
    .innerJoin(blocs, eq(blocs.id, blocTerms.blocId))
    .innerJoin(headUnit, eq(headUnit.id, blocTerms.headUnitId))
    .innerJoin(deputyUnit, eq(deputyUnit.id, blocTerms.deputyUnitId))
    .where(eq(blocTerms.id, termId));
  if (!term) return null;

  const [members, perUnit, [agreement], awaitingBloc] = await Promise.all([
    db
      .select({ unitId: units.id, nameVi: units.nameVi, nameEn: units.nameEn })
      .from(blocMemberships)
      .innerJoin(units, eq(units.id, blocMemberships.unitId))
      .where(eq(blocMemberships.blocTermId, termId))
      .orderBy(units.nameVi),
    db
      .select({ unitId: nominations.proposingUnitId, n: count() })
      .from(nominations)
      .where(eq(nominations.blocTermId, termId))
      .groupBy(nominations.proposingUnitId),
    db
      .select({ id: agreements.id, version: agreements.version, titleVi: agreements.titleVi, titleEn: agreements.titleEn })
      .from(agreements)
      .where(eq(agreements.blocTermId, termId))
      .orderBy(desc(agreements.version))
      .limit(1),
    selectNominationSummaries(db)
      .where(and(eq(nominations.blocTermId, termId), eq(nominations.status, BLOC_REVIEW)))
      .orderBy(nominations.submittedAt)
      .limit(20),
  ]);
  const accepted = agreement
    ? await db
        .select({ unitId: agreementAcceptances.unitId })
        .from(agreementAcceptances)
        .where(and(eq(agreementAcceptances.agreementId, agreement.id), inArray(agreementAcceptances.unitId, members.map((m) => m.unitId).concat(0))))
    : [];
  const acceptedSet = new Set(accepted.map((a) => a.unitId));
  const position = (unitId: number): BlocHome['members'][number]['position'] => (unitId === term.headUnitId ? 'head' : unitId === term.deputyUnitId ? 'deputy' : 'member');

  return {
    ...term,
    members: members
      .map((m) => ({ ...m, position: position(m.unitId), nominations: perUnit.find((p) => p.unitId === m.unitId)?.n ?? 0, acceptedAgreement: acceptedSet.has(m.unitId) }))
      .sort((a, b) => ['head', 'deputy', 'member'].indexOf(a.position) - ['head', 'deputy', 'member'].indexOf(b.position)),
    agreement: agreement ? { version: agreement.version, titleVi: agreement.titleVi, titleEn: agreement.titleEn, acceptances: acceptedSet.size } : null,
    awaitingBloc,
  };
}
