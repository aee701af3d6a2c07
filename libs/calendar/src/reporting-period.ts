import { daysInMonth, formatLocalDate, type LocalDate, localDateParts } from './local-date';
import { localDateInVietnam } from './vietnam-time';

/**
 * The calendar periods the ward reports by: cells review monthly, the ward quarterly and
 * six-monthly, and everyone at year end. A period is a half-open range of Vietnamese calendar
 * days [from, to), so a fact dated on a day (or at an instant, through Vietnam time) falls in
 * exactly one period of each kind.
 */
export const REPORTING_PERIOD_KINDS = ['MONTH', 'QUARTER', 'HALF_YEAR', 'YEAR'] as const;
export type ReportingPeriodKind = (typeof REPORTING_PERIOD_KINDS)[number];

export interface ReportingPeriod {
  kind: ReportingPeriodKind;
  year: number;
  /** 1–12 for a month, 1–4 for a quarter, 1–2 for a half-year, 1 for the year. */
  index: number;
}

const MONTHS_IN: Record<ReportingPeriodKind, number> = { MONTH: 1, QUARTER: 3, HALF_YEAR: 6, YEAR: 12 };
const COUNT_IN_YEAR: Record<ReportingPeriodKind, number> = { MONTH: 12, QUARTER: 4, HALF_YEAR: 2, YEAR: 1 };

/** The period of `kind` that contains `date`. */
export function reportingPeriodOf(kind: ReportingPeriodKind, date: LocalDate): ReportingPeriod {
  const { year, month } = localDateParts(date);
  return { kind, year, index: Math.floor((month - 1) / MONTHS_IN[kind]) + 1 };
}

/** The month, quarter, half-year and year that contain `date`, in that order. */
export function reportingPeriodsContaining(date: LocalDate): ReportingPeriod[] {
  return REPORTING_PERIOD_KINDS.map((kind) => reportingPeriodOf(kind, date));
}

/** The periods that contain the Vietnamese calendar day of `instant` (23:30 UTC on 31 March is 1 April in Hanoi). */
export function reportingPeriodsAtInstant(instant: Date): ReportingPeriod[] {
  return reportingPeriodsContaining(localDateInVietnam(instant));
}

/** The first day of the period and the first day after it. */
export function reportingPeriodRange(period: ReportingPeriod): { from: LocalDate; to: LocalDate } {
  const months = MONTHS_IN[period.kind];
  const firstMonth = (period.index - 1) * months + 1;
  const next = firstMonth + months;
  return {
    from: formatLocalDate({ year: period.year, month: firstMonth, day: 1 }),
    to: next > 12 ? formatLocalDate({ year: period.year + 1, month: 1, day: 1 }) : formatLocalDate({ year: period.year, month: next, day: 1 }),
  };
}

/** The last day of the period (inclusive), as reports print it. */
export function reportingPeriodLastDay(period: ReportingPeriod): LocalDate {
  const months = MONTHS_IN[period.kind];
  const lastMonth = period.index * months;
  return formatLocalDate({ year: period.year, month: lastMonth, day: daysInMonth(period.year, lastMonth) });
}

/** Whether the numbers make a period (a real index for its kind, a four-digit year). */
export function isReportingPeriod(period: ReportingPeriod): boolean {
  return (
    (REPORTING_PERIOD_KINDS as readonly string[]).includes(period.kind) &&
    Number.isInteger(period.year) && period.year >= 1 && period.year <= 9999 &&
    Number.isInteger(period.index) && period.index >= 1 && period.index <= COUNT_IN_YEAR[period.kind]
  );
}

const KEY_PREFIX: Record<ReportingPeriodKind, string> = { MONTH: 'M', QUARTER: 'Q', HALF_YEAR: 'H', YEAR: '' };
const KEY = /^(\d{4})(?:-(M|Q|H)(\d{1,2}))?$/;

/**
 * A short, sortable-within-kind key: `2026-M07`, `2026-Q3`, `2026-H2`, `2026`. It names a
 * counter row, so it is stable: changing it would orphan stored counters.
 */
export function reportingPeriodKey(period: ReportingPeriod): string {
  if (period.kind === 'YEAR') return String(period.year).padStart(4, '0');
  const index = period.kind === 'MONTH' ? String(period.index).padStart(2, '0') : String(period.index);
  return `${String(period.year).padStart(4, '0')}-${KEY_PREFIX[period.kind]}${index}`;
}

/** The period a key names, or null for anything that is not one. */
export function parseReportingPeriodKey(key: string): ReportingPeriod | null {
  const match = KEY.exec(key);
  if (!match) return null;
  const year = Number(match[1]);
  const kind: ReportingPeriodKind = match[2] === 'M' ? 'MONTH' : match[2] === 'Q' ? 'QUARTER' : match[2] === 'H' ? 'HALF_YEAR' : 'YEAR';
  if (kind === 'MONTH' && match[3].length !== 2) return null;
  const period = { kind, year, index: match[3] === undefined ? 1 : Number(match[3]) };
  return isReportingPeriod(period) && reportingPeriodKey(period) === key ? period : null;
}
