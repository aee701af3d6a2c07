/**
 * A city of wards for measurements at scale (issue 7): by default 126 ward committees (as
 * many as Hà Nội has had since 1 July 2025), ~25,000 cells and 500,000 members. Each ward is
 * made by the demo ward's own generator (generateWard) from a layout drawn here; ward 0 is the
 * demo ward's layout (phường Đống Đa), the others are drawn from the seed and their index.
 *
 * Pure and deterministic, like the demo: no I/O, no clock. The wards come one at a time
 * (generateCityWards), so a loader holds one ward's members in memory, not the city's.
 * There is no city committee above the wards: the organisation tree knows no such kind
 * (a ward committee has no parent), so the city is a forest of 126 ward trees.
 */
import type { LocalDate } from '@pdv/calendar';
import type { Sector, TargetExemptionReason } from '@pdv/organisation-domain';
import { isCellKind } from '@pdv/organisation-domain';
import {
  allocate,
  committee,
  DEMO_WARD_DEFAULTS,
  DEMO_WARD_LAYOUT,
  type DemoWard,
  generateWard,
  grassrootsCell,
  MIN_DEMO_MEMBERS,
  type Profile,
  PROFILES,
  Random,
  type UnitSpec,
  type WardLayout,
} from './demo-ward';

/** 126 wards with 500,000 members (~25,000 cells); fewer wards get their share of the members. */
export const CITY_DEFAULTS = Object.freeze({ seed: DEMO_WARD_DEFAULTS.seed, wards: 126, members: 500_000 });

/** Members a generated ward needs per cell at least (every cell keeps 3 officials present). */
const MIN_MEMBERS_PER_CELL = 9;

export interface CityOptions {
  seed?: number;
  wards?: number;
  /** Members of the whole city (default: 500,000 × wards / 126). */
  memberCount?: number;
  asOf?: LocalDate;
}

export interface CityWardPlan {
  index: number;
  /** The seed the ward's generator runs with (ward 0: the city's seed itself). */
  seed: number;
  layout: WardLayout;
  memberCount: number;
}

export interface CityPlan {
  seed: number;
  asOf: LocalDate;
  wards: CityWardPlan[];
  cells: number;
  members: number;
}

// Wards of Hà Nội after 1 July 2025 (phường Đống Đa is ward 0, the demo's); a generated city
// with more wards than names numbers the repeats.
const WARD_NAMES = [
  'Hoàn Kiếm', 'Cửa Nam', 'Ba Đình', 'Ngọc Hà', 'Giảng Võ', 'Hai Bà Trưng', 'Vĩnh Tuy', 'Bạch Mai', 'Kim Liên',
  'Văn Miếu - Quốc Tử Giám', 'Láng', 'Ô Chợ Dừa', 'Hồng Hà', 'Lĩnh Nam', 'Hoàng Mai', 'Vĩnh Hưng', 'Tương Mai',
  'Định Công', 'Hoàng Liệt', 'Yên Sở', 'Thanh Xuân', 'Khương Đình', 'Phương Liệt', 'Cầu Giấy', 'Nghĩa Đô', 'Yên Hòa',
  'Tây Hồ', 'Phú Thượng', 'Tây Tựu', 'Phú Diễn', 'Xuân Đỉnh', 'Đông Ngạc', 'Thượng Cát', 'Từ Liêm', 'Xuân Phương',
  'Tây Mỗ', 'Đại Mỗ', 'Long Biên', 'Bồ Đề', 'Việt Hưng', 'Phúc Lợi', 'Hà Đông', 'Dương Nội', 'Yên Nghĩa', 'Phú Lương',
  'Kiến Hưng', 'Thanh Liệt', 'Chương Mỹ', 'Sơn Tây', 'Tùng Thiện',
] as const;

