/**
 * The city's referral spreadsheets (issue 7): people the mass organisations refer to the
 * city's cells, as csv files in the sourcing service's import template (its public format:
 * `referralImportTemplate`), so they enter sourcing through its own bulk path, importReferrals.
 * Generated here, beside the wards, because one seed makes the whole city: the cells' codes
 * come from the same plan, and national ID numbers stay unique across members and referred
 * people (the shared set).
 *
 * Pure and deterministic: same plan, count and set → same files, to the byte.
 */
import type { LocalDate } from '@pdv/calendar';
import { addDays } from '@pdv/calendar';
import type { Gender, Sector } from '@pdv/organisation-domain';
import { isCellKind } from '@pdv/organisation-domain';
import type { CityPlan } from './city-ward';
import { birthDateFor, dateBetween, nationalIdFor, personName, Random } from './demo-ward';

/** The template's Vietnamese headers, in its order (the import also reads them in any order). */
export const REFERRAL_CSV_HEADER = [
  'Họ và tên', 'Ngày sinh', 'Giới tính', 'Số CCCD', 'Số điện thoại', 'Nơi ở hiện nay', 'Nghề nghiệp', 'Trình độ học vấn', 'Nguồn',
  'Chi bộ', 'Thành tích', 'Lý do giới thiệu', 'Phiên bản thông báo', 'Ngày đồng ý', 'Người giới thiệu',
] as const;

/** The privacy notice the people agreed to; the city tool publishes it before importing. */
export const CITY_NOTICE = Object.freeze({
  version: 'ND13-2025-01',
  publishedAt: '2025-01-02T01:00:00Z',
  summary: 'Thông báo về việc xử lý dữ liệu cá nhân của quần chúng được giới thiệu phát triển đảng viên (Nghị định 13/2023/NĐ-CP).',
});

type MassKind = 'FATHERLAND_FRONT' | 'YOUTH_UNION' | 'WOMEN_UNION' | 'VETERANS_ASSOCIATION' | 'TRADE_UNION';

interface Referrer {
  kind: MassKind;
  code: string;
  name: string;
  ages: readonly [number, number];
  femaleShare: number;
  /** Which cells it refers to, by sector (relative weights per cell). */
  sectors: Partial<Record<Sector, number>>;
  source: (sector: Sector) => string;
  occupation: (sector: Sector, random: Random) => string;
  referrerTitle: string;
  reason: string;
}

const EMPLOYEE = (sector: Sector): string =>
  sector === 'NON_STATE_ENTERPRISE' ? 'Lao động doanh nghiệp ngoài nhà nước' : sector === 'RESIDENTIAL_AREA' ? 'Đoàn viên, hội viên' : 'Cán bộ, công chức, viên chức';
const OCCUPATIONS: Partial<Record<Sector, readonly string[]>> = {
  RESIDENTIAL_AREA: ['Kinh doanh tự do', 'Nhân viên văn phòng', 'Lao động tự do', 'Nội trợ', 'Kỹ sư xây dựng'],
  SCHOOL: ['Giáo viên', 'Nhân viên thư viện', 'Giáo viên mầm non'],
  PUBLIC_SERVICE: ['Bác sĩ', 'Điều dưỡng', 'Kỹ thuật viên xét nghiệm', 'Dược sĩ', 'Chuyên viên'],
  STATE_ENTERPRISE: ['Kỹ sư', 'Công nhân kỹ thuật', 'Kế toán', 'Lái xe'],
  NON_STATE_ENTERPRISE: ['Lập trình viên', 'Nhân viên kinh doanh', 'Công nhân', 'Kỹ thuật viên'],
  ARMED_FORCES_POLICE: ['Công an viên', 'Dân quân thường trực'],
  ADMINISTRATIVE: ['Chuyên viên', 'Công chức phường'],
};
const occupationOf = (sector: Sector, random: Random): string => random.pick(OCCUPATIONS[sector] ?? ['Lao động tự do']);

