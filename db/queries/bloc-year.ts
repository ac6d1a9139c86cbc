import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { Viewer } from '@/lib/policy/viewer';
import { getDb } from '../client';
import { agreementAcceptances, blocTerms, blocs, units, users } from '../schema';
import { blocLeadOf, memberUnitOf } from './bloc-access';
import { loadCurrentAgreement, membersOf, resolveBlocTerm, type AgreementHead } from './agreements';
import { getScoreboard, scoringProgress, type BoardRow } from './bloc-scoring';

export interface BlocYear {
  term: {
    id: number;
    year: number;
    nameVi: string;
    nameEn: string;
    agreementSignedOn: string | null;
    midYearReviewOn: string | null;
    yearEndReviewOn: string | null;
    scoringClosedAt: Date | null;
    peerScoring: boolean;
  };
  /** Other bloc-years the viewer belongs to, for the switcher. */
  choices: { id: number; year: number; nameVi: string; nameEn: string }[];
  /** How the viewer takes part: as a lead, as a member unit, or reading. */
  viewerAs: 'head' | 'deputy' | 'member' | 'reader';
  agreement: (AgreementHead & { acceptances: { unitId: number; unitVi: string; unitEn: string; acceptedBy: string; acceptedAt: Date }[] }) | null;
  members: {
    unitId: number;
    nameVi: string;
    nameEn: string;
    position: 'head' | 'deputy' | 'member';
    accepted: boolean;
    selfScored: number;
    leadScored: number;
    rows: number;
  }[];
  /** The ranking, once scoring has closed. */
  scoreboard: BoardRow[];
}

/** The bloc-year at a glance: members, agreement, calendar, progress and (once closed) the ranking.
 * Caller: the bloc's leads, its member units' officers and heads, an appraiser or auditor. */
export async function getBlocYear(viewer: Viewer, termId?: number | null): Promise<BlocYear | null> {
  const db = await getDb();
  const resolved = await resolveBlocTerm(db, viewer, termId);
  if (!resolved) return null;
  const { term, choices } = resolved;
  const [dates] = await db
    .select({ agreementSignedOn: blocTerms.agreementSignedOn, midYearReviewOn: blocTerms.midYearReviewOn, yearEndReviewOn: blocTerms.yearEndReviewOn })
    .from(blocTerms)
    .where(eq(blocTerms.id, term.id));
  const [members, agreement, choiceRows] = await Promise.all([
    membersOf(db, term),
    loadCurrentAgreement(db, term.id),
    choices.length
      ? db.select({ id: blocTerms.id, year: blocTerms.year, nameVi: blocs.nameVi, nameEn: blocs.nameEn }).from(blocTerms).innerJoin(blocs, eq(blocs.id, blocTerms.blocId)).where(inArray(blocTerms.id, choices))
      : Promise.resolve([]),
  ]);
  const acceptances = agreement
    ? await db
        .select({ unitId: agreementAcceptances.unitId, unitVi: units.nameVi, unitEn: units.nameEn, acceptedBy: users.displayName, acceptedAt: agreementAcceptances.acceptedAt })
        .from(agreementAcceptances)
        .innerJoin(units, eq(units.id, agreementAcceptances.unitId))
        .innerJoin(users, eq(users.id, agreementAcceptances.acceptedBy))
        .where(and(eq(agreementAcceptances.agreementId, agreement.id)))
        .orderBy(agreementAcceptances.acceptedAt)
    : [];
  const progress = agreement ? await scoringProgress(db, term, agreement.id) : new Map<number, { self: number; lead: number; rows: number }>();
  const board = term.scoringClosedAt ? ((await getScoreboard(viewer, term.id))?.ranked ?? []) : [];
  const lead = blocLeadOf(viewer, term);
  const position = (id: number) => (id === term.headUnitId ? ('head' as const) : id === term.deputyUnitId ? ('deputy' as const) : ('member' as const));
  const order = ['head', 'deputy', 'member'];
  return {
    term: { id: term.id, year: term.year, nameVi: term.nameVi, nameEn: term.nameEn, ...dates!, scoringClosedAt: term.scoringClosedAt, peerScoring: term.peerScoring },
    choices: choiceRows.sort((a, b) => b.year - a.year || a.nameVi.localeCompare(b.nameVi, 'vi')),
    viewerAs: lead ? lead.kind : memberUnitOf(viewer, term) ? 'member' : 'reader',
    agreement: agreement ? { ...agreement, acceptances } : null,
    members: members
      .map((m) => {
        const p = progress.get(m.unitId);
        return { ...m, position: position(m.unitId), accepted: acceptances.some((a) => a.unitId === m.unitId), selfScored: p?.self ?? 0, leadScored: p?.lead ?? 0, rows: p?.rows ?? 0 };
      })
      .sort((a, b) => order.indexOf(a.position) - order.indexOf(b.position)),
    scoreboard: board,
  };
}
