import 'server-only';
import { and, count, eq, inArray, sql } from 'drizzle-orm';
import type { Viewer } from '@/lib/policy/viewer';
import { getDb } from '../client';
import { agreementAcceptances, agreements, blocBallotSessions, blocMemberships, blocTerms, blocs, units, users } from '../schema';
import { blocLeadOf, memberUnitOf, provinceBlocTermsOf } from './bloc-access';
import { currentYear, loadCurrentAgreement, membersOf, resolveBlocTerm, type AgreementHead } from './agreements';
import { getScoreboard, scoringProgress, type BoardRow } from './bloc-scoring';
import { calledRounds } from './bloc-settings';

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
    ballotThresholdPct: string;
    ballotThresholdStrict: boolean;
    /** The ballot's rule can change until the first session is called. */
    ballotRulesLocked: boolean;
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
    term: {
      id: term.id,
      year: term.year,
      nameVi: term.nameVi,
      nameEn: term.nameEn,
      ...dates!,
      scoringClosedAt: term.scoringClosedAt,
      peerScoring: term.peerScoring,
      ballotThresholdPct: term.ballotThresholdPct,
      ballotThresholdStrict: term.ballotThresholdStrict,
      ballotRulesLocked: ((await db.select({ n: count() }).from(blocBallotSessions).where(calledRounds(term.id)))[0]?.n ?? 0) > 0,
    },
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

export interface BlocYearChoice {
  id: number;
  year: number;
  nameVi: string;
  nameEn: string;
  headVi: string;
  headEn: string;
  members: number;
  /** The current agreement's version; null while the bloc-year has none. */
  agreementVersion: number | null;
  scoringClosed: boolean;
}

/** For an appraiser or auditor, who belongs to no bloc: the province's bloc-years of the current year
 * (or the newest year that has any), to choose one from. Empty for anyone else. */
export async function getBlocYearChoices(viewer: Viewer): Promise<BlocYearChoice[]> {
  const db = await getDb();
  const terms = await provinceBlocTermsOf(db, viewer, currentYear());
  if (terms.length === 0) return [];
  const ids = terms.map((t) => t.id);
  const [rows, versions, sizes] = await Promise.all([
    db
      .select({ id: blocTerms.id, headVi: units.nameVi, headEn: units.nameEn, scoringClosedAt: blocTerms.scoringClosedAt })
      .from(blocTerms)
      .innerJoin(units, eq(units.id, blocTerms.headUnitId))
      .where(inArray(blocTerms.id, ids)),
    db
      .select({ termId: agreements.blocTermId, version: sql<number>`max(${agreements.version})`.mapWith(Number) })
      .from(agreements)
      .where(inArray(agreements.blocTermId, ids))
      .groupBy(agreements.blocTermId),
    db
      .select({ termId: blocMemberships.blocTermId, n: sql<number>`count(*)`.mapWith(Number) })
      .from(blocMemberships)
      .where(inArray(blocMemberships.blocTermId, ids))
      .groupBy(blocMemberships.blocTermId),
  ]);
  return terms.map((t) => {
    const row = rows.find((r) => r.id === t.id);
    return {
      ...t,
      headVi: row?.headVi ?? '',
      headEn: row?.headEn ?? '',
      members: sizes.find((m) => m.termId === t.id)?.n ?? 0,
      agreementVersion: versions.find((v) => v.termId === t.id)?.version ?? null,
      scoringClosed: !!row?.scoringClosedAt,
    };
  });
}
