/**
 * Values the ward may set differently (DOMAIN.md: configurable values are data, with these
 * as defaults). The service loads them from its policy table and passes them in.
 */
export interface OrganisationPolicy {
  /**
   * How many days after today an organisational change may take effect. 0 (the default):
   * changes are recorded once decided and take effect today or earlier — a decision dated
   * ahead is entered on its effective date. Raising it lets the committee pre-record a
   * reorganisation; the tree "as of today" is unaffected until the date comes.
   */
  maxFutureDays: number;
  /** The plan's term; target exemptions exist only for its years. */
  planTerm: { firstYear: number; lastYear: number };
  /** Official members a cell needs before it can hold a vote (Charter: 3). */
  minOfficialMembersToVote: number;
}

export const DEFAULT_ORGANISATION_POLICY: OrganisationPolicy = Object.freeze({
  maxFutureDays: 0,
  planTerm: Object.freeze({ firstYear: 2025, lastYear: 2030 }),
  minOfficialMembersToVote: 3,
});

/** Charter constants (not configurable): probation length and minimum age at admission. */
export const PROBATION_MONTHS = 12;
export const MIN_ADMISSION_AGE_YEARS = 18;
