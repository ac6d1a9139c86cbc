import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { NominationStatus } from '@/lib/domain/constants';
import type { Db } from '../client';
import { awardTypes, households, nominations, people, units } from '../schema';

export const nomineeUnit = alias(units, 'nominee_unit');
export const proposingUnit = alias(units, 'proposing_unit');

/** The nominee's name in both languages: a unit's name, a person's, or a household's head. */
export const nomineeNames = {
  nomineeVi: sql<string>`coalesce(${nomineeUnit.nameVi}, ${people.fullName}, 'Hộ ông/bà ' || ${households.headName})`,
  nomineeEn: sql<string>`coalesce(${nomineeUnit.nameEn}, ${people.fullName}, 'Household of ' || ${households.headName})`,
};

/** What a list row of nominations shows, in both languages (names of people are the same in both). */
export interface NominationSummary {
  id: number;
  reference: string;
  status: NominationStatus;
  version: number;
  nomineeVi: string;
  nomineeEn: string;
  awardVi: string;
  awardEn: string;
  proposingUnitVi: string;
  proposingUnitEn: string;
  updatedAt: Date;
  appraisalStartedAt: Date | null;
}

const columns = {
  id: nominations.id,
  reference: nominations.reference,
  status: nominations.status,
  version: nominations.version,
  ...nomineeNames,
  awardVi: awardTypes.nameVi,
  awardEn: awardTypes.nameEn,
  proposingUnitVi: proposingUnit.nameVi,
  proposingUnitEn: proposingUnit.nameEn,
  updatedAt: nominations.updatedAt,
  appraisalStartedAt: nominations.appraisalStartedAt,
};

/** The joined query behind every nomination list; callers add where, order and limit. */
export function selectNominationSummaries(db: Db) {
  return db
    .select(columns)
    .from(nominations)
    .innerJoin(awardTypes, eq(awardTypes.id, nominations.awardTypeId))
    .innerJoin(proposingUnit, eq(proposingUnit.id, nominations.proposingUnitId))
    .leftJoin(nomineeUnit, eq(nomineeUnit.id, nominations.nomineeUnitId))
    .leftJoin(people, eq(people.id, nominations.nomineePersonId))
    .leftJoin(households, eq(households.id, nominations.nomineeHouseholdId))
    .$dynamic();
}
