import { foldDiacritics, validateNationalId } from '@pdv/vn-identity';
import { calendarDateOfDateValue, dateOfExcelSerial, formatLocalDate, isRealDate, startOfVietnamDay } from '@pdv/calendar';
import {
  checkReferral,
  type ReferralField,
  type ReferralInput,
  type ReferralValidationOptions,
  type ValidReferral,
} from './referral-input.rules';
import {
  EDUCATION_LEVEL_LABELS,
  EDUCATION_LEVELS,
  GENDER_LABELS,
  GENDERS,
  SOURCE_CATEGORIES,
  SOURCE_CATEGORY_LABELS,
  type EducationLevel,
  type Gender,
  type SourceCategory,
} from './sourcing.enums';
import { SOURCING_RULES } from './sourcing.rules';

/**
 * Bulk referral import from a spreadsheet, the pure part: the column template, header
 * matching, and row parsing with messages a person can act on. Reading the file (xlsx/csv)
 * is the service's job; it hands over cell values as the spreadsheet library gives them.
 *
 * Messages name the column as the user wrote it and may quote what they typed for dates and
 * codes, never for names or national ID numbers.
 */

export type CellValue = string | number | boolean | Date | null | undefined;

export const REFERRAL_COLUMN_KEYS = [
  'fullName',
  'dateOfBirth',
  'gender',
  'nationalId',
  'phone',
  'address',
  'occupation',
  'educationLevel',
  'sourceCategory',
  'cell',
  'achievements',
  'reason',
  'consentNoticeVersion',
  'consentDate',
] as const;
export type ReferralColumnKey = (typeof REFERRAL_COLUMN_KEYS)[number];

export interface ReferralImportColumn {
  key: ReferralColumnKey;
  /** Header in the Vietnamese template (the default). */
  vi: string;
  /** Header in the English template. */
  en: string;
  /** Required in every file. The consent columns are required unless the upload states one consent for the whole file. */
  required: boolean;
  example: string;
  /** Other headers people write for this column (matched case- and diacritic-insensitively). */
  aliases: readonly string[];
}

export const REFERRAL_IMPORT_COLUMNS: readonly ReferralImportColumn[] = [
  { key: 'fullName', vi: 'Họ và tên', en: 'Full name', required: true, example: 'Nguyễn Văn An', aliases: ['Họ tên', 'Name'] },
  { key: 'dateOfBirth', vi: 'Ngày sinh', en: 'Date of birth', required: true, example: '15/03/2001', aliases: ['Ngày tháng năm sinh', 'DOB', 'Birth date'] },
  { key: 'gender', vi: 'Giới tính', en: 'Gender', required: true, example: 'Nam', aliases: ['Sex'] },
  {
    key: 'nationalId',
    vi: 'Số CCCD',
    en: 'National ID number',
    required: true,
    example: '001201012345',
    aliases: ['CCCD', 'Số định danh cá nhân', 'Số căn cước', 'Số căn cước công dân', 'Căn cước công dân', 'National ID', 'Citizen ID'],
  },
  { key: 'phone', vi: 'Số điện thoại', en: 'Phone', required: false, example: '0912345678', aliases: ['Điện thoại', 'SĐT', 'Phone number', 'Mobile'] },
  { key: 'address', vi: 'Nơi ở hiện nay', en: 'Address', required: false, example: 'Tổ dân phố 5', aliases: ['Địa chỉ', 'Chỗ ở hiện nay', 'Nơi cư trú'] },
  { key: 'occupation', vi: 'Nghề nghiệp', en: 'Occupation', required: false, example: 'Công nhân', aliases: ['Công việc', 'Job'] },
  {
    key: 'educationLevel',
    vi: 'Trình độ học vấn',
    en: 'Education level',
    required: true,
    example: 'Trung học phổ thông',
    aliases: ['Học vấn', 'Trình độ văn hóa', 'Trình độ', 'Education'],
  },
  { key: 'sourceCategory', vi: 'Nguồn', en: 'Source category', required: true, example: 'Đoàn viên, hội viên', aliases: ['Đối tượng', 'Nhóm đối tượng', 'Nguồn giới thiệu', 'Source'] },
  { key: 'cell', vi: 'Chi bộ', en: 'Cell', required: true, example: 'CB05', aliases: ['Mã chi bộ', 'Chi bộ tiếp nhận', 'Cell code', 'Party cell'] },
  { key: 'achievements', vi: 'Thành tích', en: 'Achievements', required: false, example: 'Đoàn viên xuất sắc năm 2025', aliases: [] },
  { key: 'reason', vi: 'Lý do giới thiệu', en: 'Reason for referral', required: false, example: 'Tích cực trong phong trào thanh niên', aliases: ['Lý do', 'Reason'] },
  {
    key: 'consentNoticeVersion',
    vi: 'Phiên bản thông báo',
    en: 'Privacy notice version',
    required: false,
    example: '2025-01',
    aliases: ['Phiên bản thông báo xử lý dữ liệu', 'Thông báo xử lý dữ liệu cá nhân', 'Notice version'],
  },
  { key: 'consentDate', vi: 'Ngày đồng ý', en: 'Consent date', required: false, example: '01/03/2026', aliases: ['Ngày đồng ý xử lý dữ liệu', 'Consented on'] },
];

