import 'server-only';
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { RoleGrant, Viewer } from '@/lib/policy/viewer';
import { WorkflowError } from '@/lib/workflow/refusals';
import type { Db, Tx } from '../client';
import { blocMemberships, blocTerms, blocs } from '../schema';

/** One bloc-year as the access checks need it. */
export interface BlocTermFacts {
  id: number;
  blocId: number;
  year: number;
  headUnitId: number;
  deputyUnitId: number;
  peerScoring: boolean;
  ballotThresholdPct: string;
  ballotThresholdStrict: boolean;
  scoringClosedAt: Date | null;
  nameVi: string;
  nameEn: string;
  memberUnitIds: number[];
}

export async function loadBlocTerm(db: Db | Tx, termId: number): Promise<BlocTermFacts | null> {
  const [term] = await db
    .select({
      id: blocTerms.id,
      blocId: blocTerms.blocId,
      year: blocTerms.year,
      headUnitId: blocTerms.headUnitId,
      deputyUnitId: blocTerms.deputyUnitId,
      peerScoring: blocTerms.peerScoring,
      ballotThresholdPct: blocTerms.ballotThresholdPct,
      ballotThresholdStrict: blocTerms.ballotThresholdStrict,
      scoringClosedAt: blocTerms.scoringClosedAt,
      nameVi: blocs.nameVi,
      nameEn: blocs.nameEn,
    })
    .from(blocTerms)
    .innerJoin(blocs, eq(blocs.id, blocTerms.blocId))
    .where(eq(blocTerms.id, termId));
  if (!term) return null;
  const members = await db.select({ unitId: blocMemberships.unitId }).from(blocMemberships).where(eq(blocMemberships.blocTermId, termId));
  return { ...term, memberUnitIds: members.map((m) => m.unitId) };
}

/** The bloc-lead grant of `viewer` on this bloc-year, and which of the two lead units they speak for
 * (their own unit: the head's or the deputy's representative). Null when they hold none. */
export function blocLeadOf(viewer: Viewer, term: Pick<BlocTermFacts, 'id' | 'headUnitId' | 'deputyUnitId'>): { grant: RoleGrant; unitId: number; kind: 'head' | 'deputy' } | null {
  const grant = viewer.grants.find((g) => g.role === 'bloc_lead' && g.blocTermId === term.id);
  if (!grant || viewer.unitId === null) return null;
  if (viewer.unitId === term.headUnitId) return { grant, unitId: viewer.unitId, kind: 'head' };
  if (viewer.unitId === term.deputyUnitId) return { grant, unitId: viewer.unitId, kind: 'deputy' };
  return null;
}

/** The unit grant by which `viewer` acts for a member unit of this bloc-year (`roles`: which unit
 * roles count; accepting the agreement and voting are the head's, reporting and self-scoring the
 * officer's too). Null when they hold none. */
export function memberUnitOf(viewer: Viewer, term: Pick<BlocTermFacts, 'memberUnitIds'>, roles: readonly ('unit_head' | 'unit_officer')[] = ['unit_head', 'unit_officer']): { grant: RoleGrant; unitId: number } | null {
  const grant = viewer.grants.find((g) => (roles as readonly string[]).includes(g.role) && g.scopeKind === 'unit' && g.unitId !== null && term.memberUnitIds.includes(g.unitId));
  return grant ? { grant, unitId: grant.unitId! } : null;
}

/** Loads the bloc-year and checks that `viewer` may see it (its lead or one of its member units);
 * anything else is answered as missing (S3). */
export async function readableBlocTerm(db: Db | Tx, viewer: Viewer, termId: number): Promise<BlocTermFacts> {
  const term = await loadBlocTerm(db, termId);
  if (!term || (!blocLeadOf(viewer, term) && !memberUnitOf(viewer, term) && !viewer.grants.some((g) => g.role === 'auditor' || g.role === 'appraiser'))) throw new WorkflowError('not_found');
  return term;
}

/** The bloc-years `viewer` belongs to now (as lead or member unit), newest first. */
export async function blocTermsOf(db: Db, viewer: Viewer): Promise<number[]> {
  const fromLead = viewer.grants.filter((g) => g.role === 'bloc_lead' && g.blocTermId !== null).map((g) => g.blocTermId!);
  const unitIds = viewer.grants.filter((g) => (g.role === 'unit_head' || g.role === 'unit_officer') && g.unitId !== null).map((g) => g.unitId!);
  const fromUnits = unitIds.length
    ? (
        await db
          .select({ id: blocTerms.id, year: blocTerms.year })
          .from(blocMemberships)
          .innerJoin(blocTerms, eq(blocTerms.id, blocMemberships.blocTermId))
          .where(and(eq(blocMemberships.unitId, unitIds[0]!)))
      )
        .sort((a, b) => b.year - a.year)
        .map((t) => t.id)
    : [];
  return [...new Set([...fromLead, ...fromUnits])];
}

/** The province's overseers who may read every bloc-year of their province: appraisers and auditors. */
export function isBlocReader(viewer: Viewer): boolean {
  return viewer.grants.some((g) => g.role === 'auditor' || g.role === 'appraiser');
}

/** The bloc-years an appraiser or auditor may choose from: those of the blocs of their province in
 * `year`, or in the newest year that has any when `year` has none. Empty for anyone else. */
export async function provinceBlocTermsOf(db: Db | Tx, viewer: Viewer, year: number): Promise<{ id: number; year: number; nameVi: string; nameEn: string }[]> {
  const provinces = [...new Set(viewer.grants.filter((g) => (g.role === 'auditor' || g.role === 'appraiser') && g.scopeKind === 'province' && g.unitId !== null).map((g) => g.unitId!))];
  if (provinces.length === 0) return [];
  const rows = await db
    .select({ id: blocTerms.id, year: blocTerms.year, nameVi: blocs.nameVi, nameEn: blocs.nameEn })
    .from(blocTerms)
    .innerJoin(blocs, eq(blocs.id, blocTerms.blocId))
    .where(inArray(blocs.provinceUnitId, provinces))
    .orderBy(desc(blocTerms.year));
  const shown = rows.some((r) => r.year === year) ? year : rows.find((r) => r.year < year)?.year ?? rows[0]?.year;
  return rows.filter((r) => r.year === shown).sort((a, b) => a.nameVi.localeCompare(b.nameVi, 'vi'));
}
