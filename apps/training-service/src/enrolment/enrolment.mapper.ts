import type { AttendanceRow, EnrolmentRow } from './enrolment.entity';
import { Attendance, Enrolment } from './enrolment.type';

export function toEnrolment(row: EnrolmentRow): Enrolment {
  return Object.assign(new Enrolment(), {
    id: row.id,
    courseId: row.courseId,
    candidateId: row.candidateId,
    memberId: row.memberId,
    courseKind: row.courseKind,
    organisationId: row.organisationId,
    status: row.status,
    nominatedAt: row.nominatedAt,
    decidedAt: row.decidedAt,
    decisionReason: row.decisionReason,
    result: row.result,
    score: row.score === null ? null : Number(row.score),
    completed: row.completed,
  });
}

export function toAttendance(row: AttendanceRow): Attendance {
  return Object.assign(new Attendance(), { sessionId: row.sessionId, mark: row.mark });
}
