import { ruleViolation } from '@pdv/errors';
import { type SessionPlan, schedulesOverlap } from './course.rules';
import { type CertificateFacts, isCertificateValidOn, renewalOpensOn } from './certificate.rules';
import {
  ACTIVE_ENROLMENT_STATUSES,
  type AttendanceMark,
  type CandidateStage,
  type CourseKind,
  type CourseResult,
  type CourseStatus,
  type EnrolmentStatus,
  NOMINABLE_CANDIDATE_STAGES,
} from './training.enums';
import type { TrainingPolicy } from './training.policy';
import { TRAINING_RULES as R } from './training.rules';

/** The course a nomination is for, as the rules need it. */
export interface CourseFacts {
  id: string;
  kind: CourseKind;
  status: CourseStatus;
  startsOn: string;
  endsOn: string;
  capacity: number;
  sessions: readonly SessionPlan[];
}

/** Who is nominated: a candidate (awareness) or a party member (new-member), as the read models know them. */
export type Nominee =
  | { kind: 'CANDIDATE'; stage: CandidateStage }
  | { kind: 'MEMBER'; status: 'PROBATIONARY' | 'OFFICIAL'; active: boolean };

/** Another enrolment of the same person, with its course. */
export interface OtherEnrolment {
  status: EnrolmentStatus;
  course: Pick<CourseFacts, 'id' | 'kind' | 'status' | 'sessions'>;
}

export interface NominationFacts {
  course: CourseFacts;
  nominee: Nominee;
  others: readonly OtherEnrolment[];
  /** The person's awareness certificates (for the renewal rule). */
  certificates: readonly CertificateFacts[];
  policy: Pick<TrainingPolicy, 'renewalWindowMonths'>;
}

function holdsPlace(other: OtherEnrolment): boolean {
  return ACTIVE_ENROLMENT_STATUSES.includes(other.status) && other.course.status !== 'CANCELLED' && other.course.status !== 'FINISHED';
}

/** Nobody sits two courses whose sessions overlap (TRAINING.OVERLAP): checked at nomination and again at approval. */
export function assertNoOverlap(course: Pick<CourseFacts, 'id' | 'sessions'>, others: readonly OtherEnrolment[]): void {
  const clash = others.find((other) => other.course.id !== course.id && holdsPlace(other) && schedulesOverlap(course.sessions, other.course.sessions));
  if (clash) throw ruleViolation(R['TRAINING.OVERLAP'], 'The person already holds a nomination or place in a course at the same time.', { courseId: clash.course.id });
}

/**
 * A nomination, checked against every rule that can be decided when it is made: the course
 * is open, the nominee fits the kind of course and its stage, no open nomination to the
 * same course, no overlap with another course the person holds a nomination or place in, and no second awareness course while a certificate is valid
 * beyond the renewal window (judged on the course's first day).
 */
export function checkNomination(facts: NominationFacts): void {
  const { course, nominee } = facts;
  if (course.status !== 'OPEN') throw ruleViolation(R['TRAINING.COURSE_NOT_OPEN'], `The course is ${course.status}.`, { status: course.status });
  const expected = course.kind === 'AWARENESS' ? 'CANDIDATE' : 'MEMBER';
  if (nominee.kind !== expected) throw ruleViolation(R['TRAINING.NOMINEE_KIND'], `This is a ${course.kind} course.`, { courseKind: course.kind });
  if (nominee.kind === 'CANDIDATE' && !NOMINABLE_CANDIDATE_STAGES.includes(nominee.stage)) {
    throw ruleViolation(R['TRAINING.NOMINEE_STAGE'], `The candidate is ${nominee.stage}.`, { stage: nominee.stage });
  }
  if (nominee.kind === 'MEMBER' && (nominee.status !== 'PROBATIONARY' || !nominee.active)) {
    throw ruleViolation(R['TRAINING.NOMINEE_PROBATIONARY'], nominee.active ? `The member is ${nominee.status}.` : 'The member is not active in a cell.', {
      status: nominee.status,
    });
  }
  if (facts.others.some((other) => other.course.id === course.id && holdsPlace(other))) {
    throw ruleViolation(R['TRAINING.ALREADY_ENROLLED'], undefined, { courseId: course.id });
  }
  assertNoOverlap(course, facts.others);
  if (course.kind === 'AWARENESS') {
    const held = facts.certificates.find((certificate) => isCertificateValidOn(certificate, course.startsOn));
    if (held) {
      const opens = renewalOpensOn(held.validUntil, facts.policy.renewalWindowMonths);
      if (course.startsOn < opens) {
        throw ruleViolation(R['TRAINING.VALID_CERTIFICATE_HELD'], `The certificate is valid up to ${held.validUntil}; renewal opens on ${opens}; the course starts on ${course.startsOn}.`, {
          validUntil: held.validUntil,
          renewalOpensOn: opens,
        });
      }
    }
  }
}

export type EnrolmentDecision = { kind: 'APPROVE' } | { kind: 'REFUSE'; reason: string } | { kind: 'WITHDRAW'; reason: string };

