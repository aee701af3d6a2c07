import { addDays, dayOfWeek, formatLocalDate, type LocalDate } from './local-date';
import { lunarNewYearOf, solarDateOf } from './lunar-calendar';
import { ANNOUNCED_HOLIDAYS } from './announced-holidays';
import { LABOUR_CODE_COMPENSATION, LABOUR_CODE_HOLIDAYS } from './holiday-basis';
import { type Holiday, type HolidayTable, type HolidayYear, isWeekend } from './working-day-calendar';

/**
 * The law gives National Day two days, 2/9 "and one day before or after it", and leaves the
 * choice to the Prime Minister each year. By the weekday of 2/9 (0 = Sunday), the day the
 * government has picked since 2021: the side that joins the holiday to a weekend without making
 * a weekend day a holiday (2021 Thu → 3/9, 2022 Fri → 1/9, 2023 Sat → 1/9, 2024 Mon → 3/9,
 * 2025 Tue → 1/9, 2026 Wed → 1/9). Sunday follows the same reasoning; it has not occurred yet.
 */
export const NATIONAL_DAY_SECOND_DAY: Readonly<Record<number, 1 | 3>> = { 0: 3, 1: 3, 2: 1, 3: 1, 4: 3, 5: 1, 6: 1 };

function day(year: number, month: number, dayOfMonth: number): LocalDate {
  return formatLocalDate({ year, month, day: dayOfMonth });
}

/** Tết: the last day of the old lunar year and the first four days of the new one. */
export function tetDays(year: number): LocalDate[] {
  const newYear = lunarNewYearOf(year);
  return [-1, 0, 1, 2, 3].map((offset) => addDays(newYear, offset));
}

/** Giỗ Tổ Hùng Vương: the 10th day of the 3rd lunar month. */
export function hungKingsDay(year: number): LocalDate {
  return solarDateOf({ year, month: 3, day: 10, leap: false });
}

/** The eleven statutory holidays of a year by the Labour Code 2019, art. 112(1), in date order. */
export function statutoryHolidays(year: number): Holiday[] {
  const nationalDay = day(year, 9, 2);
  const named = (date: LocalDate, name: string): Holiday => ({ date, name, basis: LABOUR_CODE_HOLIDAYS });
  return [
    named(day(year, 1, 1), "New Year's Day"),
    ...tetDays(year).map((date) => named(date, 'Tết Nguyên Đán')),
    named(hungKingsDay(year), "Hùng Kings' Commemoration Day"),
    named(day(year, 4, 30), 'Reunification Day'),
    named(day(year, 5, 1), 'International Labour Day'),
    named(nationalDay, 'National Day'),
    named(day(year, 9, NATIONAL_DAY_SECOND_DAY[dayOfWeek(nationalDay)]), 'National Day'),
  ].sort((a, b) => (a.date < b.date ? -1 : 1));
}

/**
 * A year's days off as the law alone gives them: the statutory holidays and, for each that
 * falls on a Saturday or Sunday, a compensating day off on the next weekday that is not off already.
 */
export function lawDerivedHolidays(year: number): Holiday[] {
  const holidays = statutoryHolidays(year);
  const off = new Set(holidays.map((holiday) => holiday.date));
  const compensations: Holiday[] = [];
  for (const holiday of holidays.filter((h) => isWeekend(h.date))) {
    let next = addDays(holiday.date, 1);
    while (isWeekend(next) || off.has(next)) next = addDays(next, 1);
    off.add(next);
    compensations.push({ date: next, name: `Compensating day off for ${holiday.name}`, basis: LABOUR_CODE_COMPENSATION });
  }
  return [...holidays, ...compensations].sort((a, b) => (a.date < b.date ? -1 : 1));
}

/** A year as the government announced it where `ANNOUNCED_HOLIDAYS` has it, else as the law gives it. */
export function defaultHolidayYear(year: number): HolidayYear {
  return ANNOUNCED_HOLIDAYS[year] ?? { holidays: lawDerivedHolidays(year), swappedWorkingDays: [] };
}

/**
 * The starting table for `firstYear`–`lastYear`. The admission service keeps the editable table
 * (the committee corrects it when an announcement comes); this is what it starts from.
 */
export function defaultHolidayTable(firstYear: number, lastYear: number): HolidayTable {
  if (!Number.isInteger(firstYear) || !Number.isInteger(lastYear) || firstYear > lastYear) {
    throw new RangeError('defaultHolidayTable needs whole years, firstYear not after lastYear');
  }
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => defaultHolidayYear(firstYear + i));
  return {
    firstYear,
    lastYear,
    holidays: years.flatMap((year) => year.holidays),
    swappedWorkingDays: years.flatMap((year) => year.swappedWorkingDays),
  };
}
