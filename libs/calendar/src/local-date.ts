/**
 * Calendar dates as ISO `YYYY-MM-DD` strings. They compare correctly as strings, so most code
 * uses `<`/`<=` directly; these helpers cover validation and calendar arithmetic. All
 * arithmetic is done on UTC day numbers so no time zone can shift a day.
 */
export type LocalDate = string;

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

// A table rather than a Date round trip: validation runs per spreadsheet row, so it must be cheap.
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** Days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1];
}

export function daysInYear(year: number): number {
  return isLeapYear(year) ? 366 : 365;
}

/** Whether the three numbers name a real day between the years 1 and 9999 (`2025-02-29` does not). */
export function isRealDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

export function formatLocalDate({ year, month, day }: DateParts): LocalDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The parts of a real `YYYY-MM-DD` date, or null for anything else: for input that may be wrong. */
export function parseLocalDate(value: unknown): DateParts | null {
  if (typeof value !== 'string') return null;
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const parts = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isRealDate(parts.year, parts.month, parts.day) ? parts : null;
}

/** True for a real calendar date written `YYYY-MM-DD` (so `2025-02-29` is not one). */
export function isLocalDate(value: unknown): value is LocalDate {
  return parseLocalDate(value) !== null;
}

/**
 * The parts of a date the caller has already validated; throws otherwise, since a bad date
 * here is a bug, not bad input. The value is left out of the message: it may be a date of birth.
 */
export function localDateParts(date: LocalDate): DateParts {
  const parts = parseLocalDate(date);
  if (!parts) throw new RangeError('not a YYYY-MM-DD date');
  return parts;
}

/** Days since 1970-01-01: the one representation all the arithmetic below goes through. */
function dayNumber(date: LocalDate): number {
  const { year, month, day } = localDateParts(date);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

function fromDayNumber(days: number): LocalDate {
  const date = new Date(days * DAY_MS);
  return formatLocalDate({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromDayNumber(dayNumber(date) + days);
}

/**
 * The same day `months` later; when that month is shorter, its last day
 * (`2024-01-31` + 1 month = `2024-02-29`, `2024-02-29` + 12 months = `2025-02-28`).
 */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const { year, month, day } = localDateParts(date);
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = index - newYear * 12 + 1;
  return formatLocalDate({ year: newYear, month: newMonth, day: Math.min(day, daysInMonth(newYear, newMonth)) });
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return dayNumber(to) - dayNumber(from);
}

/**
 * Full years from `from` to `to` — age on `to` for someone born on `from`: the birthday counts
 * from its month and day, so a 29 February birthday is reached on 1 March in common years.
 */
export function fullYearsOn(from: LocalDate, to: LocalDate): number {
  const a = localDateParts(from);
  const b = localDateParts(to);
  const beforeAnniversary = b.month < a.month || (b.month === a.month && b.day < a.day);
  return b.year - a.year - (beforeAnniversary ? 1 : 0);
}

/**
 * Full months from `from` to `to` (the Charter counts age in months): a month is complete on
 * the same day of a later month, so 31 January reaches one month only on 1 March.
 */
export function fullMonthsOn(from: LocalDate, to: LocalDate): number {
  const a = localDateParts(from);
  const b = localDateParts(to);
  return (b.year - a.year) * 12 + (b.month - a.month) - (b.day < a.day ? 1 : 0);
}

/**
 * The first day on which `fullMonthsOn(from, day) >= months` (months >= 0): the day an
 * eligibility counted in full months is reached. It is `addMonths` except when that lands on a
 * shortened month end: 29 February + 12 months is reached on 1 March, as a birthday is.
 */
export function dateOfFullMonths(from: LocalDate, months: number): LocalDate {
  const candidate = addMonths(from, months);
  return fullMonthsOn(from, candidate) >= months ? candidate : addDays(candidate, 1);
}

/** 1 for 1 January. */
export function dayOfYear(date: LocalDate): number {
  return dayNumber(date) - dayNumber(firstDayOfYear(yearOf(date))) + 1;
}

/** 0 for Sunday to 6 for Saturday, as `Date.getUTCDay`. */
export function dayOfWeek(date: LocalDate): number {
  // 1970-01-01 was a Thursday (4).
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

export function yearOf(date: LocalDate): number {
  return localDateParts(date).year;
}

export function firstDayOfYear(year: number): LocalDate {
  return formatLocalDate({ year, month: 1, day: 1 });
}

export function maxDate(a: LocalDate, b: LocalDate): LocalDate {
  return a >= b ? a : b;
}

export function minDate(a: LocalDate, b: LocalDate): LocalDate {
  return a <= b ? a : b;
}

/** Whether `date` lies in the half-open period [from, to); `to = null` is open-ended. */
export function isWithin(date: LocalDate, from: LocalDate, to: LocalDate | null): boolean {
  return from <= date && (to === null || date < to);
}

/** Whether the half-open periods [aFrom, aTo) and [bFrom, bTo) share at least one day. */
export function periodsOverlap(aFrom: LocalDate, aTo: LocalDate | null, bFrom: LocalDate, bTo: LocalDate | null): boolean {
  return (aTo === null || bFrom < aTo) && (bTo === null || aFrom < bTo) && aFrom !== aTo && bFrom !== bTo;
}
