import { and, asc, count, eq, gte, inArray, isNotNull, isNull, lte, notExists, notInArray, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { expect, it } from 'vitest';
import { checkLink } from '@/lib/audit/chain';
import { NOMINATION_STATUSES } from '@/lib/domain/constants';
import { verifyPassword } from '@/lib/security/password';
import {
  agreementAcceptances,
  agreementCriteria,
  agreements,
  auditEvents,
  awardHistory,
  awardTypes,
  blocBallotSessions,
  blocMemberships,
  blocReports,
  blocs,
  blocTerms,
  councilMembers,
  councils,
  councilSessions,
  councilVotes,
  decisionRecipients,
  documents,
  indicators,
  nominations,
  people,
  reportFigures,
  roleAssignments,
  rounds,
  scores,
  unitLineage,
  units,
  users,
} from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { DEMO_TODAY } from '@/db/seed/dates';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@/db/seed/demo-accounts';
import { staffAccounts } from '@/db/seed/staff';
import { describeEachDatabase } from './harness';

// The demo seed's invariants, checked with real queries on the seeded database. Seeding twice is
// refused (not idempotent): the seed only goes into an empty database, and a refused second run
// leaves everything as it was.
describeEachDatabase(
  'demo seed',
  (get) => {
    const db = () => get().db;

    it('gives every bloc term a head and a different deputy among its members', async () => {
      const terms = await db().select().from(blocTerms);
      expect(terms.length).toBeGreaterThan(0);
      for (const term of terms) {
        const members = (await db().select({ unitId: blocMemberships.unitId }).from(blocMemberships).where(eq(blocMemberships.blocTermId, term.id))).map(
          (m) => m.unitId,
        );
        expect(members, `term ${term.id}`).toContain(term.headUnitId);
        expect(members, `term ${term.id}`).toContain(term.deputyUnitId);
        expect(term.headUnitId).not.toBe(term.deputyUnitId);
      }
      const [cluster] = await db()
        .select({ n: count() })
        .from(blocMemberships)
        .innerJoin(blocTerms, eq(blocTerms.id, blocMemberships.blocTermId))
        .innerJoin(blocs, eq(blocs.id, blocTerms.blocId))
        .where(and(eq(blocs.code, 'CUM-01'), eq(blocTerms.year, 2026)));
      expect(cluster?.n).toBe(10);
    });

    it('connects every district-level unit of old Ninh Bình by lineage to a unit of the merged province', async () => {
      const [province] = await db().select({ id: units.id }).from(units).where(eq(units.code, 'T-NINHBINH'));
      const districts = await db()
        .select({ id: units.id, code: units.code })
        .from(units)
        .where(
          and(
            eq(units.parentId, province?.id ?? -1),
            inArray(units.kind, ['district', 'city', 'town']),
            sql`${units.validFrom} <= '2023-01-01' and ${units.validTo} >= '2023-12-31'`,
          ),
        );
      expect(districts).toHaveLength(8);
      const successor = alias(units, 'successor');
      for (const district of districts) {
        const links = await db()
          .select({ code: successor.code })
          .from(unitLineage)
          .innerJoin(successor, eq(successor.id, unitLineage.toUnitId))
          .where(and(eq(unitLineage.fromUnitId, district.id), sql`(${successor.validTo} is null or ${successor.validTo} >= '2025-07-01')`));
        expect(links.length, district.code).toBeGreaterThan(0);
      }
    });

    it('gives every award type a legal basis and a valid, non-overlapping effective range', async () => {
      const types = await db().select().from(awardTypes).orderBy(asc(awardTypes.code), asc(awardTypes.version));
      expect(types.length).toBeGreaterThanOrEqual(7);
      for (const type of types) {
        expect(type.legalBasis.trim().length, type.code).toBeGreaterThan(0);
        expect(type.effectiveTo === null || type.effectiveTo >= type.effectiveFrom, `${type.code} v${type.version}`).toBe(true);
        const next = types.find((t) => t.code === type.code && t.version === type.version + 1);
        if (next) expect(type.effectiveTo !== null && type.effectiveTo < next.effectiveFrom, `${type.code} v${type.version}`).toBe(true);
      }
    });

    it('has a 2026 year-end nomination in every status, each with a well-formed record', async () => {
      const [round] = await db().select({ id: rounds.id }).from(rounds).where(and(eq(rounds.year, 2026), eq(rounds.kind, 'year_end')));
      const all = await db().select().from(nominations);
      const current = all.filter((n) => n.roundId === round?.id);
      for (const status of NOMINATION_STATUSES) expect(current.some((n) => n.status === status), status).toBe(true);
      expect(all.length).toBeGreaterThanOrEqual(40);
      expect(all.length).toBeLessThanOrEqual(80);
      for (const n of all) {
        expect(n.returnedFrom !== null, n.reference).toBe(n.status === 'returned');
        expect(n.heldFrom !== null, n.reference).toBe(n.status === 'on_hold');
      }
    });

    it('routes bloc awards through the proposing unit’s bloc term of that year', async () => {
      const rows = await db()
        .select({ reference: nominations.reference, blocTermId: nominations.blocTermId, route: awardTypes.route, proposer: nominations.proposingUnitId, year: rounds.year })
        .from(nominations)
        .innerJoin(awardTypes, eq(awardTypes.id, nominations.awardTypeId))
        .innerJoin(rounds, eq(rounds.id, nominations.roundId));
      for (const row of rows) {
        if (row.route === 'unit') {
          expect(row.blocTermId, row.reference).toBeNull();
          continue;
        }
        const [membership] = await db()
          .select({ year: blocTerms.year })
          .from(blocMemberships)
          .innerJoin(blocTerms, eq(blocTerms.id, blocMemberships.blocTermId))
          .where(and(eq(blocMemberships.blocTermId, row.blocTermId ?? -1), eq(blocMemberships.unitId, row.proposer)));
        expect(membership?.year, row.reference).toBe(row.year);
      }
    });

    it('creates the demo accounts, each with its one role in its scope, and the staff accounts nobody can sign in to', async () => {
      const rows = await db()
        .select({ username: users.username, active: users.active, role: roleAssignments.role, scopeKind: roleAssignments.scopeKind, unitCode: units.code, blocCode: blocs.code, year: blocTerms.year })
        .from(users)
        .innerJoin(roleAssignments, eq(roleAssignments.userId, users.id))
        .leftJoin(units, eq(units.id, roleAssignments.scopeUnitId))
        .leftJoin(blocTerms, eq(blocTerms.id, roleAssignments.scopeBlocTermId))
        .leftJoin(blocs, eq(blocs.id, blocTerms.blocId));
      const [accounts] = await db().select({ n: count() }).from(users);
      expect(accounts?.n).toBe(DEMO_ACCOUNTS.length + staffAccounts().length);
      for (const account of DEMO_ACCOUNTS) {
        const held = rows.filter((r) => r.username === account.username);
        expect(held.length, account.username).toBe(1);
        const [row] = held;
        expect(row?.active).toBe(true);
        expect(row?.role).toBe(account.role);
        expect(row?.scopeKind).toBe(account.scope.kind);
        if (account.scope.kind === 'bloc_term') expect([row?.blocCode, row?.year]).toEqual([account.scope.blocCode, account.scope.year]);
        else expect(row?.unitCode).toBe(account.scope.unitCode);
      }

      const demoNames = new Set(DEMO_ACCOUNTS.map((a) => a.username));
      const staff = await db()
        .select({ username: users.username, active: users.active, unitId: users.unitId, passwordHash: users.passwordHash, personUnitId: people.unitId, personName: people.fullName, displayName: users.displayName })
        .from(users)
        .leftJoin(people, eq(people.id, users.personId))
        .where(notInArray(users.username, [...demoNames]));
      expect(staff.length).toBe(staffAccounts().length);
      for (const s of staff) {
        expect(s.active, s.username).toBe(true);
        expect(s.unitId, s.username).not.toBeNull();
        expect([s.personName, s.personUnitId], s.username).toEqual([s.displayName, s.unitId]);
        // A staff account never holds the administrator's role.
        expect(rows.filter((r) => r.username === s.username && r.role === 'admin'), s.username).toEqual([]);
      }
      // One hash of a random password serves all of them; it is not the demo password's.
      const hashes = new Set(staff.map((s) => s.passwordHash));
      expect(hashes.size).toBe(1);
      const [demoHash] = await db().select({ hash: users.passwordHash }).from(users).where(eq(users.username, 'thamdinh'));
      const [staffHash] = [...hashes];
      expect(staffHash).not.toBe(demoHash?.hash);
      expect(await verifyPassword(staffHash ?? '', DEMO_PASSWORD)).toBe(false);
    });

    it('leaves no active account without a role on the demo’s today (the admin home’s check)', async () => {
      const today = DEMO_TODAY;
      const [withoutRoles] = await db()
        .select({ n: count() })
        .from(users)
        .where(
          and(
            eq(users.active, true),
            notExists(
              db()
                .select({ one: sql`1` })
                .from(roleAssignments)
                .where(and(eq(roleAssignments.userId, users.id), lte(roleAssignments.validFrom, today), or(isNull(roleAssignments.validTo), gte(roleAssignments.validTo, today)))),
            ),
          ),
        );
      expect(withoutRoles?.n).toBe(0);
    });

    it('seats 21 members on the provincial council', async () => {
      const [council] = await db().select({ id: councils.id }).from(councils);
      const [members] = await db().select({ n: count() }).from(councilMembers).where(eq(councilMembers.councilId, council?.id ?? -1));
      expect(members?.n).toBe(21);
    });

    it('records council ballots that agree with their threshold on all members', async () => {
      const votes = await db().select().from(councilVotes);
      expect(votes.length).toBeGreaterThan(0);
      // Ballots count all 21 members; the standing committee's reviews (basis 'present') count its own members.
      for (const vote of votes.filter((v) => v.basis === 'all_members')) {
        expect(vote.membersTotal).toBe(21);
        expect(vote.passed).toBe((vote.votesFor * 100) / vote.membersTotal >= Number(vote.thresholdPct));
      }
    });

    it('holds a council session on the day of every council review', async () => {
      const sessions = new Set((await db().select({ heldOn: councilSessions.heldOn }).from(councilSessions)).map((s) => s.heldOn));
      const reviews = await db().select({ occurredAt: auditEvents.occurredAt }).from(auditEvents).where(eq(auditEvents.action, 'record_ballot'));
      expect(reviews.length).toBeGreaterThan(0);
      for (const review of reviews) {
        // The council meets in Vietnam (UTC+7).
        const day = new Date(new Date(review.occurredAt).getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
        expect(sessions.has(day), day).toBe(true);
      }
    });

    it('keeps an audit chain that verifies, in time order, with the history of every nomination', async () => {
      const events = await db().select().from(auditEvents).orderBy(asc(auditEvents.seq));
      let previous: { seq: number; hash: string } | null = null;
      let previousTime = 0;
      for (const event of events) {
        expect(checkLink(previous, event)).toBeNull();
        const time = new Date(event.occurredAt).getTime();
        expect(time).toBeGreaterThanOrEqual(previousTime);
        previous = { seq: event.seq, hash: event.hash };
        previousTime = time;
      }

      const all = await db().select({ id: nominations.id, reference: nominations.reference, status: nominations.status }).from(nominations);
      for (const n of all) {
        const trail = events.filter((e) => e.entityKind === 'nomination' && e.entityId === n.id);
        expect(trail.length, n.reference).toBeGreaterThanOrEqual(1);
        expect(trail[0]?.action, n.reference).toBe('create');
        expect(trail.at(-1)?.toStatus, n.reference).toBe(n.status);
        // Each event starts where the previous one left the nomination.
        trail.slice(1).forEach((e, i) => expect(e.fromStatus, `${n.reference} #${i + 1}`).toBe(trail[i]?.toStatus));
      }
    });

    it('names a real account, never an administrator, for every audit event and every workflow or dossier action', async () => {
      const admins = new Set((await db().select({ userId: roleAssignments.userId }).from(roleAssignments).where(eq(roleAssignments.role, 'admin'))).map((r) => r.userId));
      expect(admins.size).toBeGreaterThan(0);
      const byColumn: Record<string, (number | null)[]> = {
        'audit_events.actor_user_id': (await db().select({ id: auditEvents.actorUserId }).from(auditEvents)).map((r) => r.id),
        'nominations.created_by': (await db().select({ id: nominations.createdBy }).from(nominations)).map((r) => r.id),
        'documents.uploaded_by': (await db().select({ id: documents.uploadedBy }).from(documents)).map((r) => r.id),
        'agreement_acceptances.accepted_by': (await db().select({ id: agreementAcceptances.acceptedBy }).from(agreementAcceptances)).map((r) => r.id),
        'agreements.created_by': (await db().select({ id: agreements.createdBy }).from(agreements)).map((r) => r.id),
        'scores.scored_by': (await db().select({ id: scores.scoredBy }).from(scores)).map((r) => r.id),
        'bloc_ballot_sessions.opened_by': (await db().select({ id: blocBallotSessions.openedBy }).from(blocBallotSessions)).map((r) => r.id),
      };
      for (const [column, ids] of Object.entries(byColumn)) {
        expect(ids.length, column).toBeGreaterThan(0);
        expect(ids.filter((id) => id === null).length, `${column} is null`).toBe(0);
        expect(ids.filter((id) => id !== null && admins.has(id)).length, `${column} names an administrator`).toBe(0);
      }
    });

    it('has every audit event done by an account that held the event’s role in the event’s scope on that day', async () => {
      const events = await db().select().from(auditEvents).orderBy(asc(auditEvents.seq));
      const grants = await db().select().from(roleAssignments);
      const names = new Map((await db().select({ id: users.id, name: users.displayName }).from(users)).map((u) => [u.id, u.name]));
      expect(events.length).toBeGreaterThan(0);
      for (const e of events) {
        const label = `#${e.seq} ${e.action} by ${e.actorName}`;
        // The day in Vietnam (UTC+7), where role validity is counted.
        const day = new Date(new Date(e.occurredAt).getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
        expect(e.actorUserId, label).not.toBeNull();
        expect(names.get(e.actorUserId ?? -1), label).toBe(e.actorName);
        const held = grants.some(
          (g) =>
            g.userId === e.actorUserId &&
            g.role === e.role &&
            g.scopeKind === e.scopeKind &&
            (g.scopeKind === 'bloc_term' ? g.scopeBlocTermId : g.scopeUnitId) === e.scopeId &&
            g.validFrom <= day &&
            (g.validTo === null || g.validTo >= day),
        );
        expect(held, `${label} as ${e.role} in ${e.scopeKind} ${e.scopeId} on ${day}`).toBe(true);
      }
    });

    it('has every agreement acceptance, score and bloc ballot entered by someone who held a role for it that day', async () => {
      const grants = await db().select().from(roleAssignments);
      const dayOf = (at: Date | string) => new Date(new Date(at).getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
      const held = (userId: number | null, roles: readonly string[], scope: { unitId: number } | { blocTermId: number }, day: string) =>
        grants.some(
          (g) =>
            g.userId === userId &&
            roles.includes(g.role) &&
            ('unitId' in scope ? g.scopeKind === 'unit' && g.scopeUnitId === scope.unitId : g.scopeKind === 'bloc_term' && g.scopeBlocTermId === scope.blocTermId) &&
            g.validFrom <= day &&
            (g.validTo === null || g.validTo >= day),
        );
      const unitRoles = ['unit_officer', 'unit_head'] as const;

      const acceptances = await db().select().from(agreementAcceptances);
      expect(acceptances.length).toBeGreaterThan(0);
      for (const a of acceptances) expect(held(a.acceptedBy, unitRoles, { unitId: a.unitId }, dayOf(a.acceptedAt)), `acceptance of unit ${a.unitId}`).toBe(true);

      const scored = await db()
        .select({ scoredBy: scores.scoredBy, kind: scores.scorerKind, scorerUnitId: scores.scorerUnitId, at: scores.updatedAt, blocTermId: agreements.blocTermId })
        .from(scores)
        .innerJoin(agreementCriteria, eq(agreementCriteria.id, scores.criterionId))
        .innerJoin(agreements, eq(agreements.id, agreementCriteria.agreementId));
      expect(scored.length).toBeGreaterThan(0);
      for (const s of scored) {
        const scope = s.kind === 'self' ? { unitId: s.scorerUnitId } : { blocTermId: s.blocTermId };
        expect(held(s.scoredBy, s.kind === 'self' ? unitRoles : ['bloc_lead'], scope, dayOf(s.at)), `${s.kind} score by unit ${s.scorerUnitId}`).toBe(true);
      }

      const sessions = await db().select().from(blocBallotSessions);
      expect(sessions.length).toBeGreaterThan(0);
      for (const b of sessions) expect(held(b.openedBy, ['bloc_lead'], { blocTermId: b.blocTermId }, b.heldOn), `bloc ballot of term ${b.blocTermId}`).toBe(true);
    });

    it('never lets a bloc lead or a provincial role act on a nomination of its own unit, and leaves the unit steps to the proposing unit', async () => {
      const rows = await db()
        .select({ reference: nominations.reference, proposer: nominations.proposingUnitId, actorUnit: users.unitId, role: auditEvents.role, scopeKind: auditEvents.scopeKind, scopeId: auditEvents.scopeId })
        .from(auditEvents)
        .leftJoin(users, eq(users.id, auditEvents.actorUserId))
        .innerJoin(nominations, eq(nominations.id, auditEvents.entityId))
        .where(eq(auditEvents.entityKind, 'nomination'));
      const reviewing = rows.filter((r) => r.role === 'bloc_lead' || r.role === 'appraiser' || r.role === 'council_secretary' || r.role === 'approver');
      expect(reviewing.filter((r) => r.role === 'bloc_lead').length).toBeGreaterThan(0);
      for (const row of reviewing) {
        expect(row.actorUnit, `${row.reference} ${row.role}`).not.toBeNull();
        expect(row.actorUnit, `${row.reference} ${row.role}`).not.toBe(row.proposer);
      }
      const unitSteps = rows.filter((r) => r.role === 'unit_officer' || r.role === 'unit_head');
      expect(unitSteps.length).toBeGreaterThan(0);
      for (const row of unitSteps) {
        expect([row.scopeKind, row.scopeId], row.reference).toEqual(['unit', row.proposer]);
        expect(row.actorUnit, row.reference).toBe(row.proposer);
      }
      expect(rows.length).toBe(reviewing.length + unitSteps.length);
    });

    it('keeps the unit personas’ nominations with their demo accounts', async () => {
      for (const [unit, creators] of [
        ['P-HOALU', ['canbo.hoalu', 'thutruong.hoalu']],
        ['P-PHULY', ['thutruong.phuly']],
      ] as const) {
        const rows = await db()
          .select({ reference: nominations.reference, creator: users.username })
          .from(nominations)
          .innerJoin(units, eq(units.id, nominations.proposingUnitId))
          .innerJoin(users, eq(users.id, nominations.createdBy))
          .where(eq(units.code, unit));
        expect(rows.length, unit).toBeGreaterThanOrEqual(3);
        for (const row of rows) expect(creators as readonly string[], row.reference).toContain(row.creator);
      }
    });

    it('puts every approved nomination in a decision, with its prize and an award history entry', async () => {
      const approved = await db()
        .select({ id: nominations.id, reference: nominations.reference, decisionId: nominations.decisionId })
        .from(nominations)
        .where(inArray(nominations.status, ['approved', 'revoked']));
      expect(approved.length).toBeGreaterThan(0);
      for (const n of approved) {
        const [recipient] = await db().select().from(decisionRecipients).where(eq(decisionRecipients.nominationId, n.id));
        expect(recipient?.decisionId, n.reference).toBe(n.decisionId);
        const [history] = await db().select().from(awardHistory).where(eq(awardHistory.nominationId, n.id));
        expect(history, n.reference).toBeDefined();
        expect(history?.revokedOn ?? null).toBe(recipient?.revokedOn ?? null);
      }
      const prizes = await db()
        .select({ prize: decisionRecipients.prizeVnd, coefficient: decisionRecipients.coefficient, base: decisionRecipients.baseSalaryVnd, multiplier: awardTypes.householdMultiplier, kind: nominations.nomineeKind })
        .from(decisionRecipients)
        .innerJoin(nominations, eq(nominations.id, decisionRecipients.nominationId))
        .innerJoin(awardTypes, eq(awardTypes.id, nominations.awardTypeId));
      for (const p of prizes) {
        const multiplier = p.kind === 'household' ? Number(p.multiplier) : 1;
        expect(p.prize).toBe(Math.round(Number(p.coefficient) * p.base * multiplier));
      }
      const [flag2026] = await db()
        .select({ prize: decisionRecipients.prizeVnd })
        .from(decisionRecipients)
        .innerJoin(nominations, eq(nominations.id, decisionRecipients.nominationId))
        .innerJoin(awardTypes, eq(awardTypes.id, nominations.awardTypeId))
        .where(and(eq(awardTypes.code, 'provincial_flag'), isNotNull(decisionRecipients.id), sql`${decisionRecipients.baseSalaryVnd} = 2530000`));
      expect(flag2026?.prize).toBe(20_240_000);
    });

    it('holds the 2023 mid-year review’s figures', async () => {
      const [figure] = await db()
        .select({ result: reportFigures.result, changePct: reportFigures.changePct, heldOn: blocReports.heldOn })
        .from(reportFigures)
        .innerJoin(blocReports, eq(blocReports.id, reportFigures.reportId))
        .innerJoin(indicators, eq(indicators.id, reportFigures.indicatorId))
        .where(and(eq(indicators.code, 'industrial_output'), eq(blocReports.period, 'mid_year'), sql`${blocReports.unitId} is null`, eq(blocReports.heldOn, '2023-09-22')));
      expect(Number(figure?.result)).toBe(50_985.5);
      expect(Number(figure?.changePct)).toBe(5.8);
    });

    it('refuses to seed a database that is not empty, and changes nothing', async () => {
      const countsOf = async () => ({
        units: (await db().select({ n: count() }).from(units))[0]?.n,
        nominations: (await db().select({ n: count() }).from(nominations))[0]?.n,
        events: (await db().select({ n: count() }).from(auditEvents))[0]?.n,
      });
      const before = await countsOf();
      await expect(seedDemo(db())).rejects.toThrow(/empty database/);
      expect(await countsOf()).toEqual(before);
    });
  },
  async (database) => {
    await seedDemo(database.db);
  },
);
