/**
 * The delay before a failed message is redelivered: the schedule's step for this delivery,
 * its last step once the schedule runs out. Delivery counts start at 1.
 */
export function redeliveryDelay(schedule: readonly number[], deliveryCount: number): number {
  if (schedule.length === 0) return 0;
  const index = Math.min(Math.max(deliveryCount, 1), schedule.length) - 1;
  return Math.max(0, schedule[index]);
}

/** Doubling delay after consecutive failures, capped (the relay's back-off while NATS is down). */
export function exponentialBackoff(consecutiveFailures: number, baseMs: number, maxMs: number): number {
  if (consecutiveFailures <= 0) return 0;
  // The exponent is capped so a long outage cannot overflow to Infinity.
  const delay = baseMs * 2 ** Math.min(consecutiveFailures - 1, 30);
  return Math.min(delay, maxMs);
}

/** Whether this delivery is the last one the consumer may attempt before dead-lettering. */
export function isFinalDelivery(deliveryCount: number, maxDeliver: number): boolean {
  return deliveryCount >= maxDeliver;
}
