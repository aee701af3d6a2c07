import type { ExportColumn, ExportDefinition } from '@pdv/exports';
import { formatDate, localDateValue } from '@pdv/exports';
import { ATTENDANCE_MARK, ENROLLED_PERSON_COLUMNS } from './training-labels';

interface Session {
  id: string;
  position: number;
  date: string;
}

interface AttendanceRow {
  course: { sessions: Session[] };
  attendance: { sessionId: string; mark: keyof typeof ATTENDANCE_MARK }[];
}

/** "Buổi 2 (12/05/2026)": the training service's attendance upload finds a session's column by "Buổi <position>". */
function sessionHeader(session: Session): string {
  const date = localDateValue(session.date);
  return `Buổi ${session.position} (${date ? formatDate(date) : session.date})`;
}

/** One column per session of the course (every row carries the same course), with the marks recorded so far. */
function sessionColumns(nodes: readonly unknown[]): ExportColumn[] {
  const sessions = [...((nodes[0] as AttendanceRow | undefined)?.course.sessions ?? [])].sort((a, b) => a.position - b.position);
  return sessions.map((session) => ({
    header: sessionHeader(session),
    width: 14,
    align: 'center' as const,
    value: (node: unknown) => {
      const mark = (node as AttendanceRow).attendance.find((row) => row.sessionId === session.id)?.mark;
      return mark ? ATTENDANCE_MARK[mark] : null;
    },
  }));
}

/**
 * The attendance sheet of a course (sổ điểm danh): its participants (approved places) with
 * one column per session. The centre marks one session's column ("Có mặt", "Vắng có phép",
 * "Vắng") and uploads the sheet (`uploadAttendanceSheet`), matched by "Mã ghi danh".
 */
export const courseAttendanceExport: ExportDefinition = {
  name: 'course-attendance',
  roles: ['TRAINING_CENTRE', 'PARTY_BUILDING_BOARD', 'WARD_STANDING_COMMITTEE', 'AUDITOR'],
  operation: `
    query CourseAttendanceExport($courseId: ID!) {
      course(id: $courseId) {
        enrolments(status: APPROVED) {
          id
          organisation { name }
          candidate { fullName dateOfBirth birthYear }
          member { fullName dateOfBirth }
          course { sessions { id position date } }
          attendance { sessionId mark }
        }
      }
    }`,
  rows: { path: 'course.enrolments' },
  formats: ['xlsx'],
  title: 'Sổ điểm danh lớp bồi dưỡng',
  fileName: 'so-diem-danh',
  columns: [
    ...ENROLLED_PERSON_COLUMNS,
  ],
  moreColumns: sessionColumns,
};
