import type { RuleDefinition } from '@pdv/errors';
import { foldDiacritics, splitVietnameseName } from '@pdv/vn-identity';
import { SOURCING_RULES } from './sourcing.rules';

/**
 * Finding the same person twice. A national ID number identifies a person: the same number
 * is the same candidate (a second referral attaches to it, SOURCING.ONE_CANDIDATE_PER_NATIONAL_ID).
 * Without that, the same folded name and date of birth only makes a *possible* duplicate,
 * for a person to confirm: records are never merged silently.
 */

export interface PersonIdentity {
  nationalId: string | null;
  fullName: string;
  /** YYYY-MM-DD */
  dateOfBirth: string;
}

export interface ExistingCandidateIdentity extends PersonIdentity {
  candidateId: string;
}

export type DuplicateClassification =
  | { kind: 'SAME_NATIONAL_ID'; candidateId: string }
  | { kind: 'POSSIBLE'; candidateIds: string[] }
  | { kind: 'NONE' };

/** Name without diacritics, case or extra spaces, plus the date of birth: "nguyen van an|1990-07-15". */
export function fuzzyIdentityKey(fullName: string, dateOfBirth: string): string {
  return `${foldDiacritics(fullName)}|${dateOfBirth}`;
}

/** Family and given name only (a middle name is often left out or changed): "nguyen an|1990-07-15". */
function looseIdentityKey(fullName: string, dateOfBirth: string): string {
  const { family, given } = splitVietnameseName(foldDiacritics(fullName));
  return `${family} ${given}|${dateOfBirth}`;
}

/**
 * Compares a newly referred person with existing candidates. SAME_NATIONAL_ID wins; otherwise
 * POSSIBLE lists (in the given order) candidates with the same fuzzy key, or with the same
 * date of birth, family name and given name (different or missing middle names).
 */
export function classifyDuplicate(
  newPerson: PersonIdentity,
  existing: readonly ExistingCandidateIdentity[],
): DuplicateClassification {
  const nationalId = newPerson.nationalId?.trim() || null;
  if (nationalId) {
    const same = existing.find((candidate) => candidate.nationalId?.trim() === nationalId);
    if (same) return { kind: 'SAME_NATIONAL_ID', candidateId: same.candidateId };
  }
  const fuzzy = fuzzyIdentityKey(newPerson.fullName, newPerson.dateOfBirth);
  const loose = looseIdentityKey(newPerson.fullName, newPerson.dateOfBirth);
  const possible = existing
    .filter(
      (candidate) =>
        candidate.dateOfBirth === newPerson.dateOfBirth &&
        (fuzzyIdentityKey(candidate.fullName, candidate.dateOfBirth) === fuzzy ||
          looseIdentityKey(candidate.fullName, candidate.dateOfBirth) === loose),
    )
    .map((candidate) => candidate.candidateId);
  return possible.length > 0 ? { kind: 'POSSIBLE', candidateIds: [...new Set(possible)] } : { kind: 'NONE' };
}

/** What a referral says about who the person is, next to the national ID number. */
export interface StatedIdentity {
  fullName: string;
  /** YYYY-MM-DD */
  dateOfBirth: string;
  gender: string;
}

/** The name compared for identity: no diacritics, no case, no spaces ("Nguyễn  Văn An" and "nguyen vanan" agree). */
function identityName(fullName: string): string {
  return foldDiacritics(fullName).replace(/\s+/g, '');
}

/** Same name (ignoring diacritics, case and spacing), same date of birth, same gender. */
export function sameStatedIdentity(a: StatedIdentity, b: StatedIdentity): boolean {
  return a.dateOfBirth === b.dateOfBirth && a.gender === b.gender && identityName(a.fullName) === identityName(b.fullName);
}

/**
 * A referral whose national ID number is already held attaches to that candidate only when
 * the person it describes is the one held: the submitted identity must agree with every
 * record involved (the record holding the number, and the record it was folded into, if
 * any). Otherwise anyone who knows or guesses an ID number could attach a made-up referral
 * to a stranger and read back their record. Gender is compared too: the 4th digit of the
 * number encodes it, so for the record holding the number it always agrees, and for a
 * record it was folded into it is one more fact the referrer must already know.
 *
 * Returns null when the identity agrees, otherwise the rule broken. The rule's words name no
 * stored value and not which detail differs, so the refusal reveals nothing held.
 */
export function repeatReferralIdentityMismatch(submitted: StatedIdentity, held: readonly StatedIdentity[]): RuleDefinition | null {
  return held.every((record) => sameStatedIdentity(submitted, record)) ? null : SOURCING_RULES['SOURCING.REPEAT_REFERRAL_IDENTITY_MISMATCH'];
}