const SCHOOL_KINDS = ['Trường Tiểu học', 'Trường THCS', 'Trường Mầm non'] as const;
const PLACE_NAMES = [
  'Quang Trung', 'Lê Lợi', 'Trần Phú', 'Nguyễn Du', 'Chu Văn An', 'Lý Thường Kiệt', 'Hoa Sen', 'Hoa Mai', 'Thăng Long',
  'Đoàn Thị Điểm', 'Nguyễn Trãi', 'Kim Đồng', 'Võ Thị Sáu', 'Bình Minh', 'Sao Mai', 'Tô Hoàng', 'Ngô Quyền',
] as const;
const COMPANY_WORDS = ['Xây dựng', 'Thương mại', 'Công nghệ', 'Vận tải', 'Dịch vụ', 'Đầu tư', 'Cơ khí', 'In', 'Dược phẩm'] as const;

interface CommitteeTemplate {
  name: (ward: string, n: number) => string;
  code: string;
  sector: Sector;
  profile: Profile;
  weight: number;
  cellNames: readonly string[];
}

const COMMITTEE_TEMPLATES: readonly CommitteeTemplate[] = [
  { code: 'BV', name: (w, n) => `Đảng bộ Bệnh viện ${n > 1 ? `số ${n} ` : ''}${w}`, sector: 'PUBLIC_SERVICE', profile: PROFILES.HEALTH, weight: 20, cellNames: ['Khối Nội', 'Khối Ngoại', 'Khối Sản - Nhi', 'Khối Cận lâm sàng', 'Khoa Cấp cứu', 'Phòng Hành chính', 'Khoa Dược', 'Khoa Khám bệnh', 'Điều dưỡng', 'Khoa Truyền nhiễm', 'Khoa Phục hồi chức năng'] },
  { code: 'TTYT', name: (w) => `Đảng bộ Trung tâm Y tế khu vực ${w}`, sector: 'PUBLIC_SERVICE', profile: PROFILES.HEALTH, weight: 14, cellNames: ['Trạm Y tế', 'Khoa Kiểm soát bệnh tật', 'Khoa Dinh dưỡng', 'Phòng Tổng hợp', 'Khoa Xét nghiệm', 'Đội Y tế dự phòng'] },
  { code: 'THPT', name: (w, n) => `Đảng bộ Trường THPT ${w}${n > 1 ? ` ${n}` : ''}`, sector: 'SCHOOL', profile: PROFILES.SCHOOL, weight: 14, cellNames: ['Tổ Toán - Tin', 'Tổ Ngữ văn', 'Tổ Ngoại ngữ', 'Tổ Khoa học Tự nhiên', 'Tổ Khoa học Xã hội', 'Văn phòng', 'Tổ Giáo dục Thể chất'] },
  { code: 'CT', name: (w, n) => `Đảng bộ Công ty TNHH MTV ${COMPANY_WORDS[n % COMPANY_WORDS.length]} ${w}`, sector: 'STATE_ENTERPRISE', profile: PROFILES.STATE_ENTERPRISE, weight: 16, cellNames: ['Văn phòng Công ty', 'Xí nghiệp số 1', 'Xí nghiệp số 2', 'Xí nghiệp số 3', 'Đội Vận chuyển', 'Phòng Kỹ thuật', 'Phòng Kinh doanh', 'Phân xưởng Sản xuất'] },
  { code: 'CP', name: (w, n) => `Đảng bộ Công ty Cổ phần ${COMPANY_WORDS[(n + 3) % COMPANY_WORDS.length]} ${w}`, sector: 'NON_STATE_ENTERPRISE', profile: PROFILES.NON_STATE, weight: 9, cellNames: ['Khối Văn phòng', 'Khối Kinh doanh', 'Khối Kỹ thuật', 'Khối Sản xuất', 'Chi nhánh phía Bắc', 'Khối Dịch vụ khách hàng'] },
  { code: 'CA', name: (w) => `Đảng bộ Công an phường ${w}`, sector: 'ARMED_FORCES_POLICE', profile: PROFILES.SECURITY, weight: 18, cellNames: ['Cảnh sát Khu vực', 'An ninh - Trật tự', 'Tổng hợp', 'Cảnh sát Phòng cháy', 'Quản lý Hành chính'] },
  { code: 'QS', name: (w) => `Đảng bộ Quân sự phường ${w}`, sector: 'ARMED_FORCES_POLICE', profile: PROFILES.SECURITY, weight: 10, cellNames: ['Ban Chỉ huy Quân sự', 'Dân quân Thường trực', 'Dân quân Cơ động', 'Hậu cần - Kỹ thuật'] },
];

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function wardNameOf(index: number): string {
  const base = WARD_NAMES[(index - 1) % WARD_NAMES.length];
  const round = Math.floor((index - 1) / WARD_NAMES.length);
  return round === 0 ? base : `${base} ${round + 1}`;
}

