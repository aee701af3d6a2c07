import type { OrganisationKind } from '@pdv/contracts';
import { Problems, ruleViolation } from '@pdv/errors';
import { DEFAULT_EVALUATION_POLICY, type EvaluationPolicy } from './evaluation.policy';
import { EVALUATION_RULES as R, type EvaluationRuleId } from './evaluation.rules';

/**
 * The plan's targets as data. Each kind says what it counts, over which scope and period,
 * and which rule it measures; the values are the board's, year by year, seeded from the plan.
 */
export const TARGET_KINDS = [
  'WARD_ADMISSIONS',
  'WARD_AWARENESS_TRAINED',
  'CELL_SENT_TO_TRAINING',
  'UNIT_ADMISSIONS',
  'UNIT_ADMISSION_RATE',
  'TERM_ADMISSIONS',
  'TERM_AWARENESS_TRAINED',
  'MASS_ORGANISATION_REFERRALS',
] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/** Who a kind of target is for: the ward, each unit of some kinds, each mass organisation. */
export type TargetScope = 'WARD' | 'UNIT' | 'MASS_ORGANISATION';
/** A count of people, or a rate in basis points (hundredths of a percent: 300 = 3%). */
export type TargetUnit = 'PEOPLE' | 'BASIS_POINTS';
/** The funnel counter a target is measured against (progress.ts). */
export type TargetMeasure = 'ADMITTED' | 'TRAINED' | 'SENT_TO_TRAINING' | 'ACCEPTED';

export interface TargetKindDefinition {
  kind: TargetKind;
  rule: EvaluationRuleId;
  scope: TargetScope;
  /** A term target counts the whole plan term; the others one calendar year. */
  span: 'YEAR' | 'TERM';
  unit: TargetUnit;
  measure: TargetMeasure;
}

export const TARGET_KIND_DEFINITIONS: Readonly<Record<TargetKind, TargetKindDefinition>> = Object.freeze({
  WARD_ADMISSIONS: { kind: 'WARD_ADMISSIONS', rule: 'EVALUATION.WARD_ADMISSIONS', scope: 'WARD', span: 'YEAR', unit: 'PEOPLE', measure: 'ADMITTED' },
  WARD_AWARENESS_TRAINED: {
    kind: 'WARD_AWARENESS_TRAINED',
    rule: 'EVALUATION.WARD_AWARENESS_TRAINED',
    scope: 'WARD',
    span: 'YEAR',
    unit: 'PEOPLE',
    measure: 'TRAINED',
  },
  CELL_SENT_TO_TRAINING: {
    kind: 'CELL_SENT_TO_TRAINING',
    rule: 'EVALUATION.CELL_SENT_TO_TRAINING',
    scope: 'UNIT',
    span: 'YEAR',
    unit: 'PEOPLE',
    measure: 'SENT_TO_TRAINING',
  },
  UNIT_ADMISSIONS: { kind: 'UNIT_ADMISSIONS', rule: 'EVALUATION.UNIT_ADMISSIONS', scope: 'UNIT', span: 'YEAR', unit: 'PEOPLE', measure: 'ADMITTED' },
  UNIT_ADMISSION_RATE: {
    kind: 'UNIT_ADMISSION_RATE',
    rule: 'EVALUATION.UNIT_ADMISSION_RATE',
    scope: 'UNIT',
    span: 'YEAR',
    unit: 'BASIS_POINTS',
    measure: 'ADMITTED',
  },
  TERM_ADMISSIONS: { kind: 'TERM_ADMISSIONS', rule: 'EVALUATION.TERM_ADMISSIONS', scope: 'WARD', span: 'TERM', unit: 'PEOPLE', measure: 'ADMITTED' },
  TERM_AWARENESS_TRAINED: {
    kind: 'TERM_AWARENESS_TRAINED',
    rule: 'EVALUATION.TERM_AWARENESS_TRAINED',
    scope: 'WARD',
    span: 'TERM',
    unit: 'PEOPLE',
    measure: 'TRAINED',
  },
  MASS_ORGANISATION_REFERRALS: {
    kind: 'MASS_ORGANISATION_REFERRALS',
    rule: 'EVALUATION.MASS_ORGANISATION_REFERRALS',
    scope: 'MASS_ORGANISATION',
    span: 'YEAR',
    unit: 'PEOPLE',
    measure: 'ACCEPTED',
  },
});

