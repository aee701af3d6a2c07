import { type Clock, localDateInVietnam } from '@pdv/service-kit';

/** Today's calendar date in Hanoi, the domain's "today". */
export function todayOf(clock: Clock): string {
  return localDateInVietnam(clock.now());
}

/** The date a read describes: the one asked for, else today in Hanoi. */
export function dateOrToday(date: string | null | undefined, clock: Clock): string {
  return date ?? todayOf(clock);
}
