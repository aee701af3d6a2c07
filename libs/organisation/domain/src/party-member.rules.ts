import { PARTY_MEMBER_STATUSES } from '@pdv/contracts';
import { Problems, ruleViolation } from '@pdv/errors';
import { normaliseFullName, validateNationalId } from '@pdv/vn-identity';
import { addMonths, daysBetween, fullYearsOn, isLocalDate, type LocalDate } from '@pdv/calendar';
import { MIN_ADMISSION_AGE_YEARS, PROBATION_MONTHS } from './organisation.policy';
import type { OrganisationRuleId } from './organisation.rules';
import { ORGANISATION_RULES as R } from './organisation.rules';
import type { MemberStatusFacts, PartyMemberRecord } from './party-member.types';
import { GENDERS } from './party-member.types';

/** One problem with a member record; `rule` is null for a malformed value. */
export interface MemberRecordProblem {
  field: keyof PartyMemberRecord;
  rule: OrganisationRuleId | null;
  message: string;
}

/** The day a member who had the ceremony on `ceremonyDate` is official from: the end of the 12 months of probation. */
export function officialDateFor(ceremonyDate: LocalDate): LocalDate {
  return addMonths(ceremonyDate, PROBATION_MONTHS);
}

/** The first day the member counts as a member: the ceremony, or the registration when the ceremony date is unknown. */
export function memberSince(member: Pick<MemberStatusFacts, 'ceremonyDate' | 'registeredOn'>): LocalDate {
  return member.ceremonyDate ?? member.registeredOn;
}

const DATE_FIELDS = ['dateOfBirth', 'admissionDecisionDate', 'ceremonyDate', 'officialDate', 'registeredOn'] as const;

/**
 * Every problem with a member record, at once (an empty list when it is valid). Messages name
 * the field and the rule, never the person or the values.
 */
