import type { OrganisationKind } from '@pdv/contracts';
import { type LocalDate, reportingPeriodKey, yearOf } from '@pdv/calendar';
import { type MeasuredCounts, requiredAdmissions, type TargetAttainment, type UnitAttainment, unitAttainment, wardAttainment } from './attainment';
import { PIPELINE_STAGES, type ForecastPolicy } from './evaluation.policy';
import { type Forecast, forecastAdmissions, type ObservedStages } from './forecast';
import { type EvaluationPeriod, periodKey, type PlanTerm } from './period';
import { type CounterRow, type FunnelStage, type StageCounters, stageCountersOf } from './progress';
import { type Target, TARGET_KIND_DEFINITIONS } from './target.rules';

/**
 * What the ward dashboard and the period reports evaluate: the ward's targets against its
 * totals, each unit's per-unit targets (met, behind, exempt), and the forecasts — all from
 * counters read for a handful of period keys, never from events.
 */

const BLOCKS: readonly { kind: 'YEAR' | 'HALF_YEAR' | 'QUARTER' | 'MONTH'; months: number }[] = [
  { kind: 'YEAR', months: 12 },
  { kind: 'HALF_YEAR', months: 6 },
  { kind: 'QUARTER', months: 3 },
  { kind: 'MONTH', months: 1 },
];

/**
 * The year a period is evaluated in and the fewest period keys whose counters add up to that
 * year from 1 January to the period's last day (at most four: 2026-M11 is 2026-H1, 2026-Q3,
 * 2026-M10 and 2026-M11). A yearly target is measured against what was done so far in the year,
 * whatever the period shown. A term is evaluated in the year of `today` (within the term), to
 * its end.
 */
export function yearToDate(period: EvaluationPeriod, today: LocalDate): { year: number; keys: string[] } {
  if (period.kind === 'TERM') {
    const year = Math.min(period.lastYear, Math.max(period.firstYear, yearOf(today)));
    return { year, keys: [String(year)] };
  }
  const lastMonth = period.kind === 'YEAR' ? 12 : period.kind === 'HALF_YEAR' ? period.index * 6 : period.kind === 'QUARTER' ? period.index * 3 : period.index;
  const keys: string[] = [];
  let month = 1;
  while (month <= lastMonth) {
    // The largest calendar block that starts at `month` and ends within the period.
    const block = BLOCKS.find((b) => (month - 1) % b.months === 0 && month + b.months - 1 <= lastMonth) as (typeof BLOCKS)[number];
    keys.push(reportingPeriodKey({ kind: block.kind, year: period.year, index: (month - 1) / block.months + 1 }));
    month += block.months;
  }
  return { year: period.year, keys };
}

/** The counter rows of one scope (a unit's subtree, or the ward's), grouped by what they are read for. */
export interface ScopeCounters {
  /** Rows of the year-to-date keys (added up). */
  yearToDate: readonly CounterRow[];
  /** Rows of the period itself. */
  inPeriod: readonly CounterRow[];
  /** Rows of the whole year: admitted so far and the observed conversions and times the forecast uses. */
  year: readonly CounterRow[];
  /** IN_STAGE rows of the pipeline as it stands. */
  now: readonly CounterRow[];
  /** Rows of the term (the ward's term targets); empty for units. */
  term: readonly CounterRow[];
}

export const NO_COUNTERS: ScopeCounters = Object.freeze({ yearToDate: [], inPeriod: [], year: [], now: [], term: [] });

export interface EvaluatedUnit {
  organisationId: string;
  kind: OrganisationKind;
  membersAtStartOfYear: number;
  attainment: UnitAttainment;
  forecast: Forecast;
}

/** A ward target measured for the dashboard: against the year (or term) so far, with what the period itself added. */
export interface HeadlineFigure extends TargetAttainment {
  span: 'YEAR' | 'TERM';
  /** Entered the target's stage within the period shown. */
  inPeriod: number;
}

export interface WardEvaluation {
  period: string;
  year: number;
  asOf: LocalDate;
  headline: HeadlineFigure[];
  units: EvaluatedUnit[];
  summary: { met: number; behind: number; exempt: number };
  forecast: Forecast;
  /** Units whose forecast falls short of their admission target, in the order of `units`. */
  atRisk: EvaluatedUnit[];
}

export interface WardEvaluationInput {
  period: EvaluationPeriod;
  today: LocalDate;
  planTerm: PlanTerm;
  wardId: string;
  /** The units per-unit targets may apply to, in the order the table shows them. */
  units: readonly { organisationId: string; kind: OrganisationKind }[];
  /** The targets in force for the evaluated year, and the term's (stored with the term's first year). */
  targets: readonly Target[];
  termTargets: readonly Target[];
  /** Exempt units of the year, with the exemption's reason. */
  exemptions: ReadonlyMap<string, string>;
  membersAtStartOfYear: ReadonlyMap<string, number>;
  counters: ReadonlyMap<string, ScopeCounters>;
  policy?: ForecastPolicy;
}

