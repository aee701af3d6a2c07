import { registerEnumType } from 'type-graphql';
import { ATTENDANCE_MARKS, CERTIFICATE_STATUSES, COURSE_KINDS, COURSE_RESULTS, COURSE_STATUSES, ENROLMENT_STATUSES } from '@pdv/training-domain';

// GraphQL enums mirror the domain's closed sets one to one, so a value means the same in
// the database, the events and the API.

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
const described = <T extends string>(labels: Record<T, string>) =>
  Object.fromEntries(Object.entries<string>(labels).map(([value, description]) => [value, { description }])) as Record<T, { description: string }>;

export const CourseKindEnum = enumOf(COURSE_KINDS);
registerEnumType(CourseKindEnum, {
  name: 'CourseKind',
  description: 'The kind of course.',
  valuesConfig: described({
    AWARENESS: 'Party-awareness course, for candidates (lớp bồi dưỡng nhận thức về Đảng).',
    NEW_MEMBER: 'New-member course, for probationary members (lớp đảng viên mới).',
  }),
});

export const CourseStatusEnum = enumOf(COURSE_STATUSES);
registerEnumType(CourseStatusEnum, {
  name: 'CourseStatus',
  description: 'Where a course stands: PLANNED → OPEN (nominations) → RUNNING → FINISHED, or CANCELLED.',
  valuesConfig: described({
    PLANNED: 'Scheduled; not yet open for nominations.',
    OPEN: 'Open for nominations and approvals.',
    RUNNING: 'Sessions under way: attendance and results are recorded.',
    FINISHED: 'Over.',
    CANCELLED: 'Cancelled with a reason; its enrolments were released.',
  }),
});

export const EnrolmentStatusEnum = enumOf(ENROLMENT_STATUSES);
registerEnumType(EnrolmentStatusEnum, {
  name: 'EnrolmentStatus',
  description: 'Where a nomination stands.',
  valuesConfig: described({
    NOMINATED: 'Nominated by the cell; waiting for the board.',
    APPROVED: 'Approved by the board: a place in the course.',
    REFUSED: 'Refused by the board, with a reason.',
    WITHDRAWN: 'Withdrawn before the course started.',
    RELEASED: 'Released because the course was cancelled.',
    FINISHED: 'The result is recorded.',
  }),
});

export const AttendanceMarkEnum = enumOf(ATTENDANCE_MARKS);
registerEnumType(AttendanceMarkEnum, {
  name: 'AttendanceMark',
  description: 'Attendance at one session.',
  valuesConfig: described({ PRESENT: 'Present (có mặt).', EXCUSED: 'Absent with leave (vắng có phép).', ABSENT: 'Absent (vắng).' }),
});

export const CourseResultEnum = enumOf(COURSE_RESULTS);
registerEnumType(CourseResultEnum, {
  name: 'CourseResult',
  description: 'The final result of a participant.',
  valuesConfig: described({ PASSED: 'Passed (đạt).', FAILED: 'Failed (không đạt).', ABSENT: 'Did not sit the final test (vắng thi).' }),
});

export const CertificateStatusEnum = enumOf(CERTIFICATE_STATUSES);
registerEnumType(CertificateStatusEnum, {
  name: 'CertificateStatus',
  description: 'Whether a certificate stands (validity in time is validUntil).',
  valuesConfig: described({ VALID: 'Issued and not invalidated.', INVALIDATED: 'Invalidated with a reason; it no longer counts.' }),
});

export const CertificateStandingEnum = enumOf(['VALID', 'EXPIRED', 'NOT_YET_VALID', 'INVALIDATED'] as const);
registerEnumType(CertificateStandingEnum, {
  name: 'CertificateStanding',
  description: 'What a certificate is worth on a given day.',
  valuesConfig: described({
    VALID: 'In force on that day.',
    EXPIRED: 'Past its last valid day.',
    NOT_YET_VALID: 'Issued after that day.',
    INVALIDATED: 'Invalidated.',
  }),
});
