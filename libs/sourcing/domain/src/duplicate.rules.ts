import { foldDiacritics, splitVietnameseName } from '@pdv/vn-identity';

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