/**
 * The board's decision on a nomination, or a withdrawal. Approval needs the course open, a
 * free place (TRAINING.CAPACITY: `approvedCount` counts the places already taken) and still
 * no overlap; a withdrawal happens before the course's first day.
 */
export function decideEnrolment(
  status: EnrolmentStatus,
  decision: EnrolmentDecision,
  facts: { course: CourseFacts; approvedCount: number; others: readonly OtherEnrolment[]; today: string },
): EnrolmentStatus {
  const { course } = facts;
  if (decision.kind === 'WITHDRAW') {
    if (!ACTIVE_ENROLMENT_STATUSES.includes(status)) throw ruleViolation(R['TRAINING.ENROLMENT_TRANSITION'], `The enrolment is ${status}.`, { status });
    if (!(course.status === 'PLANNED' || course.status === 'OPEN') || facts.today >= course.startsOn) {
      throw ruleViolation(R['TRAINING.WITHDRAWAL_BEFORE_START'], `The course started on ${course.startsOn}.`, { startsOn: course.startsOn });
    }
    return 'WITHDRAWN';
  }
  if (status !== 'NOMINATED') throw ruleViolation(R['TRAINING.ENROLMENT_TRANSITION'], `The enrolment is ${status}.`, { status });
  if (course.status !== 'OPEN') throw ruleViolation(R['TRAINING.COURSE_NOT_OPEN'], `The course is ${course.status}.`, { status: course.status });
  if (decision.kind === 'REFUSE') return 'REFUSED';
  if (facts.approvedCount >= course.capacity) {
    throw ruleViolation(R['TRAINING.CAPACITY'], `All ${course.capacity} places are taken.`, { capacity: course.capacity });
  }
  assertNoOverlap(course, facts.others);
  return 'APPROVED';
}

/** Attendance of one session: an approved participant, a running course, a session already held. */
export function checkAttendance(facts: { enrolmentStatus: EnrolmentStatus; courseStatus: CourseStatus; sessionDate: string; today: string }): void {
  if (facts.enrolmentStatus !== 'APPROVED' || facts.courseStatus !== 'RUNNING' || facts.sessionDate > facts.today) {
    throw ruleViolation(
      R['TRAINING.ATTENDANCE_WHILE_RUNNING'],
      `The course is ${facts.courseStatus}, the enrolment ${facts.enrolmentStatus}, the session on ${facts.sessionDate}.`,
      { courseStatus: facts.courseStatus, enrolmentStatus: facts.enrolmentStatus },
    );
  }
}

/** Whether the attendance and the result complete the course under the policy (TRAINING.COMPLETION). */
export function completes(
  marks: readonly AttendanceMark[],
  sessionCount: number,
  result: CourseResult,
  policy: Pick<TrainingPolicy, 'completionAttendancePercent' | 'completionRequiresPass'>,
): boolean {
  if (result === 'ABSENT' || sessionCount === 0) return false;
  if (policy.completionRequiresPass && result !== 'PASSED') return false;
  const present = marks.filter((mark) => mark === 'PRESENT').length;
  // Integer arithmetic: 4 of 5 sessions is exactly 80%, with no floating-point doubt.
  return present * 100 >= policy.completionAttendancePercent * sessionCount;
}

export interface ResultFacts {
  enrolmentStatus: EnrolmentStatus;
  courseStatus: CourseStatus;
  lastSessionOn: string;
  today: string;
  sessionCount: number;
  /** One mark per session with attendance recorded. */
  marks: readonly AttendanceMark[];
  policy: Pick<TrainingPolicy, 'completionAttendancePercent' | 'completionRequiresPass'>;
}

/**
 * A final result: once, for an approved participant, on or after the last session, with
 * every session's attendance recorded (TRAINING.RESULT_TIMING); a score 0–10 with two
 * decimals at most, none for ABSENT (TRAINING.SCORE_RANGE). Returns whether the
 * participant completed the course (a certificate is then issued).
 */
export function planResult(result: CourseResult, score: number | null, facts: ResultFacts): { completed: boolean } {
  const timing = (specifics: string): never => {
    throw ruleViolation(R['TRAINING.RESULT_TIMING'], specifics, { courseStatus: facts.courseStatus, enrolmentStatus: facts.enrolmentStatus });
  };
  if (facts.enrolmentStatus !== 'APPROVED') timing(`The enrolment is ${facts.enrolmentStatus}.`);
  if (facts.courseStatus !== 'RUNNING' && facts.courseStatus !== 'FINISHED') timing(`The course is ${facts.courseStatus}.`);
  if (facts.today < facts.lastSessionOn) timing(`The last session is on ${facts.lastSessionOn}.`);
  if (facts.marks.length < facts.sessionCount) timing(`Attendance is recorded for ${facts.marks.length} of ${facts.sessionCount} sessions.`);
  const scoreOk = result === 'ABSENT' ? score === null : score !== null && score >= 0 && score <= 10 && Math.abs(score * 100 - Math.round(score * 100)) < 1e-9;
  if (!scoreOk) throw ruleViolation(R['TRAINING.SCORE_RANGE'], score === null ? 'No score was given.' : `The score given is ${score}.`);
  return { completed: completes(facts.marks, facts.sessionCount, result, facts.policy) };
}
