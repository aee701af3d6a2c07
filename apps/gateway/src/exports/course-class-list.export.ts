import type { ExportDefinition } from '@pdv/exports';
import { ENROLMENT_STATUS, ENROLLED_PERSON_COLUMNS, RESULT } from './training-labels';

/**
 * The class list of a course (danh sách học viên): everyone nominated to it that the caller
 * may see (a secretary: their part of the ward), with the name and date of birth from the
 * sourcing or organisation service through federation, the cell, the nomination's status and
 * the result. It is also the results sheet: the centre fills in "Kết quả" and "Điểm" and
 * uploads it (`uploadResultsSheet`), matched by "Mã ghi danh".
 */
export const courseClassListExport: ExportDefinition = {
  name: 'course-class-list',
  roles: ['TRAINING_CENTRE', 'PARTY_BUILDING_BOARD', 'CELL_SECRETARY', 'WARD_STANDING_COMMITTEE', 'COMMITTEE_MEMBER', 'AUDITOR'],
  operation: `
    query CourseClassListExport($courseId: ID!, $status: EnrolmentStatus) {
      course(id: $courseId) {
        enrolments(status: $status) {
          id status result score
          organisation { name }
          candidate { fullName dateOfBirth birthYear }
          member { fullName dateOfBirth }
        }
      }
    }`,
  rows: { path: 'course.enrolments' },
  formats: ['xlsx'],
  title: 'Danh sách học viên lớp bồi dưỡng',
  fileName: 'danh-sach-hoc-vien',
  columns: [
    ...ENROLLED_PERSON_COLUMNS,
    { header: 'Tình trạng', value: { path: 'status', labels: ENROLMENT_STATUS }, width: 16 },
    { header: 'Kết quả', value: { path: 'result', labels: RESULT }, width: 11 },
    { header: 'Điểm', value: { path: 'score', as: 'number' }, width: 7, align: 'right' },
  ],
};
