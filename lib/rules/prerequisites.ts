import type { InitiativeScope, TitleCode } from '@/lib/domain/constants';

/** A prerequisite of an award type, stored as data in the award catalogue. */
export type Prerequisite =
  /** Holds one of `titles` in each of `years` consecutive years, the last being the year before the
   * round's year. Counts the years of the units a unit came from (lineage). */
  | { kind: 'consecutive_titles'; titles: TitleCode[]; years: number }
  /** Has `count` initiatives certified with an effect at least as wide as `minScope`. */
  | { kind: 'initiatives'; count: number; minScope: InitiativeScope }
  /** Chosen to lead its bloc by the bloc's secret ballot. */
  | { kind: 'bloc_vote' }
  /** A standard the appraiser confirms from the dossier (e.g. "100% of members complete their tasks"). */
  | { kind: 'attestation'; textVi: string; textEn: string };

/** Alternatives: the award's standard is met when every prerequisite of any one group holds. */
export type PrerequisiteGroups = Prerequisite[][];
