import { AppError } from '@pdv/errors';

/**
 * The problems a parse function reports, as `field: message` lines, so a table-driven spec
 * compares them at a glance; [] when it accepts the input. Anything other than an AppError is
 * rethrown: a crash is not an answer.
 */
export function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return (error.problems ?? []).map((p) => `${p.field}: ${p.message}`);
    throw error;
  }
  return [];
}
