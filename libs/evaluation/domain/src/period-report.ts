import type { OrganisationKind } from '@pdv/contracts';
import { addDays, type LocalDate, reportingPeriodLastDay, type ReportingPeriod, reportingPeriodRange } from '@pdv/calendar';
import { AppError, ruleViolation } from '@pdv/errors';
import type { AttainmentStatus, TargetAttainment } from './attainment';
import { EVALUATION_RULES as R } from './evaluation.rules';
import type { ForecastStatus } from './forecast';
import type { OverdueDossier } from './overdue-dossiers';
import { parsePeriodKey } from './period';
import { TARGET_KIND_DEFINITIONS, type TargetMeasure } from './target.rules';
import type { HeadlineFigure, WardEvaluation } from './ward-evaluation';

/**
 * The ward's quarterly, six-monthly and annual reports. A report of a period that has ended is
 * frozen once (the board closes the period, or the first read after its last day does) and
 * never recomputed: asking again returns the same numbers. Facts that arrive later, dated in a
 * frozen period, are counted in the open period's report, with a note on both.
 */
export const REPORT_PERIOD_KINDS = ['QUARTER', 'HALF_YEAR', 'YEAR'] as const;

/** A report's period key (2026-Q3, 2026-H2, 2026), or BAD_USER_INPUT naming `period`. */
export function parseReportPeriod(key: string): ReportingPeriod {
  const period = parsePeriodKey(key);
  if (period === null || period.kind === 'TERM' || !(REPORT_PERIOD_KINDS as readonly string[]).includes(period.kind)) {
    throw AppError.badInput('The report period is not valid.', [{ field: 'period', message: 'must be a quarter (2026-Q3), half-year (2026-H2) or year (2026)' }]);
  }
  return period;
}

/** Whether the period is over on `today` (its last day passed, in Vietnam time): its report can be frozen. */
export function periodEnded(period: ReportingPeriod, today: LocalDate): boolean {
  return today >= reportingPeriodRange(period).to;
}

/** The board closes a period only once it has ended (EVALUATION.REPORT_PERIOD_ENDED). */
export function assertCanClose(period: ReportingPeriod, today: LocalDate): void {
  if (!periodEnded(period, today)) {
    throw ruleViolation(R['EVALUATION.REPORT_PERIOD_ENDED'], `The period ends on ${reportingPeriodLastDay(period)}.`, { lastDay: reportingPeriodLastDay(period) });
  }
}

export interface ReportUnit {
  organisationId: string;
  code: string;
  name: string;
  kind: OrganisationKind;
  status: AttainmentStatus;
  exemptionReason: string | null;
  membersAtStartOfYear: number;
  targets: TargetAttainment[];
  /** Admissions so far this year and the most any admission target asks (the chart's pair). */
  admitted: number;
  admissionsRequired: number;
  supervisorId: string | null;
  forecastStatus: ForecastStatus;
}

export interface SourceFigure {
  sourceCategory: string;
  referred: number;
  accepted: number;
  admitted: number;
}

/** The ward's admissions in each quarter of the year up to the report's end, against the year's target spread evenly. */
export interface QuarterFigure {
  quarter: number;
  admitted: number;
  /** The year's target times quarter ÷ 4, rounded up: where the ward should stand by the quarter's end. */
  targetByQuarterEnd: number;
  admittedByQuarterEnd: number;
}

/** What a report holds; frozen as it is. Ids, codes, names of organisations and numbers only: no person's name. */
export interface ReportSnapshot {
  period: string;
  kind: ReportingPeriod['kind'];
  year: number;
  firstDay: LocalDate;
  lastDay: LocalDate;
  ward: { organisationId: string; code: string; name: string };
  headline: HeadlineFigure[];
  summary: { met: number; behind: number; exempt: number; total: number };
  units: ReportUnit[];
  sources: SourceFigure[];
  quarters: QuarterFigure[];
  forecast: { status: ForecastStatus; likelyAdmissions: number; explanation: { vi: string; en: string } };
  /**
   * The dossiers overdue on the period's last day (today while it is open), from the admission
   * service's events; absent from the reports frozen before the section existed.
   */
  overdueDossiers?: OverdueDossier[];
}

export interface ReportInput {
  period: ReportingPeriod;
  evaluation: WardEvaluation;
  ward: { organisationId: string; code: string; name: string };
  unitNames: ReadonlyMap<string, { code: string; name: string }>;
  supervisors: ReadonlyMap<string, string>;
  /** Entered counts of the period by source category (not ALL): stage → count. */
  sources: readonly { sourceCategory: string; stage: string; value: number }[];
  /** The ward's admissions by quarter of the year (1–4). */
  admittedByQuarter: ReadonlyMap<number, number>;
  /** The dossiers overdue on the report's day (overdueOn). */
  overdueDossiers: readonly OverdueDossier[];
}

function admissionTarget(targets: readonly TargetAttainment[]): TargetAttainment | undefined {
  return targets.filter((t) => TARGET_KIND_DEFINITIONS[t.kind].measure === 'ADMITTED').sort((a, b) => b.required - a.required)[0];
}

