import { PROVINCE_CODES } from './province-codes';

/**
 * The 12-digit citizen identification number (số định danh cá nhân / CCCD), structured per
 * Circular 07/2016/TT-BCA, Article 7: 3 digits province of birth registration, 1 digit
 * century-and-gender, 2 digits year of birth, 6 random digits.
 *
 * Century-and-gender digit (Article 7(2)): 0/1 = male/female born 1900–1999, 2/3 = 2000–2099,
 * 4/5 = 2100–2199, 6/7 = 2200–2299, 8/9 = 2300–2399. (The circular assigns 8/9 to the 24th
 * century, not the 1800s; nobody alive can carry either, so in practice only 0–3 occur.)
 *
 * Reasons returned by the validator are sentences a person can act on and never repeat the
 * number or its parts: they may be logged or shown to someone who should not see it.
 */

export type NationalIdGender = 'MALE' | 'FEMALE';

export type NationalIdProblem =
  | 'NOT_DIGITS'
  | 'WRONG_LENGTH'
  | 'UNKNOWN_PROVINCE'
  | 'BAD_DATE_OF_BIRTH'
  | 'CENTURY_MISMATCH'
  | 'GENDER_MISMATCH'
  | 'YEAR_MISMATCH';

export type NationalIdValidation = { ok: true } | { ok: false; reason: string; problem: NationalIdProblem };

export interface NationalIdPerson {
  /** YYYY-MM-DD */
  dateOfBirth?: string;
  gender?: NationalIdGender;
}

export interface DecodedNationalId {
  provinceCode: string;
  provinceName: string;
  gender: NationalIdGender;
  /** Full birth year from the century digit and digits 5–6. */
  birthYear: number;
}

const DIGITS = /^[0-9]+$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CENTURY_START = [1900, 2000, 2100, 2200, 2300] as const;

function fail(problem: NationalIdProblem, reason: string): NationalIdValidation {
  return { ok: false, problem, reason };
}

/** The birth year of a real YYYY-MM-DD date, or null if the text is not a real date. */
function yearOfIsoDate(text: string): number | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return year;
}

function centuryName(start: number): string {
  return `${start}s`;
}

/**
 * Checks the structure of a 12-digit citizen ID and, when the person's date of birth and
 * gender are given, that the number agrees with them. The number must already be trimmed.
 */
export function validateNationalId(id: string, person: NationalIdPerson = {}): NationalIdValidation {
  if (!DIGITS.test(id)) {
    return fail('NOT_DIGITS', 'A national ID number is made of digits only, with no letters, spaces or punctuation.');
  }
  if (id.length !== 12) {
    return fail('WRONG_LENGTH', `A national ID number has exactly 12 digits; this one has ${id.length}.`);
  }
  if (!(id.slice(0, 3) in PROVINCE_CODES)) {
    return fail(
      'UNKNOWN_PROVINCE',
      'The first three digits of a national ID number are the code of the province where the birth was registered, and these are not a province code in use.',
    );
  }
  const code = Number(id[3]);
  const centuryStart = CENTURY_START[Math.floor(code / 2)];
  const idGender: NationalIdGender = code % 2 === 0 ? 'MALE' : 'FEMALE';
  const idYear = centuryStart + Number(id.slice(4, 6));

  if (person.dateOfBirth !== undefined) {
    const birthYear = yearOfIsoDate(person.dateOfBirth);
    if (birthYear === null) {
      return fail('BAD_DATE_OF_BIRTH', 'The date of birth to compare with is not a real date in YYYY-MM-DD form.');
    }
    const birthCentury = Math.floor(birthYear / 100) * 100;
    if (birthCentury !== centuryStart) {
      return fail(
        'CENTURY_MISMATCH',
        `The 4th digit of the national ID number says the holder was born in the ${centuryName(centuryStart)}, but the date of birth is in the ${centuryName(birthCentury)}.`,
      );
    }
    if (birthYear !== idYear) {
      return fail('YEAR_MISMATCH', 'Digits 5 and 6 of the national ID number do not match the year of the date of birth.');
    }
  }
  if (person.gender !== undefined && person.gender !== idGender) {
    return fail(
      'GENDER_MISMATCH',
      `The 4th digit of the national ID number says the holder is ${idGender === 'MALE' ? 'male' : 'female'}, but the gender given is ${person.gender === 'MALE' ? 'male' : 'female'}.`,
    );
  }
  return { ok: true };
}

/** Province, gender and birth year encoded in a structurally valid number; null otherwise. */
export function decodeNationalId(id: string): DecodedNationalId | null {
  if (!validateNationalId(id).ok) return null;
  const code = Number(id[3]);
  const provinceCode = id.slice(0, 3);
  return {
    provinceCode,
    provinceName: PROVINCE_CODES[provinceCode],
    gender: code % 2 === 0 ? 'MALE' : 'FEMALE',
    birthYear: CENTURY_START[Math.floor(code / 2)] + Number(id.slice(4, 6)),
  };
}

/** The province (pre-2025 name) where the holder's birth was registered, or null. */
export function provinceOfNationalId(id: string): string | null {
  return DIGITS.test(id) && id.length === 12 ? (PROVINCE_CODES[id.slice(0, 3)] ?? null) : null;
}

/**
 * For lists and screens that need to tell numbers apart without showing them: every
 * character but the last 3 becomes `*` (`*********123`). Anything of 3 characters or fewer
 * is masked entirely, so a short fragment never shows in full.
 */
export function maskNationalId(id: string): string {
  const text = id.trim();
  if (text.length <= 3) return '*'.repeat(text.length);
  return '*'.repeat(text.length - 3) + text.slice(-3);
}
