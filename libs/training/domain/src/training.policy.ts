import { ruleViolation } from '@pdv/errors';
import { TRAINING_RULES as R } from './training.rules';

/**
 * Values the ward may change (DOMAIN.md: configurable values are data, not code). The
 * service loads them from its policy table; these are the seeded defaults.
 */
export interface TrainingPolicy {
  /** An awareness certificate is valid this many months from its issue date (DOMAIN.md: 60). */
  awarenessValidityMonths: number;
  /**
   * A new-member certificate's validity. No text found gives one; the certificate is
   * needed once, at official recognition, so the default equals the awareness validity.
   */
  newMemberValidityMonths: number;
  /** A holder of a valid awareness certificate may retake the course within this many months before it expires. */
  renewalWindowMonths: number;
  /** Completion: present at least at this share of the sessions (percent)... */
  completionAttendancePercent: number;
  /** ...and, when true, a PASSED result. */
  completionRequiresPass: boolean;
}

export const DEFAULT_TRAINING_POLICY: Readonly<TrainingPolicy> = Object.freeze({
  awarenessValidityMonths: 60,
  newMemberValidityMonths: 60,
  renewalWindowMonths: 6,
  completionAttendancePercent: 80,
  completionRequiresPass: true,
});

/**
 * A policy as a whole (TRAINING.POLICY_RANGE): the renewal window is shorter than the
 * awareness validity, or every certificate would be renewable from its first day. Each
 * value's own bounds are the service's input schema.
 */
export function checkTrainingPolicy(policy: TrainingPolicy): void {
  if (policy.renewalWindowMonths >= policy.awarenessValidityMonths) {
    throw ruleViolation(R['TRAINING.POLICY_RANGE'], `The renewal window (${policy.renewalWindowMonths} months) is not shorter than the validity (${policy.awarenessValidityMonths} months).`);
  }
}
