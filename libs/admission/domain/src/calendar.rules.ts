import { holidayTableProblems, type HolidayTable, type LocalDate } from '@pdv/calendar';
import { Problems } from '@pdv/errors';

/**
 * What the board sets a day to: a holiday (a day off), a swapped working day (a Saturday or
 * Sunday worked in place of a holiday), or an ordinary day (neither: it undoes a default
 * holiday or swap the government did not announce after all).
 */
export const CALENDAR_DAY_KINDS = ['HOLIDAY', 'SWAPPED_WORKING_DAY', 'ORDINARY_DAY'] as const;
export type CalendarDayKind = (typeof CALENDAR_DAY_KINDS)[number];

/** One of the board's corrections of the working-day calendar, with why (its basis). */
export interface CalendarCorrection {
  date: LocalDate;
  kind: CalendarDayKind;
  /** The holiday's name; null otherwise. */
  name: string | null;
  /** The holiday a swapped working day makes up for; null otherwise. */
  inPlaceOf: LocalDate | null;
  reason: string;
}

/**
 * The table deadlines are counted on: the shared default table with the board's corrections
 * applied in the order they were made, the latest for a day winning. Nothing is stored as a
 * due date, so a correction moves every open deadline whose window holds that day.
 */
export function correctedHolidayTable(base: HolidayTable, corrections: readonly CalendarCorrection[]): HolidayTable {
  const holidays = new Map(base.holidays.map((holiday) => [holiday.date, holiday]));
  const swaps = new Map(base.swappedWorkingDays.map((swap) => [swap.date, swap]));
  for (const correction of corrections) {
    holidays.delete(correction.date);
    swaps.delete(correction.date);
    if (correction.kind === 'HOLIDAY') holidays.set(correction.date, { date: correction.date, name: correction.name ?? '', basis: correction.reason });
    if (correction.kind === 'SWAPPED_WORKING_DAY') swaps.set(correction.date, { date: correction.date, inPlaceOf: correction.inPlaceOf ?? '', basis: correction.reason });
  }
  const byDate = <T extends { date: LocalDate }>(a: T, b: T) => (a.date < b.date ? -1 : 1);
  return { firstYear: base.firstYear, lastYear: base.lastYear, holidays: [...holidays.values()].sort(byDate), swappedWorkingDays: [...swaps.values()].sort(byDate) };
}

/**
 * A correction the calendar can take: a holiday named, a swapped working day saying which
 * holiday it makes up for, and the table after it still sound (a swap on a weekend, making up
 * for a holiday, within the years covered). BAD_USER_INPUT naming the field otherwise.
 */
export function checkCalendarCorrection(base: HolidayTable, earlier: readonly CalendarCorrection[], correction: CalendarCorrection): HolidayTable {
  const problems = new Problems();
  if (correction.kind === 'HOLIDAY' && !correction.name) problems.add('input.name', 'is required for a holiday');
  if (correction.kind !== 'HOLIDAY' && correction.name) problems.add('input.name', 'is for a holiday only');
  if (correction.kind === 'SWAPPED_WORKING_DAY' && !correction.inPlaceOf) problems.add('input.inPlaceOf', 'is required: the holiday this working day makes up for');
  if (correction.kind !== 'SWAPPED_WORKING_DAY' && correction.inPlaceOf) problems.add('input.inPlaceOf', 'is for a swapped working day only');
  problems.throwIfAny('The correction is not valid.');
  const table = correctedHolidayTable(base, [...earlier, correction]);
  const tableProblems = holidayTableProblems(table);
  if (tableProblems.length > 0) {
    const field = tableProblems.some((problem) => problem.includes(`makes up for ${correction.inPlaceOf}`)) ? 'input.inPlaceOf' : 'input.date';
    tableProblems.forEach((problem) => problems.add(field, problem));
    problems.throwIfAny('The calendar would not be sound after this correction.');
  }
  return table;
}
