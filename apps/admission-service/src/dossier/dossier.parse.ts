import { checkOptionalText, checkRequiredText, Problems, TEXT_LIMITS } from '@pdv/errors';
import type { CloseAdmissionDossierInput, RecordBackgroundVerificationInput, RecordDossierDocumentInput, RecordIntroductionInput, RecordPersonalHistoryInput } from './dossier.input';
import type { RecordDossierDocumentCommand, RecordIntroductionCommand, RecordPersonalHistoryCommand, RecordVerificationCommand } from './dossier.service';

/** GraphQL input → command: what the schema cannot check, all problems at once; the domain checks the rules. */
export function parseRecordDossierDocument(input: RecordDossierDocumentInput): RecordDossierDocumentCommand {
  const problems = new Problems();
  const fileReference = checkOptionalText(problems, 'input.fileReference', input.fileReference, TEXT_LIMITS.name, { singleLine: true });
  problems.throwIfAny();
  return { dossierId: input.dossierId, kind: input.kind, documentDate: input.date, fileReference };
}

/**
 * An introduction: a member's needs the member and, unless the cell named a replacement, the
 * start of the period together (not after its end); a resolution needs its date and names no
 * member. Every problem at once.
 */
export function parseRecordIntroduction(input: RecordIntroductionInput): RecordIntroductionCommand {
  const problems = new Problems();
  if (input.kind === 'MEMBER') {
    const replacementNamedByCell = input.replacementNamedByCell ?? false;
    if (!input.memberId) problems.add('input.memberId', 'is required for an introduction by a member');
    if (!input.togetherFrom && !replacementNamedByCell) problems.add('input.togetherFrom', 'is required: since when the member has known the applicant');
    if (input.togetherFrom && input.togetherUntil && input.togetherUntil < input.togetherFrom) problems.add('input.togetherUntil', 'must not be before togetherFrom');
    if (input.resolutionDate) problems.add('input.resolutionDate', 'is for a union committee’s resolution, not a member’s introduction');
    problems.throwIfAny();
    return {
      dossierId: input.dossierId,
      introduction: { kind: 'MEMBER', memberId: input.memberId as string, togetherFrom: input.togetherFrom ?? null, togetherUntil: input.togetherUntil ?? null, replacementNamedByCell },
    };
  }
  if (!input.resolutionDate) problems.add('input.resolutionDate', 'is required for a union committee’s resolution');
  for (const field of ['memberId', 'togetherFrom', 'togetherUntil'] as const) {
    if (input[field]) problems.add(`input.${field}`, 'is for a member’s introduction, not a resolution');
  }
  problems.throwIfAny();
  return { dossierId: input.dossierId, introduction: { kind: input.kind, resolutionDate: input.resolutionDate as string } };
}

/**
 * The personal history's eligibility facts: a former member's needs the day the membership
 * ended; a first applicant's names none; a consent reference goes with a consent date.
 */
export function parseRecordPersonalHistory(input: RecordPersonalHistoryInput): RecordPersonalHistoryCommand {
  const problems = new Problems();
  const educationExceptionCode = checkOptionalText(problems, 'input.educationExceptionCode', input.educationExceptionCode, TEXT_LIMITS.code, { singleLine: true });
  const provincialConsentReference = checkOptionalText(problems, 'input.provincialConsentReference', input.provincialConsentReference, TEXT_LIMITS.code, { singleLine: true });
  if (input.formerMember && !input.leftOn) problems.add('input.leftOn', 'is required for a former member: when the membership ended');
  if (!input.formerMember && input.leftOn) problems.add('input.leftOn', 'is for a former member only');
  if (!input.formerMember && input.timesReadmitted) problems.add('input.timesReadmitted', 'is for a former member only');
  if (input.timesReadmitted !== null && input.timesReadmitted !== undefined && input.timesReadmitted < 0) problems.add('input.timesReadmitted', 'must be zero or more');
  if (input.leftOn && input.leftOn < input.dateOfBirth) problems.add('input.leftOn', 'must not be before the date of birth');
  if (provincialConsentReference && !input.provincialConsentDate) problems.add('input.provincialConsentDate', 'is required with a consent reference');
  problems.throwIfAny();
  return {
    dossierId: input.dossierId,
    dateOfBirth: input.dateOfBirth,
    educationLevel: input.educationLevel,
    educationExceptionCode: educationExceptionCode === null ? null : educationExceptionCode.toUpperCase(),
    formerMembership: input.formerMember ? { wasMember: true, leftOn: input.leftOn as string, timesReadmitted: input.timesReadmitted ?? 0 } : { wasMember: false },
    provincialConsent: input.provincialConsentDate ? { date: input.provincialConsentDate, reference: provincialConsentReference } : null,
  };
}

/** A verification: a result goes with the day it was concluded, and the other way round. */
export function parseRecordBackgroundVerification(input: RecordBackgroundVerificationInput): RecordVerificationCommand {
  const problems = new Problems();
  if (input.result && !input.concludedOn) problems.add('input.concludedOn', 'is required with a result');
  if (!input.result && input.concludedOn) problems.add('input.result', 'is required with the day it was concluded');
  problems.throwIfAny();
  return {
    dossierId: input.dossierId,
    subject: input.subject,
    exemptAsFullyDeclaredMember: input.exemptAsFullyDeclaredMember ?? false,
    conclusion: input.result && input.concludedOn ? { result: input.result, concludedOn: input.concludedOn } : null,
  };
}

/** A rejection, withdrawal or annulment: the reason is required. */
export function parseDossierReason(input: CloseAdmissionDossierInput): { dossierId: string; reason: string } {
  const problems = new Problems();
  const reason = checkRequiredText(problems, 'input.reason', input.reason, TEXT_LIMITS.note);
  problems.throwIfAny();
  return { dossierId: input.dossierId, reason };
}

export function parseCloseAdmissionDossier(input: CloseAdmissionDossierInput, outcome: 'REJECTED' | 'WITHDRAWN'): { dossierId: string; outcome: 'REJECTED' | 'WITHDRAWN'; reason: string } {
  return { ...parseDossierReason(input), outcome };
}
