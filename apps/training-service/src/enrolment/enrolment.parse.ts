import { Problems } from '@pdv/errors';
import type { AttendanceCommand, NominateCommand, ResultRowCommand } from './enrolment.service';
import type { NominateInput, RecordAttendanceInput, RecordResultsInput } from './enrolment.input';

export const MAX_ROWS = 500;

export function parseNominate(input: NominateInput): NominateCommand {
  return { courseId: input.courseId, candidateId: input.candidateId ?? null, memberId: input.memberId ?? null };
}

export function parseRecordAttendance(input: RecordAttendanceInput): AttendanceCommand {
  const problems = new Problems();
  if (input.marks.length < 1 || input.marks.length > MAX_ROWS) problems.add('input.marks', `must list 1 to ${MAX_ROWS} participants`);
  problems.throwIfAny();
  return { sessionId: input.sessionId, marks: input.marks.map((mark) => ({ enrolmentId: mark.enrolmentId, mark: mark.mark })) };
}

/** The rows' shape only: each row's rules are answered row by row by the service. */
export function parseRecordResults(input: RecordResultsInput): ResultRowCommand[] {
  const problems = new Problems();
  if (input.rows.length < 1 || input.rows.length > MAX_ROWS) problems.add('input.rows', `must list 1 to ${MAX_ROWS} rows`);
  input.rows.forEach((row, index) => {
    // The form's rows are checked at once; an uploaded sheet's reach the service's rule (TRAINING.SCORE_RANGE) row by row.
    if (row.score !== null && row.score !== undefined && !(row.score >= 0 && row.score <= 10 && Math.abs(row.score * 100 - Math.round(row.score * 100)) < 1e-9)) {
      problems.add(`input.rows.${index}.score`, 'must be 0 to 10 with at most two decimals');
    }
  });
  problems.throwIfAny();
  return input.rows.map((row) => ({ enrolmentId: row.enrolmentId, result: row.result, score: row.score ?? null }));
}
