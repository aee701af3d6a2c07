import { exponentialBackoff, isFinalDelivery, redeliveryDelay } from './backoff';

describe('redeliveryDelay', () => {
  const schedule = [1_000, 5_000, 30_000];

  it.each([
    [1, 1_000],
    [2, 5_000],
    [3, 30_000],
    [4, 30_000],
    [50, 30_000],
    [0, 1_000],
  ])('delivery %i waits %i ms', (delivery, expected) => {
    expect(redeliveryDelay(schedule, delivery)).toBe(expected);
  });

  it('redelivers at once without a schedule', () => {
    expect(redeliveryDelay([], 3)).toBe(0);
  });
});

describe('exponentialBackoff', () => {
  it.each([
    [0, 0],
    [1, 500],
    [2, 1_000],
    [3, 2_000],
    [6, 16_000],
    [7, 30_000],
    [10_000, 30_000],
  ])('after %i failures waits %i ms', (failures, expected) => {
    expect(exponentialBackoff(failures, 500, 30_000)).toBe(expected);
  });
});

describe('isFinalDelivery', () => {
  it.each([
    [1, 5, false],
    [4, 5, false],
    [5, 5, true],
    [6, 5, true],
    [1, 1, true],
  ])('delivery %i of max %i is final: %p', (delivery, max, expected) => {
    expect(isFinalDelivery(delivery, max)).toBe(expected);
  });
});
