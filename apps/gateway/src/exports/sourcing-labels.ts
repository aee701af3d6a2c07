import { localDateValue } from '@pdv/exports';

// Vietnamese labels of the sourcing enums as a printed list shows them. The gateway may not
// import the sourcing domain (services meet only through the supergraph), so the wording of
// libs/sourcing/domain's *_LABELS / SOURCE_CATEGORY_SHORT_VI is repeated here, enum by enum.
export const GENDER = { MALE: 'Nam', FEMALE: 'Nữ' };
export const EDUCATION = {
  PRIMARY: 'Tiểu học',
  LOWER_SECONDARY: 'Trung học cơ sở',
  UPPER_SECONDARY: 'Trung học phổ thông',
  VOCATIONAL: 'Trung cấp',
  COLLEGE: 'Cao đẳng',
  UNIVERSITY: 'Đại học',
  POSTGRADUATE: 'Sau đại học',
};
export const SOURCE = {
  CIVIL_SERVANT_OR_EMPLOYEE: 'Cán bộ, công chức, viên chức',
  MASS_ORGANISATION_MEMBER: 'Đoàn viên, hội viên',
  NON_STATE_ENTERPRISE_WORKER: 'Lao động doanh nghiệp ngoài nhà nước',
  HIGH_SCHOOL_STUDENT: 'Học sinh THPT',
  RETURNING_GRADUATE: 'Sinh viên tốt nghiệp',
  MILITIA_RESERVE_VETERAN_POLICE: 'Dân quân, dự bị, xuất ngũ, công an viên',
  MILITARY_SERVICE_CONSCRIPT: 'Nghĩa vụ quân sự',
};
export const STATUS = {
  REFERRED: 'Được giới thiệu, chờ chi bộ xem xét',
  DECLINED: 'Chi bộ không tiếp nhận',
  ADMITTED: 'Đã kết nạp',
  WITHDRAWN: 'Đã rút khỏi nguồn',
  IN_SOURCE_POOL: 'Trong nguồn',
  IN_TRAINING: 'Đang học lớp nhận thức',
  TRAINED: 'Đã học lớp nhận thức',
  IN_ADMISSION: 'Đang làm hồ sơ kết nạp',
};

/** The date of birth where the caller's role sees it, else the year (oversight roles see only that). */
export function birthDateOrYear(node: unknown): Date | number | null {
  const { dateOfBirth, birthYear } = node as { dateOfBirth?: string | null; birthYear?: number | null };
  return localDateValue(dateOfBirth) ?? birthYear ?? null;
}
