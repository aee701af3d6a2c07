/**
 * The one clock of the test suites (a `Clock` of @pdv/service-kit, not imported: messaging's
 * tests import this library). It starts at a chosen instant and stays there unless
 * `ticking` is set, in which case it advances with the wall clock from there (rows recorded
 * one after another keep their order while the day stays fixed). `set` moves it by hand.
 */
export class TestClock {
  private current: number;
  private setAt = Date.now();

  constructor(
    start: Date | string,
    private readonly options: { ticking?: boolean } = {},
  ) {
    this.current = new Date(start).getTime();
  }

  /** A ticking clock on `localDate` at 10:00 in Hanoi, so "today" does not depend on when tests run. */
  static onDay(localDate: string): TestClock {
    return new TestClock(`${localDate}T03:00:00Z`, { ticking: true });
  }

  now(): Date {
    return new Date(this.options.ticking ? this.current + (Date.now() - this.setAt) : this.current);
  }

  set(instant: Date | string): void {
    this.current = new Date(instant).getTime();
    this.setAt = Date.now();
  }
}
