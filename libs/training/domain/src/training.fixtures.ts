import { isAppError } from '@pdv/errors';
import type { CourseFacts, OtherEnrolment } from './enrolment.rules';
import type { SessionPlan } from './course.rules';

/** What a call does: 'OK', the rule id it breaks, or the error code. */
export function outcomeOf(call: () => unknown): string {
  try {
    call();
    return 'OK';
  } catch (error) {
    if (isAppError(error)) return error.rule ?? error.code;
    throw error;
  }
}

export const session = (date: string, startsAt = '08:00', endsAt = '11:00'): SessionPlan => ({ date, startsAt, endsAt });

/** An open awareness course of two sessions, 10–11 September 2026, 30 places. */
export function course(overrides: Partial<CourseFacts> = {}): CourseFacts {
  return {
    id: 'course-1',
    kind: 'AWARENESS',
    status: 'OPEN',
    startsOn: '2026-09-10',
    endsOn: '2026-09-11',
    capacity: 30,
    sessions: [session('2026-09-10'), session('2026-09-11')],
    ...overrides,
  };
}

export function other(status: OtherEnrolment['status'], overrides: Partial<OtherEnrolment['course']> = {}): OtherEnrolment {
  return { status, course: { id: 'course-2', kind: 'AWARENESS', status: 'OPEN', sessions: [session('2026-10-01')], ...overrides } };
}