const CONSENT_COLUMNS: readonly ReferralColumnKey[] = ['consentNoticeVersion', 'consentDate'];
const COLUMN_BY_KEY = new Map(REFERRAL_IMPORT_COLUMNS.map((column) => [column.key, column]));
const COLUMN_ORDER = new Map(REFERRAL_IMPORT_COLUMNS.map((column, index) => [column.key, index]));

/** One problem or warning in the file: row as the spreadsheet numbers it, column as the user wrote it. */
export interface ImportProblem {
  row: number;
  /** The column header as it appears in the file (null for whole-row problems). */
  column: string | null;
  message: string;
  rule?: string;
}

// ---------------------------------------------------------------------------------------
// Matching text the way people type it: no diacritics, case, spaces or punctuation.

const PARENTHESISED = /\([^)]*\)/g;
const NOT_ALPHANUMERIC = /[^a-z0-9]/g;

// Code columns (gender, education, source, cell) repeat the same few values on every row:
// remember their keys rather than fold them again. Bounded, so a hostile file cannot grow it.
const LOOKUP_KEY_CACHE = new Map<string, string>();
const LOOKUP_KEY_CACHE_LIMIT = 5000;

function lookupKey(text: string): string {
  let key = LOOKUP_KEY_CACHE.get(text);
  if (key === undefined) {
    key = foldDiacritics(text).replace(NOT_ALPHANUMERIC, '');
    if (LOOKUP_KEY_CACHE.size >= LOOKUP_KEY_CACHE_LIMIT) LOOKUP_KEY_CACHE.clear();
    LOOKUP_KEY_CACHE.set(text, key);
  }
  return key;
}

function headerKey(text: string): string {
  return lookupKey(text.replace(PARENTHESISED, ''));
}

function buildLookup<T extends string>(entries: readonly [T, readonly string[]][], what: string): Map<string, T> {
  const lookup = new Map<string, T>();
  for (const [value, names] of entries) {
    for (const name of names) {
      const key = lookupKey(name);
      const existing = lookup.get(key);
      if (existing !== undefined && existing !== value) throw new Error(`${what}: "${name}" is ambiguous`);
      lookup.set(key, value);
    }
  }
  return lookup;
}

const HEADER_LOOKUP = buildLookup(
  REFERRAL_IMPORT_COLUMNS.map((c) => [c.key, [c.key, c.vi, c.en, ...c.aliases].map((h) => h.replace(PARENTHESISED, ''))]),
  'header',
);

const GENDER_LOOKUP = buildLookup<Gender>(
  GENDERS.map((g) => [g, [g, GENDER_LABELS[g].vi, GENDER_LABELS[g].en, g === 'MALE' ? 'M' : 'F']]),
  'gender',
);

