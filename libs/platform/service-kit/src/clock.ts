/** The domain's time zone: dates ("today", deadlines) are Vietnamese calendar days. */
export const DOMAIN_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const formatter = new Intl.DateTimeFormat('en-CA', {
  timeZone: DOMAIN_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date (YYYY-MM-DD) in Hanoi at `instant`. */
export function localDateInVietnam(instant: Date): string {
  return formatter.format(instant);
}

/** A source of the current instant, replaceable in tests. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
