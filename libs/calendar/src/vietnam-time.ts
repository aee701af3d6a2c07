import { formatLocalDate, type LocalDate, localDateParts } from './local-date';

/** A source of the current instant, replaceable in tests; the one Clock type of the workspace. */
export interface Clock {
  now(): Date;
}

/**
 * The domain's dates ("today", deadlines) are calendar days in Asia/Ho_Chi_Minh. Vietnam has
 * kept UTC+7 all year since 1975 (no daylight saving), so a fixed offset is exact for every date
 * this system handles. Fixed arithmetic is chosen over `Intl.DateTimeFormat` with the zone name:
 * it does not depend on the ICU time-zone data Node was built with, and it gives the inverse
 * (`startOfVietnamDay`) with the same rule, which Intl cannot.
 */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The calendar date in Vietnam at an instant. */
export function localDateInVietnam(instant: Date): LocalDate {
  const local = new Date(instant.getTime() + VIETNAM_OFFSET_MS);
  return formatLocalDate({ year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() });
}

/** Today in Vietnam by the given clock. */
export function todayInVietnam(clock: Clock): LocalDate {
  return localDateInVietnam(clock.now());
}

/** 00:00 in Vietnam on a date, as an instant. */
export function startOfVietnamDay(date: LocalDate): Date {
  const { year, month, day } = localDateParts(date);
  return new Date(Date.UTC(year, month - 1, day) - VIETNAM_OFFSET_MS);
}
