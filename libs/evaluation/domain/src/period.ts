import {
  type LocalDate,
  parseReportingPeriodKey,
  type ReportingPeriod,
  reportingPeriodKey,
  reportingPeriodRange,
  reportingPeriodsContaining,
  yearOf,
} from '@pdv/calendar';

/**
 * The periods progress is counted and reported by: the calendar's month, quarter, half-year
 * and year, and the plan's term (2025–2030). The term is the plan's, so it lives here and not
 * in the calendar.
 */
export type EvaluationPeriod = ReportingPeriod | { kind: 'TERM'; firstYear: number; lastYear: number };

export interface PlanTerm {
  firstYear: number;
  lastYear: number;
}

/** `T2025-2030`; the calendar's keys for the others (`2026-Q3`, …). */
export function periodKey(period: EvaluationPeriod): string {
  return period.kind === 'TERM' ? `T${period.firstYear}-${period.lastYear}` : reportingPeriodKey(period);
}

const TERM_KEY = /^T(\d{4})-(\d{4})$/;

export function parsePeriodKey(key: string): EvaluationPeriod | null {
  const term = TERM_KEY.exec(key);
  if (term) {
    const [firstYear, lastYear] = [Number(term[1]), Number(term[2])];
    return firstYear <= lastYear ? { kind: 'TERM', firstYear, lastYear } : null;
  }
  return parseReportingPeriodKey(key);
}

/**
 * The keys of every period a fact dated `date` is counted in: its month, quarter, half-year,
 * year, and the term when the year is one of the term's (a fact of 2031 is not in 2025–2030).
 */
export function periodKeysOf(date: LocalDate, term: PlanTerm): string[] {
  const keys = reportingPeriodsContaining(date).map(reportingPeriodKey);
  const year = yearOf(date);
  if (year >= term.firstYear && year <= term.lastYear) keys.push(periodKey({ kind: 'TERM', ...term }));
  return keys;
}

/** The first day of the period and the first day after it. */
export function periodRange(period: EvaluationPeriod): { from: LocalDate; to: LocalDate } {
  if (period.kind !== 'TERM') return reportingPeriodRange(period);
  return { from: `${period.firstYear}-01-01`, to: `${period.lastYear + 1}-01-01` };
}
