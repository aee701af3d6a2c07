import { AppError } from '@pdv/errors';
import { parsePeriodKey } from '@pdv/evaluation-domain';

/** A period key as the API takes it; anything else is BAD_USER_INPUT naming `period`. */
export function parsePeriod(period: string): string {
  if (parsePeriodKey(period) === null) {
    throw AppError.badInput('The period is not valid.', [{ field: 'period', message: 'must be a month (2026-M07), quarter (2026-Q3), half-year (2026-H2), year (2026) or term (T2025-2030)' }]);
  }
  return period;
}
