import { checkOptionalText, checkRequiredText, Problems, TEXT_LIMITS } from '@pdv/errors';
import type { ExtendAdmissionDeadlineInput, RecordAdmissionCeremonyInput, RecordAdmissionDecisionInput } from './decision.input';
import type { ExtendDeadlineCommand, RecordCeremonyCommand, RecordDecisionCommand } from './decision.service';

export function parseRecordAdmissionDecision(input: RecordAdmissionDecisionInput): RecordDecisionCommand {
  const problems = new Problems();
  const decisionNumber = checkRequiredText(problems, 'input.decisionNumber', input.decisionNumber, TEXT_LIMITS.code, { singleLine: true });
  problems.throwIfAny();
  return { dossierId: input.dossierId, decisionNumber, decisionDate: input.decisionDate, receivedOn: input.receivedOn ?? input.decisionDate };
}

/** A consent reference goes with its date. */
export function parseRecordAdmissionCeremony(input: RecordAdmissionCeremonyInput): RecordCeremonyCommand {
  const problems = new Problems();
  const reference = checkOptionalText(problems, 'input.superiorConsentReference', input.superiorConsentReference, TEXT_LIMITS.code, { singleLine: true });
  if (reference && !input.superiorConsentDate) problems.add('input.superiorConsentDate', 'is required with a consent reference');
  problems.throwIfAny();
  return {
    dossierId: input.dossierId,
    decisionReceivedOn: input.decisionReceivedOn ?? null,
    ceremonyDate: input.ceremonyDate,
    superiorConsent: input.superiorConsentDate ? { date: input.superiorConsentDate, reference } : null,
    mentorMemberId: input.mentorMemberId,
  };
}

/** The reason is required and the working days one or more; their maximum is the rule's (ADMISSION.DEADLINE_EXTENSION). */
export function parseExtendAdmissionDeadline(input: ExtendAdmissionDeadlineInput): ExtendDeadlineCommand {
  const problems = new Problems();
  if (input.workingDays < 1) problems.add('input.workingDays', 'must be a whole number of working days, one or more');
  const reason = checkRequiredText(problems, 'input.reason', input.reason, TEXT_LIMITS.note);
  problems.throwIfAny();
  return { dossierId: input.dossierId, kind: input.kind, workingDays: input.workingDays, reason };
}
