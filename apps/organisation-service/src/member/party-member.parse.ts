import { checkOptionalText, checkRequiredText, Problems, TEXT_LIMITS } from '@pdv/errors';
import type { MemberMovementKind } from '@pdv/organisation-domain';
import { containsPattern } from '@pdv/persistence';
import { foldDiacritics } from '@pdv/vn-identity';
import type {
  CompleteMemberRecordInput,
  CorrectMemberRecordInput,
  RecogniseOfficialMemberInput,
  RecordMemberMovementInput,
  RegisterMemberInput,
} from './party-member.input';
import type { RecordCorrections, RegisterMemberCommand } from './party-member.service';

/**
 * GraphQL inputs → commands. What the schema cannot check (ids, text bounds, which fields go
 * together) is checked here and reported all at once; the domain checks the Charter's rules.
 */

const NEEDS_DESTINATION: readonly MemberMovementKind[] = ['TRANSFER_IN', 'INTERNAL_TRANSFER'];

export function parseRegisterMember(input: RegisterMemberInput): RegisterMemberCommand {
  const problems = new Problems();
  checkRequiredText(problems, 'input.fullName', input.fullName, TEXT_LIMITS.name);
  checkOptionalText(problems, 'input.nationalId', input.nationalId, 20);
  problems.throwIfAny();
  return {
    organisationId: input.organisationId,
    fullName: input.fullName,
    dateOfBirth: input.dateOfBirth,
    gender: input.gender,
    nationalId: input.nationalId?.trim() ? input.nationalId : null,
    status: input.status,
    admissionDecisionDate: input.admissionDecisionDate ?? null,
    ceremonyDate: input.ceremonyDate ?? null,
    officialDate: input.officialDate ?? null,
    registeredOn: input.registeredOn ?? null,
    registrationKind: input.registrationKind ?? 'EXISTING',
  };
}

export function parseCompleteMemberRecord(input: CompleteMemberRecordInput): { memberId: string; values: RecordCorrections } {
  const problems = new Problems();
  checkRequiredText(problems, 'input.fullName', input.fullName, TEXT_LIMITS.name);
  checkOptionalText(problems, 'input.nationalId', input.nationalId, 20);
  problems.throwIfAny();
  return {
    memberId: input.memberId,
    values: {
      fullName: input.fullName,
      dateOfBirth: input.dateOfBirth,
      gender: input.gender,
      nationalId: input.nationalId?.trim() ? input.nationalId : undefined,
    },
  };
}

export function parseCorrectMemberRecord(input: CorrectMemberRecordInput): { memberId: string; values: RecordCorrections; reason: string } {
  const problems = new Problems();
  checkRequiredText(problems, 'input.reason', input.reason, TEXT_LIMITS.note);
  if (input.fullName !== null && input.fullName !== undefined) checkRequiredText(problems, 'input.fullName', input.fullName, TEXT_LIMITS.name);
  if (input.nationalId !== null && input.nationalId !== undefined) checkRequiredText(problems, 'input.nationalId', input.nationalId, 20);
  const values: RecordCorrections = {
    fullName: input.fullName ?? undefined,
    dateOfBirth: input.dateOfBirth ?? undefined,
    gender: input.gender ?? undefined,
    nationalId: input.nationalId ?? undefined,
    admissionDecisionDate: input.admissionDecisionDate ?? undefined,
    ceremonyDate: input.ceremonyDate ?? undefined,
    officialDate: input.officialDate ?? undefined,
  };
  if (Object.values(values).every((value) => value === undefined)) problems.add('input', 'give at least one value to correct');
  problems.throwIfAny();
  return { memberId: input.memberId, values, reason: input.reason.trim() };
}

export interface MovementCommand {
  memberId: string;
  kind: MemberMovementKind;
  effectiveDate: string;
  toOrganisationId: string | null;
  note: string;
}

export function parseRecordMemberMovement(input: RecordMemberMovementInput): MovementCommand {
  const problems = new Problems();
  const destination = input.toOrganisationId ?? null;
  if (NEEDS_DESTINATION.includes(input.kind) && destination === null) problems.add('input.toOrganisationId', `is required for ${input.kind}`);
  if (!NEEDS_DESTINATION.includes(input.kind) && destination !== null) problems.add('input.toOrganisationId', `is only given for ${NEEDS_DESTINATION.join(' and ')}`);
  checkRequiredText(problems, 'input.reason', input.reason, TEXT_LIMITS.note);
  problems.throwIfAny();
  return { memberId: input.memberId, kind: input.kind, effectiveDate: input.effectiveDate, toOrganisationId: destination, note: input.reason.trim() };
}

export function parseRecogniseOfficialMember(input: RecogniseOfficialMemberInput): { memberId: string; decisionDate: string } {
  const problems = new Problems();
  problems.throwIfAny();
  return { memberId: input.memberId, decisionDate: input.decisionDate };
}

/** The folded search text as a LIKE pattern, or null when there is nothing to search for. */
export function parseSearch(search: string | null | undefined, field = 'search'): string | null {
  const problems = new Problems();
  checkOptionalText(problems, field, search, TEXT_LIMITS.search);
  problems.throwIfAny();
  const folded = search ? foldDiacritics(search) : '';
  return folded === '' ? null : containsPattern(folded);
}
