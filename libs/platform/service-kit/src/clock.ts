import type { Clock } from '@pdv/calendar';

// The Clock type lives in @pdv/calendar with the date functions that read it; it is re-exported
// here because a service's runtime options take one. Reading the real time is the one impure
// part, so it stays in the platform.
export type { Clock } from '@pdv/calendar';

export const systemClock: Clock = { now: () => new Date() };
