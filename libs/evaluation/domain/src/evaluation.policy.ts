/**
 * Values the ward may set differently (DOMAIN.md: configurable values are data, with these as
 * defaults). The service loads them from its policy table and passes them in; the targets
 * themselves are data of their own (target.rules.ts), edited by the board year by year.
 */
export interface EvaluationPolicy {
  /** The plan's term, as the organisation service publishes it (organisation.plan-term.set). */
  planTerm: { firstYear: number; lastYear: number };
  forecast: ForecastPolicy;
  rating: RatingPolicy;
}

export interface ForecastPolicy {
  /**
   * How many candidates must have entered a stage in the unit before its own conversion and
   * stage time are used; below it the ward's are used, and below it in the ward too, the
   * defaults below. A unit's first year has no history: the forecast still answers.
   */
  minimumSample: number;
  /** Share of those entering each stage who reach the next one, when nothing is observed yet. */
  defaultConversion: Readonly<Record<PipelineStage, number>>;
  /** Median days spent in each stage, when nothing is observed yet. */
  defaultDaysInStage: Readonly<Record<PipelineStage, number>>;
  /** Units at risk must be named by the end of this quarter at the latest (the plan: Q3). */
  atRiskNamedByQuarter: number;
}

/** The stages a candidate passes through before admission: the pipeline a forecast reads. */
export const PIPELINE_STAGES = ['REFERRED', 'ACCEPTED', 'SENT_TO_TRAINING', 'TRAINED', 'DOSSIER_OPENED', 'CELL_RESOLVED', 'DECIDED'] as const;
export type PipelineStage = (typeof PIPELINE_STAGES)[number];

export interface RatingPolicy {
  /** Lowest score of each level (out of 100); below `completed` is Not completed. */
  thresholds: { excellent: number; good: number; completed: number };
  /** Excellent also needs every task done and at least this percentage of them exceeded (2025 rules: 30). */
  excellentExceededPercent: number;
  /**
   * The cap on Excellent per grassroots organisation: at most this percentage of those rated
   * `capBase`, rounded down (DOMAIN.md's example: 20% of those rated Good). null: no cap.
   */
  excellentCap: { percent: number; capBase: 'GOOD' | 'GOOD_OR_BETTER' } | null;
  /** The plan's goal: more than this percentage rated Good or better (the plan: > 90). Percentages are whole numbers so no float rounding moves a boundary. */
  goodOrBetterGoalPercent: number;
  /**
   * Days after the end of the 12 months of probation within which the recognition is decided
   * to count as on time: the cell votes within 30 working days and the committee decides
   * within 30 more (about 90 calendar days with weekends and holidays).
   */
  recognitionGraceDays: number;
  /** Points taken from a supervising committee member's criterion per missing monthly review (0: counted, not deducted). */
  pointsPerMissingReview: number;
  /** The member-development criterion: its parts and their points, set by the ward. */
  memberDevelopment: MemberDevelopmentPoints;
}

export interface MemberDevelopmentPoints {
  /** The unit met its targets for the year (an exempt unit counts as meeting them). */
  targetsMet: number;
  /** Every probationer due in the year was recognised on time. */
  probationersRecognisedOnTime: number;
  /** No admission of the unit was annulled in the year. */
  noAdmissionAnnulled: number;
}

export const DEFAULT_EVALUATION_POLICY: Readonly<EvaluationPolicy> = Object.freeze({
  planTerm: Object.freeze({ firstYear: 2025, lastYear: 2030 }),
  forecast: Object.freeze({
    minimumSample: 5,
    defaultConversion: Object.freeze({
      REFERRED: 0.8,
      ACCEPTED: 0.8,
      SENT_TO_TRAINING: 0.9,
      TRAINED: 0.8,
      DOSSIER_OPENED: 0.9,
      CELL_RESOLVED: 0.95,
      DECIDED: 0.98,
    }),
    defaultDaysInStage: Object.freeze({
      REFERRED: 30,
      ACCEPTED: 120,
      SENT_TO_TRAINING: 30,
      TRAINED: 60,
      DOSSIER_OPENED: 60,
      CELL_RESOLVED: 45,
      DECIDED: 20,
    }),
    atRiskNamedByQuarter: 3,
  }),
  rating: Object.freeze({
    thresholds: Object.freeze({ excellent: 90, good: 70, completed: 50 }),
    excellentExceededPercent: 30,
    excellentCap: Object.freeze({ percent: 20, capBase: 'GOOD' as const }),
    goodOrBetterGoalPercent: 90,
    recognitionGraceDays: 90,
    pointsPerMissingReview: 0,
    memberDevelopment: Object.freeze({ targetsMet: 6, probationersRecognisedOnTime: 2, noAdmissionAnnulled: 2 }),
  }),
});