export function checkMemberRecord(input: PartyMemberRecord, today: LocalDate): MemberRecordProblem[] {
  const problems: MemberRecordProblem[] = [];
  const malformed = (field: keyof PartyMemberRecord, message: string): void => {
    problems.push({ field, rule: null, message });
  };
  const broken = (field: keyof PartyMemberRecord, rule: OrganisationRuleId, specifics: string): void => {
    problems.push({ field, rule, message: `${R[rule].statement} ${specifics} (rule ${rule})` });
  };

  if (typeof input.memberId !== 'string' || input.memberId.trim() === '') malformed('memberId', 'must not be empty');
  if (typeof input.organisationId !== 'string' || input.organisationId.trim() === '') malformed('organisationId', 'must not be empty');
  if (!(PARTY_MEMBER_STATUSES as readonly unknown[]).includes(input.status)) {
    malformed('status', `must be one of ${PARTY_MEMBER_STATUSES.join(', ')}`);
  }
  if (input.fullName !== null && (typeof input.fullName !== 'string' || normaliseFullName(input.fullName) === '')) {
    malformed('fullName', 'must not be empty when given');
  }
  if (input.gender !== null && !(GENDERS as readonly unknown[]).includes(input.gender)) {
    malformed('gender', `must be one of ${GENDERS.join(', ')} when given`);
  }
  if (input.registeredOn === null || input.registeredOn === undefined) malformed('registeredOn', 'is required');

  // Dates: well-formed, and none in the future.
  const valid: Partial<Record<(typeof DATE_FIELDS)[number], LocalDate>> = {};
  for (const field of DATE_FIELDS) {
    const value = input[field];
    if (value === null || value === undefined) continue;
    if (!isLocalDate(value)) {
      malformed(field, 'must be a real date written YYYY-MM-DD');
      continue;
    }
    valid[field] = value;
    if (value > today) broken(field, 'MEMBER.DATE_NOT_IN_FUTURE', 'This date is after today.');
  }

  if (input.nationalId !== null) {
    const result =
      typeof input.nationalId === 'string'
        ? validateNationalId(input.nationalId.trim(), {
            dateOfBirth: valid.dateOfBirth,
            gender: input.gender !== null && (GENDERS as readonly unknown[]).includes(input.gender) ? input.gender : undefined,
          })
        : { ok: false as const, reason: 'It is not text.' };
    if (!result.ok) broken('nationalId', 'MEMBER.NATIONAL_ID_VALID', result.reason);
  }

  const { dateOfBirth, admissionDecisionDate, ceremonyDate, officialDate } = valid;
  if (dateOfBirth && admissionDecisionDate) {
    const age = fullYearsOn(dateOfBirth, admissionDecisionDate);
    if (age < MIN_ADMISSION_AGE_YEARS) {
      broken('dateOfBirth', 'MEMBER.MIN_AGE_AT_ADMISSION', `By these dates the member was ${Math.max(age, 0)} on the decision date.`);
    }
  }
  if (admissionDecisionDate && ceremonyDate && admissionDecisionDate > ceremonyDate) {
    broken('ceremonyDate', 'MEMBER.ADMISSION_BEFORE_CEREMONY', 'The ceremony date is before the decision date.');
  }
  if (ceremonyDate && valid.registeredOn && valid.registeredOn < ceremonyDate) {
    broken('registeredOn', 'MEMBER.REGISTERED_AFTER_CEREMONY', 'The registration date is before the ceremony date.');
  }
  if (input.status === 'PROBATIONARY') {
    if (input.admissionDecisionDate === null || input.ceremonyDate === null) {
      broken(input.ceremonyDate === null ? 'ceremonyDate' : 'admissionDecisionDate', 'MEMBER.PROBATIONER_DATES_KNOWN', 'A date is missing.');
    }
    if (input.officialDate !== null) {
      broken('officialDate', 'MEMBER.OFFICIAL_DATE_AFTER_PROBATION', 'This member is probationary but has an official date.');
    }
  }
  if (input.status === 'OFFICIAL' && ceremonyDate) {
    if (input.officialDate === null) {
      broken('officialDate', 'MEMBER.OFFICIAL_DATE_AFTER_PROBATION', 'The official date is missing although the ceremony date is known.');
    } else if (officialDate && officialDate !== officialDateFor(ceremonyDate)) {
      broken('officialDate', 'MEMBER.OFFICIAL_DATE_AFTER_PROBATION', `The official date must be ${PROBATION_MONTHS} months after the ceremony date.`);
    }
  }
  return problems;
}

/**
 * Validates a member record against every rule at once and returns it normalised (name in
 * canonical form, national ID trimmed). Throws BAD_USER_INPUT listing every problem.
 */
export function validateMemberRecord(input: PartyMemberRecord, today: LocalDate): PartyMemberRecord {
  const problems = new Problems();
  for (const problem of checkMemberRecord(input, today)) problems.add(problem.field, problem.message);
  problems.throwIfAny('The member record is not valid.');
  return {
    ...input,
    fullName: input.fullName === null ? null : normaliseFullName(input.fullName),
    nationalId: input.nationalId === null ? null : input.nationalId.trim(),
  };
}

/**
 * Official recognition decided on `decidedOn` (the competent committee's decision date). The
 * member is official from the end of the 12 months of probation however late the decision,
 * so the returned officialDate is officialDateFor(ceremonyDate), not the decision date.
 */
export function recogniseOfficial(member: PartyMemberRecord, decidedOn: LocalDate): PartyMemberRecord {
  if (member.status !== 'PROBATIONARY') {
    throw ruleViolation(R['MEMBER.RECOGNITION_ONLY_PROBATIONARY'], undefined, { memberId: member.memberId });
  }
  if (member.ceremonyDate === null) {
    throw ruleViolation(R['MEMBER.PROBATIONER_DATES_KNOWN'], 'The ceremony date is missing.', { memberId: member.memberId });
  }
  const officialDate = officialDateFor(member.ceremonyDate);
  if (decidedOn < officialDate) {
    throw ruleViolation(
      R['MEMBER.RECOGNITION_AFTER_PROBATION'],
      `The probation has ${daysBetween(decidedOn, officialDate)} day(s) left on the decision date.`,
      { memberId: member.memberId },
    );
  }
  return { ...member, status: 'OFFICIAL', officialDate };
}
