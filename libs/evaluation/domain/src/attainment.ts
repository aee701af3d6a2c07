import type { OrganisationKind } from '@pdv/contracts';
import type { EvaluationRuleId } from './evaluation.rules';
import { requiredPeople, type Target, TARGET_KIND_DEFINITIONS, type TargetKind, type TargetMeasure, unitTargets } from './target.rules';

export type AttainmentStatus = 'MET' | 'BEHIND' | 'EXEMPT';

/** One target measured: what it asks, what was done, and whether the band's top was reached. */
export interface TargetAttainment {
  kind: TargetKind;
  rule: EvaluationRuleId;
  /** Whole people the target asks for (a rate already turned into people). */
  required: number;
  /** The band's top (3–5 admitted: 5), null when the target has none. */
  upper: number | null;
  actual: number;
  /** How many more are needed; 0 once met. */
  shortfall: number;
  status: 'MET' | 'BEHIND';
  /** Reached the band's top or, without a band, went beyond the minimum (what Excellent counts as exceeded). */
  exceeded: boolean;
}

/** What the counters say a unit did in the year, by measure. */
export type MeasuredCounts = Readonly<Record<TargetMeasure, number>>;

export interface UnitAttainment {
  organisationId: string;
  status: AttainmentStatus;
  /** The exemption's reason when exempt (EVALUATION.EXEMPT_UNITS_EXCLUDED), else null. */
  exemptionReason: string | null;
  /** Every target that applies to the unit, measured (also for an exempt unit, for information). */
  targets: TargetAttainment[];
}

export function measure(target: Target, actual: number, membersAtStartOfYear = 0): TargetAttainment {
  const definition = TARGET_KIND_DEFINITIONS[target.kind];
  const required = requiredPeople(target, membersAtStartOfYear);
  const upper = definition.unit === 'PEOPLE' ? target.upper : null;
  return {
    kind: target.kind,
    rule: definition.rule,
    required,
    upper,
    actual,
    shortfall: Math.max(0, required - actual),
    status: actual >= required ? 'MET' : 'BEHIND',
    exceeded: upper !== null ? actual >= upper : actual > required,
  };
}

/**
 * A unit's attainment of the year's per-unit targets. Exempt for the year (its reason passed
 * in, from the organisation service's exemption events): EXEMPT whatever it did — its targets
 * are still measured, so the table can show its numbers. Otherwise MET when every target that
 * applies is met, BEHIND when one is not; a unit no target applies to is MET. `counts` are the
 * unit's SUBTREE counters: a grassroots committee's admissions are its cells'.
 */
export function unitAttainment(args: {
  organisationId: string;
  organisationKind: OrganisationKind;
  year: number;
  membersAtStartOfYear: number;
  exemptionReason: string | null;
  targets: readonly Target[];
  counts: MeasuredCounts;
}): UnitAttainment {
  const targets = unitTargets(args.targets, args.organisationKind, args.year).map((t) =>
    measure(t, args.counts[TARGET_KIND_DEFINITIONS[t.kind].measure], args.membersAtStartOfYear),
  );
  const status: AttainmentStatus = args.exemptionReason !== null ? 'EXEMPT' : targets.every((t) => t.status === 'MET') ? 'MET' : 'BEHIND';
  return { organisationId: args.organisationId, status, exemptionReason: args.exemptionReason, targets };
}

/**
 * The ward's yearly (or term) targets against the ward's totals. The totals are the ward
 * subtree's counters, so exempt units' admissions count here as the plan says.
 */
export function wardAttainment(targets: readonly Target[], span: 'YEAR' | 'TERM', year: number, counts: MeasuredCounts): TargetAttainment[] {
  return targets
    .filter((t) => t.year === year && TARGET_KIND_DEFINITIONS[t.kind].scope === 'WARD' && TARGET_KIND_DEFINITIONS[t.kind].span === span)
    .map((t) => measure(t, counts[TARGET_KIND_DEFINITIONS[t.kind].measure]));
}

/** A mass organisation's referral quota against the referrals accepted into the pool (sourcing's default count). */
export function quotaAttainment(targets: readonly Target[], massOrganisationId: string, year: number, accepted: number): TargetAttainment | null {
  const quota = targets.find((t) => t.kind === 'MASS_ORGANISATION_REFERRALS' && t.year === year && t.subjectId === massOrganisationId);
  return quota ? measure(quota, accepted) : null;
}

/** The admissions a unit needs this year: the most any of its admission targets asks (what its forecast is held against). */
export function requiredAdmissions(attainment: Pick<UnitAttainment, 'targets'>): number {
  return attainment.targets.filter((t) => TARGET_KIND_DEFINITIONS[t.kind].measure === 'ADMITTED').reduce((most, t) => Math.max(most, t.required), 0);
}
