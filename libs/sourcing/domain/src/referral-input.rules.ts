import { Problems, type FieldProblem } from '@pdv/errors';
import { foldDiacritics, normaliseFullName, validateNationalId, vietnameseSortKey } from '@pdv/vn-identity';
import { fullMonthsOn, fullYearsOn, localDateInVietnam, parseLocalDate } from '@pdv/calendar';
import {
  EDUCATION_LEVELS,
  GENDERS,
  isOneOf,
  SOURCE_CATEGORIES,
  type EducationLevel,
  type Gender,
  type SourceCategory,
} from './sourcing.enums';
import {
  DEFAULT_SOURCING_POLICY,
  MAX_ADDRESS_LENGTH,
  MAX_AGE_MONTHS_WITHOUT_CONSENT,
  MAX_OCCUPATION_LENGTH,
  MIN_AGE_YEARS,
  type SourcingPolicy,
} from './sourcing.policy';
import { SOURCING_RULES } from './sourcing.rules';
import { fuzzyIdentityKey } from './duplicate.rules';

/** A referral as submitted (API or one spreadsheet row after conversion): nothing trusted yet. */
export interface ReferralInput {
  fullName?: string | null;
  /** YYYY-MM-DD */
  dateOfBirth?: string | null;
  gender?: string | null;
  nationalId?: string | null;
  phone?: string | null;
  address?: string | null;
  occupation?: string | null;
  educationLevel?: string | null;
  sourceCategory?: string | null;
  cellId?: string | null;
  achievements?: string | null;
  reason?: string | null;
  consent?: { noticeVersion?: string | null; consentedAt?: Date | string | null } | null;
  /** Set when the referrer knows the person is over 60 and goes ahead: no warning then. */
  acknowledgeOverSixty?: boolean | null;
}

/** A referral that passed validation, normalised for storage. */
export interface ValidReferral {
  /** NFC, single spaces, capitalised words. */
  fullName: string;
  /** Folded (no diacritics, lower case), for diacritic-insensitive search. */
  nameSearchKey: string;
  /** Vietnamese order by given name (store it; ORDER BY it COLLATE "C"). */
  nameSortKey: string;
  dateOfBirth: string;
  gender: Gender;
  nationalId: string;
  /** Folded name + date of birth (fuzzyIdentityKey): equal keys flag a possible duplicate. */
  fuzzyKey: string;
  /** 0xxxxxxxxx, or null when not given. */
  phone: string | null;
  address: string | null;
  occupation: string | null;
  educationLevel: EducationLevel;
  sourceCategory: SourceCategory;
  cellId: string;
  achievements: string | null;
  reason: string | null;
  consent: { noticeVersion: string; consentedAt: Date };
}

export interface PublishedNotice {
  version: string;
  publishedAt: Date;
}

export interface ReferralValidationOptions {
  policy?: SourcingPolicy;
  /** Published privacy notices. When given, the consent must name one of them and be given after its publication. */
  notices?: readonly PublishedNotice[];
  /** Prefix of the field paths in problems; default `input` (→ `input.dateOfBirth`). */
  fieldPrefix?: string;
}

/** A problem or warning that names the rule behind it, when there is one. */
export interface ReferralFinding extends FieldProblem {
  rule?: string;
}

export type ReferralValidation =
  | { ok: true; value: ValidReferral; problems: Problems; violatedRules: string[]; warnings: ReferralFinding[] }
  | { ok: false; value: null; problems: Problems; violatedRules: string[]; warnings: ReferralFinding[] };

export type ReferralField =
  | 'fullName'
  | 'dateOfBirth'
  | 'gender'
  | 'nationalId'
  | 'phone'
  | 'address'
  | 'occupation'
  | 'educationLevel'
  | 'sourceCategory'
  | 'cellId'
  | 'achievements'
  | 'reason'
  | 'consent.noticeVersion'
  | 'consent.consentedAt';