const EDUCATION_ALIASES: Readonly<Record<EducationLevel, readonly string[]>> = {
  PRIMARY: ['Cấp 1', 'Cấp I'],
  LOWER_SECONDARY: ['THCS', 'Cấp 2', 'Cấp II'],
  UPPER_SECONDARY: ['THPT', 'Cấp 3', 'Cấp III', 'Phổ thông trung học', 'PTTH', 'Bổ túc THPT'],
  VOCATIONAL: ['Trung cấp nghề', 'TCN', 'Trung học chuyên nghiệp', 'Vocational'],
  COLLEGE: ['CĐ'],
  UNIVERSITY: ['ĐH', 'Cử nhân', 'Kỹ sư', 'Bachelor'],
  POSTGRADUATE: ['Thạc sĩ', 'Tiến sĩ', 'Master', 'PhD', 'Doctorate'],
};
const EDUCATION_LOOKUP = buildLookup<EducationLevel>(
  EDUCATION_LEVELS.map((e) => [e, [e, EDUCATION_LEVEL_LABELS[e].vi, EDUCATION_LEVEL_LABELS[e].en, ...EDUCATION_ALIASES[e]]]),
  'education level',
);
/** "12/12" (grade completed out of 12), as Vietnamese forms write general education. */
const GRADE_OF_TWELVE = /^(\d{1,2})\/12$/;
const SPACES = /\s+/g;

/** Short names for the template's instructions and error messages. */
export const SOURCE_CATEGORY_SHORT_VI: Readonly<Record<SourceCategory, string>> = {
  CIVIL_SERVANT_OR_EMPLOYEE: 'Cán bộ, công chức, viên chức',
  MASS_ORGANISATION_MEMBER: 'Đoàn viên, hội viên',
  NON_STATE_ENTERPRISE_WORKER: 'Lao động doanh nghiệp ngoài nhà nước',
  HIGH_SCHOOL_STUDENT: 'Học sinh THPT',
  RETURNING_GRADUATE: 'Sinh viên tốt nghiệp',
  MILITIA_RESERVE_VETERAN_POLICE: 'Dân quân, dự bị, xuất ngũ, công an viên',
  MILITARY_SERVICE_CONSCRIPT: 'Nghĩa vụ quân sự',
};
const SOURCE_ALIASES: Readonly<Record<SourceCategory, readonly string[]>> = {
  CIVIL_SERVANT_OR_EMPLOYEE: ['CBCCVC', 'Công chức', 'Viên chức', 'Civil servant'],
  MASS_ORGANISATION_MEMBER: ['Đoàn viên', 'Hội viên', 'Chi hội', 'Chi đoàn'],
  NON_STATE_ENTERPRISE_WORKER: ['Doanh nghiệp ngoài nhà nước', 'Công nhân', 'Doanh nghiệp tư nhân'],
  HIGH_SCHOOL_STUDENT: ['Học sinh', 'High school student'],
  RETURNING_GRADUATE: ['Sinh viên', 'Graduate'],
  MILITIA_RESERVE_VETERAN_POLICE: ['Dân quân', 'Dân quân tự vệ', 'Dự bị động viên', 'Bộ đội xuất ngũ', 'Quân nhân xuất ngũ', 'Công an viên'],
  MILITARY_SERVICE_CONSCRIPT: ['Nghĩa vụ', 'Nhập ngũ', 'Thanh niên nhập ngũ', 'Military service'],
};
const SOURCE_LOOKUP = buildLookup<SourceCategory>(
  SOURCE_CATEGORIES.map((s) => [
    s,
    [s, SOURCE_CATEGORY_LABELS[s].vi, SOURCE_CATEGORY_LABELS[s].en, SOURCE_CATEGORY_SHORT_VI[s], ...SOURCE_ALIASES[s]],
  ]),
  'source category',
);
const SOURCE_CHOICES = SOURCE_CATEGORIES.map((s) => SOURCE_CATEGORY_SHORT_VI[s]).join('; ');
const EDUCATION_CHOICES = EDUCATION_LEVELS.map((e) => EDUCATION_LEVEL_LABELS[e].vi).join('; ');

