import { defineRules } from '@pdv/errors';

/**
 * Every rule the organisation service enforces, by stable id. Statements are generic (the
 * numbers that are policy go into the specifics of each violation); no message ever names
 * a person.
 */
export const ORGANISATION_RULES = defineRules({
  // Organisation tree
  'ORG.PARENT_KIND': {
    id: 'ORG.PARENT_KIND',
    statement:
      'A ward committee has no parent; a grassroots committee and a grassroots cell sit directly under the ward committee; a party cell sits under a grassroots committee or the ward committee.',
    remedy: 'Choose a parent of an allowed kind, or change the kind of the organisation.',
  },
  'ORG.ORGANISATION_ACTIVE': {
    id: 'ORG.ORGANISATION_ACTIVE',
    statement:
      'An organisation that a change refers to (a parent, a merge target, a member’s cell, a supervised organisation) must exist, be active on the date concerned and not be closing.',
    remedy: 'Pick an organisation that is active on that date, or change the date.',
  },
  'ORG.NO_CYCLE': {
    id: 'ORG.NO_CYCLE',
    statement: 'An organisation cannot be placed under itself or under one of its own subordinate organisations.',
    remedy: 'Move the subordinate organisation out first, or choose another parent.',
  },
  'ORG.EFFECTIVE_DATE_WINDOW': {
    id: 'ORG.EFFECTIVE_DATE_WINDOW',
    statement:
      'A change to an organisation takes effect no earlier than the start of its current version and no further in the future than the ward’s policy allows.',
    remedy: 'Use an effective date inside the allowed window; to change older history, record a correction instead.',
  },
  'ORG.CLOSED_IS_FINAL': {
    id: 'ORG.CLOSED_IS_FINAL',
    statement: 'A closed (dissolved, merged or split) organisation cannot be changed.',
    remedy: 'Change its successor organisation instead, or register a new organisation.',
  },
  'ORG.CHANGE_MUST_CHANGE_SOMETHING': {
    id: 'ORG.CHANGE_MUST_CHANGE_SOMETHING',
    statement: 'A revision or a move must change at least one value of the organisation.',
    remedy: 'Give a new name, code, sector, kind or parent.',
  },
  'ORG.MEMBERS_ONLY_IN_CELLS': {
    id: 'ORG.MEMBERS_ONLY_IN_CELLS',
    statement: 'Party members belong to cells only (a grassroots cell or a party cell), never directly to a committee.',
    remedy: 'Place the members in a cell, or keep the organisation a cell.',
  },
  'ORG.CELL_VOTING_QUORUM': {
    id: 'ORG.CELL_VOTING_QUORUM',
    statement: 'A cell needs a minimum number of official members before it can hold a vote.',
    remedy: 'Admit or transfer in official members, or have the superior committee act for the cell.',
  },
  'ORG.CLOSE_REQUIRES_EMPTY': {
    id: 'ORG.CLOSE_REQUIRES_EMPTY',
    statement: 'An organisation can be dissolved only when it has no subordinate organisations and no members left.',
    remedy: 'Move its subordinate organisations and transfer its members first, or merge it into another organisation.',
  },
  'ORG.MERGE_COMPOSITION': {
    id: 'ORG.MERGE_COMPOSITION',
    statement:
      'A merge joins at least two different active organisations: two or more sources into a new organisation, or one or more sources into an existing one that is not itself a source.',
    remedy: 'List each source once and name a target that is not among the sources.',
  },
  'ORG.MERGE_SAME_KIND': {
    id: 'ORG.MERGE_SAME_KIND',
    statement:
      'Only organisations of the same kind merge, and into an organisation of that kind: party cells with party cells, grassroots cells with grassroots cells, grassroots committees with grassroots committees.',
    remedy: 'Choose a target of the same kind as the sources, or first revise the kind of the organisation that differs.',
  },
  'ORG.SPLIT_COMPOSITION': {
    id: 'ORG.SPLIT_COMPOSITION',
    statement: 'A split divides one organisation into at least two new organisations.',
    remedy: 'Describe at least two new organisations, each with its own id and code.',
  },
  'ORG.SPLIT_ALLOCATION': {
    id: 'ORG.SPLIT_ALLOCATION',
    statement:
      'A split allocates every member and every subordinate organisation of the source to exactly one of the new organisations, and nothing else.',
    remedy: 'Allocate each remaining member and subordinate organisation once, to one of the new organisations.',
  },

  // Target exemptions
  'ORG.EXEMPTION_RESIDENTIAL_AREA_SECTOR': {
    id: 'ORG.EXEMPTION_RESIDENTIAL_AREA_SECTOR',
    statement: 'The residential-area exemption applies only to organisations of the residential-area sector.',
    remedy: 'Choose another reason, or correct the organisation’s sector first.',
  },
  'ORG.EXEMPTION_ALL_STAFF_SECTOR': {
    id: 'ORG.EXEMPTION_ALL_STAFF_SECTOR',
    statement:
      'The "all staff are already members" exemption applies only to organisations of administrative agencies or public-service units.',
    remedy: 'Choose another reason, or correct the organisation’s sector first.',
  },
  'ORG.EXEMPTION_YEAR_IN_TERM': {
    id: 'ORG.EXEMPTION_YEAR_IN_TERM',
    statement: 'Target exemptions are set for the years of the plan’s term only.',
    remedy: 'Choose a year inside the term.',
  },
  'ORG.EXEMPTION_ACTIVE_IN_YEAR': {
    id: 'ORG.EXEMPTION_ACTIVE_IN_YEAR',
    statement: 'An organisation can be exempted only for a year in which it exists for at least one day.',
    remedy: 'Choose a year in which the organisation is active.',
  },
  'ORG.EXEMPTION_ALREADY_REVOKED': {
    id: 'ORG.EXEMPTION_ALREADY_REVOKED',
    statement: 'A revoked exemption stays in the history as it was and cannot be revoked again.',
    remedy: 'Nothing to do; set a new exemption if one is needed.',
  },

  // Supervision
  'ORG.SUPERVISION_PERIOD': {
    id: 'ORG.SUPERVISION_PERIOD',
    statement: 'A supervision assignment ends (exclusive end date) after the day it starts.',
    remedy: 'Give an end date later than the start date, or leave the end open.',
  },
  'ORG.SUPERVISOR_ACTIVE_OFFICIAL': {
    id: 'ORG.SUPERVISOR_ACTIVE_OFFICIAL',
    statement: 'A supervising committee member must be an active official party member on the day the assignment starts.',
    remedy: 'Assign an official member who is active in the ward’s party organisation.',
  },

  // Party members
  'MEMBER.MIN_AGE_AT_ADMISSION': {
    id: 'MEMBER.MIN_AGE_AT_ADMISSION',
    statement: 'A member was at least 18 full years old on the date of the admission decision.',
    remedy: 'Check the date of birth and the admission decision date against the dossier.',
  },
  'MEMBER.ADMISSION_BEFORE_CEREMONY': {
    id: 'MEMBER.ADMISSION_BEFORE_CEREMONY',
    statement: 'The admission ceremony takes place on or after the date of the admission decision.',
    remedy: 'Check both dates against the decision and the ceremony record.',
  },
  'MEMBER.OFFICIAL_DATE_AFTER_PROBATION': {
    id: 'MEMBER.OFFICIAL_DATE_AFTER_PROBATION',
    statement:
      'A member is official from the end of the 12 months of probation, counted from the ceremony; a probationary member has no official date yet.',
    remedy: 'Use the official date the probation gives, or leave it empty while the member is probationary.',
  },
  'MEMBER.PROBATIONER_DATES_KNOWN': {
    id: 'MEMBER.PROBATIONER_DATES_KNOWN',
    statement: 'A probationary member’s admission decision date and ceremony date are recorded, so the probation can be followed.',
    remedy: 'Enter both dates from the admission decision and the ceremony record.',
  },
  'MEMBER.REGISTERED_AFTER_CEREMONY': {
    id: 'MEMBER.REGISTERED_AFTER_CEREMONY',
    statement:
      'A member joins the ward’s records as a member: on the ceremony day when admitted here, or on arrival or at the ward’s formation for an existing member — never before the ceremony.',
    remedy: 'Check the registration date (the day the member joined this ward’s party organisation) and the ceremony date.',
  },
  'MEMBER.DATE_NOT_IN_FUTURE': {
    id: 'MEMBER.DATE_NOT_IN_FUTURE',
    statement: 'Dates in a member’s record and movements cannot be later than today.',
    remedy: 'Record the event once it has happened.',
  },
  'MEMBER.NATIONAL_ID_VALID': {
    id: 'MEMBER.NATIONAL_ID_VALID',
    statement: 'A national ID number, when given, is a valid 12-digit citizen ID that agrees with the date of birth and gender.',
    remedy: 'Check the number against the citizen ID card.',
  },
  'MEMBER.RECOGNITION_ONLY_PROBATIONARY': {
    id: 'MEMBER.RECOGNITION_ONLY_PROBATIONARY',
    statement: 'Only a probationary member can be recognised as an official member.',
    remedy: 'Nothing to do: the member is already official.',
  },
  'MEMBER.RECOGNITION_AFTER_PROBATION': {
    id: 'MEMBER.RECOGNITION_AFTER_PROBATION',
    statement: 'Official recognition is decided only after the full 12 months of probation.',
    remedy: 'Wait until the probation ends, then hold the cell’s vote.',
  },
  'MEMBER.MOVEMENT_DATE_ORDER': {
    id: 'MEMBER.MOVEMENT_DATE_ORDER',
    statement: 'A member’s movements are recorded in date order, none before the member joined or before the previous movement.',
    remedy: 'Check the effective date; to change older history, record a correction instead.',
  },
  'MEMBER.NOTHING_AFTER_DEATH': {
    id: 'MEMBER.NOTHING_AFTER_DEATH',
    statement: 'No movement can be recorded for a member after their death.',
    remedy: 'If the death was recorded in error, correct that record first.',
  },
  'MEMBER.MOVEMENT_NEEDS_ACTIVE_MEMBER': {
    id: 'MEMBER.MOVEMENT_NEEDS_ACTIVE_MEMBER',
    statement: 'Transfers, exemptions, name removal and death are recorded only for members active in the ward’s party organisation.',
    remedy: 'Check that the member has not already left (transferred out or removed).',
  },
  'MEMBER.TRANSFER_IN_AFTER_TRANSFER_OUT': {
    id: 'MEMBER.TRANSFER_IN_AFTER_TRANSFER_OUT',
    statement:
      'A transfer in re-activates a member who earlier transferred out; a member arriving for the first time is registered instead.',
    remedy: 'Register the arriving member, or record the return of a member who transferred out.',
  },
  'MEMBER.MOVEMENT_DESTINATION': {
    id: 'MEMBER.MOVEMENT_DESTINATION',
    statement: 'A transfer in or an internal transfer names the destination cell, and an internal transfer goes to a different cell.',
    remedy: 'Name the destination cell.',
  },
  'MEMBER.TEMPORARY_TRANSFER_STATE': {
    id: 'MEMBER.TEMPORARY_TRANSFER_STATE',
    statement: 'A temporary transfer starts only for a member who is present and ends only for a member who is away.',
    remedy: 'Check whether the temporary transfer was already recorded or already ended.',
  },
  'MEMBER.ACTIVITY_EXEMPTION_STATE': {
    id: 'MEMBER.ACTIVITY_EXEMPTION_STATE',
    statement: 'An exemption from party activities starts only for a member who is not exempt and ends only for one who is.',
    remedy: 'Check whether the exemption was already recorded or already ended.',
  },
});

export type OrganisationRuleId = keyof typeof ORGANISATION_RULES;
