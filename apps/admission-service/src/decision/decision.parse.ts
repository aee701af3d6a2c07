import { checkOptionalText, checkRequiredText, Problems, TEXT_LIMITS } from '@pdv/errors';
import type { RecordAdmissionCeremonyInput, RecordAdmissionDecisionInput } from './decision.input';
import type { RecordCeremonyCommand, RecordDecisionCommand } from './decision.service';

export function parseRecordAdmissionDecision(input: RecordAdmissionDecisionInput): RecordDecisionCommand {
  const problems = new Problems();
  const decisionNumber = checkRequiredText(problems, 'input.decisionNumber', input.decisionNumber, TEXT_LIMITS.code, { singleLine: true });
  problems.throwIfAny();
  return { dossierId: input.dossierId, decisionNumber, decisionDate: input.decisionDate };
}

/** A consent reference goes with its date. */
export function parseRecordAdmissionCeremony(input: RecordAdmissionCeremonyInput): RecordCeremonyCommand {
  const problems = new Problems();
  const reference = checkOptionalText(problems, 'input.superiorConsentReference', input.superiorConsentReference, TEXT_LIMITS.code, { singleLine: true });
  if (reference && !input.superiorConsentDate) problems.add('input.superiorConsentDate', 'is required with a consent reference');
  problems.throwIfAny();
  return {
    dossierId: input.dossierId,
    decisionReceivedOn: input.decisionReceivedOn,
    ceremonyDate: input.ceremonyDate,
    superiorConsent: input.superiorConsentDate ? { date: input.superiorConsentDate, reference } : null,
    mentorMemberId: input.mentorMemberId,
  };
}