// Six files, one per referring unit: the youth union twice (it refers most people).
const REFERRERS: readonly Referrer[] = [
  ...[1, 2].map(
    (n): Referrer => ({
      kind: 'YOUTH_UNION',
      code: `TP-DTN-${n}`,
      name: `Đoàn Thanh niên Cộng sản Hồ Chí Minh thành phố Hà Nội — khối phường ${n}`,
      ages: [18, 30],
      femaleShare: 0.5,
      sectors: { RESIDENTIAL_AREA: 3, SCHOOL: 2, NON_STATE_ENTERPRISE: 3, STATE_ENTERPRISE: 2, PUBLIC_SERVICE: 1, ARMED_FORCES_POLICE: 2 },
      source: (sector) => (sector === 'ARMED_FORCES_POLICE' ? 'Dân quân, dự bị, xuất ngũ, công an viên' : sector === 'NON_STATE_ENTERPRISE' ? 'Lao động doanh nghiệp ngoài nhà nước' : 'Đoàn viên, hội viên'),
      occupation: occupationOf,
      referrerTitle: 'Bí thư chi đoàn',
      reason: 'Tích cực trong phong trào thanh niên tình nguyện',
    }),
  ),
  {
    kind: 'WOMEN_UNION',
    code: 'TP-HPN',
    name: 'Hội Liên hiệp Phụ nữ thành phố Hà Nội — khối phường',
    ages: [22, 50],
    femaleShare: 1,
    sectors: { RESIDENTIAL_AREA: 4, SCHOOL: 2, PUBLIC_SERVICE: 2 },
    source: () => 'Đoàn viên, hội viên',
    occupation: occupationOf,
    referrerTitle: 'Chi hội trưởng phụ nữ',
    reason: 'Gương mẫu trong phong trào phụ nữ tích cực học tập, lao động sáng tạo',
  },
  {
    kind: 'TRADE_UNION',
    code: 'TP-CD',
    name: 'Liên đoàn Lao động thành phố Hà Nội — công đoàn cơ sở khối phường',
    ages: [23, 45],
    femaleShare: 0.45,
    sectors: { STATE_ENTERPRISE: 3, NON_STATE_ENTERPRISE: 3, PUBLIC_SERVICE: 2, SCHOOL: 2, ADMINISTRATIVE: 1 },
    source: EMPLOYEE,
    occupation: occupationOf,
    referrerTitle: 'Chủ tịch công đoàn cơ sở',
    reason: 'Hoàn thành xuất sắc nhiệm vụ, lao động giỏi',
  },
  {
    kind: 'VETERANS_ASSOCIATION',
    code: 'TP-HCCB',
    name: 'Hội Cựu chiến binh thành phố Hà Nội — khối phường',
    ages: [24, 40],
    femaleShare: 0.08,
    sectors: { RESIDENTIAL_AREA: 3, ARMED_FORCES_POLICE: 2 },
    source: () => 'Dân quân, dự bị, xuất ngũ, công an viên',
    occupation: occupationOf,
    referrerTitle: 'Chi hội trưởng cựu chiến binh',
    reason: 'Quân nhân xuất ngũ, tích cực tham gia công tác ở khu dân cư',
  },
  {
    kind: 'FATHERLAND_FRONT',
    code: 'TP-MTTQ',
    name: 'Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội — khối phường',
    ages: [25, 55],
    femaleShare: 0.5,
    sectors: { RESIDENTIAL_AREA: 5 },
    source: () => 'Đoàn viên, hội viên',
    occupation: occupationOf,
    referrerTitle: 'Trưởng ban công tác Mặt trận',
    reason: 'Nhiệt tình, có uy tín trong cộng đồng dân cư',
  },
];