// ---------------------------------------------------------------------------------------
// Header row

export interface HeaderMapping {
  /** True when every required column is present once. */
  ok: boolean;
  /** Column index (0-based) of each recognised column. */
  indexByKey: Partial<Record<ReferralColumnKey, number>>;
  /** Each recognised column's header as written in the file. */
  headerByKey: Partial<Record<ReferralColumnKey, string>>;
  missing: ReferralImportColumn[];
  unknown: { index: number; header: string }[];
  problems: ImportProblem[];
  warnings: ImportProblem[];
}

/**
 * Recognises the header row: Vietnamese or English template headers or common aliases, in
 * any order, ignoring case, diacritics, punctuation, "*" marks and text in brackets
 * ("Ngày sinh (dd/mm/yyyy) *"). Reports missing required columns, repeated columns
 * (problems) and columns not in the template (warnings: they are ignored). The two consent
 * columns are required unless `fileLevelConsent` (the upload states one consent for all rows).
 */
export function mapHeaderRow(
  headers: readonly CellValue[],
  headerRowNumber = 1,
  options: { fileLevelConsent?: boolean } = {},
): HeaderMapping {
  const indexByKey: Partial<Record<ReferralColumnKey, number>> = {};
  const headerByKey: Partial<Record<ReferralColumnKey, string>> = {};
  const unknown: { index: number; header: string }[] = [];
  const problems: ImportProblem[] = [];
  const warnings: ImportProblem[] = [];
  headers.forEach((cell, index) => {
    const header = cellText(cell);
    if (header === '') return;
    const key = HEADER_LOOKUP.get(headerKey(header));
    if (key === undefined) {
      unknown.push({ index, header });
      warnings.push({ row: headerRowNumber, column: header, message: `Column '${header}' is not in the template and will be ignored` });
    } else if (indexByKey[key] !== undefined) {
      problems.push({
        row: headerRowNumber,
        column: header,
        message: `Column '${header}' repeats column '${headerByKey[key]}' (${COLUMN_BY_KEY.get(key)!.en}); keep only one of them`,
      });
    } else {
      indexByKey[key] = index;
      headerByKey[key] = header;
    }
  });
  const missing = REFERRAL_IMPORT_COLUMNS.filter(
    (column) =>
      (column.required || (!options.fileLevelConsent && CONSENT_COLUMNS.includes(column.key))) &&
      indexByKey[column.key] === undefined,
  );
  for (const column of missing) {
    problems.push({
      row: headerRowNumber,
      column: null,
      message: `Column '${column.vi}' (${column.en}) is missing; add it to the header row, e.g. '${column.example}'`,
    });
  }
  return { ok: problems.length === 0, indexByKey, headerByKey, missing, unknown, problems, warnings };
}

// ---------------------------------------------------------------------------------------
// Cells

const DAY_MONTH_YEAR = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const DAY_MONTH_SHORT_YEAR = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2})$/;
const YEAR_MONTH_DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const DIGITS_ONLY = /^\d+$/;
const ID_SEPARATORS = /[\s.-]/g;
const SCIENTIFIC = /^\d+(?:[.,]\d+)?e\+?\d+$/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PHONE_PUNCTUATION = /[\s.\-()]/g;
const MOBILE_WITHOUT_ZERO = /^[35789]\d{8}$/;

function displayDate(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (value instanceof Date) {
    const date = calendarDateOfDateValue(value);
    return date === null ? '' : displayDate(date);
  }
  return String(value);
}

function isEmptyCell(value: CellValue): boolean {
  return cellText(value) === '';
}

type Converted<T> = { value: T; warning?: string } | { error: string };

/** Where a cell is, for messages: its header, and the header with the value quoted (when allowed). */
interface CellAt {
  header: string;
  quoted(raw: string | number): string;
}

