import type { Clock } from '@pdv/calendar';

// The Clock type lives in @pdv/calendar with the date functions that read it; it is re-exported
// here because a service's runtime options take one. Reading the real time is the one impure
// part, so it stays in the platform.
export type { Clock } from '@pdv/calendar';

export const systemClock: Clock = { now: () => new Date() };

/**
 * A demo seed's clock: set to a day of the demo year (09:00 in Hanoi, plus minutes), so the
 * history a seed writes through the services reads like a real year.
 */
export class SeedDayClock implements Clock {
  private at = new Date();
  now(): Date {
    return new Date(this.at.getTime());
  }
  setDay(date: string, minutes = 0): void {
    this.at = new Date(Date.parse(`${date}T02:00:00Z`) + minutes * 60_000);
  }
}
