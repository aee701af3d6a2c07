import type { EducationLevel } from '@pdv/contracts';

/**
 * The Charter's numbers (DOMAIN.md steps 3–11) that say who may become a member and how a
 * resolution passes. They are law, not the ward's policy, so they are constants here and not
 * rows of the policy table: a board that could lower the age of 18 or the two thirds would
 * admit people the Charter does not. The procedure's deadlines are the guidance's, and are
 * policy (below).
 */
export const CHARTER = Object.freeze({
  /** Step 6: from 18 full years… */
  minAgeYears: 18,
  /** …to 60 full years counted in months; above that only with provincial consent. */
  maxAgeMonthsWithoutConsent: 60 * 12,
  /** Step 5: an introducer has known the applicant this many full months. */
  introducerAcquaintanceMonths: 12,
  /** Step 6: a former member is re-admitted at least this many full months after leaving… */
  readmissionMonthsOut: 36,
  /** …and only this many times. */
  readmissionsAllowed: 1,
  /** Step 7: a cell resolves only with this many official members. */
  cellMinimumOfficialMembers: 3,
  /** Steps 7, 8, 11: a resolution passes with at least numerator/denominator of its base in favour. */
  passFraction: { numerator: 2, denominator: 3 },
  /** Step 10: probation lasts this many months from the ceremony. */
  probationMonths: 12,
});

/** A case in which a lower education level is accepted (DOMAIN.md step 6: exceptions configurable). */
export interface EducationException {
  /** Stable code the dossier records, e.g. `REMOTE_AREA`. */
  code: string;
  /** The lowest level accepted under this exception. */
  minimumLevel: EducationLevel;
  /** Why the board allows it: the guidance it follows. */
  basis: string;
}

/**
 * Values the board may change, per organisation tree (DOMAIN.md: configurable values are data,
 * never code). The service loads them from its policy table; these are the seeded defaults.
 */
export interface AdmissionPolicy {
  /** Step 6: the usual minimum (DOMAIN.md: at least lower secondary). */
  minimumEducationLevel: EducationLevel;
  /**
   * Step 6: the exceptions to it. None is seeded: DOMAIN.md gives no list for this ward, and an
   * exception invented here would admit someone the board never allowed.
   */
  educationExceptions: readonly EducationException[];
  /**
   * Step 5: the last full year of youth age, for a Youth Union committee's introduction (the
   * Youth Union's charter: members are 16 to 30).
   */
  youthAgeMaxYears: number;
  /** Step 8: the role of the committee that decides admissions and recognitions in this tree (this ward: its standing committee). */
  competentCommitteeRole: string;
  /** Deadline queues: a deadline is "due soon" when this many working days or fewer are left. */
  dueSoonWorkingDays: number;
  /** Step 8: the competent committee decides within this many working days of the cell's resolution… */
  decisionWorkingDays: number;
  /** …extendable once by at most this many. */
  decisionExtensionMaxWorkingDays: number;
  /** Step 9: the ceremony is held within this many working days of receiving the decision. */
  ceremonyWorkingDays: number;
  /** Step 9: the member history is completed within this many working days of the ceremony. */
  memberHistoryWorkingDays: number;
  /** Step 11: the cell meets on recognition within this many working days after probation ends. */
  recognitionMeetingWorkingDays: number;
  /** Step 11: the committee decides on recognition within this many working days of the cell's resolution… */
  recognitionDecisionWorkingDays: number;
  /** …extendable once by at most this many. */
  recognitionDecisionExtensionMaxWorkingDays: number;
}

/** The policy values the deadlines are counted with. */
export type DeadlinePolicy = Pick<
  AdmissionPolicy,
  | 'dueSoonWorkingDays'
  | 'decisionWorkingDays'
  | 'decisionExtensionMaxWorkingDays'
  | 'ceremonyWorkingDays'
  | 'memberHistoryWorkingDays'
  | 'recognitionMeetingWorkingDays'
  | 'recognitionDecisionWorkingDays'
  | 'recognitionDecisionExtensionMaxWorkingDays'
>;

export const DEFAULT_ADMISSION_POLICY: Readonly<AdmissionPolicy> = Object.freeze({
  minimumEducationLevel: 'LOWER_SECONDARY',
  educationExceptions: [],
  youthAgeMaxYears: 30,
  competentCommitteeRole: 'WARD_STANDING_COMMITTEE',
  dueSoonWorkingDays: 5,
  decisionWorkingDays: 60,
  decisionExtensionMaxWorkingDays: 30,
  ceremonyWorkingDays: 30,
  memberHistoryWorkingDays: 30,
  recognitionMeetingWorkingDays: 30,
  recognitionDecisionWorkingDays: 30,
  recognitionDecisionExtensionMaxWorkingDays: 30,
});
