import { addDays, daysBetween, type LocalDate, localDateParts, reportingPeriodLastDay, yearOf } from '@pdv/calendar';
import { DEFAULT_EVALUATION_POLICY, type ForecastPolicy, PIPELINE_STAGES, type PipelineStage } from './evaluation.policy';
import type { EvaluationRuleId } from './evaluation.rules';
import { conversion, medianDays, type StageCounters } from './progress';

/** What was observed of one stage in a scope: the cohort counts and the day histogram. */
export type ObservedStage = Pick<StageCounters, 'entered' | 'advanced' | 'daysInStage'>;
export type ObservedStages = Partial<Readonly<Record<PipelineStage, ObservedStage>>>;

/** Where a stage's conversion and time came from: the unit's own history, the ward's, or the policy's defaults. */
export type ForecastBasis = 'UNIT' | 'WARD' | 'DEFAULT';

export interface PipelineProjection {
  stage: PipelineStage;
  /** Candidates in the stage now. */
  count: number;
  /** The chance one of them is admitted (the product of the conversions from here to admission). */
  probability: number;
  /** Days from now to admission: half of this stage's median (they entered at different times), then the later stages'. */
  daysToAdmission: number;
  /** Whether they are likely admitted by 31 December; those who are not do not count this year. */
  inTime: boolean;
  basis: ForecastBasis;
}

export type ForecastStatus = 'MET' | 'ON_TRACK' | 'AT_RISK' | 'EXEMPT';

export interface Forecast {
  year: number;
  asOf: LocalDate;
  admittedSoFar: number;
  required: number;
  /** The expected admissions still to come this year (not rounded). */
  expectedMore: number;
  /** admittedSoFar + expectedMore, to the nearest whole person: what the year will likely end with. */
  likelyAdmissions: number;
  status: ForecastStatus;
  rule: EvaluationRuleId;
  /** The plan's latest day to name a unit at risk: the end of Q3 (policy). */
  atRiskNamedBy: LocalDate;
  pipeline: PipelineProjection[];
  /**
   * What would close the gap: more referrals accepted into the pool, by a day; null when none
   * are needed. acceptedReferrals is null when no conversion from the pool to admission has been
   * observed (a stage converted none of its candidates): the number cannot be estimated then.
   */
  needs: { acceptedReferrals: number | null; by: LocalDate | null } | null;
  explanation: { vi: string; en: string };
}

export interface ForecastInput {
  year: number;
  today: LocalDate;
  admittedSoFar: number;
  required: number;
  exempt: boolean;
  /** The pipeline as it stands (IN_STAGE counters). */
  inStage: Partial<Readonly<Record<PipelineStage, number>>>;
  /** The unit's own history (for the ward's forecast, the ward's). */
  observed: ObservedStages;
  /** The ward's history, used for a stage where the unit has too little of its own. */
  wardObserved: ObservedStages;
  policy?: ForecastPolicy;
}

// The largest count the API's Int carries: beyond it the estimate means nothing anyway.
const MAX_ESTIMATE = 2_147_483_647;

/**
 * How many more referrals must be accepted into the pool to add `gap` admissions, when one
 * accepted referral is admitted with probability `chance`; null when it cannot be estimated:
 * no conversion observed (chance 0, or none measured), or one so near zero that dividing by it
 * overflows (no conversion to speak of either).
 */
export function referralsNeeded(gap: number, chance: number | null): number | null {
  if (chance === null || !(chance > 0)) return null;
  const needed = Math.ceil(gap / chance);
  return Number.isFinite(needed) && needed <= MAX_ESTIMATE ? needed : null;
}

