import type { ExportColumn, ExportValue } from '@pdv/exports';
import { localDateValue } from '@pdv/exports';

// Vietnamese labels of the training enums as the class list and the attendance sheet print
// them. The gateway may not import the training domain (services meet only through the
// supergraph), so the wording of libs/training/domain's training.labels.ts is repeated here;
// the training service reads uploaded sheets back with those labels, and the exports int-spec
// uploads what it downloaded, so the two cannot drift apart unnoticed.
export const ENROLMENT_STATUS = {
  NOMINATED: 'Đã đề nghị',
  APPROVED: 'Được duyệt',
  REFUSED: 'Không được duyệt',
  WITHDRAWN: 'Đã rút',
  RELEASED: 'Đã hủy chỗ',
  FINISHED: 'Đã học xong',
};
export const RESULT = { PASSED: 'Đạt', FAILED: 'Không đạt', ABSENT: 'Vắng thi' };
export const ATTENDANCE_MARK = { PRESENT: 'Có mặt', EXCUSED: 'Vắng có phép', ABSENT: 'Vắng' };
export const COURSE_KIND = { AWARENESS: 'Bồi dưỡng nhận thức về Đảng', NEW_MEMBER: 'Bồi dưỡng đảng viên mới' };

interface Person {
  fullName?: string | null;
  dateOfBirth?: string | null;
  birthYear?: number | null;
}

/** The enrolled person: the candidate of an awareness course, the member of a new-member course. */
function personOf(node: unknown): Person | null {
  const { candidate, member } = node as { candidate?: Person | null; member?: Person | null };
  return candidate ?? member ?? null;
}

export function personName(node: unknown): ExportValue {
  return personOf(node)?.fullName ?? null;
}

/** The date of birth where the caller's role sees it, else the year (oversight roles see only that). */
export function personBirth(node: unknown): ExportValue {
  const person = personOf(node);
  return localDateValue(person?.dateOfBirth) ?? person?.birthYear ?? null;
}

/**
 * The columns that open the class list and the attendance sheet alike; "Mã ghi danh" (the
 * enrolment id) is what the training service matches an uploaded sheet's rows by.
 */
export const ENROLLED_PERSON_COLUMNS: readonly ExportColumn[] = [
  { header: 'STT', value: 'index', width: 5 },
  { header: 'Mã ghi danh', value: { path: 'id' }, width: 38, text: true },
  { header: 'Họ và tên', value: personName, width: 24 },
  { header: 'Ngày sinh', value: personBirth, width: 11, align: 'center' },
  { header: 'Chi bộ', value: { path: 'organisation.name' }, width: 26 },
];