/** The report of a period from the ward's evaluation for it: what is frozen. */
export function buildReport(input: ReportInput): ReportSnapshot {
  const { period, evaluation } = input;
  const range = reportingPeriodRange(period);
  const units = evaluation.units.map((u): ReportUnit => {
    const names = input.unitNames.get(u.organisationId) ?? { code: '', name: '' };
    const admission = admissionTarget(u.attainment.targets);
    return {
      organisationId: u.organisationId,
      code: names.code,
      name: names.name,
      kind: u.kind,
      status: u.attainment.status,
      exemptionReason: u.attainment.exemptionReason,
      membersAtStartOfYear: u.membersAtStartOfYear,
      targets: u.attainment.targets,
      admitted: admission?.actual ?? u.forecast.admittedSoFar,
      admissionsRequired: admission?.required ?? 0,
      supervisorId: input.supervisors.get(u.organisationId) ?? null,
      forecastStatus: u.forecast.status,
    };
  });
  const bySource = new Map<string, SourceFigure>();
  for (const row of input.sources) {
    const figure = bySource.get(row.sourceCategory) ?? { sourceCategory: row.sourceCategory, referred: 0, accepted: 0, admitted: 0 };
    if (row.stage === 'REFERRED') figure.referred += row.value;
    if (row.stage === 'ACCEPTED') figure.accepted += row.value;
    if (row.stage === 'ADMITTED') figure.admitted += row.value;
    bySource.set(row.sourceCategory, figure);
  }
  const lastQuarter = Math.ceil(Number(addDays(range.to, -1).slice(5, 7)) / 3);
  const yearTarget = evaluation.headline.find((h) => h.kind === 'WARD_ADMISSIONS' && h.span === 'YEAR')?.required ?? 0;
  let running = 0;
  const quarters = Array.from({ length: lastQuarter }, (_, i): QuarterFigure => {
    const admitted = input.admittedByQuarter.get(i + 1) ?? 0;
    running += admitted;
    return { quarter: i + 1, admitted, targetByQuarterEnd: Math.ceil((yearTarget * (i + 1)) / 4), admittedByQuarterEnd: running };
  });
  return {
    period: evaluation.period,
    kind: period.kind,
    year: period.year,
    firstDay: range.from,
    lastDay: reportingPeriodLastDay(period),
    ward: input.ward,
    headline: evaluation.headline,
    summary: { ...evaluation.summary, total: units.length },
    units,
    sources: [...bySource.values()],
    quarters,
    forecast: { status: evaluation.forecast.status, likelyAdmissions: evaluation.forecast.likelyAdmissions, explanation: evaluation.forecast.explanation },
    overdueDossiers: [...input.overdueDossiers],
  };
}

/** Facts of a frozen period that arrived after it was frozen: per measure, how many more the live counters hold now. */
export interface LateArrival {
  period: string;
  measure: TargetMeasure;
  count: number;
}

/** What the live counters of a frozen period hold beyond its snapshot (the ward's yearly headline, within the period). */
export function lateArrivals(frozen: Pick<ReportSnapshot, 'period' | 'headline'>, live: readonly HeadlineFigure[]): LateArrival[] {
  return frozen.headline
    .filter((f) => f.span === 'YEAR')
    .map((f) => ({ period: frozen.period, measure: TARGET_KIND_DEFINITIONS[f.kind].measure, count: (live.find((l) => l.kind === f.kind && l.span === f.span)?.inPeriod ?? 0) - f.inPeriod }))
    .filter((a) => a.count > 0);
}

const MEASURE_WORDS: Readonly<Record<TargetMeasure, { vi: string; en: string }>> = {
  ADMITTED: { vi: 'đảng viên kết nạp', en: 'admission' },
  TRAINED: { vi: 'quần chúng được bồi dưỡng nhận thức', en: 'candidate trained' },
  SENT_TO_TRAINING: { vi: 'quần chúng được cử đi bồi dưỡng', en: 'candidate sent to training' },
  ACCEPTED: { vi: 'quần chúng được nhận vào nguồn', en: 'referral accepted' },
};

/**
 * The note on a frozen report whose period received late facts, and on the open report that
 * counts them (Vietnamese and English); null when there are none.
 */
export function lateNote(arrivals: readonly LateArrival[], side: 'FROZEN' | 'OPEN', openPeriod: string | null): { vi: string; en: string } | null {
  if (arrivals.length === 0) return null;
  const vi = arrivals.map((a) => `${a.count} ${MEASURE_WORDS[a.measure].vi} của kỳ ${a.period}`).join(', ');
  const en = arrivals.map((a) => `${a.count} ${MEASURE_WORDS[a.measure].en}${a.count === 1 ? '' : 's'} of ${a.period}`).join(', ');
  return side === 'FROZEN'
    ? {
        vi: `Sau khi chốt số liệu có thêm ${vi} được ghi nhận muộn; số liệu báo cáo này giữ nguyên, phần ghi nhận muộn được tính vào kỳ đang mở${openPeriod ? ` (${openPeriod})` : ''}.`,
        en: `After this report was frozen, ${en} arrived late; this report keeps its numbers and the late ones count in the open period${openPeriod ? ` (${openPeriod})` : ''}.`,
      }
    : {
        vi: `Kỳ này tính thêm ${vi} được ghi nhận sau khi kỳ đó đã chốt số liệu.`,
        en: `This period also counts ${en}, recorded after that period was frozen.`,
      };
}

/** The open report's headline with late arrivals of frozen periods counted in its period. */
export function withLateArrivals(headline: readonly HeadlineFigure[], arrivals: readonly LateArrival[]): HeadlineFigure[] {
  return headline.map((h) => {
    if (h.span !== 'YEAR') return h;
    const late = arrivals.filter((a) => a.measure === TARGET_KIND_DEFINITIONS[h.kind].measure).reduce((sum, a) => sum + a.count, 0);
    return late === 0 ? h : { ...h, inPeriod: h.inPeriod + late };
  });
}
