import { AppError, checkOptionalText, Problems } from '@pdv/errors';
import {
  type DeclineReason,
  type PublishedNotice,
  type ReferralFinding,
  type ReferralInput,
  type SourcingPolicy,
  type ValidReferral,
  validateReferralInput,
} from '@pdv/sourcing-domain';
import type { AcceptReferralsInput, DeclineReferralInput, SubmitReferralInput } from './referral.input';

/**
 * GraphQL inputs → the domain's referral commands. This checks what the domain does not know
 * (the referring organisation's id, the referrer's name); the domain's validateReferralInput
 * then checks the person, the cell and the consent against the current policy.
 */

/** The referring person's name is not part of the domain's referral input; its bound lives here. */
export const MAX_REFERRER_NAME_LENGTH = 100;

export interface SubmitReferralCommand {
  massOrganisationId: string;
  /** The domain's input: the API's nested person, flattened. */
  referral: ReferralInput;
  referrerName: string | null;
  /** The seed passes deterministic ids; the API never does. */
  ids?: { candidateId: string; referralId: string };
}

export function parseSubmitReferral(input: SubmitReferralInput, ids?: SubmitReferralCommand['ids']): SubmitReferralCommand {
  const problems = new Problems();
  const referrerName = checkOptionalText(problems, 'input.referrerName', input.referrerName, MAX_REFERRER_NAME_LENGTH, { singleLine: true });
  problems.throwIfAny('The referral is not valid.');
  return {
    massOrganisationId: input.massOrganisationId,
    referral: {
      // ReferredPersonInput's fields are the domain's person fields, by the same names.
      ...input.person,
      sourceCategory: input.sourceCategory,
      cellId: input.cellId,
      achievements: input.achievements,
      reason: input.reason,
      consent: input.consent,
      acknowledgeOverSixty: input.acknowledgeOverSixty,
    },
    referrerName,
    ids,
  };
}

/** The domain's flat field names of the person, and where the API puts them. */
const API_PATH_OF_PERSON_FIELD: Readonly<Record<string, string>> = {
  fullName: 'input.person.fullName',
  dateOfBirth: 'input.person.dateOfBirth',
  gender: 'input.person.gender',
  nationalId: 'input.person.nationalId',
  phone: 'input.person.phone',
  address: 'input.person.address',
  occupation: 'input.person.occupation',
  educationLevel: 'input.person.educationLevel',
};

/** The API's path of a domain field: the person's fields are nested, the rest sit on the input. */
export function referralApiPath(domainField: string): string {
  return API_PATH_OF_PERSON_FIELD[domainField] ?? `input.${domainField}`;
}

/**
 * The domain's validation of a parsed referral, at `now` under the current policy and
 * notices: the valid referral and its warnings, or BAD_USER_INPUT naming each field (and the
 * rules broken) as the API spells them.
 */
export function validateSubmittedReferral(
  command: SubmitReferralCommand,
  now: Date,
  context: { policy: SourcingPolicy; notices: readonly PublishedNotice[] },
): { valid: ValidReferral; warnings: ReferralFinding[] } {
  const validation = validateReferralInput(command.referral, now, { ...context, fieldPrefix: '' });
  if (!validation.ok) {
    const list = validation.problems.all.map((p) => ({ field: referralApiPath(p.field), message: p.message }));
    throw new AppError('BAD_USER_INPUT', `The referral is not valid. ${list.map((p) => `${p.field}: ${p.message}`).join('; ')}`, {
      problems: list,
      ...(validation.violatedRules.length ? { details: { rules: validation.violatedRules.join(',') } } : {}),
    });
  }
  return { valid: validation.value, warnings: validation.warnings.map((w) => ({ ...w, field: referralApiPath(w.field) })) };
}

export interface DeclineReferralCommand {
  referralId: string;
  reason: DeclineReason;
  /** NFC, trimmed; '' when none was given (OTHER needs one: a Charter rule the service checks). */
  note: string;
}

/** The longest note is the ward's policy, so the resolver passes it in. */
export function parseDeclineReferral(input: DeclineReferralInput, policy: Pick<SourcingPolicy, 'maxReasonLength'>): DeclineReferralCommand {
  const problems = new Problems();
  const note = checkOptionalText(problems, 'input.note', input.note, policy.maxReasonLength) ?? '';
  problems.throwIfAny('The decision is not valid.');
  return { referralId: input.referralId, reason: input.reason, note };
}

/** How many referrals one "accept the selected" may carry: a page of the referral list. */
export const MAX_REFERRALS_PER_ACCEPT = 100;

export function parseAcceptReferrals(input: AcceptReferralsInput): string[] {
  const problems = new Problems();
  const ids = input.referralIds;
  if (ids.length < 1 || ids.length > MAX_REFERRALS_PER_ACCEPT) problems.add('input.referralIds', `must list 1 to ${MAX_REFERRALS_PER_ACCEPT} referrals`);
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (seen.has(id)) problems.add(`input.referralIds.${index}`, 'lists a referral already listed before it; list each referral once');
    seen.add(id);
  });
  problems.throwIfAny('The referrals to accept are not valid.');
  return [...ids];
}
