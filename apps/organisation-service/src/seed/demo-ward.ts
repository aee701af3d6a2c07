/**
 * A realistic demo ward, modelled on the plan of phường Đống Đa, Hà Nội (the plan's
 * 2025–2030 term; the ward was formed on 1 July 2025 when the district level was removed).
 *
 * Pure and deterministic: a seeded PRNG, no I/O, no clock. Every id is a UUID (v4-shaped)
 * hashed from the seed and a stable label (an organisation's code, a member's index), so
 * re-running the seed with the same options writes the same rows and is idempotent.
 *
 * All names of people are invented from common Vietnamese family, middle and given names;
 * national ID numbers are structurally valid but random (they match the invented dates of
 * birth and genders, not any real person's card).
 */
import { addDays, addMonths, daysBetween, isLocalDate, type LocalDate } from '@pdv/calendar';
import type {
  Gender,
  MemberMovement,
  OrganisationKind,
  OrganisationVersion,
  PartyMemberRecord,
  Sector,
  SupervisionAssignment,
  TargetExemption,
  TargetExemptionReason,
} from '@pdv/organisation-domain';
import { isCellKind, officialDateFor } from '@pdv/organisation-domain';

/** The day the new ward (and its party committee) came into existence. */
export const DEMO_WARD_FORMED: LocalDate = '2025-07-01';

export const DEMO_WARD_DEFAULTS = Object.freeze({ seed: 20250701, memberCount: 3000, asOf: '2026-06-30' });

export interface DemoWardOptions {
  seed?: number;
  /** Members to generate (at least MIN_DEMO_MEMBERS). */
  memberCount?: number;
  /** "Today" for the data: nothing happens after it. Not before DEMO_WARD_FORMED. */
  asOf?: LocalDate;
}

export interface DemoWard {
  seed: number;
  asOf: LocalDate;
  wardCommitteeId: string;
  /** One version each, valid from DEMO_WARD_FORMED; parents come before their children. */
  organisations: OrganisationVersion[];
  members: PartyMemberRecord[];
  movements: MemberMovement[];
  exemptions: TargetExemption[];
  supervisionAssignments: SupervisionAssignment[];
  /** The ward committee members among the members (all in the ward-agencies cell). */
  committeeMemberIds: string[];
}

/** Every cell gets at least 5 members, and the ward-agencies cell holds the committee. */
export const MIN_DEMO_MEMBERS = 400;

const COMMITTEE_SIZE = 9;
const PROBATIONARY_SHARE = 0.05;
const EXEMPTION_YEARS = [2025, 2026] as const;

// ---- randomness and ids ----------------------------------------------------------------------