function stageEstimate(stage: PipelineStage, input: ForecastInput, policy: ForecastPolicy): { conversion: number; days: number; basis: ForecastBasis } {
  for (const [basis, observed] of [
    ['UNIT', input.observed[stage]],
    ['WARD', input.wardObserved[stage]],
  ] as const) {
    if (!observed || observed.entered < policy.minimumSample) continue;
    const days = medianDays(observed.daysInStage);
    return { conversion: conversion(observed) ?? policy.defaultConversion[stage], days: days ?? policy.defaultDaysInStage[stage], basis };
  }
  return { conversion: policy.defaultConversion[stage], days: policy.defaultDaysInStage[stage], basis: 'DEFAULT' };
}

/**
 * The admissions a unit (or the ward) will likely end the year with: those admitted so far,
 * plus, for each stage of the pipeline, the candidates in it times their chance of being
 * admitted, when the stage times say it happens by 31 December. Conversions and times are the
 * unit's own once it has `minimumSample` candidates through a stage, else the ward's, else the
 * policy's defaults (so a unit with no history still gets a forecast). A unit short of its
 * target is AT_RISK (EVALUATION.AT_RISK_NAMED_BY_Q3), with what would close the gap.
 */
export function forecastAdmissions(input: ForecastInput): Forecast {
  const policy = input.policy ?? DEFAULT_EVALUATION_POLICY.forecast;
  const yearEnd = `${input.year}-12-31`;
  const daysLeft = yearOf(input.today) > input.year ? -1 : yearOf(input.today) < input.year ? daysBetween(`${input.year}-01-01`, yearEnd) : daysBetween(input.today, yearEnd);
  const estimates = PIPELINE_STAGES.map((stage) => ({ stage, ...stageEstimate(stage, input, policy) }));

  const pipeline: PipelineProjection[] = estimates.map((estimate, i) => {
    const later = estimates.slice(i);
    const probability = later.reduce((p, e) => p * e.conversion, 1);
    const daysToAdmission = Math.round(estimate.days / 2 + later.slice(1).reduce((sum, e) => sum + e.days, 0));
    return { stage: estimate.stage, count: input.inStage[estimate.stage] ?? 0, probability, daysToAdmission, inTime: daysToAdmission <= daysLeft, basis: estimate.basis };
  });
  const expectedMore = pipeline.reduce((sum, p) => sum + (p.inTime ? p.count * p.probability : 0), 0);
  const likelyAdmissions = input.admittedSoFar + Math.round(expectedMore);
  const status: ForecastStatus = input.exempt
    ? 'EXEMPT'
    : input.admittedSoFar >= input.required
      ? 'MET'
      : likelyAdmissions >= input.required
        ? 'ON_TRACK'
        : 'AT_RISK';

  let needs: Forecast['needs'] = null;
  if (status === 'AT_RISK') {
    const fromPool = estimates.slice(PIPELINE_STAGES.indexOf('ACCEPTED'));
    const chance = fromPool.reduce((p, e) => p * e.conversion, 1);
    const daysFromPool = fromPool.reduce((sum, e) => sum + e.days, 0);
    const latest = addDays(yearEnd, -daysFromPool);
    needs = {
      acceptedReferrals: referralsNeeded(input.required - likelyAdmissions, chance),
      by: latest >= input.today && yearOf(latest) === input.year ? latest : null,
    };
  }
  const atRiskNamedBy = reportingPeriodLastDay({ kind: 'QUARTER', year: input.year, index: policy.atRiskNamedByQuarter });
  const forecast = { year: input.year, asOf: input.today, admittedSoFar: input.admittedSoFar, required: input.required, expectedMore, likelyAdmissions, status, rule: 'EVALUATION.AT_RISK_NAMED_BY_Q3' as const, atRiskNamedBy, pipeline, needs };
  return { ...forecast, explanation: explainForecast(forecast) };
}