/** A finding about one field; `message` reads after the field's name ("is required"). */
export interface FieldFinding {
  field: ReferralField;
  message: string;
  rule?: string;
}

export interface CheckedReferral {
  value: ValidReferral | null;
  problems: FieldFinding[];
  warnings: FieldFinding[];
}

const NAME_CHARACTERS = /^[\p{L}\p{M}'’.\- ]+$/u;
const HAS_LETTER = /\p{L}/u;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PHONE_PUNCTUATION = /[\s.\-()]/g;
const LOCAL_MOBILE = /^0[35789]\d{8}$/;
const INTERNATIONAL_MOBILE = /^(?:\+84|84)([35789]\d{8})$/;
const ID_SEPARATORS = /[\s.]/g;

/**
 * A Vietnamese mobile number in the 0xxxxxxxxx form, or null. Accepts 10 digits starting
 * 03, 05, 07, 08 or 09, or the +84 / 84 form with 9 digits, with spaces, dots, dashes or
 * brackets anywhere.
 */
export function normaliseVietnameseMobile(text: string): string | null {
  const compact = text.replace(PHONE_PUNCTUATION, '');
  if (LOCAL_MOBILE.test(compact)) return compact;
  const international = INTERNATIONAL_MOBILE.exec(compact);
  return international ? `0${international[1]}` : null;
}

export const PHONE_FORMAT_HINT = 'write 10 digits starting 03, 05, 07, 08 or 09, or +84 and 9 digits';

function text(value: string | null | undefined): string {
  return typeof value === 'string' ? value.trim() : '';
}

const EDUCATION_RANK: Readonly<Record<EducationLevel, number>> = Object.fromEntries(
  EDUCATION_LEVELS.map((level, index) => [level, index]),
) as Record<EducationLevel, number>;

/**
 * Field-by-field and cross-field checks shared by the API and the spreadsheet import.
 * `skip` names fields the caller has already reported (a conversion failed), so they are
 * neither reported again as missing nor used in cross-field checks.
 */
export function checkReferral(
  input: ReferralInput,
  now: Date,
  options: ReferralValidationOptions = {},
  internal: { skip?: ReadonlySet<ReferralField>; consentIsDateOnly?: boolean } = {},
): CheckedReferral {
  const policy = options.policy ?? DEFAULT_SOURCING_POLICY;
  const skip = internal.skip ?? new Set<ReferralField>();
  const problems: FieldFinding[] = [];
  const warnings: FieldFinding[] = [];
  const problem = (field: ReferralField, message: string, rule?: string): void => {
    if (!skip.has(field)) problems.push(rule ? { field, message, rule } : { field, message });
  };
  const required = (field: ReferralField, value: string): boolean => {
    if (value === '') problem(field, 'is required');
    return value !== '';
  };
  const today = localDateInVietnam(now);

  // Name
  const fullName = normaliseFullName(text(input.fullName));
  if (required('fullName', fullName)) {
    if (!NAME_CHARACTERS.test(fullName) || !HAS_LETTER.test(fullName)) {
      problem('fullName', 'must be letters only (spaces, hyphens and apostrophes are allowed)');
    } else if (fullName.length > policy.maxNameLength) {
      problem('fullName', `is longer than ${policy.maxNameLength} characters`);
    }
  }

  // Date of birth and age
  const dateOfBirth = text(input.dateOfBirth);
  let birth = null as ReturnType<typeof parseLocalDate>;
  if (required('dateOfBirth', dateOfBirth)) {
    birth = parseLocalDate(dateOfBirth);
    if (!birth) problem('dateOfBirth', 'is not a real date in YYYY-MM-DD form');
    else if (dateOfBirth > today) {
      problem('dateOfBirth', 'is in the future');
      birth = null;
    } else if (birth.year < 1900) {
      problem('dateOfBirth', 'is before 1900; check the year');
      birth = null;
    }
  }
  const sourceCategory = text(input.sourceCategory);
  if (birth && !skip.has('dateOfBirth')) {
    if (fullYearsOn(dateOfBirth, today) < MIN_AGE_YEARS) {
      const student = sourceCategory === 'HIGH_SCHOOL_STUDENT' ? ' (high-school students too)' : '';
      problem(
        'dateOfBirth',
        `shows the person is not yet ${MIN_AGE_YEARS} full years old; a person can be referred from their 18th birthday${student}`,
        SOURCING_RULES['SOURCING.MIN_AGE'].id,
      );
    } else if (fullMonthsOn(dateOfBirth, today) > MAX_AGE_MONTHS_WITHOUT_CONSENT && !input.acknowledgeOverSixty) {
      warnings.push({
        field: 'dateOfBirth',
        message:
          "shows the person is over 60 full years old: admission will need the provincial standing committee's written consent",
        rule: SOURCING_RULES['SOURCING.AGE_OVER_60'].id,
      });
    }
  }

  // Gender
  const gender = text(input.gender);
  if (required('gender', gender) && !isOneOf(GENDERS, gender)) problem('gender', `must be one of ${GENDERS.join(', ')}`);

  // National ID, consistent with the date of birth and gender when those are valid
  const nationalId = text(input.nationalId).replace(ID_SEPARATORS, '');
  if (required('nationalId', nationalId)) {
    const check = validateNationalId(nationalId, {
      dateOfBirth: birth && !skip.has('dateOfBirth') ? dateOfBirth : undefined,
      gender: isOneOf(GENDERS, gender) && !skip.has('gender') ? gender : undefined,
    });
    if (!check.ok) problem('nationalId', `is not valid: ${check.reason}`);
  }

  // Phone (optional)
  const rawPhone = text(input.phone);
  const phone = rawPhone === '' ? null : normaliseVietnameseMobile(rawPhone);
  if (rawPhone !== '' && phone === null) problem('phone', `is not a Vietnamese mobile number: ${PHONE_FORMAT_HINT}`);

  // Optional free text about the person
  const address = text(input.address).normalize('NFC');
  if (address.length > MAX_ADDRESS_LENGTH) problem('address', `is longer than ${MAX_ADDRESS_LENGTH} characters`);
  const occupation = text(input.occupation).normalize('NFC');
  if (occupation.length > MAX_OCCUPATION_LENGTH) problem('occupation', `is longer than ${MAX_OCCUPATION_LENGTH} characters`);

  // Codes
  const educationLevel = text(input.educationLevel);
  if (required('educationLevel', educationLevel)) {
    if (!isOneOf(EDUCATION_LEVELS, educationLevel)) {
      problem('educationLevel', `must be one of ${EDUCATION_LEVELS.join(', ')}`);
    } else if (EDUCATION_RANK[educationLevel] < EDUCATION_RANK[policy.minimumEducationLevel]) {
      warnings.push({
        field: 'educationLevel',
        message: 'is below lower secondary: admission normally needs at least lower secondary; the cell should check whether an exception applies',
        rule: SOURCING_RULES['SOURCING.EDUCATION_BELOW_MINIMUM'].id,
      });
    }
  }
  if (required('sourceCategory', sourceCategory) && !isOneOf(SOURCE_CATEGORIES, sourceCategory)) {
    problem('sourceCategory', `must be one of ${SOURCE_CATEGORIES.join(', ')}`);
  }
  const cellId = text(input.cellId).toLowerCase();
  if (required('cellId', cellId) && !UUID.test(cellId)) problem('cellId', 'must be a cell id (UUID)');

  // Free text
  const achievements = text(input.achievements).normalize('NFC');
  if (achievements.length > policy.maxAchievementsLength) {
    problem('achievements', `is longer than ${policy.maxAchievementsLength} characters`);
  }
  const reason = text(input.reason).normalize('NFC');
  if (reason.length > policy.maxReasonLength) problem('reason', `is longer than ${policy.maxReasonLength} characters`);

  // Consent to the privacy notice (Decree 13/2023)
  const consentRule = SOURCING_RULES['SOURCING.CONSENT_REQUIRED'].id;
  const noticeVersion = text(input.consent?.noticeVersion);
  let notice: PublishedNotice | undefined;
  if (noticeVersion === '') problem('consent.noticeVersion', 'is required', consentRule);
  else if (noticeVersion.length > policy.maxNoticeVersionLength) {
    problem('consent.noticeVersion', `is longer than ${policy.maxNoticeVersionLength} characters`);
  } else if (options.notices) {
    notice = options.notices.find((n) => n.version === noticeVersion);
    if (!notice) problem('consent.noticeVersion', 'is not a published privacy notice version', consentRule);
  }
  const rawConsentedAt = input.consent?.consentedAt;
  const consentedAt =
    rawConsentedAt instanceof Date ? rawConsentedAt : typeof rawConsentedAt === 'string' && rawConsentedAt.trim() !== '' ? new Date(rawConsentedAt) : null;
  if (consentedAt === null) problem('consent.consentedAt', 'is required', consentRule);
  else if (Number.isNaN(consentedAt.getTime())) problem('consent.consentedAt', 'is not a valid date and time');
  else if (
    internal.consentIsDateOnly
      ? localDateInVietnam(consentedAt) > today
      : consentedAt.getTime() > now.getTime() + policy.consentClockSkewSeconds * 1000
  ) {
    problem('consent.consentedAt', 'is in the future', consentRule);
  } else if (
    notice &&
    (internal.consentIsDateOnly
      ? localDateInVietnam(consentedAt) < localDateInVietnam(notice.publishedAt)
      : consentedAt.getTime() < notice.publishedAt.getTime())
  ) {
    problem('consent.consentedAt', 'is before the privacy notice it refers to was published', consentRule);
  }

  if (problems.length > 0 || skip.size > 0) return { value: null, problems, warnings };
  return {
    value: {
      fullName,
      nameSearchKey: foldDiacritics(fullName),
      nameSortKey: vietnameseSortKey(fullName),
      dateOfBirth,
      gender: gender as Gender,
      nationalId,
      fuzzyKey: fuzzyIdentityKey(fullName, dateOfBirth),
      phone,
      address: address === '' ? null : address,
      occupation: occupation === '' ? null : occupation,
      educationLevel: educationLevel as EducationLevel,
      sourceCategory: sourceCategory as SourceCategory,
      cellId,
      achievements: achievements === '' ? null : achievements,
      reason: reason === '' ? null : reason,
      consent: { noticeVersion, consentedAt: consentedAt! },
    },
    problems,
    warnings,
  };
}

/**
 * Validates a referral submitted through the API, reporting every problem at once
 * (`problems.throwIfAny()` raises BAD_USER_INPUT with field paths). Under-18 is reported as a
 * problem naming SOURCING.MIN_AGE (also listed in `violatedRules`). Age over 60 and education
 * below lower secondary are only warnings: admission checks eligibility strictly later.
 */
export function validateReferralInput(
  input: ReferralInput,
  now: Date,
  options: ReferralValidationOptions = {},
): ReferralValidation {
  const prefix = options.fieldPrefix ?? 'input';
  const path = (field: string): string => (prefix === '' ? field : `${prefix}.${field}`);
  const checked = checkReferral(input, now, options);
  const problems = new Problems();
  for (const p of checked.problems) problems.add(path(p.field), p.message);
  const violatedRules = [...new Set(checked.problems.flatMap((p) => (p.rule ? [p.rule] : [])))];
  const warnings = checked.warnings.map((w) => ({ field: path(w.field), message: w.message, rule: w.rule }));
  return checked.value
    ? { ok: true, value: checked.value, problems, violatedRules, warnings }
    : { ok: false, value: null, problems, violatedRules, warnings };
}
