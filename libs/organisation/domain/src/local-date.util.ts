/**
 * Calendar dates as ISO `YYYY-MM-DD` strings. They compare correctly as strings, so most code
 * uses `<`/`<=` directly; these helpers cover validation and calendar arithmetic. All
 * arithmetic is done in UTC so no time zone can shift a day.
 */
export type LocalDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

function parts(date: LocalDate): [number, number, number] {
  const match = ISO_DATE.exec(date);
  if (!match) throw new Error(`not a YYYY-MM-DD date: ${JSON.stringify(date)}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function fromUtc(time: number): LocalDate {
  return new Date(time).toISOString().slice(0, 10);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for a real calendar date written `YYYY-MM-DD` (so `2025-02-29` is not one). */
export function isLocalDate(value: unknown): value is LocalDate {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const [year, month, day] = parts(date);
  return fromUtc(Date.UTC(year, month - 1, day) + days * DAY_MS);
}

/**
 * The same day `months` later; when that month is shorter, its last day
 * (`2024-01-31` + 1 month = `2024-02-29`, `2024-02-29` + 12 months = `2025-02-28`).
 */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const [year, month, day] = parts(date);
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = (index % 12) + 1;
  const newDay = Math.min(day, daysInMonth(newYear, newMonth));
  return `${String(newYear).padStart(4, '0')}-${String(newMonth).padStart(2, '0')}-${String(newDay).padStart(2, '0')}`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / DAY_MS);
}

/**
 * Full years of age on `date` for someone born on `dateOfBirth`: the birthday counts from
 * its month and day, so a 29 February birthday is reached on 1 March in common years.
 */
export function fullYearsOn(dateOfBirth: LocalDate, date: LocalDate): number {
  const [y1, m1, d1] = parts(dateOfBirth);
  const [y2, m2, d2] = parts(date);
  const beforeBirthday = m2 < m1 || (m2 === m1 && d2 < d1);
  return y2 - y1 - (beforeBirthday ? 1 : 0);
}

export function yearOf(date: LocalDate): number {
  return parts(date)[0];
}

export function firstDayOfYear(year: number): LocalDate {
  return `${String(year).padStart(4, '0')}-01-01`;
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
