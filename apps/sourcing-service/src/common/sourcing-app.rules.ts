import { defineRules } from '@pdv/errors';

/**
 * Rules this service enforces that depend on its own data (read models, existing rows),
 * next to the domain's SOURCING_RULES. Same conventions: stable ids, no personal data.
 */
export const SOURCING_APP_RULES = defineRules({
  'SOURCING.REFERRAL_TO_A_CELL': {
    id: 'SOURCING.REFERRAL_TO_A_CELL',
    statement: 'A referral goes to an existing party cell of the ward that is still active.',
    remedy: 'Choose the cell from the list of cells (its code or id).',
  },
  'SOURCING.CANDIDATE_IN_AN_ACTIVE_CELL': {
    id: 'SOURCING.CANDIDATE_IN_AN_ACTIVE_CELL',
    statement: 'A candidate is moved only to an existing party cell of the ward that is still active.',
    remedy: 'Choose the cell from the list of cells; a closed cell can no longer nurture candidates.',
  },
  'SOURCING.MASS_ORGANISATION_ACTIVE': {
    id: 'SOURCING.MASS_ORGANISATION_ACTIVE',
    statement: 'Only an active mass organisation can refer people or receive a quota.',
    remedy: 'Ask the party-building board to reactivate the organisation, or choose another.',
  },
  'SOURCING.REFERRAL_DECIDED': {
    id: 'SOURCING.REFERRAL_DECIDED',
    statement: 'A referral is accepted or declined once.',
    remedy: 'This referral has already been decided; nothing more to do.',
  },
  'SOURCING.NURTURED_BY_ANOTHER_CELL': {
    id: 'SOURCING.NURTURED_BY_ANOTHER_CELL',
    statement: 'A candidate is nurtured by one cell at a time.',
    remedy: 'Decline this referral as a duplicate, or ask the nurturing cell to withdraw the candidate first.',
  },
  'SOURCING.QUOTA_SET_BY_FRONT': {
    id: 'SOURCING.QUOTA_SET_BY_FRONT',
    statement: "Referral quotas are set by the Fatherland Front committee (or the party-building board).",
    remedy: 'Ask the Fatherland Front committee to set this quota.',
  },
  'SOURCING.BRANCH_UNDER_WARD_UNIT': {
    id: 'SOURCING.BRANCH_UNDER_WARD_UNIT',
    statement: 'A branch sits under a ward-level unit of the same kind of organisation.',
    remedy: 'Choose a ward-level unit of the same kind as the parent, or create the branch without a parent.',
  },
  'SOURCING.DUPLICATE_RESOLVED': {
    id: 'SOURCING.DUPLICATE_RESOLVED',
    statement: 'A possible duplicate is linked or dismissed once.',
    remedy: 'This pair has already been decided.',
  },
  'SOURCING.LINK_KEEPS_ONE_OF_THE_PAIR': {
    id: 'SOURCING.LINK_KEEPS_ONE_OF_THE_PAIR',
    statement: 'Linking two records keeps one of the two.',
    remedy: 'Name one of the two candidates of the pair as the record to keep.',
  },
  'SOURCING.LINK_ONLY_UNACCEPTED': {
    id: 'SOURCING.LINK_ONLY_UNACCEPTED',
    statement: 'Only a record the cell has not yet accepted can be folded into the other.',
    remedy: 'Keep the record that is already being nurtured, or withdraw the other one first.',
  },
  'SOURCING.REVIEW_NURTURED_ONLY': {
    id: 'SOURCING.REVIEW_NURTURED_ONLY',
    statement: 'Monthly reviews are recorded for candidates the cell is nurturing.',
    remedy: 'Accept the candidate into the source pool first.',
  },
  'SOURCING.REVIEW_DATE': {
    id: 'SOURCING.REVIEW_DATE',
    statement: 'A review is dated on or after the candidate’s acceptance and not in the future.',
    remedy: 'Enter the date of the cell meeting that reviewed the candidate.',
  },
  'SOURCING.MENTOR_NOT_ASSIGNED': {
    id: 'SOURCING.MENTOR_NOT_ASSIGNED',
    statement: 'Only a current mentor of the candidate can be released.',
    remedy: 'Check the candidate’s list of mentors.',
  },
  'SOURCING.NOTICE_EXISTS': {
    id: 'SOURCING.NOTICE_EXISTS',
    statement: 'A privacy notice version is published once and never changed.',
    remedy: 'Publish the changed notice under a new version.',
  },
  'SOURCING.IMPORT_TOO_LARGE': {
    id: 'SOURCING.IMPORT_TOO_LARGE',
    statement: 'A spreadsheet import has a size limit.',
    remedy: 'Split the file into smaller files and upload them one by one.',
  },
});
