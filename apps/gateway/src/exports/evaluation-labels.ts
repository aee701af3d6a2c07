import type { ExportValue } from '@pdv/exports';

// Vietnamese labels of the evaluation enums as the period report prints them. The gateway may
// not import the evaluation domain (services meet only through the supergraph), so the wording
// of the evaluation subgraph's enum descriptions is repeated here.
export const ATTAINMENT_STATUS = { MET: 'Đạt', BEHIND: 'Chưa đạt', EXEMPT: 'Miễn chỉ tiêu' };
export const FORECAST_STATUS = { MET: 'Đã đạt', ON_TRACK: 'Dự kiến đạt', AT_RISK: 'Có nguy cơ không đạt', EXEMPT: 'Miễn chỉ tiêu' };
export const TARGET_KIND = {
  WARD_ADMISSIONS: 'Kết nạp đảng viên mới trong năm (toàn Đảng bộ)',
  WARD_AWARENESS_TRAINED: 'Bồi dưỡng nhận thức về Đảng trong năm (toàn Đảng bộ)',
  TERM_ADMISSIONS: 'Kết nạp đảng viên mới cả nhiệm kỳ',
  TERM_AWARENESS_TRAINED: 'Bồi dưỡng nhận thức về Đảng cả nhiệm kỳ',
  CELL_SENT_TO_TRAINING: 'Cử quần chúng đi bồi dưỡng (mỗi chi bộ)',
  UNIT_ADMISSIONS: 'Kết nạp đảng viên (mỗi đảng bộ, chi bộ)',
  UNIT_ADMISSION_RATE: 'Kết nạp từ 3% số đảng viên đầu năm',
  MASS_ORGANISATION_REFERRALS: 'Chỉ tiêu giới thiệu của tổ chức chính trị - xã hội',
};
// The admission subgraph's AdmissionDeadlineKind, as the report's overdue dossiers name it.
export const DEADLINE_KIND = {
  DECISION: 'Ra quyết định kết nạp',
  CEREMONY: 'Tổ chức lễ kết nạp',
  MEMBER_HISTORY: 'Hoàn thiện lý lịch đảng viên',
  RECOGNITION_MEETING: 'Họp xét công nhận đảng viên chính thức',
  RECOGNITION_DECISION: 'Ra quyết định công nhận đảng viên chính thức',
};
export const EXEMPTION_REASON = { ALL_STAFF_ARE_MEMBERS: 'Toàn bộ cán bộ đã là đảng viên', SOURCE_EXHAUSTED: 'Hết nguồn', RESIDENTIAL_AREA_CELL: 'Chi bộ khu dân cư' };
export const SOURCE_CATEGORY = {
  CIVIL_SERVANT_OR_EMPLOYEE: 'Cán bộ, công chức, viên chức, người lao động',
  MASS_ORGANISATION_MEMBER: 'Đoàn viên, hội viên các đoàn thể',
  NON_STATE_ENTERPRISE_WORKER: 'Người lao động doanh nghiệp ngoài nhà nước',
  HIGH_SCHOOL_STUDENT: 'Học sinh trung học phổ thông',
  RETURNING_GRADUATE: 'Sinh viên tốt nghiệp trở về địa phương',
  MILITIA_RESERVE_VETERAN_POLICE: 'Dân quân, dự bị động viên, bộ đội xuất ngũ, công an',
  MILITARY_SERVICE_CONSCRIPT: 'Thanh niên thực hiện nghĩa vụ quân sự',
};

const PERIOD = /^(\d{4})(?:-(Q|H)(\d))?$/;

/** "Quý III năm 2026", "6 tháng cuối năm 2026", "năm 2026": the period as a report's heading names it. */
export function periodLabel(key: unknown): string {
  const match = typeof key === 'string' ? PERIOD.exec(key) : null;
  if (!match) return String(key ?? '');
  const [, year, kind, index] = match;
  if (kind === 'Q') return `Quý ${['I', 'II', 'III', 'IV'][Number(index) - 1]} năm ${year}`;
  if (kind === 'H') return `${index === '1' ? '6 tháng đầu năm' : '6 tháng cuối năm'} ${year}`;
  return `năm ${year}`;
}

/** An instant (DateTime) as Vietnamese documents write it, in Hanoi time: "09:30 ngày 02/10/2026". */
export function instantInVietnam(value: unknown): ExportValue {
  if (typeof value !== 'string') return null;
  const hanoi = new Date(Date.parse(value) + 7 * 3_600_000);
  if (Number.isNaN(hanoi.getTime())) return null;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(hanoi.getUTCHours())}:${two(hanoi.getUTCMinutes())} ngày ${two(hanoi.getUTCDate())}/${two(hanoi.getUTCMonth() + 1)}/${hanoi.getUTCFullYear()}`;
}