/** mulberry32: small, fast and good enough for demo data. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let point = this.next() * total;
    for (const [value, weight] of entries) {
      point -= weight;
      if (point < 0) return value;
    }
    return entries[entries.length - 1][0];
  }

  shuffled<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  }
}

/** cyrb128: a 128-bit string hash, for ids that depend only on the seed and a label. */
function hash128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i += 1) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** A UUID with the version-4 and RFC 9562 variant bits, derived from the seed and a label. */
export function demoUuid(seed: number, label: string): string {
  const hex = hash128(`pdv-demo-ward:${seed}:${label}`)
    .map((n) => n.toString(16).padStart(8, '0'))
    .join('');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

// ---- the ward's organisations ------------------------------------------------------------------

/** How a unit's members look: gender mix, ages now, ages at admission, how much it admits. */
export interface Profile {
  femaleShare: number;
  /** [min age, max age, weight] on the asOf date. */
  ageBands: readonly (readonly [number, number, number])[];
  admissionAge: readonly [number, number];
  /** Relative chance of holding probationary members (0: none, e.g. exempt units). */
  probation: number;
}

export const PROFILES = {
  RESIDENTIAL: { femaleShare: 0.46, ageBands: [[38, 55, 2], [56, 75, 5], [76, 94, 3]], admissionAge: [18, 40], probation: 0.25 },
  AGENCY: { femaleShare: 0.45, ageBands: [[28, 40, 4], [41, 59, 6]], admissionAge: [22, 34], probation: 0 },
  SCHOOL: { femaleShare: 0.72, ageBands: [[25, 40, 5], [41, 59, 5]], admissionAge: [22, 35], probation: 1 },
  HEALTH: { femaleShare: 0.62, ageBands: [[25, 40, 5], [41, 59, 5]], admissionAge: [23, 36], probation: 1 },
  STATE_ENTERPRISE: { femaleShare: 0.35, ageBands: [[24, 40, 6], [41, 59, 4]], admissionAge: [22, 35], probation: 1.2 },
  NON_STATE: { femaleShare: 0.45, ageBands: [[23, 35, 7], [36, 52, 3]], admissionAge: [21, 32], probation: 1.6 },
  SECURITY: { femaleShare: 0.1, ageBands: [[22, 35, 6], [36, 55, 4]], admissionAge: [19, 28], probation: 1 },
  ELDERLY_STAFF: { femaleShare: 0.5, ageBands: [[40, 60, 4], [61, 72, 6]], admissionAge: [20, 40], probation: 0 },
} satisfies Record<string, Profile>;

export interface UnitSpec {
  code: string;
  name: string;
  kind: OrganisationKind;
  sector: Sector;
  parentCode: string | null;
  profile: Profile;
  /** Relative size among cells. */
  weight: number;
  exemption?: TargetExemptionReason;
}

const WARD_CODE = 'DD';
const WARD_AGENCIES_CODE = 'DD.CQD';

export function committee(
  code: string,
  name: string,
  sector: Sector,
  profile: Profile,
  weight: number,
  cells: readonly string[],
  wardCode: string = WARD_CODE,
): UnitSpec[] {
  return [
    { code, name, kind: 'GRASSROOTS_COMMITTEE', sector, parentCode: wardCode, profile, weight: 0 },
    ...cells.map((cellName, i) => ({
      code: `${code}.${String(i + 1).padStart(2, '0')}`,
      name: cellName,
      kind: 'PARTY_CELL' as const,
      sector,
      parentCode: code,
      profile,
      weight,
    })),
  ];
}

export function grassrootsCell(
  code: string,
  name: string,
  sector: Sector,
  profile: Profile,
  weight: number,
  exemption?: TargetExemptionReason,
  wardCode: string = WARD_CODE,
): UnitSpec {
  return { code, name, kind: 'GRASSROOTS_CELL', sector, parentCode: wardCode, profile, weight, exemption };
}

const RESIDENTIAL_AREAS = 20;

const UNITS: readonly UnitSpec[] = [
  { code: WARD_CODE, name: 'Đảng bộ phường Đống Đa', kind: 'WARD_COMMITTEE', sector: 'ADMINISTRATIVE', parentCode: null, profile: PROFILES.AGENCY, weight: 0 },
  ...committee('DD.BVDK', 'Đảng bộ Bệnh viện Đa khoa Đống Đa', 'PUBLIC_SERVICE', PROFILES.HEALTH, 26, [
    'Chi bộ Khối Nội',
    'Chi bộ Khối Ngoại - Sản',
    'Chi bộ Khối Cận lâm sàng',
    'Chi bộ Khoa Khám bệnh - Cấp cứu',
    'Chi bộ Phòng Hành chính - Tổ chức',
  ]),
  ...committee('DD.TTYT', 'Đảng bộ Trung tâm Y tế khu vực Đống Đa', 'PUBLIC_SERVICE', PROFILES.HEALTH, 16, [
    'Chi bộ Trạm Y tế phường',
    'Chi bộ Khoa Kiểm soát bệnh tật',
  ]),
  ...committee('DD.THPT', 'Đảng bộ Trường THPT Đống Đa', 'SCHOOL', PROFILES.SCHOOL, 16, [
    'Chi bộ Tổ Khoa học Tự nhiên',
    'Chi bộ Tổ Khoa học Xã hội',
    'Chi bộ Văn phòng - Giáo dục Thể chất',
  ]),
  ...committee('DD.MTDT', 'Đảng bộ Công ty TNHH MTV Môi trường Đô thị Đống Đa', 'STATE_ENTERPRISE', PROFILES.STATE_ENTERPRISE, 18, [
    'Chi bộ Văn phòng Công ty',
    'Chi bộ Xí nghiệp Môi trường số 1',
    'Chi bộ Xí nghiệp Môi trường số 2',
    'Chi bộ Đội Vận chuyển',
  ]),
  ...committee('DD.CAP', 'Đảng bộ Công an phường Đống Đa', 'ARMED_FORCES_POLICE', PROFILES.SECURITY, 20, [
    'Chi bộ Cảnh sát Khu vực',
    'Chi bộ An ninh - Trật tự',
    'Chi bộ Tổng hợp',
  ]),
  ...committee('DD.QS', 'Đảng bộ Quân sự phường Đống Đa', 'ARMED_FORCES_POLICE', PROFILES.SECURITY, 10, [
    'Chi bộ Ban Chỉ huy Quân sự',
    'Chi bộ Dân quân Thường trực',
  ]),
  ...committee('DD.VCT', 'Đảng bộ Công ty Cổ phần Đầu tư và Thương mại Văn Chương', 'NON_STATE_ENTERPRISE', PROFILES.NON_STATE, 9, [
    'Chi bộ Khối Văn phòng',
    'Chi bộ Khối Kinh doanh',
    'Chi bộ Khối Kỹ thuật',
  ]),
  grassrootsCell(WARD_AGENCIES_CODE, 'Chi bộ Các cơ quan Đảng phường', 'ADMINISTRATIVE', PROFILES.AGENCY, 30, 'ALL_STAFF_ARE_MEMBERS'),
  grassrootsCell('DD.UBND', 'Chi bộ Cơ quan Ủy ban nhân dân phường', 'ADMINISTRATIVE', { ...PROFILES.AGENCY, probation: 0.8 }, 36),
  grassrootsCell('DD.MTTQ', 'Chi bộ Cơ quan Mặt trận Tổ quốc và các đoàn thể phường', 'ADMINISTRATIVE', PROFILES.AGENCY, 15, 'ALL_STAFF_ARE_MEMBERS'),
  grassrootsCell('DD.HCC', 'Chi bộ Trung tâm Phục vụ hành chính công phường', 'PUBLIC_SERVICE', PROFILES.AGENCY, 12, 'ALL_STAFF_ARE_MEMBERS'),
  grassrootsCell('DD.THKL', 'Chi bộ Trường Tiểu học Kim Liên', 'SCHOOL', PROFILES.SCHOOL, 15),
  grassrootsCell('DD.THCSQT', 'Chi bộ Trường THCS Quang Trung', 'SCHOOL', PROFILES.SCHOOL, 15),
  grassrootsCell('DD.THCSDD', 'Chi bộ Trường THCS Đống Đa', 'SCHOOL', PROFILES.SCHOOL, 13),
  grassrootsCell('DD.MNHS', 'Chi bộ Trường Mầm non Hoa Sen', 'SCHOOL', { ...PROFILES.SCHOOL, femaleShare: 0.95 }, 10),
  grassrootsCell('DD.CHKL', 'Chi bộ Ban Quản lý chợ Kim Liên', 'PUBLIC_SERVICE', PROFILES.ELDERLY_STAFF, 8, 'SOURCE_EXHAUSTED'),
  grassrootsCell('DD.NHCT', 'Chi bộ Ngân hàng TMCP Công Thương Việt Nam - Chi nhánh Đống Đa', 'STATE_ENTERPRISE', PROFILES.STATE_ENTERPRISE, 14),
  grassrootsCell('DD.XD12', 'Chi bộ Công ty Cổ phần Xây dựng số 12', 'STATE_ENTERPRISE', PROFILES.STATE_ENTERPRISE, 10),
  grassrootsCell('DD.HM', 'Chi bộ Công ty TNHH Thương mại và Dịch vụ Hoàng Minh', 'NON_STATE_ENTERPRISE', PROFILES.NON_STATE, 7),
  grassrootsCell('DD.PN', 'Chi bộ Công ty Cổ phần Công nghệ Phương Nam', 'NON_STATE_ENTERPRISE', PROFILES.NON_STATE, 8),
  grassrootsCell('DD.HTX', 'Chi bộ Hợp tác xã Dịch vụ Thương mại Kim Liên', 'OTHER', PROFILES.ELDERLY_STAFF, 6, 'SOURCE_EXHAUSTED'),
  ...Array.from({ length: RESIDENTIAL_AREAS }, (_, i): UnitSpec => ({
    code: `DD.KDC${String(i + 1).padStart(2, '0')}`,
    name: `Chi bộ Khu dân cư số ${i + 1}`,
    kind: 'PARTY_CELL',
    sector: 'RESIDENTIAL_AREA',
    parentCode: WARD_CODE,
    profile: PROFILES.RESIDENTIAL,
    weight: 80,
    exemption: 'RESIDENTIAL_AREA_CELL',
  })),
];

// ---- people --------------------------------------------------------------------------------

// Approximate shares (%) of family names in the north; Nguyễn is about 38% nationwide.
const FAMILY_NAMES: readonly (readonly [string, number])[] = [
  ['Nguyễn', 38], ['Trần', 11], ['Lê', 9.5], ['Phạm', 7], ['Hoàng', 4.6], ['Huỳnh', 0.5], ['Phan', 4.5],
  ['Vũ', 3.4], ['Võ', 0.5], ['Đặng', 2.1], ['Bùi', 2], ['Đỗ', 1.4], ['Hồ', 1.3], ['Ngô', 1.3],
  ['Dương', 1], ['Lý', 0.5], ['Đinh', 0.9], ['Trịnh', 0.7], ['Đào', 0.7], ['Mai', 0.5], ['Lương', 0.4],
  ['Cao', 0.4], ['Tạ', 0.3], ['Chu', 0.3], ['Lưu', 0.3], ['Kiều', 0.2], ['Khuất', 0.2], ['Nghiêm', 0.2],
];

const MIDDLE_NAMES: Record<Gender, { traditional: string; others: readonly (readonly [string, number])[] }> = {
  MALE: {
    traditional: 'Văn',
    others: [
      ['Đức', 10], ['Minh', 10], ['Quang', 8], ['Hữu', 7], ['Công', 6], ['Thanh', 6], ['Xuân', 5], ['Đình', 5],
      ['Mạnh', 4], ['Tuấn', 4], ['Trung', 4], ['Ngọc', 4], ['Duy', 4], ['Thế', 4], ['Trọng', 4], ['Tiến', 3],
      ['Hoàng', 3], ['Việt', 3], ['Hải', 3], ['Bá', 2], ['Anh', 2],
    ],
  },
  FEMALE: {
    traditional: 'Thị',
    others: [
      ['Thu', 8], ['Ngọc', 8], ['Thanh', 8], ['Minh', 6], ['Phương', 5], ['Thùy', 5], ['Hồng', 5], ['Kim', 4],
      ['Bích', 4], ['Lan', 3], ['Hải', 3], ['Mai', 3], ['Diệu', 3], ['Khánh', 3], ['Hà', 3], ['Hoài', 3],
      ['Bảo', 2], ['Quỳnh', 2],
    ],
  },
};

const GIVEN_NAMES: Record<Gender, readonly string[]> = {
  MALE: [
    'Hùng', 'Dũng', 'Tuấn', 'Minh', 'Hải', 'Sơn', 'Nam', 'Thắng', 'Long', 'Quang', 'Hiếu', 'Trung', 'Đức',
    'Cường', 'Thành', 'Phong', 'Bình', 'Hòa', 'Tùng', 'Kiên', 'Khánh', 'Huy', 'Việt', 'Lâm', 'An', 'Vinh',
    'Toàn', 'Quân', 'Đạt', 'Phúc', 'Khoa', 'Tiến', 'Thịnh', 'Hưng', 'Lợi', 'Chiến', 'Thái', 'Hiển', 'Mạnh',
    'Tâm', 'Nghĩa', 'Hậu', 'Tú', 'Dương', 'Giang', 'Bảo',
  ],
  FEMALE: [
    'Hương', 'Lan', 'Hoa', 'Hằng', 'Hà', 'Mai', 'Linh', 'Trang', 'Thủy', 'Nga', 'Dung', 'Hạnh', 'Yến',
    'Thảo', 'Huyền', 'Phương', 'Loan', 'Ngọc', 'Nhung', 'Vân', 'Oanh', 'Tuyết', 'Liên', 'Hiền', 'Chi',
    'Anh', 'Quỳnh', 'Thư', 'Giang', 'Nhàn', 'Thúy', 'Hồng', 'Lý', 'Minh', 'Trâm', 'Duyên', 'Hòa', 'Bình',
  ],
};

// Birth registration provinces: mostly Hà Nội, then the provinces that send most people to it.
const BIRTH_PROVINCES: readonly (readonly [string, number])[] = [
  ['001', 82], ['034', 2.5], ['036', 2.5], ['030', 1.5], ['033', 1.5], ['038', 1.5], ['040', 1.5],
  ['035', 1], ['037', 1], ['026', 1], ['027', 1], ['025', 1], ['042', 0.8], ['031', 0.6], ['022', 0.6],
];

export function personName(random: Random, gender: Gender, birthYear: number): string {
  const family = random.weighted(FAMILY_NAMES);
  const middles = MIDDLE_NAMES[gender];
  // Văn / Thị dominate older generations and are much rarer among the young.
  const traditionalShare = birthYear < 1970 ? 0.62 : birthYear < 1990 ? 0.38 : 0.14;
  const middle = random.chance(traditionalShare) ? middles.traditional : random.weighted(middles.others);
  let given = random.pick(GIVEN_NAMES[gender]);
  while (given === middle) given = random.pick(GIVEN_NAMES[gender]);
  return `${family} ${middle} ${given}`;
}

export function nationalIdFor(random: Random, dateOfBirth: LocalDate, gender: Gender, taken: Set<string>): string {
  const year = Number(dateOfBirth.slice(0, 4));
  const centuryDigit = (year >= 2000 ? 2 : 0) + (gender === 'FEMALE' ? 1 : 0);
  const province = random.weighted(BIRTH_PROVINCES);
  for (;;) {
    const serial = String(random.int(0, 999_999)).padStart(6, '0');
    const id = `${province}${centuryDigit}${String(year % 100).padStart(2, '0')}${serial}`;
    if (!taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
}

/** A date of birth making the person exactly `age` full years old on `onDate`. */
export function birthDateFor(random: Random, age: number, onDate: LocalDate): LocalDate {
  return addDays(addMonths(onDate, -12 * age), -random.int(0, 364));
}

export function dateBetween(random: Random, from: LocalDate, to: LocalDate): LocalDate {
  return addDays(from, random.int(0, Math.max(0, daysBetween(from, to))));
}

// ---- the generator ---------------------------------------------------------------------------

interface CellPlan {
  unit: UnitSpec;
  organisationId: string;
  size: number;
  probationers: number;
}

export function allocate(total: number, weights: readonly number[], minimum: number): number[] {
  const spare = total - minimum * weights.length;
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w / sum) * spare);
  const sizes = exact.map((x) => minimum + Math.floor(x));
  let left = total - sizes.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of byRemainder) {
    if (left === 0) break;
    sizes[i] += 1;
    left -= 1;
  }
  return sizes;
}

