import { defaultHolidayTable, workingDayCalendar, type WorkingDayCalendar } from '@pdv/calendar';

/**
 * The working-day calendar deadlines are counted on: the shared default table (the
 * government's announcements, else the law) for the plan period and the year after it, so a
 * deadline opened in 2030 still falls inside. The board's editable table will replace it.
 */
export const WORKING_DAYS: WorkingDayCalendar = workingDayCalendar(defaultHolidayTable(2025, 2031));
