import { setTimeout as delay } from 'node:timers/promises';
import { TestClock } from './test-clock';

describe('TestClock', () => {
  it('stands still unless it ticks, and moves when set', async () => {
    const clock = new TestClock('2026-03-16T03:00:00Z');
    await delay(5);
    expect(clock.now().toISOString()).toBe('2026-03-16T03:00:00.000Z');
    clock.set('2026-04-20T03:00:00Z');
    expect(clock.now().toISOString()).toBe('2026-04-20T03:00:00.000Z');
  });

  it('onDay: 10:00 in Hanoi on that day, advancing from there', async () => {
    const clock = TestClock.onDay('2026-07-15');
    const first = clock.now();
    expect(first.getTime()).toBeGreaterThanOrEqual(Date.parse('2026-07-15T03:00:00Z'));
    await delay(5);
    expect(clock.now().getTime()).toBeGreaterThan(first.getTime());
    expect(clock.now().toISOString().slice(0, 10)).toBe('2026-07-15');
  });
});