function measured(funnel: Record<FunnelStage, StageCounters>): MeasuredCounts {
  return { ADMITTED: funnel.ADMITTED.entered, TRAINED: funnel.TRAINED.entered, SENT_TO_TRAINING: funnel.SENT_TO_TRAINING.entered, ACCEPTED: funnel.ACCEPTED.entered };
}

function observedOf(funnel: Record<FunnelStage, StageCounters>): ObservedStages {
  return Object.fromEntries(PIPELINE_STAGES.map((stage) => [stage, funnel[stage]])) as ObservedStages;
}

function inStageOf(funnel: Record<FunnelStage, StageCounters>): Partial<Record<(typeof PIPELINE_STAGES)[number], number>> {
  return Object.fromEntries(PIPELINE_STAGES.map((stage) => [stage, funnel[stage].inStage]));
}

/**
 * The ward's evaluation for a period: the ward's yearly targets against the year so far (to
 * the period's end) and its term targets against the term so far, each with what the period
 * added; each unit's attainment of the year's per-unit targets so far (exempt units are EXEMPT
 * whatever they did, and still count in the ward's totals); the year's forecasts as of `today`
 * for the ward and every unit, and the units at risk (EVALUATION.AT_RISK_NAMED_BY_Q3).
 */
export function evaluateWard(input: WardEvaluationInput): WardEvaluation {
  const { year } = yearToDate(input.period, input.today);
  const ward = input.counters.get(input.wardId) ?? NO_COUNTERS;
  const wardYear = stageCountersOf(ward.year);
  const wardObserved = observedOf(wardYear);
  const wardToDate = measured(stageCountersOf(ward.yearToDate));
  const wardInPeriod = measured(stageCountersOf(ward.inPeriod));
  const termToDate = measured(stageCountersOf(ward.term));

  const headline: HeadlineFigure[] = [
    ...wardAttainment(input.targets, 'YEAR', year, wardToDate).map((t) => ({ ...t, span: 'YEAR' as const })),
    ...wardAttainment(input.termTargets, 'TERM', input.planTerm.firstYear, termToDate).map((t) => ({ ...t, span: 'TERM' as const })),
  ].map((t) => ({ ...t, inPeriod: wardInPeriod[TARGET_KIND_DEFINITIONS[t.kind].measure] }));

  const units = input.units.map((unit): EvaluatedUnit => {
    const counters = input.counters.get(unit.organisationId) ?? NO_COUNTERS;
    const members = input.membersAtStartOfYear.get(unit.organisationId) ?? 0;
    const exemptionReason = input.exemptions.get(unit.organisationId) ?? null;
    const attainment = unitAttainment({
      organisationId: unit.organisationId,
      organisationKind: unit.kind,
      year,
      membersAtStartOfYear: members,
      exemptionReason,
      targets: input.targets,
      counts: measured(stageCountersOf(counters.yearToDate)),
    });
    const unitYear = stageCountersOf(counters.year);
    const forecast = forecastAdmissions({
      year,
      today: input.today,
      admittedSoFar: unitYear.ADMITTED.entered,
      required: requiredAdmissions(attainment),
      exempt: exemptionReason !== null,
      inStage: inStageOf(stageCountersOf(counters.now)),
      observed: observedOf(unitYear),
      wardObserved,
      policy: input.policy,
    });
    return { organisationId: unit.organisationId, kind: unit.kind, membersAtStartOfYear: members, attainment, forecast };
  });

  const wardTarget = headline.find((t) => t.kind === 'WARD_ADMISSIONS' && t.span === 'YEAR');
  const forecast = forecastAdmissions({
    year,
    today: input.today,
    admittedSoFar: wardYear.ADMITTED.entered,
    required: wardTarget?.required ?? 0,
    exempt: false,
    inStage: inStageOf(stageCountersOf(ward.now)),
    observed: wardObserved,
    wardObserved,
    policy: input.policy,
  });
  const count = (status: string) => units.filter((u) => u.attainment.status === status).length;
  return {
    period: periodKey(input.period),
    year,
    asOf: input.today,
    headline,
    units,
    summary: { met: count('MET'), behind: count('BEHIND'), exempt: count('EXEMPT') },
    forecast,
    atRisk: units.filter((u) => u.forecast.status === 'AT_RISK'),
  };
}

/** The kinds of unit any per-unit target of the year applies to: the rows of the per-unit table. */
export function unitKindsWithTargets(targets: readonly Target[], year: number): OrganisationKind[] {
  return [...new Set(targets.filter((t) => t.year === year && TARGET_KIND_DEFINITIONS[t.kind].scope === 'UNIT').flatMap((t) => t.appliesTo))];
}
