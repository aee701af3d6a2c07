import { checkOptionalText, checkRequiredText, Problems, TEXT_LIMITS } from '@pdv/errors';
import { parseMonthKey, type SupervisionReviewInput } from '@pdv/evaluation-domain';
import type { RecordSupervisionReviewInput } from './supervision-review.input';

const MONTH_MESSAGE = 'must be a month written like 2026-M07';

export function parseRecordSupervisionReview(input: RecordSupervisionReviewInput): SupervisionReviewInput {
  const problems = new Problems();
  if (parseMonthKey(input.month) === null) problems.add('input.month', MONTH_MESSAGE);
  const observed = checkRequiredText(problems, 'input.observed', input.observed, TEXT_LIMITS.note);
  const found = checkOptionalText(problems, 'input.problems', input.problems, TEXT_LIMITS.note);
  const agreed = checkOptionalText(problems, 'input.agreed', input.agreed, TEXT_LIMITS.note);
  problems.throwIfAny();
  return { organisationId: input.organisationId, month: input.month, observed, problems: found, agreed, agreedBy: input.agreedBy ?? null };
}

/** A month argument (`month`), or null for the default. */
export function parseMonthArg(month: string | null | undefined): string | null {
  if (month === null || month === undefined) return null;
  if (parseMonthKey(month) === null) new Problems().add('month', MONTH_MESSAGE).throwIfAny();
  return month;
}
