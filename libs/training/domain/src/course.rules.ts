import { ruleViolation } from '@pdv/errors';
import type { CourseStatus } from './training.enums';
import { TRAINING_RULES as R } from './training.rules';

/** A session: a day and a time span in Vietnam (HH:MM, 24 hours). */
export interface SessionPlan {
  date: string;
  startsAt: string;
  endsAt: string;
}

export interface CourseSchedule {
  startsOn: string;
  endsOn: string;
  sessions: readonly SessionPlan[];
}

/** Minutes since midnight of an HH:MM time. */
function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

/** Whether two sessions share a moment (touching end to start does not). */
export function sessionsOverlap(a: SessionPlan, b: SessionPlan): boolean {
  return a.date === b.date && minutesOf(a.startsAt) < minutesOf(b.endsAt) && minutesOf(b.startsAt) < minutesOf(a.endsAt);
}

/** Whether any session of one course overlaps any session of the other. */
export function schedulesOverlap(a: readonly SessionPlan[], b: readonly SessionPlan[]): boolean {
  return a.some((x) => b.some((y) => sessionsOverlap(x, y)));
}

/**
 * A course's term and sessions, checked (TRAINING.COURSE_SCHEDULE): the term runs forward,
 * there is a session, each lies in the term and ends after it starts, and none overlap.
 * Returns the sessions in time order.
 */
export function planSchedule(schedule: CourseSchedule): SessionPlan[] {
  const fail = (specifics: string): never => {
    throw ruleViolation(R['TRAINING.COURSE_SCHEDULE'], specifics);
  };
  if (schedule.endsOn < schedule.startsOn) fail(`The term ends (${schedule.endsOn}) before it starts (${schedule.startsOn}).`);
  if (schedule.sessions.length === 0) fail('The course has no session.');
  const sessions = [...schedule.sessions].sort((a, b) => (a.date + a.startsAt).localeCompare(b.date + b.startsAt));
  sessions.forEach((session, index) => {
    if (session.date < schedule.startsOn || session.date > schedule.endsOn) {
      fail(`Session ${index + 1} (${session.date}) lies outside the term ${schedule.startsOn}–${schedule.endsOn}.`);
    }
    if (minutesOf(session.endsAt) <= minutesOf(session.startsAt)) fail(`Session ${index + 1} ends (${session.endsAt}) before it starts (${session.startsAt}).`);
    const next = sessions[index + 1];
    if (next && sessionsOverlap(session, next)) fail(`Sessions ${index + 1} and ${index + 2} overlap on ${session.date}.`);
  });
  return sessions;
}

export type CourseAction = { kind: 'OPEN' } | { kind: 'START' } | { kind: 'FINISH' } | { kind: 'CANCEL'; reason: string };

const NEXT: Record<Exclude<CourseAction['kind'], 'CANCEL'>, { from: CourseStatus; to: CourseStatus }> = {
  OPEN: { from: 'PLANNED', to: 'OPEN' },
  START: { from: 'OPEN', to: 'RUNNING' },
  FINISH: { from: 'RUNNING', to: 'FINISHED' },
};

/**
 * The course's next status (PLANNED → OPEN → RUNNING → FINISHED; CANCELLED from any but
 * FINISHED and CANCELLED). Starting waits for the first day, finishing for the last
 * (TRAINING.COURSE_START_DATE); a cancellation needs a reason (checked by the parser).
 */
export function transitionCourse(current: CourseStatus, action: CourseAction, facts: { today: string; startsOn: string; endsOn: string }): CourseStatus {
  if (action.kind === 'CANCEL') {
    if (current === 'FINISHED' || current === 'CANCELLED') {
      throw ruleViolation(R['TRAINING.COURSE_TRANSITION'], `The course is ${current}; it can no longer be cancelled.`, { status: current });
    }
    return 'CANCELLED';
  }
  const step = NEXT[action.kind];
  if (current !== step.from) {
    throw ruleViolation(R['TRAINING.COURSE_TRANSITION'], `The course is ${current}; ${action.kind} needs ${step.from}.`, { status: current, action: action.kind });
  }
  if (action.kind === 'START' && facts.today < facts.startsOn) {
    throw ruleViolation(R['TRAINING.COURSE_START_DATE'], `It starts on ${facts.startsOn}; today is ${facts.today}.`, { startsOn: facts.startsOn });
  }
  if (action.kind === 'FINISH' && facts.today < facts.endsOn) {
    throw ruleViolation(R['TRAINING.COURSE_START_DATE'], `It ends on ${facts.endsOn}; today is ${facts.today}.`, { endsOn: facts.endsOn });
  }
  return step.to;
}
