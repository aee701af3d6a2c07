import { defineRules } from '@pdv/errors';

/**
 * Every rule the sourcing domain enforces or warns about. Ids are stable: clients switch on
 * them (extensions.rule) and specs assert them. Statements and remedies never carry
 * personal data; the specifics of a case are added where the rule is broken.
 */
export const SOURCING_RULES = defineRules({
  // Candidate status
  'SOURCING.TRANSITION_NOT_ALLOWED': {
    id: 'SOURCING.TRANSITION_NOT_ALLOWED',
    statement: 'A candidate moves through the pipeline in order: referred, source pool, training, admission.',
    remedy: 'Check the candidate’s current status and take the step that comes next.',
  },
  'SOURCING.CANDIDATE_CLOSED': {
    id: 'SOURCING.CANDIDATE_CLOSED',
    statement: 'An admitted or withdrawn candidate can no longer be changed.',
    remedy: 'A withdrawn person can come back only through a new referral.',
  },
  'SOURCING.DECLINE_NEEDS_REASON': {
    id: 'SOURCING.DECLINE_NEEDS_REASON',
    statement: 'Declining a referral or a candidate needs a reason from the list; "other" needs a note.',
    remedy: 'Choose a reason, and write a short note if it is "other".',
  },
  'SOURCING.WITHDRAWAL_NEEDS_REASON': {
    id: 'SOURCING.WITHDRAWAL_NEEDS_REASON',
    statement: 'Withdrawing a candidate needs a reason from the list; "other" needs a note.',
    remedy: 'Choose a reason, and write a short note if it is "other".',
  },
  'SOURCING.MILESTONE_BEFORE_ACCEPTANCE': {
    id: 'SOURCING.MILESTONE_BEFORE_ACCEPTANCE',
    statement: 'Training and admission steps apply only to candidates a cell has accepted into its source pool.',
    remedy: 'Accept the referral first, or correct the training or admission record that names this candidate.',
  },
  'SOURCING.CEREMONY_AFTER_WITHDRAWAL': {
    id: 'SOURCING.CEREMONY_AFTER_WITHDRAWAL',
    statement: 'An admission ceremony was recorded for a candidate who had been withdrawn.',
    remedy: 'The party-building board must reconcile the withdrawal and the admission records.',
  },
  'SOURCING.ADMITTED_NOT_REFERABLE': {
    id: 'SOURCING.ADMITTED_NOT_REFERABLE',
    statement: 'A person already admitted to the Party cannot be referred again as a candidate.',
    remedy: 'Do not submit this referral; the person is managed as a party member.',
  },
  'SOURCING.CELL_CHANGE_OPEN_CANDIDATES_ONLY': {
    id: 'SOURCING.CELL_CHANGE_OPEN_CANDIDATES_ONLY',
    statement: 'Only a candidate still in the pipeline (referred, in the source pool, in training, trained or in admission) can be moved to another cell.',
    remedy: 'A declined or withdrawn person comes back through a new referral, which names the cell; an admitted person is managed as a party member.',
  },
  'SOURCING.CELL_CHANGE_MUST_CHANGE': {
    id: 'SOURCING.CELL_CHANGE_MUST_CHANGE',
    statement: 'Moving a candidate to another cell names a cell other than the one they are in.',
    remedy: 'Choose the cell the candidate should move to.',
  },
  // Referral input
  'SOURCING.ONE_CANDIDATE_PER_NATIONAL_ID': {
    id: 'SOURCING.ONE_CANDIDATE_PER_NATIONAL_ID',
    statement: 'The same person (same national ID number) is one candidate, however many times referred.',
    remedy: 'Keep one row per person; a repeat referral is attached to the existing candidate.',
  },
  'SOURCING.REPEAT_REFERRAL_IDENTITY_MISMATCH': {
    id: 'SOURCING.REPEAT_REFERRAL_IDENTITY_MISMATCH',
    statement:
      'A referral is recorded only when the national ID number, full name, date of birth and gender agree with the records already held for that number.',
    remedy:
      'Check the national ID number, the full name and the date of birth against the person’s citizen ID card and submit again; nothing was recorded.',
  },
  'SOURCING.MIN_AGE': {
    id: 'SOURCING.MIN_AGE',
    statement: 'A person can be referred only from 18 full years of age (high-school students included).',
    remedy: 'Refer the person on or after their 18th birthday.',
  },
  'SOURCING.AGE_OVER_60': {
    id: 'SOURCING.AGE_OVER_60',
    statement: 'Admission above 60 full years of age needs the written consent of the provincial standing committee.',
    remedy: 'The referral can go ahead; the cell should plan for that consent before the admission vote.',
  },
  'SOURCING.EDUCATION_BELOW_MINIMUM': {
    id: 'SOURCING.EDUCATION_BELOW_MINIMUM',
    statement: 'Admission normally needs at least lower secondary education.',
    remedy: 'The referral can go ahead; the cell should check whether an exception applies before admission.',
  },
  'SOURCING.CONSENT_REQUIRED': {
    id: 'SOURCING.CONSENT_REQUIRED',
    statement:
      'Personal data is collected only with the person’s consent to a published privacy notice (Decree 13/2023/NĐ-CP).',
    remedy: 'Record the notice version the person agreed to and when they agreed.',
  },
  // Mentors
  'SOURCING.MENTOR_CANDIDATE_STATUS': {
    id: 'SOURCING.MENTOR_CANDIDATE_STATUS',
    statement: 'Mentors are assigned to candidates in the source pool, in training, trained or in admission.',
    remedy: 'Accept the candidate into the source pool first.',
  },
  'SOURCING.MENTOR_MUST_BE_ACTIVE': {
    id: 'SOURCING.MENTOR_MUST_BE_ACTIVE',
    statement: 'A mentor must be a current member of the ward’s party organisation.',
    remedy: 'Choose a member who is still on the cell’s roll.',
  },
  'SOURCING.MENTOR_MUST_BE_OFFICIAL': {
    id: 'SOURCING.MENTOR_MUST_BE_OFFICIAL',
    statement: 'A mentor must be an official party member; probationary members cannot mentor.',
    remedy: 'Choose an official member of the cell.',
  },
  'SOURCING.MENTOR_AVAILABLE': {
    id: 'SOURCING.MENTOR_AVAILABLE',
    statement: 'A mentor must be taking part in the cell’s activities: not on temporary transfer elsewhere and not exempt from activities.',
    remedy: 'Choose a member who attends the cell’s meetings.',
  },
  'SOURCING.MENTOR_IN_SAME_CELL': {
    id: 'SOURCING.MENTOR_IN_SAME_CELL',
    statement: 'A mentor must belong to the cell that nurtures the candidate.',
    remedy: 'Choose a member of the candidate’s cell.',
  },
  'SOURCING.MENTOR_ALREADY_ASSIGNED': {
    id: 'SOURCING.MENTOR_ALREADY_ASSIGNED',
    statement: 'A member is assigned to mentor a candidate only once at a time.',
    remedy: 'This member already mentors the candidate; choose another member to add a second mentor.',
  },
  'SOURCING.MENTOR_LOAD': {
    id: 'SOURCING.MENTOR_LOAD',
    statement: 'A member mentors a limited number of candidates at the same time (ward policy).',
    remedy: 'Choose another member, or release one of this member’s current candidates first.',
  },
  // Quotas
  'SOURCING.QUOTA_TARGET': {
    id: 'SOURCING.QUOTA_TARGET',
    statement: 'A referral quota is a whole number of people, zero or more, for a year of the 2025–2030 plan.',
    remedy: 'Enter a whole number and a year within the plan period.',
  },
});

export type SourcingRuleId = keyof typeof SOURCING_RULES;