/** The seed ward `index` of a city runs with: the city's own for ward 0, a mix for the others. */
export function cityWardSeed(seed: number, index: number): number {
  return index === 0 ? seed : (Math.imul(seed ^ 0x5bd1e995, 2654435761) + Math.imul(index, 0x9e3779b1)) >>> 0;
}

/**
 * The units of a generated ward, ~200 cells: the ward committee; 10–14 grassroots committees
 * of 5–11 party cells (hospitals, schools, enterprises, police, military); ~21 grassroots
 * cells (the ward's agencies, schools, firms, markets); 95–125 residential-area cells.
 */
export function cityWardLayout(seed: number, index: number): WardLayout {
  if (index === 0) return DEMO_WARD_LAYOUT;
  const random = new Random(cityWardSeed(seed, index) ^ 0x2545f491);
  const wardCode = `HN${pad(index + 1, 3)}`;
  const ward = wardNameOf(index);
  const units: UnitSpec[] = [
    { code: wardCode, name: `Đảng bộ phường ${ward}`, kind: 'WARD_COMMITTEE', sector: 'ADMINISTRATIVE', parentCode: null, profile: PROFILES.AGENCY, weight: 0 },
  ];

  // Police and military once each; the rest drawn, numbered when a template repeats.
  const drawn = [COMMITTEE_TEMPLATES[5], COMMITTEE_TEMPLATES[6]];
  const others = COMMITTEE_TEMPLATES.slice(0, 5);
  const committees = random.int(10, 14);
  while (drawn.length < committees) drawn.push(random.weighted(others.map((t, i) => [t, [2, 1, 3, 3, 4][i]] as const)));
  const seen = new Map<string, number>();
  for (const template of drawn) {
    const n = (seen.get(template.code) ?? 0) + 1;
    seen.set(template.code, n);
    const cellCount = random.int(5, template.cellNames.length);
    const cellNames = random.shuffled(template.cellNames).slice(0, cellCount).map((cell) => `Chi bộ ${cell}`);
    units.push(...committee(`${wardCode}.${template.code}${n}`, template.name(ward, n), template.sector, template.profile, template.weight * (0.8 + 0.4 * random.next()), cellNames, wardCode));
  }

  const cell = (code: string, name: string, sector: Sector, profile: Profile, weight: number, exemption?: TargetExemptionReason) =>
    grassrootsCell(`${wardCode}.${code}`, name, sector, profile, weight, exemption, wardCode);
  units.push(
    cell('CQD', 'Chi bộ Các cơ quan Đảng phường', 'ADMINISTRATIVE', PROFILES.AGENCY, 30, 'ALL_STAFF_ARE_MEMBERS'),
    cell('UBND', 'Chi bộ Cơ quan Ủy ban nhân dân phường', 'ADMINISTRATIVE', { ...PROFILES.AGENCY, probation: 0.8 }, 36),
    cell('MTTQ', 'Chi bộ Cơ quan Mặt trận Tổ quốc và các đoàn thể phường', 'ADMINISTRATIVE', PROFILES.AGENCY, 15, 'ALL_STAFF_ARE_MEMBERS'),
    cell('HCC', 'Chi bộ Trung tâm Phục vụ hành chính công phường', 'PUBLIC_SERVICE', PROFILES.AGENCY, 12, 'ALL_STAFF_ARE_MEMBERS'),
  );
  const schools = random.int(6, 10);
  for (let i = 1; i <= schools; i += 1) {
    const kind = SCHOOL_KINDS[(i - 1) % SCHOOL_KINDS.length];
    const profile = kind === 'Trường Mầm non' ? { ...PROFILES.SCHOOL, femaleShare: 0.95 } : PROFILES.SCHOOL;
    units.push(cell(`TH${pad(i, 2)}`, `Chi bộ ${kind} ${random.pick(PLACE_NAMES)}`, 'SCHOOL', profile, 10 + random.int(0, 6)));
  }
  const firms = random.int(5, 9);
  for (let i = 1; i <= firms; i += 1) {
    const state = random.chance(0.4);
    units.push(
      cell(
        `DN${pad(i, 2)}`,
        `Chi bộ Công ty ${state ? 'Cổ phần' : 'TNHH'} ${random.pick(COMPANY_WORDS)} ${random.pick(PLACE_NAMES)}`,
        state ? 'STATE_ENTERPRISE' : 'NON_STATE_ENTERPRISE',
        state ? PROFILES.STATE_ENTERPRISE : PROFILES.NON_STATE,
        6 + random.int(0, 8),
      ),
    );
  }
  const markets = random.int(1, 3);
  for (let i = 1; i <= markets; i += 1) {
    units.push(cell(`CH${pad(i, 2)}`, `Chi bộ Ban Quản lý chợ ${random.pick(PLACE_NAMES)}`, 'PUBLIC_SERVICE', PROFILES.ELDERLY_STAFF, 7, 'SOURCE_EXHAUSTED'));
  }

  const areas = random.int(95, 125);
  for (let i = 1; i <= areas; i += 1) {
    units.push({
      code: `${wardCode}.KDC${pad(i, 3)}`,
      name: `Chi bộ Khu dân cư số ${i}`,
      kind: 'PARTY_CELL',
      sector: 'RESIDENTIAL_AREA',
      parentCode: wardCode,
      profile: PROFILES.RESIDENTIAL,
      weight: 80,
      exemption: 'RESIDENTIAL_AREA_CELL',
    });
  }
  const cells = units.filter((unit) => isCellKind(unit.kind)).length;
  return {
    units,
    wardCode,
    agenciesCode: `${wardCode}.CQD`,
    handoverCode: `${wardCode}.KDC001`,
    idPrefix: `${wardCode}:`,
    minMembers: Math.max(MIN_DEMO_MEMBERS, MIN_MEMBERS_PER_CELL * cells),
  };
}

