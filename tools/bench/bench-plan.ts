/**
 * When things happen in a benchmark run: the order of rounds (targets alternate inside each
 * workload, A B C A B C A B C, so a slow minute of this shared machine hits every target
 * alike), and the even-rate schedule of an offered-load round (request i is due at
 * start + i / rate, and its latency counts from then, not from when it was sent).
 */

export interface PlannedRound<W extends string, T extends string> {
  workload: W;
  target: T;
  /** 1-based. */
  round: number;
}

export function roundPlan<W extends string, T extends string>(workloads: readonly W[], targets: readonly T[], rounds: number): PlannedRound<W, T>[] {
  const plan: PlannedRound<W, T>[] = [];
  for (const workload of workloads) {
    for (let round = 1; round <= rounds; round++) {
      for (const target of targets) plan.push({ workload, target, round });
    }
  }
  return plan;
}

/** When request `index` (0-based) of an even-rate round is due, in ms after the round's start. */
export function scheduledOffsetMs(index: number, ratePerSecond: number): number {
  return (index * 1_000) / ratePerSecond;
}

/** How many requests are due by `elapsedMs` into the round (request 0 is due at once). */
export function dueCount(elapsedMs: number, ratePerSecond: number, durationMs: number): number {
  if (elapsedMs < 0) return 0;
  const total = Math.ceil((durationMs * ratePerSecond) / 1_000);
  return Math.min(total, Math.floor((elapsedMs * ratePerSecond) / 1_000) + 1);
}

/**
 * Milliseconds until the next request is due after `sent` have gone out, or null when the
 * round has sent all it will.
 */
export function msUntilNext(sent: number, elapsedMs: number, ratePerSecond: number, durationMs: number): number | null {
  const total = Math.ceil((durationMs * ratePerSecond) / 1_000);
  if (sent >= total) return null;
  return Math.max(0, scheduledOffsetMs(sent, ratePerSecond) - elapsedMs);
}

/** A small deterministic PRNG (mulberry32): the same seed picks the same combinations on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A deterministic Fisher–Yates shuffle of a copy. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}