/** The value of a target: at least `minimum`; a band (3–5 admitted) has a top, `upper`. */
export interface TargetValue {
  minimum: number;
  upper: number | null;
  /** The kinds of unit a per-unit target applies to; empty for ward and mass-organisation targets. */
  appliesTo: readonly OrganisationKind[];
}

/**
 * One target in force. `year` is the calendar year, or the term's first year for a term
 * target; `subjectId` is the mass organisation of a quota, null otherwise.
 */
export interface Target extends TargetValue {
  kind: TargetKind;
  year: number;
  subjectId: string | null;
}

/** A change to a target, kept with who made it, when and why; `from` is null when it was first set. */
export interface TargetChange {
  kind: TargetKind;
  year: number;
  subjectId: string | null;
  from: TargetValue | null;
  to: TargetValue;
  changedBy: string;
  changedAt: Date;
  reason: string;
}

/**
 * Per-unit targets, following the plan's Vietnamese text: "mỗi chi bộ từ 05 quần chúng trở lên
 * tham gia bồi dưỡng" (every cell), "Đảng bộ, chi bộ trực thuộc: mỗi năm kết nạp từ 03 - 05"
 * and the 3% of "đảng bộ, chi bộ" (the grassroots organisations directly under the ward).
 * Which kinds are meant is data the board can change, since the plan's wording admits both readings.
 */
const CELLS: readonly OrganisationKind[] = ['GRASSROOTS_CELL', 'PARTY_CELL'];
const GRASSROOTS: readonly OrganisationKind[] = ['GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL'];

const YEARLY_DEFAULTS: Readonly<Record<Exclude<TargetKind, 'TERM_ADMISSIONS' | 'TERM_AWARENESS_TRAINED' | 'MASS_ORGANISATION_REFERRALS'>, TargetValue>> = {
  WARD_ADMISSIONS: { minimum: 90, upper: null, appliesTo: [] },
  WARD_AWARENESS_TRAINED: { minimum: 100, upper: null, appliesTo: [] },
  CELL_SENT_TO_TRAINING: { minimum: 5, upper: null, appliesTo: CELLS },
  UNIT_ADMISSIONS: { minimum: 3, upper: 5, appliesTo: GRASSROOTS },
  UNIT_ADMISSION_RATE: { minimum: 300, upper: null, appliesTo: GRASSROOTS },
};

/**
 * The plan's targets for `year`, as seeded: the yearly ones, and in the term's first year the
 * term totals (the plan gives none of its own: the yearly target times the term's years).
 * Quotas are not seeded here: they come from the sourcing service's quota events.
 */
export function defaultTargets(year: number, policy: Pick<EvaluationPolicy, 'planTerm'> = DEFAULT_EVALUATION_POLICY): Target[] {
  const yearly = (Object.keys(YEARLY_DEFAULTS) as (keyof typeof YEARLY_DEFAULTS)[]).map((kind) => ({
    kind,
    year,
    subjectId: null,
    ...YEARLY_DEFAULTS[kind],
  }));
  if (year !== policy.planTerm.firstYear) return yearly;
  const years = policy.planTerm.lastYear - policy.planTerm.firstYear + 1;
  return [
    ...yearly,
    { kind: 'TERM_ADMISSIONS', year, subjectId: null, minimum: YEARLY_DEFAULTS.WARD_ADMISSIONS.minimum * years, upper: null, appliesTo: [] },
    {
      kind: 'TERM_AWARENESS_TRAINED',
      year,
      subjectId: null,
      minimum: YEARLY_DEFAULTS.WARD_AWARENESS_TRAINED.minimum * years,
      upper: null,
      appliesTo: [],
    },
  ];
}

/** A mass organisation's referral quota as the sourcing service published it (sourcing.quota.set). */
export function quotaTarget(quota: { massOrganisationId: string; year: number; target: number }): Target {
  return { kind: 'MASS_ORGANISATION_REFERRALS', year: quota.year, subjectId: quota.massOrganisationId, minimum: quota.target, upper: null, appliesTo: [] };
}

export interface TargetChangeInput {
  kind: TargetKind;
  year: number;
  minimum: number;
  upper: number | null;
  appliesTo: readonly OrganisationKind[];
  reason: string;
}

/**
 * A board member's change to a target, checked, with the record of who, when and why.
 * BAD_USER_INPUT for a malformed value (naming the field); a rule violation for a year outside
 * the term (a term target is set in the term's first year), a quota (set in sourcing), a value
 * out of range or a change without a reason.
 */
