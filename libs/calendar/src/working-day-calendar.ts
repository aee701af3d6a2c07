import { addDays, dayOfWeek, isLocalDate, type LocalDate, yearOf } from './local-date';

/** A day off on a day that would otherwise be worked, or a holiday that falls on a weekend. */
export interface Holiday {
  date: LocalDate;
  name: string;
  /** Why the day is off: the article of law or the government notice, for the people who keep the table. */
  basis: string;
}

/** A Saturday or Sunday declared a working day, to make up for a weekday given off (`inPlaceOf`). */
export interface SwappedWorkingDay {
  date: LocalDate;
  inPlaceOf: LocalDate;
  basis: string;
}

/** One year's entries of a holiday table. */
export interface HolidayYear {
  holidays: readonly Holiday[];
  swappedWorkingDays: readonly SwappedWorkingDay[];
}

/**
 * The days off and swapped working days of the years `firstYear`–`lastYear`. The table must be
 * complete for those years: a date outside them is refused rather than guessed.
 */
export interface HolidayTable {
  firstYear: number;
  lastYear: number;
  holidays: readonly Holiday[];
  swappedWorkingDays: readonly SwappedWorkingDay[];
}

/**
 * Working days for state bodies in Vietnam: Monday to Friday, less the table's holidays, plus
 * its swapped working days (weekend days worked in place of a weekday given off).
 */
export interface WorkingDayCalendar {
  readonly firstYear: number;
  readonly lastYear: number;
  isWorkingDay(date: LocalDate): boolean;
  /**
   * The `n`-th working day after `date` (n > 0) or before it (n < 0); `date` itself is never
   * counted, so a deadline of "within 60 working days of the resolution" is
   * `addWorkingDays(resolution, 60)`: day 1 is the first working day after the resolution date,
   * and the result is the last day allowed. `n = 0` answers `date` unchanged.
   */
  addWorkingDays(date: LocalDate, n: number): LocalDate;
  /**
   * The working days `d` with `from < d <= to` — the start excluded, the end included — and the
   * negative of `workingDaysBetween(to, from)` when `to` is earlier. So for n >= 0,
   * `workingDaysBetween(a, addWorkingDays(a, n)) === n`, and a decision on date D is late when
   * `workingDaysBetween(resolution, D) > 60`.
   */
  workingDaysBetween(from: LocalDate, to: LocalDate): number;
}

const SATURDAY = 6;
const SUNDAY = 0;

export function isWeekend(date: LocalDate): boolean {
  const day = dayOfWeek(date);
  return day === SATURDAY || day === SUNDAY;
}

/** Why a table cannot be used (empty when it can); each problem names the date at fault. */
export function holidayTableProblems(table: HolidayTable): string[] {
  const problems: string[] = [];
  const { firstYear, lastYear } = table;
  if (!Number.isInteger(firstYear) || !Number.isInteger(lastYear) || firstYear > lastYear) {
    return ['firstYear and lastYear must be whole years, firstYear not after lastYear'];
  }
  const covered = (date: LocalDate) => isLocalDate(date) && yearOf(date) >= firstYear && yearOf(date) <= lastYear;
  const holidays = new Set<LocalDate>();
  for (const holiday of table.holidays) {
    if (!covered(holiday.date)) problems.push(`holiday ${holiday.date} is not a date in ${firstYear}–${lastYear}`);
    else if (holidays.has(holiday.date)) problems.push(`holiday ${holiday.date} is listed twice`);
    holidays.add(holiday.date);
  }
  const worked = new Set<LocalDate>();
  for (const swap of table.swappedWorkingDays) {
    if (!covered(swap.date)) problems.push(`swapped working day ${swap.date} is not a date in ${firstYear}–${lastYear}`);
    else if (!isWeekend(swap.date)) problems.push(`swapped working day ${swap.date} is not a Saturday or Sunday`);
    else if (holidays.has(swap.date)) problems.push(`swapped working day ${swap.date} is also a holiday`);
    else if (worked.has(swap.date)) problems.push(`swapped working day ${swap.date} is listed twice`);
    if (!holidays.has(swap.inPlaceOf)) problems.push(`swapped working day ${swap.date} makes up for ${swap.inPlaceOf}, which is not a holiday`);
    worked.add(swap.date);
  }
  return problems;
}

/** A calendar over a table; throws a RangeError listing every problem of a table that cannot be used. */
export function workingDayCalendar(table: HolidayTable): WorkingDayCalendar {
  const problems = holidayTableProblems(table);
  if (problems.length > 0) throw new RangeError(`holiday table: ${problems.join('; ')}`);
  const { firstYear, lastYear } = table;
  const holidays = new Set(table.holidays.map((holiday) => holiday.date));
  const worked = new Set(table.swappedWorkingDays.map((swap) => swap.date));

  const isWorkingDay = (date: LocalDate): boolean => {
    const year = yearOf(date);
    if (year < firstYear || year > lastYear) {
      throw new RangeError(`the holiday table covers ${firstYear}–${lastYear}; ${date} is outside it`);
    }
    return worked.has(date) || (!isWeekend(date) && !holidays.has(date));
  };

  const addWorkingDays = (date: LocalDate, n: number): LocalDate => {
    if (!Number.isInteger(n)) throw new RangeError('addWorkingDays counts whole days');
    const step = n < 0 ? -1 : 1;
    let day = date;
    for (let left = Math.abs(n); left > 0; ) {
      day = addDays(day, step);
      if (isWorkingDay(day)) left -= 1;
    }
    return day;
  };

  const workingDaysBetween = (from: LocalDate, to: LocalDate): number => {
    const [start, end, sign] = to < from ? [to, from, -1] : [from, to, 1];
    let count = 0;
    for (let day = addDays(start, 1); day <= end; day = addDays(day, 1)) {
      if (isWorkingDay(day)) count += 1;
    }
    return count === 0 ? 0 : sign * count; // never -0
  };

  return { firstYear, lastYear, isWorkingDay, addWorkingDays, workingDaysBetween };
}
