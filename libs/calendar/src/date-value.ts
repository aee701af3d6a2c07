import { formatLocalDate, type LocalDate } from './local-date';

/**
 * Dates that arrive as something else: a JavaScript `Date` from a database driver or a
 * spreadsheet library, or an Excel serial day number.
 */

const DAY_MS = 86_400_000;

/**
 * The UTC calendar date of an instant: what a PostgreSQL `date` column or an xlsx date cell
 * holds when a driver hands it back as a `Date` at UTC midnight.
 */
export function utcDateOf(instant: Date): LocalDate {
  if (Number.isNaN(instant.getTime())) throw new RangeError('an invalid Date has no calendar date');
  return formatLocalDate({ year: instant.getUTCFullYear(), month: instant.getUTCMonth() + 1, day: instant.getUTCDate() });
}

/**
 * A Date of unknown origin standing for a calendar date (a spreadsheet library may use UTC or
 * its own local midnight): the nearest UTC midnight. Null for an invalid Date.
 */
export function calendarDateOfDateValue(value: Date): LocalDate | null {
  const time = value.getTime();
  if (Number.isNaN(time)) return null;
  return utcDateOf(new Date(Math.round(time / DAY_MS) * DAY_MS));
}

/** An Excel serial day number (1900 date system) as a date; null outside 1 March 1900 – 9999. */
export function dateOfExcelSerial(serial: number): LocalDate | null {
  // Excel counts 29 February 1900, which did not exist, so serials from 61 are days after 1899-12-30.
  if (!Number.isFinite(serial) || serial < 61 || serial > 2958465) return null;
  return utcDateOf(new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * DAY_MS));
}