export function planTargetChange(
  current: Target | null,
  input: TargetChangeInput,
  by: { actorId: string; at: Date },
  policy: Pick<EvaluationPolicy, 'planTerm'> = DEFAULT_EVALUATION_POLICY,
): { target: Target; change: TargetChange } {
  const problems = new Problems();
  if (!(TARGET_KINDS as readonly string[]).includes(input.kind)) problems.add('input.kind', `must be one of ${TARGET_KINDS.join(', ')}`);
  if (!Number.isInteger(input.year)) problems.add('input.year', 'must be a whole number');
  if (!Number.isInteger(input.minimum)) problems.add('input.minimum', 'must be a whole number');
  if (input.upper !== null && !Number.isInteger(input.upper)) problems.add('input.upper', 'must be a whole number or empty');
  problems.throwIfAny();

  const definition = TARGET_KIND_DEFINITIONS[input.kind];
  if (definition.scope === 'MASS_ORGANISATION') throw ruleViolation(R['EVALUATION.QUOTA_SET_IN_SOURCING']);
  const { firstYear, lastYear } = policy.planTerm;
  if (input.year < firstYear || input.year > lastYear || (definition.span === 'TERM' && input.year !== firstYear)) {
    throw ruleViolation(
      R['EVALUATION.TARGET_YEAR_IN_TERM'],
      definition.span === 'TERM' ? `A term target is set for the term’s first year, ${firstYear}.` : `The term runs from ${firstYear} to ${lastYear}.`,
      { year: input.year },
    );
  }
  const ceiling = definition.unit === 'BASIS_POINTS' ? 10_000 : Number.MAX_SAFE_INTEGER;
  if (input.minimum < 0 || input.minimum > ceiling || (input.upper !== null && (input.upper < input.minimum || input.upper > ceiling))) {
    throw ruleViolation(R['EVALUATION.TARGET_VALUE'], undefined, { minimum: input.minimum, upper: input.upper });
  }
  const reason = input.reason.normalize('NFC').trim();
  if (reason === '') throw ruleViolation(R['EVALUATION.TARGET_CHANGE_NEEDS_REASON']);

  const to: TargetValue = {
    minimum: input.minimum,
    upper: input.upper,
    appliesTo: definition.scope === 'UNIT' ? [...new Set(input.appliesTo)] : [],
  };
  const from = current === null ? null : { minimum: current.minimum, upper: current.upper, appliesTo: current.appliesTo };
  return {
    target: { kind: input.kind, year: input.year, subjectId: null, ...to },
    change: { kind: input.kind, year: input.year, subjectId: null, from, to, changedBy: by.actorId, changedAt: by.at, reason },
  };
}

/**
 * The whole number of people a target asks of a unit: the minimum, or for a rate the share of
 * the members at the start of the year, rounded up, since "at least 3%" is met only by whole
 * people (97 members: 2.91 → 3; 100 → 3; 101 → 3.03 → 4). Integer arithmetic, so no float
 * rounding can move a boundary.
 */
export function requiredPeople(target: Pick<Target, 'kind' | 'minimum'>, membersAtStartOfYear: number): number {
  if (TARGET_KIND_DEFINITIONS[target.kind].unit === 'PEOPLE') return target.minimum;
  return Math.ceil((target.minimum * membersAtStartOfYear) / 10_000);
}

/** The targets that apply to one unit of `kind` (none when exempt: see attainment.ts). */
export function unitTargets(targets: readonly Target[], unitKind: OrganisationKind, year: number): Target[] {
  return targets.filter((t) => t.year === year && TARGET_KIND_DEFINITIONS[t.kind].scope === 'UNIT' && t.appliesTo.includes(unitKind));
}

/**
 * The targets in force for `year`: the plan's defaults, each replaced by the board's stored
 * value for the same kind, year and subject, and the quotas the sourcing service published.
 * Nothing is written to read them, so a year nobody has touched reads as the plan says.
 */
export function targetsInForce(year: number, stored: readonly Target[], policy: Pick<EvaluationPolicy, 'planTerm'> = DEFAULT_EVALUATION_POLICY): Target[] {
  const key = (t: Pick<Target, 'kind' | 'year' | 'subjectId'>) => `${t.kind}|${t.year}|${t.subjectId ?? ''}`;
  const byKey = new Map(stored.filter((t) => t.year === year).map((t) => [key(t), t]));
  const defaults = defaultTargets(year, policy).map((t) => byKey.get(key(t)) ?? t);
  const seen = new Set(defaults.map(key));
  const rest = [...byKey.values()].filter((t) => !seen.has(key(t))).sort((a, b) => key(a).localeCompare(key(b)));
  return [...defaults, ...rest];
}