// Closest to admission first: that is what a committee acts on first.
const SAY: Readonly<Record<PipelineStage, { vi: (n: number) => string; en: (n: number) => string }>> = {
  DECIDED: { vi: (n) => `${n} người đã có quyết định, chờ lễ kết nạp`, en: (n) => `${n} decided, awaiting the ceremony` },
  CELL_RESOLVED: { vi: (n) => `${n} hồ sơ chờ quyết định`, en: (n) => `${n} ${n === 1 ? 'dossier' : 'dossiers'} awaiting decision` },
  DOSSIER_OPENED: { vi: (n) => `${n} hồ sơ đang hoàn thiện`, en: (n) => `${n} ${n === 1 ? 'dossier' : 'dossiers'} being prepared` },
  TRAINED: { vi: (n) => `${n} người đã học xong lớp nhận thức, chưa lập hồ sơ`, en: (n) => `${n} trained without a dossier yet` },
  SENT_TO_TRAINING: { vi: (n) => `${n} người đang học lớp nhận thức`, en: (n) => `${n} in training` },
  ACCEPTED: { vi: (n) => `${n} quần chúng trong nguồn`, en: (n) => `${n} in the source pool` },
  REFERRED: { vi: (n) => `${n} lượt giới thiệu chờ chi bộ xem xét`, en: (n) => `${n} ${n === 1 ? 'referral' : 'referrals'} awaiting the cell` },
};

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The forecast in words, Vietnamese and English; ids and numbers only, never a name. */
export function explainForecast(f: Omit<Forecast, 'explanation'>): { vi: string; en: string } {
  const parts = [...f.pipeline].reverse().filter((p) => p.count > 0);
  const vi: string[] = [`Đã kết nạp ${f.admittedSoFar}/${f.required}, dự kiến cả năm ${f.likelyAdmissions}`];
  const en: string[] = [`${f.admittedSoFar} admitted of ${f.required} required, likely ${f.likelyAdmissions} by year end`];
  if (f.status === 'EXEMPT') {
    vi.push('đơn vị được miễn chỉ tiêu năm nay, kết quả vẫn tính vào tổng của phường');
    en.push('the unit is exempt from the targets this year; its results still count in the ward’s totals');
  }
  vi.push(parts.length === 0 ? 'chưa có ai trong quy trình' : parts.map((p) => SAY[p.stage].vi(p.count)).join(', '));
  en.push(parts.length === 0 ? 'nothing in the pipeline' : parts.map((p) => SAY[p.stage].en(p.count)).join(', '));
  const n = f.needs?.acceptedReferrals ?? null;
  const by = f.needs?.by ? localDateParts(f.needs.by) : null;
  if (f.needs && n === null) {
    // Said plainly rather than a count divided by zero: what helps is moving the candidates in
    // hand (that is what gets a conversion observed) and widening the pool meanwhile.
    vi.push(
      `chưa ghi nhận quần chúng nào đi tiếp từ nguồn đến kết nạp nên chưa ước tính được cần thêm bao nhiêu quần chúng: ${
        by ? `nhận thêm quần chúng vào nguồn trước ngày ${by.day}/${by.month}/${by.year} và ` : ''
      }đẩy nhanh các hồ sơ đang có`,
    );
    en.push(
      `no conversion from the source pool to admission has been observed yet, so the referrals needed cannot be estimated: ${
        by ? `accept more referrals by ${by.day} ${EN_MONTHS[by.month - 1]} and ` : ''
      }speed up the dossiers in hand`,
    );
  } else if (n !== null && by) {
    vi.push(`cần thêm ${n} quần chúng được nhận vào nguồn trước ngày ${by.day}/${by.month}/${by.year}`);
    en.push(`needs ${n} more ${n === 1 ? 'referral' : 'referrals'} accepted by ${by.day} ${EN_MONTHS[by.month - 1]}`);
  } else if (n !== null) {
    vi.push(`cần thêm ${n} quần chúng được nhận vào nguồn nhưng không còn kịp trong năm: đẩy nhanh các hồ sơ đang có`);
    en.push(`would need ${n} more ${n === 1 ? 'referral' : 'referrals'} accepted, too late for this year: speed up the dossiers in hand`);
  }
  return { vi: `${vi.join('; ')}.`, en: `${en.join('; ')}.` };
}
