import { addDays, addMonths, monthsReachedOn } from '@pdv/calendar';
import { ruleViolation } from '@pdv/errors';
import type { CertificateStatus, CourseKind } from './training.enums';
import type { TrainingPolicy } from './training.policy';
import { TRAINING_RULES as R } from './training.rules';

/**
 * The last valid day of a certificate issued on `issuedOn` (TRAINING.CERTIFICATE_VALIDITY):
 * the day before the same date `months` later, counted in full months as the Charter counts
 * them (issued 2021-03-10, 60 months: valid up to 2026-03-09; issued 2024-02-29, 60 months:
 * up to 2029-02-28, the full 60 months being reached on 1 March).
 */
export function certificateValidUntil(issuedOn: string, months: number): string {
  return addDays(monthsReachedOn(issuedOn, months), -1);
}

export function validityMonthsOf(kind: CourseKind, policy: Pick<TrainingPolicy, 'awarenessValidityMonths' | 'newMemberValidityMonths'>): number {
  return kind === 'AWARENESS' ? policy.awarenessValidityMonths : policy.newMemberValidityMonths;
}

export interface CertificateFacts {
  status: CertificateStatus;
  issuedOn: string;
  validUntil: string;
}

/** Whether the certificate is in force on `date`: not invalidated, issued by then and not past its last valid day. */
export function isCertificateValidOn(certificate: CertificateFacts, date: string): boolean {
  return certificate.status === 'VALID' && certificate.issuedOn <= date && date <= certificate.validUntil;
}

/** What a verifier reads: VALID, EXPIRED (past its last day), NOT_YET_VALID or INVALIDATED, on `date`. */
export function certificateStandingOn(certificate: CertificateFacts, date: string): 'VALID' | 'EXPIRED' | 'NOT_YET_VALID' | 'INVALIDATED' {
  if (certificate.status === 'INVALIDATED') return 'INVALIDATED';
  if (date < certificate.issuedOn) return 'NOT_YET_VALID';
  return date <= certificate.validUntil ? 'VALID' : 'EXPIRED';
}

/** The first day a holder may retake the awareness course to renew: `windowMonths` before the certificate expires. */
export function renewalOpensOn(validUntil: string, windowMonths: number): string {
  return addMonths(addDays(validUntil, 1), -windowMonths);
}

/**
 * A certificate's number: unique per institution and year, from a counter kept per
 * (institution, year) — `TTCT-Q1/2026/0007`.
 */
export function certificateNumber(institutionCode: string, year: number, sequence: number): string {
  return `${institutionCode}/${year}/${String(sequence).padStart(4, '0')}`;
}

/** The issue date of a certificate: on or after the course's last session, not after today (TRAINING.ISSUE_DATE). */
export function checkIssueDate(issuedOn: string, facts: { today: string; lastSessionOn: string }): void {
  if (issuedOn > facts.today || issuedOn < facts.lastSessionOn) {
    throw ruleViolation(R['TRAINING.ISSUE_DATE'], `The date given is ${issuedOn}; the last session was on ${facts.lastSessionOn} and today is ${facts.today}.`, {
      issuedOn,
    });
  }
}

/** Invalidating or correcting a certificate needs it not to be invalidated already (TRAINING.CERTIFICATE_INVALIDATED). */
export function assertCertificateChangeable(status: CertificateStatus): void {
  if (status === 'INVALIDATED') throw ruleViolation(R['TRAINING.CERTIFICATE_INVALIDATED']);
}

/**
 * A corrected issue date: checked like the original, giving the new last valid day. The old
 * value is kept by the caller (a correction is never an overwrite without trace).
 */
export function planIssueDateCorrection(
  certificate: CertificateFacts & { kind: CourseKind },
  newIssuedOn: string,
  facts: { today: string; lastSessionOn: string; policy: TrainingPolicy },
): { issuedOn: string; validUntil: string } {
  assertCertificateChangeable(certificate.status);
  checkIssueDate(newIssuedOn, facts);
  return { issuedOn: newIssuedOn, validUntil: certificateValidUntil(newIssuedOn, validityMonthsOf(certificate.kind, facts.policy)) };
}
