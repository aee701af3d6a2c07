import type { CalendarCorrection, CalendarDayKind } from '@pdv/admission-domain';
import { correctedHolidayTable } from '@pdv/admission-domain';
import { defaultHolidayTable, type HolidayTable, workingDayCalendar, type WorkingDayCalendar } from '@pdv/calendar';
import type { EntityManager } from '@pdv/persistence';

/**
 * The shared default table (the government's announcements, else the law) for the plan period
 * and the year after it, so a deadline opened in 2030 still falls inside: what the board's
 * corrections start from.
 */
export const DEFAULT_HOLIDAY_TABLE: HolidayTable = defaultHolidayTable(2025, 2031);

/** The board's corrections, in the order they were made. */
export function calendarCorrections(em: EntityManager): Promise<CalendarCorrection[]> {
  return em.execute<(CalendarCorrection & { kind: CalendarDayKind })[]>(
    `select to_char(date, 'YYYY-MM-DD') as date, kind, name, to_char(in_place_of, 'YYYY-MM-DD') as "inPlaceOf", reason
       from working_day_calendar_correction order by recorded_at, id`,
  );
}

/**
 * The working-day calendar deadlines are counted on: the default table with the board's
 * corrections, read when needed (due dates are never stored), so a correction moves every
 * open deadline at once.
 */
export async function loadWorkingDays(em: EntityManager): Promise<WorkingDayCalendar> {
  return workingDayCalendar(correctedHolidayTable(DEFAULT_HOLIDAY_TABLE, await calendarCorrections(em)));
}