/** The units of one ward and the codes the generator treats specially. */
export interface WardLayout {
  units: readonly UnitSpec[];
  wardCode: string;
  /** The ward-agencies cell: it holds the ward committee's members. */
  agenciesCode: string;
  /** The residential cell whose supervision changes hands on 1 January 2026. */
  handoverCode: string;
  /** Put before the labels of member and movement ids, so wards of one seed never share an id. */
  idPrefix: string;
  minMembers: number;
}

export const DEMO_WARD_LAYOUT: WardLayout = {
  units: UNITS,
  wardCode: WARD_CODE,
  agenciesCode: WARD_AGENCIES_CODE,
  handoverCode: 'DD.KDC01',
  idPrefix: '',
  minMembers: MIN_DEMO_MEMBERS,
};

/**
 * Generates the demo ward. Same options → same output, to the byte. Throws RangeError for
 * options it cannot honour (too few members, asOf before the ward was formed).
 */
export function generateDemoWard(options: DemoWardOptions = {}): DemoWard {
  return generateWard(DEMO_WARD_LAYOUT, options, new Set());
}

/**
 * Any ward: the demo's and the city's (city-ward.ts) share this, so a city ward is built
 * by the same rules as the demo. `takenNationalIds` is shared by the wards of one city,
 * which must then be generated in the same order every time to give the same data.
 */
