import type { RuleDefinition } from '@pdv/errors';
import { repeatReferralIdentityMismatch, type StatedIdentity } from './duplicate.rules';
import type { CandidateStatus } from './sourcing.enums';
import { SOURCING_RULES } from './sourcing.rules';

/**
 * What happens to one referred person at intake, whether they come from the referral form
 * or a spreadsheet row: both ask this one function, so both record a person the same way.
 */

/** The candidate already holding the referral's national ID number (a folded record resolves to the kept one). */
export interface HeldCandidate {
  candidateId: string;
  status: CandidateStatus;
  /** The kept record's name, for the spelling warning. */
  fullName: string;
  /** The identity of every record involved (the holder of the number, and the record it was folded into). */
  records: readonly StatedIdentity[];
}

export type IntakeDecision =
  /** Nobody holds the number: a new candidate. */
  | { kind: 'CREATE' }
  /** Somebody else holds the number (or it is mistyped): refused, naming nothing held. */
  | { kind: 'IDENTITY_MISMATCH'; rule: RuleDefinition; candidateId: string }
  /** Already a party member: not referable. */
  | { kind: 'ADMITTED'; rule: RuleDefinition }
  /** The referring organisation's own referral of the person is still open: nothing new. */
  | { kind: 'ALREADY_REFERRED'; candidateId: string; referralId: string }
  /**
   * The referral attaches to the held record. `reRefer`: a declined or withdrawn person comes
   * back to the cell (and this referral decides cell and category). `spellingDiffers`: the
   * name agrees but is written differently; the record keeps its spelling.
   */
  | { kind: 'ATTACH'; candidateId: string; previousStatus: CandidateStatus; reRefer: boolean; spellingDiffers: boolean };

/** Statuses from which a new referral starts a new cycle (the old referrals are history). */
const CYCLE_CLOSED: readonly CandidateStatus[] = ['DECLINED', 'WITHDRAWN'];

/**
 * Decides one referral. `openReferralId`: an open (submitted or accepted) referral of the held
 * person by the referring organisation's ward unit or its branches, if any. The identity check
 * comes first, before anything about the held record (status, open referrals) is looked at.
 */
export function decideIntake(
  person: StatedIdentity,
  held: HeldCandidate | null | undefined,
  openReferralId: string | null | undefined,
): IntakeDecision {
  if (!held) return { kind: 'CREATE' };
  const mismatch = repeatReferralIdentityMismatch(person, held.records);
  if (mismatch) return { kind: 'IDENTITY_MISMATCH', rule: mismatch, candidateId: held.candidateId };
  if (held.status === 'ADMITTED') return { kind: 'ADMITTED', rule: SOURCING_RULES['SOURCING.ADMITTED_NOT_REFERABLE'] };
  const reRefer = CYCLE_CLOSED.includes(held.status);
  if (openReferralId && !reRefer) return { kind: 'ALREADY_REFERRED', candidateId: held.candidateId, referralId: openReferralId };
  return { kind: 'ATTACH', candidateId: held.candidateId, previousStatus: held.status, reRefer, spellingDiffers: person.fullName !== held.fullName };
}
