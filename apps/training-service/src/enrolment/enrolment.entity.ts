import type { AttendanceMark, CourseKind, CourseResult, EnrolmentStatus } from '@pdv/training-domain';
import { EntitySchema } from '@pdv/persistence';

/**
 * A person's place in a course, from nomination to result. Exactly one of candidateId
 * (awareness) and memberId (new-member) is set; organisationId is the nominee's cell when
 * nominated, which decides which secretaries see the row. No names: people are shown
 * through federation.
 */
export interface EnrolmentRow {
  id: string;
  courseId: string;
  courseKind: CourseKind;
  candidateId: string | null;
  memberId: string | null;
  organisationId: string;
  status: EnrolmentStatus;
  nominatedAt: Date;
  nominatedBy: string;
  decidedAt: Date | null;
  decidedBy: string | null;
  /** Why the board refused, or why the place was withdrawn or released. */
  decisionReason: string | null;
  result: CourseResult | null;
  /** Two decimals, 0–10; null for ABSENT. */
  score: string | null;
  completed: boolean | null;
  resultRecordedAt: Date | null;
  resultRecordedBy: string | null;
  updatedAt: Date;
}

export const EnrolmentEntity = new EntitySchema<EnrolmentRow>({
  name: 'EnrolmentRow',
  tableName: 'enrolment',
  properties: {
    id: { type: 'uuid', primary: true },
    courseId: { type: 'uuid', index: 'enrolment_course_idx' },
    courseKind: { type: 'string', columnType: 'text' },
    candidateId: { type: 'uuid', nullable: true, index: 'enrolment_candidate_idx' },
    memberId: { type: 'uuid', nullable: true, index: 'enrolment_member_idx' },
    organisationId: { type: 'uuid', index: 'enrolment_organisation_idx' },
    status: { type: 'string', columnType: 'text' },
    nominatedAt: { type: 'Date', columnType: 'timestamptz' },
    nominatedBy: { type: 'string', columnType: 'text' },
    decidedAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
    decidedBy: { type: 'string', columnType: 'text', nullable: true },
    decisionReason: { type: 'string', columnType: 'text', nullable: true },
    result: { type: 'string', columnType: 'text', nullable: true },
    score: { type: 'decimal', columnType: 'numeric(4,2)', nullable: true },
    completed: { type: 'boolean', nullable: true },
    resultRecordedAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
    resultRecordedBy: { type: 'string', columnType: 'text', nullable: true },
    updatedAt: { type: 'Date', columnType: 'timestamptz' },
  },
  indexes: [
    {
      // One open nomination or place per person and course, even under concurrent requests.
      name: 'enrolment_open_person_key',
      expression:
        'create unique index "enrolment_open_person_key" on "enrolment" ("course_id", coalesce("candidate_id", "member_id")) where "status" in (\'NOMINATED\', \'APPROVED\')',
    },
  ],
});

/** Attendance of one participant at one session. */
export interface AttendanceRow {
  enrolmentId: string;
  sessionId: string;
  mark: AttendanceMark;
  recordedAt: Date;
  recordedBy: string;
}

export const AttendanceEntity = new EntitySchema<AttendanceRow>({
  name: 'AttendanceRow',
  tableName: 'attendance',
  properties: {
    enrolmentId: { type: 'uuid', primary: true },
    sessionId: { type: 'uuid', primary: true },
    mark: { type: 'string', columnType: 'text' },
    recordedAt: { type: 'Date', columnType: 'timestamptz' },
    recordedBy: { type: 'string', columnType: 'text' },
  },
});