const EDUCATION = [['Trung học phổ thông', 2], ['Trung cấp', 1], ['Cao đẳng', 2], ['Đại học', 5], ['Sau đại học', 1]] as const;
const STREETS = ['Kim Liên', 'Xã Đàn', 'Tôn Đức Thắng', 'Nguyễn Lương Bằng', 'Láng Hạ', 'Thái Hà', 'Chùa Bộc', 'Tây Sơn', 'Đê La Thành'] as const;
const ACHIEVEMENTS = ['Giấy khen của Đoàn phường', 'Lao động tiên tiến', 'Chiến sĩ thi đua cơ sở', 'Giấy khen của Hội', ''] as const;

export interface CityReferralFile {
  fileName: string;
  massOrganisation: { kind: MassKind; code: string; name: string };
  rows: number;
  /** The cell code of each row, in order (the cell that decides on the referral). */
  cellCodes: string[];
  /** The csv, with a byte-order mark (as Excel writes it). */
  content: string;
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function dmy(date: LocalDate): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

/**
 * `count` people in six files (one per referring unit, ≤ count/6 rows each, rounded up), each
 * row to a cell of the plan chosen by the unit's sectors. Consent dates fall in the half year
 * before the plan's asOf; people are of age on the import day whatever it is.
 */
export function generateCityReferrals(plan: CityPlan, count: number, takenNationalIds: Set<string>): CityReferralFile[] {
  if (!Number.isInteger(count) || count < 0) throw new RangeError('count must be a whole number, at least 0');
  const random = new Random(plan.seed ^ 0x3c6ef372);
  const cells = plan.wards.flatMap((ward) => ward.layout.units.filter((unit) => isCellKind(unit.kind)));
  const perFile = Math.ceil(count / REFERRERS.length);
  return REFERRERS.map((referrer, index) => {
    const rows = Math.max(0, Math.min(perFile, count - perFile * index));
    const weighted = cells.filter((cell) => referrer.sectors[cell.sector]).map((cell) => [cell, referrer.sectors[cell.sector] as number] as const);
    // A cumulative table: picking among ~25,000 cells by weight stays O(log n) per row.
    const cumulative: number[] = [];
    let total = 0;
    for (const [, weight] of weighted) cumulative.push((total += weight));
    const lines = [REFERRAL_CSV_HEADER.join(',')];
    const cellCodes: string[] = [];
    for (let i = 0; i < rows; i += 1) {
      const point = random.next() * total;
      let low = 0;
      let high = cumulative.length - 1;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (cumulative[mid] > point) high = mid;
        else low = mid + 1;
      }
      const cell = weighted[low][0];
      cellCodes.push(cell.code);
      const gender: Gender = random.chance(referrer.femaleShare) ? 'FEMALE' : 'MALE';
      const dateOfBirth = birthDateFor(random, random.int(referrer.ages[0], referrer.ages[1]), plan.asOf);
      const consentDate = dateBetween(random, addDays(plan.asOf, -180), plan.asOf);
      const row = [
        personName(random, gender, Number(dateOfBirth.slice(0, 4))),
        dmy(dateOfBirth),
        gender === 'MALE' ? 'Nam' : 'Nữ',
        nationalIdFor(random, dateOfBirth, gender, takenNationalIds),
        `09${String(random.int(0, 99_999_999)).padStart(8, '0')}`,
        `Số ${random.int(1, 199)} ngõ ${random.int(1, 120)} phố ${random.pick(STREETS)}, Hà Nội`,
        referrer.occupation(cell.sector, random),
        random.weighted(EDUCATION),
        referrer.source(cell.sector),
        cell.code,
        random.pick(ACHIEVEMENTS),
        referrer.reason,
        CITY_NOTICE.version,
        dmy(consentDate),
        referrer.referrerTitle,
      ];
      lines.push(row.map(csvField).join(','));
    }
    return {
      fileName: `${referrer.code.toLowerCase()}.csv`,
      massOrganisation: { kind: referrer.kind, code: referrer.code, name: referrer.name },
      rows,
      cellCodes,
      content: `\ufeff${lines.join('\r\n')}\r\n`,
    };
  });
}
