import type { EducationLevel } from './sourcing.enums';

/**
 * Values the ward may change (DOMAIN.md: configurable values are data, not code). The
 * service loads them from its policy table; these are the seeded defaults. Charter values
 * (18 full years, 60 full years) are not here: they are law, not policy.
 */
export interface SourcingPolicy {
  /** How many candidates one member may mentor at the same time. */
  maxCandidatesPerMentor: number;
  /** Cells review each pool candidate this many calendar months after the last review. */
  reviewIntervalMonths: number;
  /** What counts towards a mass organisation's referral quota. */
  quotaCounts: 'ACCEPTED' | 'REFERRED';
  /** Below this level a referral gets a warning (eligibility exceptions are decided later). */
  minimumEducationLevel: EducationLevel;
  maxNameLength: number;
  maxAchievementsLength: number;
  maxReasonLength: number;
  maxNoticeVersionLength: number;
  /** Tolerance for a consent timestamp slightly ahead of the server clock. */
  consentClockSkewSeconds: number;
  /** The plan period, for quota years. */
  planFirstYear: number;
  planLastYear: number;
}

export const DEFAULT_SOURCING_POLICY: Readonly<SourcingPolicy> = Object.freeze({
  maxCandidatesPerMentor: 3,
  reviewIntervalMonths: 1,
  quotaCounts: 'ACCEPTED',
  minimumEducationLevel: 'LOWER_SECONDARY',
  maxNameLength: 100,
  maxAchievementsLength: 2000,
  maxReasonLength: 1000,
  maxNoticeVersionLength: 50,
  consentClockSkewSeconds: 300,
  planFirstYear: 2025,
  planLastYear: 2030,
});

/** Charter: age from 18 full years to 60 full years, counted in months. */
export const MIN_AGE_YEARS = 18;
export const MAX_AGE_MONTHS_WITHOUT_CONSENT = 60 * 12;

/** Storage limits of the optional free-text fields about a person. */
export const MAX_ADDRESS_LENGTH = 300;
export const MAX_OCCUPATION_LENGTH = 200;
