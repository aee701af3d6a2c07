/**
 * The sourcing vocabulary: closed sets as const arrays (for zod, GraphQL enums and DB
 * checks) with English and Vietnamese labels for screens and spreadsheet templates.
 */

export interface Label {
  en: string;
  vi: string;
}

export const MASS_ORGANISATION_KINDS = [
  'FATHERLAND_FRONT',
  'YOUTH_UNION',
  'WOMEN_UNION',
  'VETERANS_ASSOCIATION',
  'TRADE_UNION',
  'OTHER',
] as const;
export type MassOrganisationKind = (typeof MASS_ORGANISATION_KINDS)[number];
export const MASS_ORGANISATION_KIND_LABELS: Readonly<Record<MassOrganisationKind, Label>> = {
  FATHERLAND_FRONT: { en: 'Fatherland Front committee', vi: 'Ủy ban Mặt trận Tổ quốc' },
  YOUTH_UNION: { en: 'Youth Union', vi: 'Đoàn Thanh niên Cộng sản Hồ Chí Minh' },
  WOMEN_UNION: { en: "Women's Union", vi: 'Hội Liên hiệp Phụ nữ' },
  VETERANS_ASSOCIATION: { en: "Veterans' Association", vi: 'Hội Cựu chiến binh' },
  TRADE_UNION: { en: 'Trade union', vi: 'Công đoàn' },
  OTHER: { en: 'Other organisation', vi: 'Tổ chức khác' },
};

/** Where candidates come from: the plan's section II.2 (đối tượng). */
export const SOURCE_CATEGORIES = [
  'CIVIL_SERVANT_OR_EMPLOYEE',
  'MASS_ORGANISATION_MEMBER',
  'NON_STATE_ENTERPRISE_WORKER',
  'HIGH_SCHOOL_STUDENT',
  'RETURNING_GRADUATE',
  'MILITIA_RESERVE_VETERAN_POLICE',
  'MILITARY_SERVICE_CONSCRIPT',
] as const;
export type SourceCategory = (typeof SOURCE_CATEGORIES)[number];
export const SOURCE_CATEGORY_LABELS: Readonly<Record<SourceCategory, Label>> = {
  CIVIL_SERVANT_OR_EMPLOYEE: {
    en: 'Civil servants, public employees and workers of agencies and units in the ward',
    vi: 'Cán bộ, công chức, viên chức, người lao động tại các cơ quan, đơn vị trên địa bàn phường',
  },
  MASS_ORGANISATION_MEMBER: {
    en: 'Members and leaders of mass-organisation branches',
    vi: 'Đoàn viên, hội viên, trưởng, phó các chi hội, chi đoàn ở cơ sở',
  },
  NON_STATE_ENTERPRISE_WORKER: {
    en: 'Outstanding workers in non-state enterprises',
    vi: 'Người lao động tiên tiến ở doanh nghiệp ngoài khu vực Nhà nước',
  },
  HIGH_SCHOOL_STUDENT: {
    en: 'High-school students aged 18',
    vi: 'Học sinh THPT (đủ 18 tuổi)',
  },
  RETURNING_GRADUATE: {
    en: 'Graduates returning to live in the ward',
    vi: 'Sinh viên mới tốt nghiệp về địa phương sinh hoạt',
  },
  MILITIA_RESERVE_VETERAN_POLICE: {
    en: 'Militia, reserve forces, demobilised soldiers, commune police',
    vi: 'Dân quân, dự bị động viên, quân nhân xuất ngũ, công an viên',
  },
  MILITARY_SERVICE_CONSCRIPT: {
    en: 'Young people called up for military service',
    vi: 'Thanh niên trúng tuyển nghĩa vụ quân sự',
  },
};

export const GENDERS = ['MALE', 'FEMALE'] as const;
export type Gender = (typeof GENDERS)[number];
export const GENDER_LABELS: Readonly<Record<Gender, Label>> = {
  MALE: { en: 'Male', vi: 'Nam' },
  FEMALE: { en: 'Female', vi: 'Nữ' },
};

