import { isAppError } from '@pdv/errors';
import type { ProgressContext } from './progress';

/** What a call does: 'OK', the rule id it breaks, or the error code (BAD_USER_INPUT, …). */
export function outcomeOf(call: () => unknown): string {
  try {
    call();
    return 'OK';
  } catch (error) {
    if (isAppError(error)) return error.rule ?? error.code;
    throw error;
  }
}

/**
 * A small ward for the specs: ward W over the grassroots committee G, which holds cells
 * C1 and C2; and C3, a grassroots cell directly under the ward.
 */
export const WARD_PATHS: Readonly<Record<string, readonly string[]>> = {
  W: ['W'],
  G: ['G', 'W'],
  C1: ['C1', 'G', 'W'],
  C2: ['C2', 'G', 'W'],
  C3: ['C3', 'W'],
};

export const PROGRESS_CONTEXT: ProgressContext = {
  pathOf: (unitId) => WARD_PATHS[unitId] ?? [unitId],
  planTerm: { firstYear: 2025, lastYear: 2030 },
};
