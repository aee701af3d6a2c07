import { readFileSync, statSync, writeFileSync } from 'node:fs';
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

/**
 * The clock of every service an end-to-end test starts as its own process: the instant written
 * in the file at `path` (ISO 8601), advancing with the wall clock from when the file was
 * written, and read again whenever the file changes — so the test moves the whole stack to the
 * same day (twelve months on, say) by rewriting one file, with no restart.
 */
export class FileClock implements Clock {
  private writtenAtMs = Number.NaN;
  private instantMs = 0;

  constructor(private readonly path: string) {}

  now(): Date {
    const { mtimeMs } = statSync(this.path);
    if (mtimeMs !== this.writtenAtMs) {
      const written = readFileSync(this.path, 'utf8').trim();
      const instantMs = Date.parse(written);
      if (Number.isNaN(instantMs)) throw new Error(`TEST_CLOCK_FILE ${this.path} holds no ISO 8601 instant: ${JSON.stringify(written.slice(0, 40))}`);
      this.instantMs = instantMs;
      this.writtenAtMs = mtimeMs;
    }
    return new Date(this.instantMs + Math.max(0, Date.now() - this.writtenAtMs));
  }
}

/** Writes the instant a FileClock reads (the test's side of TEST_CLOCK_FILE). */
export function setFileClock(path: string, instant: Date | string): void {
  writeFileSync(path, `${new Date(instant).toISOString()}\n`);
}

/**
 * The clock a service's main.ts runs on: the real one, or the test clock file named by
 * TEST_CLOCK_FILE — which loadConfig refuses in production, so there it is always the real one.
 */
export function configuredClock(config: { NODE_ENV: string; TEST_CLOCK_FILE?: string }): Clock {
  if (!config.TEST_CLOCK_FILE) return systemClock;
  if (config.NODE_ENV === 'production') throw new Error('TEST_CLOCK_FILE is a test setting and is refused in production');
  return new FileClock(config.TEST_CLOCK_FILE);
}
