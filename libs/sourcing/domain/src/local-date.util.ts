/**
 * Calendar dates as YYYY-MM-DD strings in the domain's time zone, Asia/Ho_Chi_Minh
 * (UTC+7 all year, no daylight saving), computed with UTC arithmetic only.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isRealDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

export function formatDate({ year, month, day }: DateParts): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The parts of a real YYYY-MM-DD date, or null. */
export function parseIsoDate(text: string): DateParts | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const parts = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isRealDate(parts.year, parts.month, parts.day) ? parts : null;
}

export function isIsoDate(text: unknown): text is string {
  return typeof text === 'string' && parseIsoDate(text) !== null;
}

/** The calendar date in Vietnam at an instant. */
export function vietnamDateOf(instant: Date): string {
  const local = new Date(instant.getTime() + VIETNAM_OFFSET_MS);
  return formatDate({ year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() });
}

/** 00:00 in Vietnam on a date, as an instant. */
export function startOfVietnamDay(date: string): Date {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) - VIETNAM_OFFSET_MS);
}

/** The same day `months` later; a day the target month lacks becomes its last day (31 Jan + 1 → 28/29 Feb). */
export function addMonthsClamped(date: string, months: number): string {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError('addMonthsClamped needs a real YYYY-MM-DD date');
  const index = parts.year * 12 + (parts.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return formatDate({ year, month, day: Math.min(parts.day, daysInMonth(year, month)) });
}

/**
 * Completed years between a birth date and a date: the number of birthdays passed. A
 * 29 February birthday is reached on 1 March in common years.
 */
export function fullYearsOn(birth: DateParts, on: DateParts): number {
  const beforeBirthday = on.month < birth.month || (on.month === birth.month && on.day < birth.day);
  return on.year - birth.year - (beforeBirthday ? 1 : 0);
}

/** Completed months between two dates (the Charter counts age in months). */
export function fullMonthsOn(birth: DateParts, on: DateParts): number {
  return (on.year - birth.year) * 12 + (on.month - birth.month) - (on.day < birth.day ? 1 : 0);
}

/** 1 for 1 January. */
export function dayOfYear(date: DateParts): number {
  return Math.round((Date.UTC(date.year, date.month - 1, date.day) - Date.UTC(date.year, 0, 1)) / DAY_MS) + 1;
}

export function daysInYear(year: number): number {
  return daysInMonth(year, 2) === 29 ? 366 : 365;
}

/** A Date (e.g. from a spreadsheet library) as the calendar date it stands for: the nearest UTC midnight. */
export function calendarDateOfDateValue(value: Date): string | null {
  const time = value.getTime();
  if (Number.isNaN(time)) return null;
  return new Date(Math.round(time / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
}

/** An Excel serial day number (1900 date system) as a date; null outside 1 March 1900 – 9999. */
export function dateOfExcelSerial(serial: number): string | null {
  // Excel counts 29 February 1900, which did not exist, so serials from 61 are days after 1899-12-30.
  if (!Number.isFinite(serial) || serial < 61 || serial > 2958465) return null;
  return new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);
}