export function generateWard(layout: WardLayout, options: DemoWardOptions, takenNationalIds: Set<string>): DemoWard {
  const seed = options.seed ?? DEMO_WARD_DEFAULTS.seed;
  const memberCount = options.memberCount ?? DEMO_WARD_DEFAULTS.memberCount;
  const asOf = options.asOf ?? DEMO_WARD_DEFAULTS.asOf;
  if (!Number.isInteger(memberCount) || memberCount < layout.minMembers) {
    throw new RangeError(`memberCount must be a whole number of at least ${layout.minMembers}`);
  }
  if (!isLocalDate(asOf) || asOf < DEMO_WARD_FORMED) throw new RangeError(`asOf must be a date on or after ${DEMO_WARD_FORMED}`);

  const { units, wardCode, agenciesCode, handoverCode, idPrefix } = layout;
  const random = new Random(seed);
  const uuid = (label: string): string => demoUuid(seed, label);
  const personUuid = (label: string): string => uuid(`${idPrefix}${label}`);

  // Organisations: one version each, from the ward's formation.
  const idOfCode = new Map(units.map((unit) => [unit.code, uuid(`organisation:${unit.code}`)]));
  const organisations: OrganisationVersion[] = units.map((unit) => ({
    organisationId: idOfCode.get(unit.code) as string,
    validFrom: DEMO_WARD_FORMED,
    validTo: null,
    parentId: unit.parentCode === null ? null : (idOfCode.get(unit.parentCode) as string),
    kind: unit.kind,
    sector: unit.sector,
    code: unit.code,
    name: unit.name,
  }));
  const wardCommitteeId = idOfCode.get(wardCode) as string;

  // Cell sizes: proportional to jittered weights, at least 5 (3 officials and room to spare).
  const cellUnits = units.filter((unit) => isCellKind(unit.kind));
  const sizes = allocate(
    memberCount,
    cellUnits.map((unit) => unit.weight * (0.7 + 0.6 * random.next())),
    5,
  );
  const cells: CellPlan[] = cellUnits.map((unit, i) => ({ unit, organisationId: idOfCode.get(unit.code) as string, size: sizes[i], probationers: 0 }));
  const agencies = cells.find((cell) => cell.unit.code === agenciesCode) as CellPlan;
  if (agencies.size < COMMITTEE_SIZE + 1) {
    const donor = [...cells].sort((a, b) => b.size - a.size)[0];
    const needed = COMMITTEE_SIZE + 1 - agencies.size;
    donor.size -= needed;
    agencies.size += needed;
  }

  // Probationers (~5%): where units admit, never leaving a cell fewer than 3 officials.
  const probationTarget = Math.round(memberCount * PROBATIONARY_SHARE);
  for (let placed = 0; placed < probationTarget; placed += 1) {
    const open = cells.filter((cell) => cell.unit.profile.probation > 0 && cell.size - cell.probationers > 3 && cell.probationers < cell.size / 4);
    if (open.length === 0) break;
    random.weighted(open.map((cell) => [cell, cell.unit.profile.probation * cell.size] as const)).probationers += 1;
  }

  // Members, cell by cell: officials first, then probationers.
  const members: PartyMemberRecord[] = [];
  const ages = new Map<string, number>();
  const takenIds = takenNationalIds;
  const latestOfficialDecision = addDays(addMonths(asOf, -12), -45);
  const earliestProbationCeremony = addDays(addMonths(asOf, -12), 1);
  const committeeMemberIds: string[] = [];

  for (const cell of cells) {
    const { profile } = cell.unit;
    for (let i = 0; i < cell.size; i += 1) {
      const memberId = personUuid(`member:${members.length}`);
      const isCommittee = cell === agencies && i < COMMITTEE_SIZE;
      const probationary = i >= cell.size - cell.probationers;
      const gender: Gender = random.chance(isCommittee ? 0.3 : profile.femaleShare) ? 'FEMALE' : 'MALE';

      let dateOfBirth: LocalDate;
      let admissionDecisionDate: LocalDate;
      let ceremonyDate: LocalDate;
      if (probationary) {
        ceremonyDate = dateBetween(random, earliestProbationCeremony, asOf);
        admissionDecisionDate = addDays(ceremonyDate, -random.int(7, 30));
        dateOfBirth = birthDateFor(random, random.int(18, Math.min(33, profile.admissionAge[1])), admissionDecisionDate);
      } else {
        const [low, high] = isCommittee ? [38, 58] : random.weighted(profile.ageBands.map(([min, max, weight]) => [[min, max] as const, weight] as const));
        const age = random.int(low, high);
        dateOfBirth = birthDateFor(random, age, asOf);
        const admissionAge = random.int(profile.admissionAge[0], Math.min(profile.admissionAge[1], age - 3));
        admissionDecisionDate = addDays(addMonths(dateOfBirth, 12 * admissionAge), random.int(0, 300));
        if (admissionDecisionDate > latestOfficialDecision) admissionDecisionDate = addDays(latestOfficialDecision, -random.int(0, 200));
        ceremonyDate = addDays(admissionDecisionDate, random.int(7, 35));
      }
      const birthYear = Number(dateOfBirth.slice(0, 4));
      members.push({
        memberId,
        fullName: personName(random, gender, birthYear),
        dateOfBirth,
        gender,
        nationalId: nationalIdFor(random, dateOfBirth, gender, takenIds),
        organisationId: cell.organisationId,
        status: probationary ? 'PROBATIONARY' : 'OFFICIAL',
        admissionDecisionDate,
        ceremonyDate,
        officialDate: probationary ? null : officialDateFor(ceremonyDate),
        // Seeded probationers were admitted outside the system: no candidate in sourcing.
        candidateId: null,
        // Admitted here after the ward was formed: registered on the ceremony day.
        registeredOn: ceremonyDate > DEMO_WARD_FORMED ? ceremonyDate : DEMO_WARD_FORMED,
      });
      ages.set(memberId, daysBetween(dateOfBirth, asOf) / 365.25);
      if (isCommittee) committeeMemberIds.push(memberId);
    }
  }

  const movements = generateMovements(random, personUuid, cells, members, ages, new Set(committeeMemberIds), asOf);

  const exemptions: TargetExemption[] = EXEMPTION_YEARS.flatMap((year) =>
    units.filter((unit) => unit.exemption !== undefined).map((unit) => ({
      exemptionId: uuid(`exemption:${unit.code}:${year}`),
      organisationId: idOfCode.get(unit.code) as string,
      year,
      reason: unit.exemption as TargetExemptionReason,
      revokedOn: null,
    })),
  );

  // Supervision: the organisations directly under the ward, split by area (code order) among
  // the committee members; the ward-agencies cell is led by the standing committee directly.
  const supervised = units.filter((unit) => unit.parentCode === wardCode && unit.code !== agenciesCode);
  const supervisionAssignments: SupervisionAssignment[] = supervised.map((unit, i) => ({
    assignmentId: uuid(`supervision:${unit.code}:${DEMO_WARD_FORMED}`),
    committeeMemberId: committeeMemberIds[Math.floor((i * COMMITTEE_SIZE) / supervised.length)],
    organisationId: idOfCode.get(unit.code) as string,
    validFrom: DEMO_WARD_FORMED,
    validTo: null,
  }));
  // One handover, so the history has an ended assignment: from the new year, a second
  // committee member takes over the first residential area.
  const handover = '2026-01-01';
  const first = supervisionAssignments.find((a) => a.organisationId === idOfCode.get(handoverCode));
  if (asOf >= handover && first) {
    const successor = committeeMemberIds.find((id) => id !== first.committeeMemberId) as string;
    first.validTo = handover;
    supervisionAssignments.push({
      assignmentId: uuid(`supervision:${handoverCode}:${handover}`),
      committeeMemberId: successor,
      organisationId: first.organisationId,
      validFrom: handover,
      validTo: null,
    });
  }

  return { seed, asOf, wardCommitteeId, organisations, members, movements, exemptions, supervisionAssignments, committeeMemberIds };
}

