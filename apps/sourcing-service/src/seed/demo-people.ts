import type { EducationLevel, Gender, SourceCategory } from '@pdv/sourcing-domain';

/**
 * Made-up people for the demo data, the benchmark and tests: realistic Vietnamese names,
 * national ID numbers that pass every structural check (Hà Nội birth registration, the
 * century/gender digit and the year matching the date of birth) and mobile numbers of the
 * right shape. Deterministic: the same seed gives the same people.
 */

/** mulberry32: a small, fast, seedable generator (statistical quality is plenty for demo data). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

// Family names weighted roughly as in the population (Nguyễn alone is about 38%).
const FAMILY_NAMES: readonly string[] = [
  ...Array<string>(12).fill('Nguyễn'), ...Array<string>(4).fill('Trần'), ...Array<string>(3).fill('Lê'), ...Array<string>(2).fill('Phạm'),
  'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Trịnh', 'Đào', 'Mai', 'Lương', 'Tạ', 'Chu', 'Cao',
];
const MALE_MIDDLE = ['Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Thành', 'Xuân', 'Tiến', 'Công', 'Mạnh', 'Anh', 'Trọng', 'Gia', 'Hoàng', 'Ngọc'];
const FEMALE_MIDDLE = ['Thị', 'Thu', 'Ngọc', 'Thanh', 'Minh', 'Phương', 'Hồng', 'Thùy', 'Mai', 'Khánh', 'Bảo', 'Diệu', 'Hải', 'Quỳnh', 'Thảo'];
const MALE_GIVEN = [
  'An', 'Bình', 'Cường', 'Dũng', 'Đạt', 'Đức', 'Giang', 'Hải', 'Hiếu', 'Hoàng', 'Hùng', 'Huy', 'Khánh', 'Khoa', 'Kiên', 'Long', 'Luân',
  'Mạnh', 'Minh', 'Nam', 'Nghĩa', 'Phong', 'Phúc', 'Quân', 'Quang', 'Sơn', 'Tài', 'Thắng', 'Thành', 'Trung', 'Tuấn', 'Tùng', 'Việt', 'Vinh',
];
const FEMALE_GIVEN = [
  'Anh', 'Chi', 'Diệp', 'Dung', 'Giang', 'Hà', 'Hạnh', 'Hằng', 'Hoa', 'Hương', 'Huyền', 'Lan', 'Liên', 'Linh', 'Loan', 'Mai', 'My', 'Nga',
  'Ngân', 'Ngọc', 'Nhung', 'Oanh', 'Phương', 'Quyên', 'Tâm', 'Thảo', 'Thủy', 'Trang', 'Trâm', 'Uyên', 'Vân', 'Yến',
];
const STREETS = ['Tôn Đức Thắng', 'Nguyễn Lương Bằng', 'Xã Đàn', 'Khâm Thiên', 'Hàng Cháo', 'Văn Miếu', 'Quốc Tử Giám', 'Cát Linh', 'Hào Nam', 'Giảng Võ'];
const OCCUPATIONS = ['Giáo viên', 'Công nhân', 'Kỹ sư', 'Nhân viên văn phòng', 'Kinh doanh', 'Sinh viên', 'Bác sĩ', 'Điều dưỡng', 'Công an viên', 'Lao động tự do', 'Kế toán'];
const ACHIEVEMENTS = [
  'Đoàn viên xuất sắc năm 2025',
  'Giấy khen của UBND phường về phong trào xây dựng đời sống văn hóa',
  'Hoàn thành xuất sắc nhiệm vụ năm 2025',
  'Tích cực trong công tác thiện nguyện, hiến máu nhân đạo',
  'Lao động tiên tiến hai năm liền',
  'Hội viên tiêu biểu của chi hội',
];

export interface DemoPerson {
  fullName: string;
  dateOfBirth: string;
  gender: Gender;
  nationalId: string;
  phone: string;
  address: string;
  occupation: string;
  educationLevel: EducationLevel;
  sourceCategory: SourceCategory;
  achievements: string;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/**
 * A structurally valid 12-digit citizen ID for a date of birth and gender: province 001
 * (Hà Nội), the century/gender digit, the two-digit year, and `serial` as the 6 random digits
 * (unique serials give unique numbers for people born the same year).
 */
export function syntheticNationalId(dateOfBirth: string, gender: Gender, serial: number, provinceCode = '001'): string {
  const year = Number(dateOfBirth.slice(0, 4));
  const century = Math.floor(year / 100) - 19; // 1900s → 0, 2000s → 1
  const digit = century * 2 + (gender === 'FEMALE' ? 1 : 0);
  return `${provinceCode}${digit}${pad(year % 100, 2)}${pad(serial % 1_000_000, 6)}`;
}

export function vietnameseName(random: () => number, gender: Gender): string {
  const middle = gender === 'MALE' ? MALE_MIDDLE : FEMALE_MIDDLE;
  const given = gender === 'MALE' ? MALE_GIVEN : FEMALE_GIVEN;
  return `${pick(random, FAMILY_NAMES)} ${pick(random, middle)} ${pick(random, given)}`;
}

const CATEGORY_BY_AGE: readonly [maxAge: number, categories: readonly SourceCategory[]][] = [
  [19, ['HIGH_SCHOOL_STUDENT', 'MILITARY_SERVICE_CONSCRIPT', 'MASS_ORGANISATION_MEMBER']],
  [25, ['RETURNING_GRADUATE', 'MILITARY_SERVICE_CONSCRIPT', 'MASS_ORGANISATION_MEMBER', 'MILITIA_RESERVE_VETERAN_POLICE']],
  [120, ['CIVIL_SERVANT_OR_EMPLOYEE', 'NON_STATE_ENTERPRISE_WORKER', 'MASS_ORGANISATION_MEMBER', 'MILITIA_RESERVE_VETERAN_POLICE']],
];

/**
 * One made-up person, aged `minAge`–`maxAge` on `today` (YYYY-MM-DD). `serial` keeps
 * national ID numbers unique across a run.
 */
export function demoPerson(
  random: () => number,
  serial: number,
  today: string,
  ages: { minAge: number; maxAge: number; gender?: Gender } = { minAge: 19, maxAge: 45 },
): DemoPerson {
  const drawn: Gender = random() < 0.5 ? 'MALE' : 'FEMALE';
  const gender = ages.gender ?? drawn;
  const age = ages.minAge + Math.floor(random() * (ages.maxAge - ages.minAge + 1));
  const year = Number(today.slice(0, 4)) - age - 1;
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  const dateOfBirth = `${year}-${pad(month, 2)}-${pad(day, 2)}`;
  const categories = CATEGORY_BY_AGE.find(([maxAge]) => age <= maxAge)![1];
  return {
    fullName: vietnameseName(random, gender),
    dateOfBirth,
    gender,
    nationalId: syntheticNationalId(dateOfBirth, gender, serial),
    phone: `09${pad(Math.floor(random() * 100_000_000), 8)}`,
    address: `Số ${1 + Math.floor(random() * 120)} phố ${pick(random, STREETS)}`,
    occupation: pick(random, OCCUPATIONS),
    educationLevel: pick(random, ['UPPER_SECONDARY', 'UPPER_SECONDARY', 'VOCATIONAL', 'COLLEGE', 'UNIVERSITY', 'UNIVERSITY', 'POSTGRADUATE'] as const),
    sourceCategory: pick(random, categories),
    achievements: pick(random, ACHIEVEMENTS),
  };
}