/**
 * The city's plan: each ward's layout and number of members (shared in proportion to its
 * cells). Throws RangeError for options it cannot honour.
 */
export function planCity(options: CityOptions = {}): CityPlan {
  const seed = options.seed ?? CITY_DEFAULTS.seed;
  const wardCount = options.wards ?? CITY_DEFAULTS.wards;
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new RangeError('seed must be a whole number from 0 to 4294967295');
  if (!Number.isInteger(wardCount) || wardCount < 1 || wardCount > 1_000) throw new RangeError('wards must be a whole number from 1 to 1000');
  const memberCount = options.memberCount ?? Math.round((CITY_DEFAULTS.members * wardCount) / CITY_DEFAULTS.wards);
  const asOf = options.asOf ?? DEMO_WARD_DEFAULTS.asOf;
  const layouts = Array.from({ length: wardCount }, (_, index) => cityWardLayout(seed, index));
  const cellsOf = layouts.map((layout) => layout.units.filter((unit) => isCellKind(unit.kind)).length);
  const minimum = layouts.reduce((sum, layout) => sum + layout.minMembers, 0);
  if (!Number.isInteger(memberCount) || memberCount < minimum) throw new RangeError(`memberCount must be a whole number of at least ${minimum} for ${wardCount} wards`);
  const shares = allocate(memberCount - minimum, cellsOf, 0);
  const wards = layouts.map((layout, index) => ({ index, seed: cityWardSeed(seed, index), layout, memberCount: layout.minMembers + shares[index] }));
  return { seed, asOf, wards, cells: cellsOf.reduce((a, b) => a + b, 0), members: memberCount };
}

/**
 * The wards one by one, in index order (national ID numbers are unique across the city, so
 * the order is part of the determinism; pass the set on to generateCityReferrals). Ward 0
 * with the demo's seed and 3,000 members is the demo ward itself.
 */
export function* generateCityWards(plan: CityPlan, takenNationalIds = new Set<string>()): Generator<DemoWard & { index: number }> {
  for (const ward of plan.wards) {
    yield { index: ward.index, ...generateWard(ward.layout, { seed: ward.seed, memberCount: ward.memberCount, asOf: plan.asOf }, takenNationalIds) };
  }
}