/**
 * A handful of movements after the ward was formed: temporary transfers (some back), elderly
 * members exempted from activities, two moves between residential areas, two transfers out
 * and three deaths. Only official members registered at the formation are picked, only in
 * cells large enough to keep 3 official members present.
 */
function generateMovements(
  random: Random,
  uuid: (label: string) => string,
  cells: readonly CellPlan[],
  members: readonly PartyMemberRecord[],
  ages: ReadonlyMap<string, number>,
  committee: ReadonlySet<string>,
  asOf: LocalDate,
): MemberMovement[] {
  const movements: MemberMovement[] = [];
  const used = new Set<string>();
  const cellOf = new Map(cells.map((cell) => [cell.organisationId, cell]));
  const touchedPerCell = new Map<string, number>();
  const residential = cells.filter((cell) => cell.unit.sector === 'RESIDENTIAL_AREA');

  const candidates = (filter: (member: PartyMemberRecord, cell: CellPlan, age: number) => boolean): PartyMemberRecord[] =>
    random.shuffled(
      members.filter((member) => {
        const cell = cellOf.get(member.organisationId) as CellPlan;
        return (
          member.status === 'OFFICIAL' &&
          member.registeredOn === DEMO_WARD_FORMED &&
          !used.has(member.memberId) &&
          !committee.has(member.memberId) &&
          cell.size - cell.probationers - (touchedPerCell.get(cell.organisationId) ?? 0) > 6 &&
          filter(member, cell, ages.get(member.memberId) as number)
        );
      }),
    );
  const record = (member: PartyMemberRecord, kind: MemberMovement['kind'], effectiveDate: LocalDate, toOrganisationId: string | null = null): void => {
    movements.push({ movementId: uuid(`movement:${movements.length}`), memberId: member.memberId, kind, effectiveDate, toOrganisationId });
  };
  const take = (count: number, filter: Parameters<typeof candidates>[0]): PartyMemberRecord[] => {
    const chosen: PartyMemberRecord[] = [];
    for (const member of candidates(filter)) {
      if (chosen.length === count) break;
      const cell = cellOf.get(member.organisationId) as CellPlan;
      if (cell.size - cell.probationers - (touchedPerCell.get(cell.organisationId) ?? 0) <= 6) continue;
      used.add(member.memberId);
      touchedPerCell.set(cell.organisationId, (touchedPerCell.get(cell.organisationId) ?? 0) + 1);
      chosen.push(member);
    }
    return chosen;
  };
  const someDay = (from: LocalDate = addDays(DEMO_WARD_FORMED, 1)): LocalDate => (from > asOf ? asOf : dateBetween(random, from, asOf));
  const workplace = (_m: PartyMemberRecord, cell: CellPlan, age: number) => cell.unit.sector !== 'RESIDENTIAL_AREA' && age < 55;
  const residentialAged = (min: number) => (_m: PartyMemberRecord, cell: CellPlan, age: number) => cell.unit.sector === 'RESIDENTIAL_AREA' && age >= min;

  take(6, workplace).forEach((member, i) => {
    const out = someDay();
    record(member, 'TEMPORARY_TRANSFER_OUT', out);
    if (i < 2 && out < asOf) record(member, 'TEMPORARY_TRANSFER_RETURN', someDay(addDays(out, 1)));
  });
  take(10, residentialAged(80)).forEach((member) => record(member, 'ACTIVITY_EXEMPTION_START', someDay()));
  take(2, residentialAged(30)).forEach((member) => {
    const others = residential.filter((cell) => cell.organisationId !== member.organisationId);
    record(member, 'INTERNAL_TRANSFER', someDay(), random.pick(others).organisationId);
  });
  take(1, residentialAged(30)).forEach((member) => record(member, 'TRANSFER_OUT', someDay()));
  take(1, workplace).forEach((member) => record(member, 'TRANSFER_OUT', someDay()));
  take(3, residentialAged(85)).forEach((member) => record(member, 'DEATH', someDay()));

  // Date order, so a service can replay them as they come (ties keep generation order).
  return movements
    .map((movement, index) => ({ movement, index }))
    .sort((a, b) => (a.movement.effectiveDate < b.movement.effectiveDate ? -1 : a.movement.effectiveDate > b.movement.effectiveDate ? 1 : a.index - b.index))
    .map(({ movement }) => movement);
}
