import { checkRequiredText, Problems, TEXT_LIMITS } from '@pdv/errors';
import type { ScheduleCourseInput } from './course.input';
import type { ScheduleCourseCommand } from './course.service';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
export const MAX_CAPACITY = 500;
export const MAX_SESSIONS = 60;
/** Reasons are short notes kept in the record (never on the bus). */
export const REASON_LIMIT = TEXT_LIMITS.note;

/** GraphQL input → command: what the schema cannot check, all problems at once; the domain checks the schedule's rules. */
export function parseScheduleCourse(input: ScheduleCourseInput): ScheduleCourseCommand {
  const problems = new Problems();
  const title = checkRequiredText(problems, 'input.title', input.title, TEXT_LIMITS.name, { singleLine: true });
  const location = checkRequiredText(problems, 'input.location', input.location, TEXT_LIMITS.name, { singleLine: true });
  if (!Number.isInteger(input.capacity) || input.capacity < 1 || input.capacity > MAX_CAPACITY) problems.add('input.capacity', `must be 1 to ${MAX_CAPACITY}`);
  if (input.sessions.length < 1 || input.sessions.length > MAX_SESSIONS) problems.add('input.sessions', `must list 1 to ${MAX_SESSIONS} sessions`);
  const sessions = input.sessions.slice(0, MAX_SESSIONS).map((session, index) => {
    const at = `input.sessions.${index}`;
    if (!TIME.test(session.startsAt)) problems.add(`${at}.startsAt`, 'must be a time HH:MM');
    if (!TIME.test(session.endsAt)) problems.add(`${at}.endsAt`, 'must be a time HH:MM');
    const topic = checkRequiredText(problems, `${at}.topic`, session.topic, TEXT_LIMITS.name, { singleLine: true });
    return { date: session.date, startsAt: session.startsAt, endsAt: session.endsAt, topic };
  });
  problems.throwIfAny();
  return { kind: input.kind, institutionId: input.institutionId, title, startsOn: input.startsOn, endsOn: input.endsOn, capacity: input.capacity, location, sessions };
}

/** A reason (cancellation, refusal, withdrawal, invalidation, correction): required, one note long. */
export function parseReason(field: string, value: string): string {
  const problems = new Problems();
  const reason = checkRequiredText(problems, field, value, REASON_LIMIT);
  problems.throwIfAny();
  return reason;
}