/** Highest level completed. */
export const EDUCATION_LEVELS = [
  'PRIMARY',
  'LOWER_SECONDARY',
  'UPPER_SECONDARY',
  'VOCATIONAL',
  'COLLEGE',
  'UNIVERSITY',
  'POSTGRADUATE',
] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];
export const EDUCATION_LEVEL_LABELS: Readonly<Record<EducationLevel, Label>> = {
  PRIMARY: { en: 'Primary school', vi: 'Tiểu học' },
  LOWER_SECONDARY: { en: 'Lower secondary school', vi: 'Trung học cơ sở' },
  UPPER_SECONDARY: { en: 'Upper secondary school', vi: 'Trung học phổ thông' },
  VOCATIONAL: { en: 'Vocational (intermediate) training', vi: 'Trung cấp' },
  COLLEGE: { en: 'College', vi: 'Cao đẳng' },
  UNIVERSITY: { en: 'University', vi: 'Đại học' },
  POSTGRADUATE: { en: 'Postgraduate', vi: 'Sau đại học' },
};

export const CANDIDATE_STATUSES = [
  'REFERRED',
  'IN_SOURCE_POOL',
  'DECLINED',
  'IN_TRAINING',
  'TRAINED',
  'IN_ADMISSION',
  'ADMITTED',
  'WITHDRAWN',
] as const;
export type CandidateStatus = (typeof CANDIDATE_STATUSES)[number];
export const CANDIDATE_STATUS_LABELS: Readonly<Record<CandidateStatus, Label>> = {
  REFERRED: { en: 'Referred, awaiting the cell', vi: 'Được giới thiệu, chờ chi bộ xem xét' },
  IN_SOURCE_POOL: { en: 'In the source pool', vi: 'Trong nguồn' },
  DECLINED: { en: 'Declined by the cell', vi: 'Chi bộ không tiếp nhận' },
  IN_TRAINING: { en: 'In party-awareness training', vi: 'Đang học lớp bồi dưỡng nhận thức về Đảng' },
  TRAINED: { en: 'Awareness course completed', vi: 'Đã học lớp bồi dưỡng nhận thức về Đảng' },
  IN_ADMISSION: { en: 'Admission dossier open', vi: 'Đang làm hồ sơ kết nạp' },
  ADMITTED: { en: 'Admitted', vi: 'Đã kết nạp' },
  WITHDRAWN: { en: 'Withdrawn', vi: 'Đã rút khỏi nguồn' },
};

export const REFERRAL_STATUSES = ['SUBMITTED', 'ACCEPTED', 'DECLINED'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export const DECLINE_REASONS = [
  'DUPLICATE',
  'NOT_ELIGIBLE',
  'NOT_READY',
  'OUTSIDE_CELL_AREA',
  'PERSON_DECLINED',
  'OTHER',
] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];
export const DECLINE_REASON_LABELS: Readonly<Record<DeclineReason, Label>> = {
  DUPLICATE: { en: 'Already referred (duplicate)', vi: 'Trùng (đã được giới thiệu)' },
  NOT_ELIGIBLE: { en: 'Not eligible', vi: 'Không đủ điều kiện' },
  NOT_READY: { en: 'Not ready yet', vi: 'Chưa đủ điều kiện bồi dưỡng' },
  OUTSIDE_CELL_AREA: { en: "Outside the cell's area", vi: 'Không thuộc địa bàn chi bộ' },
  PERSON_DECLINED: { en: 'The person declined', vi: 'Quần chúng không có nguyện vọng' },
  OTHER: { en: 'Other reason', vi: 'Lý do khác' },
};

/** Why a candidate leaves the pipeline before admission (same codes as the event contract). */
export const WITHDRAWAL_REASONS = ['PERSON_WITHDREW', 'MOVED_AWAY', 'NO_LONGER_ELIGIBLE', 'DECEASED', 'OTHER'] as const;
export type WithdrawalReason = (typeof WITHDRAWAL_REASONS)[number];
export const WITHDRAWAL_REASON_LABELS: Readonly<Record<WithdrawalReason, Label>> = {
  PERSON_WITHDREW: { en: 'The person withdrew', vi: 'Quần chúng xin rút' },
  MOVED_AWAY: { en: 'Moved away', vi: 'Chuyển đi nơi khác' },
  NO_LONGER_ELIGIBLE: { en: 'No longer eligible', vi: 'Không còn đủ điều kiện' },
  DECEASED: { en: 'Deceased', vi: 'Từ trần' },
  OTHER: { en: 'Other reason', vi: 'Lý do khác' },
};

/** Party member standing, as the organisation service publishes it. */
export const PARTY_MEMBER_STATUSES = ['PROBATIONARY', 'OFFICIAL'] as const;
export type PartyMemberStatus = (typeof PARTY_MEMBER_STATUSES)[number];

export function isOneOf<const T extends readonly string[]>(values: T, value: unknown): value is T[number] {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}
