import type { Clock } from '@pdv/service-kit';
import { todayOf } from './service-scope';

/** The date a read describes: the one asked for, else today in Hanoi. */
export function dateOrToday(date: string | null | undefined, clock: Clock): string {
  return date ?? todayOf(clock);
}
