/**
 * The arithmetic of the benchmark, kept pure so its spec can pin it down: nearest-rank
 * percentiles (no interpolation, so a p99 is a latency some request really had) and the
 * median of rounds.
 */

/** The nearest-rank percentile of already sorted values; NaN when there are none. */
export function percentileOfSorted(sorted: ArrayLike<number>, percent: number): number {
  if (sorted.length === 0) return Number.NaN;
  if (percent <= 0) return sorted[0];
  if (percent >= 100) return sorted[sorted.length - 1];
  const rank = Math.ceil((percent / 100) * sorted.length);
  return sorted[Math.max(0, rank - 1)];
}

/** Sorts a copy numerically (a Float64Array sorts as numbers, never as strings). */
export function sortedLatencies(values: ArrayLike<number>): Float64Array {
  return Float64Array.from(values).sort();
}

/** The median; of an even count, the mean of the two middle values. NaN when empty. */
export function median(values: readonly number[]): number {
  const finite = values.filter((value) => !Number.isNaN(value)).sort((a, b) => a - b);
  if (finite.length === 0) return Number.NaN;
  const middle = Math.floor(finite.length / 2);
  return finite.length % 2 === 1 ? finite[middle] : (finite[middle - 1] + finite[middle]) / 2;
}

/** What one round of one workload against one target measured. */
export interface RoundResult {
  /** Successful GraphQL responses completed inside the round, per second. */
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Responses that were not a GraphQL success (HTTP error, `errors`, no data, timeout). */
  errors: number;
  /** Responses of any kind completed inside the round. */
  responses: number;
  /** Requests an even-rate round could not start on time because every connection was busy. */
  late: number;
}

/** Summarises one round's successful latencies (ms) over its measured duration. */
export function summariseRound(latenciesMs: ArrayLike<number>, errors: number, seconds: number, late = 0): RoundResult {
  const sorted = sortedLatencies(latenciesMs);
  return {
    requestsPerSecond: seconds > 0 ? sorted.length / seconds : 0,
    p50Ms: percentileOfSorted(sorted, 50),
    p99Ms: percentileOfSorted(sorted, 99),
    errors,
    responses: sorted.length + errors,
    late,
  };
}

/** The row of the table: medians over rounds, errors summed (one error in any round counts). */
export function combineRounds(rounds: readonly RoundResult[]): RoundResult {
  return {
    requestsPerSecond: median(rounds.map((round) => round.requestsPerSecond)),
    p50Ms: median(rounds.map((round) => round.p50Ms)),
    p99Ms: median(rounds.map((round) => round.p99Ms)),
    errors: rounds.reduce((sum, round) => sum + round.errors, 0),
    responses: rounds.reduce((sum, round) => sum + round.responses, 0),
    late: rounds.reduce((sum, round) => sum + round.late, 0),
  };
}
