import { checkRequiredText, Problems, TEXT_LIMITS } from '@pdv/errors';
import { parseYear } from '@pdv/graphql';
import type { CorrectRatingCommand, RecordRatingCommand } from './rating.service';
import type { CorrectQualityRatingInput, RecordQualityRatingInput } from './rating.input';

/** Scores and percentages: 0 to 100 with at most one decimal (the column keeps one). */
function checkScores(problems: Problems, input: { score: number; tasksExceededPercent: number }): void {
  for (const field of ['score', 'tasksExceededPercent'] as const) {
    const value = input[field];
    if (!Number.isFinite(value) || value < 0 || value > 100 || Math.round(value * 10) !== value * 10) {
      problems.add(`input.${field}`, 'must be a number from 0 to 100 with at most one decimal');
    }
  }
}

export function parseRecordQualityRating(input: RecordQualityRatingInput): RecordRatingCommand {
  const problems = new Problems();
  checkScores(problems, input);
  if (input.subjectKind === 'ORGANISATION' && input.leadsOrganisationId) problems.add('input.leadsOrganisationId', 'is for a member’s rating only');
  problems.throwIfAny();
  return {
    subjectKind: input.subjectKind,
    subjectId: input.subjectId,
    year: parseYear(input.year, 'input.year'),
    score: input.score,
    allTasksDone: input.allTasksDone,
    tasksExceededPercent: input.tasksExceededPercent,
    leadsOrganisationId: input.leadsOrganisationId ?? null,
  };
}

export function parseCorrectQualityRating(input: CorrectQualityRatingInput): CorrectRatingCommand {
  const problems = new Problems();
  checkScores(problems, input);
  const reason = checkRequiredText(problems, 'input.reason', input.reason, TEXT_LIMITS.note);
  problems.throwIfAny();
  return { ratingId: input.ratingId, score: input.score, allTasksDone: input.allTasksDone, tasksExceededPercent: input.tasksExceededPercent, reason };
}

/** The ids to confirm: at least one, at most a grassroots organisation's worth, none twice. */
export function parseRatingIds(ids: readonly string[]): string[] {
  const problems = new Problems();
  if (ids.length === 0) problems.add('ratingIds', 'must name at least one rating');
  if (ids.length > 500) problems.add('ratingIds', 'must name at most 500 ratings at once');
  problems.throwIfAny();
  return [...new Set(ids)];
}