/** A date from dd/mm/yyyy, yyyy-mm-dd, an Excel serial number or a Date object. */
function convertDate(value: CellValue, at: CellAt): Converted<string> {
  const hint = 'write it as dd/mm/yyyy';
  if (value instanceof Date) {
    const date = calendarDateOfDateValue(value);
    return date === null ? { error: `${at.header} is not a valid date; ${hint}` } : { value: date };
  }
  if (typeof value === 'number') {
    const date = dateOfExcelSerial(value);
    return date === null ? { error: `${at.quoted(value)} is not a date; ${hint}` } : { value: date };
  }
  const raw = cellText(value);
  let parts: RegExpExecArray | null;
  let year: number;
  let month: number;
  let day: number;
  if ((parts = DAY_MONTH_YEAR.exec(raw))) {
    [day, month, year] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  } else if ((parts = YEAR_MONTH_DAY.exec(raw))) {
    [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  } else if (DAY_MONTH_SHORT_YEAR.test(raw)) {
    return { error: `${at.quoted(raw)} has a 2-digit year; write the year in full (dd/mm/yyyy)` };
  } else {
    return { error: `${at.quoted(raw)} is not a date; ${hint}` };
  }
  if (!isRealDate(year, month, day)) return { error: `${at.quoted(raw)} is not a real date; ${hint}` };
  return { value: formatLocalDate({ year, month, day }) };
}

/**
 * The national ID as 12 digits. Excel stores an ID typed into a number-formatted column as
 * a number and drops its leading zeros (001090012345 → 1090012345); such a number is padded
 * back to 12 digits when the result is a valid number, with a warning.
 */
function convertNationalId(value: CellValue, at: CellAt): Converted<string> {
  if (value instanceof Date || typeof value === 'boolean') return { error: `${at.header} must be the 12 digits on the citizen ID card` };
  if (typeof value === 'number' && (!Number.isInteger(value) || value < 0)) {
    return { error: `${at.header} must be the 12 digits on the citizen ID card` };
  }
  const raw = typeof value === 'number' ? String(value) : cellText(value).replace(ID_SEPARATORS, '');
  if (SCIENTIFIC.test(raw)) {
    return {
      error: `${at.header} was turned into a rounded number by Excel (like 1.09E+11); format the column as Text and type the number again`,
    };
  }
  if (DIGITS_ONLY.test(raw) && raw.length < 12) {
    const padded = raw.padStart(12, '0');
    if (validateNationalId(padded).ok) {
      return {
        value: padded,
        warning: `${at.header} had lost its leading zero(s), as Excel does with numbers; it was read as a 12-digit number with the zeros put back. Check it, and format the column as Text next time`,
      };
    }
  }
  return { value: raw };
}

function convertPhone(value: CellValue, at: CellAt): Converted<string> {
  const raw = cellText(value);
  const compact = raw.replace(PHONE_PUNCTUATION, '');
  if (MOBILE_WITHOUT_ZERO.test(compact)) {
    return {
      value: `0${compact}`,
      warning: `${at.header} had lost its leading 0, as Excel does with numbers; it was read with the 0 put back. Format the column as Text next time`,
    };
  }
  return { value: raw };
}

function convertGender(value: CellValue, at: CellAt): Converted<Gender> {
  const raw = cellText(value);
  const gender = GENDER_LOOKUP.get(lookupKey(raw));
  return gender ? { value: gender } : { error: `${at.quoted(raw)} is not understood; write Nam or Nữ` };
}

function convertEducation(value: CellValue, at: CellAt): Converted<EducationLevel> {
  if (value instanceof Date) {
    return {
      error: `${at.header} was turned into a date by Excel (it does that to '12/12'); format the column as Text, or write the level in words, e.g. Trung học phổ thông`,
    };
  }
  const raw = cellText(value);
  const level = EDUCATION_LOOKUP.get(lookupKey(raw));
  if (level) return { value: level };
  const grade = GRADE_OF_TWELVE.exec(raw.replace(SPACES, ''));
  if (grade) {
    const completed = Number(grade[1]);
    if (completed === 12) return { value: 'UPPER_SECONDARY' };
    if (completed >= 9 && completed < 12) return { value: 'LOWER_SECONDARY' };
    if (completed >= 5 && completed < 9) return { value: 'PRIMARY' };
  }
  return { error: `${at.quoted(raw)} is not understood; write one of: ${EDUCATION_CHOICES} (or 12/12, 9/12)` };
}

function convertSource(value: CellValue, at: CellAt): Converted<SourceCategory> {
  const raw = cellText(value);
  const category = SOURCE_LOOKUP.get(lookupKey(raw));
  return category ? { value: category } : { error: `${at.quoted(raw)} is not a source category; write one of: ${SOURCE_CHOICES}` };
}

type CellDirectory = ReadonlyMap<string, string> | Readonly<Record<string, string>>;
const normalisedDirectories = new WeakMap<object, Map<string, string>>();

function cellLookup(directory: CellDirectory | undefined): Map<string, string> {
  if (!directory) return new Map();
  let lookup = normalisedDirectories.get(directory);
  if (!lookup) {
    const entries = directory instanceof Map ? [...directory.entries()] : Object.entries(directory);
    lookup = new Map(entries.map(([code, id]) => [lookupKey(code), id]));
    normalisedDirectories.set(directory, lookup);
  }
  return lookup;
}

function convertCell(value: CellValue, at: CellAt, directory: Map<string, string>): Converted<string> {
  const raw = cellText(value);
  if (UUID.test(raw)) return { value: raw.toLowerCase() };
  const id = directory.get(lookupKey(raw));
  return id ? { value: id } : { error: `${at.quoted(raw)} is not a cell you can refer to; use the cell code from the list of cells` };
}

// ---------------------------------------------------------------------------------------
// Rows

export type ReferralRowCells = Partial<Record<ReferralColumnKey, CellValue>>;

export interface ReferralImportOptions extends Omit<ReferralValidationOptions, 'fieldPrefix'> {
  /** Headers as written in the file (from mapHeaderRow), used to name columns in messages. */
  headerByKey?: Partial<Record<ReferralColumnKey, string>>;
  /** The cells the uploader may refer to: cell code → cell id. A cell id (UUID) is accepted as is. */
  cellIdByCode?: CellDirectory;
  /**
   * One consent for every row, stated by the uploader for the whole file; a row's own consent
   * cells, when filled, take precedence. Without it the consent columns are required.
   */
  fileConsent?: { noticeVersion: string; consentedAt: Date };
  /**
   * Quote what the user typed in messages about dates and codes (never names or national ID
   * numbers), e.g. "Ngày sinh '31/02/1990' is not a real date". Default true; set false when
   * the messages are stored, so a report never holds a cell's value.
   */
  quoteValues?: boolean;
}

export type ParsedReferralRow =
  | { ok: true; row: number; value: ValidReferral; warnings: ImportProblem[] }
  | {
      ok: false;
      row: number;
      problems: ImportProblem[];
      warnings: ImportProblem[];
      /** The row's national ID when that cell itself was valid, for duplicate detection. */
      nationalId: string | null;
    };

const COLUMN_OF_FIELD: Readonly<Record<ReferralField, ReferralColumnKey>> = {
  fullName: 'fullName',
  dateOfBirth: 'dateOfBirth',
  gender: 'gender',
  nationalId: 'nationalId',
  phone: 'phone',
  address: 'address',
  occupation: 'occupation',
  educationLevel: 'educationLevel',
  sourceCategory: 'sourceCategory',
  cellId: 'cell',
  achievements: 'achievements',
  reason: 'reason',
  'consent.noticeVersion': 'consentNoticeVersion',
  'consent.consentedAt': 'consentDate',
};

/**
 * Parses one data row (cells keyed by column key, e.g. built with mapHeaderRow's
 * indexByKey). Returns the normalised referral, or every problem in the row, each naming
 * the row and the column as the user sees them.
 */
export function parseReferralRow(
  cells: ReferralRowCells,
  rowNumber: number,
  now: Date,
  options: ReferralImportOptions = {},
): ParsedReferralRow {
  const headerOf = (key: ReferralColumnKey): string => options.headerByKey?.[key] ?? COLUMN_BY_KEY.get(key)!.vi;
  const problems: (ImportProblem & { order: number })[] = [];
  const warnings: (ImportProblem & { order: number })[] = [];
  const skip = new Set<ReferralField>();

  /** Converts a non-empty cell; empty cells are left to the required-field check. */
  const quote = options.quoteValues ?? true;
  const convert = <T>(key: ReferralColumnKey, field: ReferralField, converter: (value: CellValue, at: CellAt) => Converted<T>): T | null => {
    const value = cells[key];
    if (isEmptyCell(value)) return null;
    const header = headerOf(key);
    const result = converter(value, { header, quoted: (raw) => (quote ? `${header} '${raw}'` : header) });
    const order = COLUMN_ORDER.get(key)!;
    if ('error' in result) {
      problems.push({ row: rowNumber, column: headerOf(key), message: result.error, order });
      skip.add(field);
      return null;
    }
    if (result.warning) warnings.push({ row: rowNumber, column: headerOf(key), message: result.warning, order });
    return result.value;
  };

  const dateOfBirth = convert('dateOfBirth', 'dateOfBirth', convertDate);
  const consentDate = convert('consentDate', 'consent.consentedAt', convertDate);
  const directory = cellLookup(options.cellIdByCode);
  const input: ReferralInput = {
    fullName: cellText(cells.fullName),
    dateOfBirth,
    gender: convert('gender', 'gender', convertGender),
    nationalId: convert('nationalId', 'nationalId', convertNationalId),
    phone: convert('phone', 'phone', convertPhone),
    address: cellText(cells.address),
    occupation: cellText(cells.occupation),
    educationLevel: convert('educationLevel', 'educationLevel', convertEducation),
    sourceCategory: convert('sourceCategory', 'sourceCategory', convertSource),
    cellId: convert('cell', 'cellId', (value, at) => convertCell(value, at, directory)),
    achievements: cellText(cells.achievements),
    reason: cellText(cells.reason),
    consent: {
      noticeVersion: cellText(cells.consentNoticeVersion) || (options.fileConsent?.noticeVersion ?? ''),
      consentedAt:
        consentDate !== null ? startOfVietnamDay(consentDate) : skip.has('consent.consentedAt') ? null : (options.fileConsent?.consentedAt ?? null),
    },
  };

  // A consent date typed in the row is a calendar day; the file's consent is an instant.
  const consentIsDateOnly = consentDate !== null || skip.has('consent.consentedAt');
  const checked = checkReferral(input, now, options, { skip, consentIsDateOnly });
  for (const finding of checked.problems) {
    const key = COLUMN_OF_FIELD[finding.field];
    problems.push({
      row: rowNumber,
      column: headerOf(key),
      message: `${headerOf(key)} ${finding.message}`,
      ...(finding.rule ? { rule: finding.rule } : {}),
      order: COLUMN_ORDER.get(key)!,
    });
  }
  for (const finding of checked.warnings) {
    const key = COLUMN_OF_FIELD[finding.field];
    warnings.push({
      row: rowNumber,
      column: headerOf(key),
      message: `${headerOf(key)} ${finding.message}`,
      ...(finding.rule ? { rule: finding.rule } : {}),
      order: COLUMN_ORDER.get(key)!,
    });
  }
  const inColumnOrder = (list: (ImportProblem & { order: number })[]): ImportProblem[] =>
    list.sort((a, b) => a.order - b.order).map(({ order: _order, ...problem }) => problem);

  if (checked.value) return { ok: true, row: rowNumber, value: checked.value, warnings: inColumnOrder(warnings) };
  const nationalIdProblem = skip.has('nationalId') || checked.problems.some((p) => p.field === 'nationalId');
  return {
    ok: false,
    row: rowNumber,
    problems: inColumnOrder(problems),
    warnings: inColumnOrder(warnings),
    nationalId: nationalIdProblem || !input.nationalId ? null : input.nationalId,
  };
}

// ---------------------------------------------------------------------------------------
// Whole sheet

export interface ReferralSheetResult {
  header: HeaderMapping;
  /** Rows that can be submitted, in file order. */
  referrals: { row: number; value: ValidReferral }[];
  /** Every problem: header problems first, then rows in order. Rows with problems are not imported. */
  problems: ImportProblem[];
  warnings: ImportProblem[];
  /** Rows rejected because an earlier row has the same national ID number. */
  duplicates: { row: number; firstRow: number }[];
  /** Data rows that were not empty. */
  rowsRead: number;
  rowsRejected: number;
}

/**
 * Parses a whole sheet: `rows[0]` is the header row (spreadsheet row `headerRowNumber`,
 * default 1), the rest are data rows numbered from there. Empty rows are skipped. The same
 * national ID twice in the file makes the later row a problem ("already in row N"): one
 * person is one candidate (SOURCING.ONE_CANDIDATE_PER_NATIONAL_ID). Linear in the number of
 * rows.
 */
export function parseReferralSheet(
  rows: readonly (readonly CellValue[])[],
  now: Date,
  options: ReferralImportOptions & { headerRowNumber?: number } = {},
): ReferralSheetResult {
  const headerRowNumber = options.headerRowNumber ?? 1;
  const header = mapHeaderRow(rows[0] ?? [], headerRowNumber, { fileLevelConsent: options.fileConsent !== undefined });
  const result: ReferralSheetResult = {
    header,
    referrals: [],
    problems: [...header.problems],
    warnings: [...header.warnings],
    duplicates: [],
    rowsRead: 0,
    rowsRejected: 0,
  };
  if (!header.ok) return result;

  const columns = Object.entries(header.indexByKey) as [ReferralColumnKey, number][];
  const rowOptions: ReferralImportOptions = { ...options, headerByKey: header.headerByKey };
  const firstRowOfId = new Map<string, number>();
  const idHeader = header.headerByKey.nationalId ?? COLUMN_BY_KEY.get('nationalId')!.vi;

  for (let i = 1; i < rows.length; i += 1) {
    const rowNumber = headerRowNumber + i;
    const cells: ReferralRowCells = {};
    let empty = true;
    for (const [key, index] of columns) {
      const value = rows[i][index];
      cells[key] = value;
      if (empty && !isEmptyCell(value)) empty = false;
    }
    if (empty) continue;
    result.rowsRead += 1;

    const parsed = parseReferralRow(cells, rowNumber, now, rowOptions);
    result.warnings.push(...parsed.warnings);
    const nationalId = parsed.ok ? parsed.value.nationalId : parsed.nationalId;
    const firstRow = nationalId === null ? undefined : firstRowOfId.get(nationalId);
    const duplicate: ImportProblem | null =
      firstRow === undefined
        ? null
        : {
            row: rowNumber,
            column: idHeader,
            message: `This person (same national ID number) is already in row ${firstRow} of this file; keep one row per person`,
            rule: SOURCING_RULES['SOURCING.ONE_CANDIDATE_PER_NATIONAL_ID'].id,
          };
    if (nationalId !== null && firstRow === undefined) firstRowOfId.set(nationalId, rowNumber);

    if (parsed.ok && duplicate === null) {
      result.referrals.push({ row: rowNumber, value: parsed.value });
    } else {
      result.rowsRejected += 1;
      if (!parsed.ok) result.problems.push(...parsed.problems);
      if (duplicate) {
        result.problems.push(duplicate);
        result.duplicates.push({ row: rowNumber, firstRow: firstRow! });
      }
    }
  }
  return result;
}

/** The template's header row, in the chosen language, with required columns marked "*". */
export function referralTemplateHeaders(language: 'vi' | 'en' = 'vi'): string[] {
  return REFERRAL_IMPORT_COLUMNS.map((column) => `${column[language]}${column.required ? ' *' : ''}`);
}
