import { defineRules } from '@pdv/errors';

/**
 * Every rule the evaluation service enforces or reports against, by stable id (clients may
 * switch on it; an attainment row and a forecast name the rule they measure). Statements are
 * generic; the numbers and dates of a case go into the violation's specifics, and no message
 * ever names a person.
 */
export const EVALUATION_RULES = defineRules({
  // The plan's targets (DOMAIN.md "The plan's targets")
  'EVALUATION.WARD_ADMISSIONS': {
    id: 'EVALUATION.WARD_ADMISSIONS',
    statement: 'The ward admits at least the yearly number of new members the plan sets (90 by default).',
    remedy: 'Follow the units behind their admission targets and the dossiers awaiting a decision.',
  },
  'EVALUATION.WARD_AWARENESS_TRAINED': {
    id: 'EVALUATION.WARD_AWARENESS_TRAINED',
    statement: 'The ward trains at least the yearly number of candidates in party awareness the plan sets (100 by default).',
    remedy: 'Ask the political centre for course places and the cells for nominations.',
  },
  'EVALUATION.CELL_SENT_TO_TRAINING': {
    id: 'EVALUATION.CELL_SENT_TO_TRAINING',
    statement: 'Each cell sends at least the yearly number of candidates to awareness training the plan sets (5 by default).',
    remedy: 'Nominate candidates from the cell’s source pool to the next awareness course.',
  },
  'EVALUATION.UNIT_ADMISSIONS': {
    id: 'EVALUATION.UNIT_ADMISSIONS',
    statement: 'Each grassroots organisation admits new members within the yearly band the plan sets (3 to 5 or more by default).',
    remedy: 'Move trained candidates into admission dossiers early enough for the committee to decide within the year.',
  },
  'EVALUATION.UNIT_ADMISSION_RATE': {
    id: 'EVALUATION.UNIT_ADMISSION_RATE',
    statement:
      'Each organisation’s admissions in a year reach at least the share of its members at the start of the year the plan sets (3% by default, rounded up to whole people).',
    remedy: 'Plan enough admissions for the unit’s size; the number needed is shown with the target.',
  },
  'EVALUATION.TERM_ADMISSIONS': {
    id: 'EVALUATION.TERM_ADMISSIONS',
    statement: 'Over the 2025–2030 term the ward admits at least the term total the plan sets (the yearly target times the years by default).',
    remedy: 'Make up a shortfall of earlier years in the years that remain.',
  },
  'EVALUATION.TERM_AWARENESS_TRAINED': {
    id: 'EVALUATION.TERM_AWARENESS_TRAINED',
    statement: 'Over the 2025–2030 term the ward trains at least the term total in party awareness the plan sets.',
    remedy: 'Make up a shortfall of earlier years in the years that remain.',
  },
  'EVALUATION.MASS_ORGANISATION_REFERRALS': {
    id: 'EVALUATION.MASS_ORGANISATION_REFERRALS',
    statement: 'Each mass organisation refers at least the yearly quota the Fatherland Front committee assigned to it.',
    remedy: 'The quota is set in the sourcing service by the Fatherland Front committee; referrals count towards it as they are accepted.',
  },
  'EVALUATION.EXEMPT_UNITS_EXCLUDED': {
    id: 'EVALUATION.EXEMPT_UNITS_EXCLUDED',
    statement:
      'A unit exempt for a year (all staff already members, source exhausted, residential-area cell) is left out of the per-unit targets of that year; its results still count in the ward totals.',
    remedy: 'Exemptions are recorded in the organisation service, with their reason and year.',
  },
  'EVALUATION.TARGET_YEAR_IN_TERM': {
    id: 'EVALUATION.TARGET_YEAR_IN_TERM',
    statement: 'Targets are set for the years of the plan’s term.',
    remedy: 'Choose a year within the plan’s term.',
  },
  'EVALUATION.TARGET_VALUE': {
    id: 'EVALUATION.TARGET_VALUE',
    statement:
      'A target is a whole number of people, zero or more (a rate in hundredths of a percent, at most 100%); a band’s top is not below its bottom.',
    remedy: 'Enter whole numbers, with the band’s top at or above its bottom.',
  },
  'EVALUATION.TARGET_CHANGE_NEEDS_REASON': {
    id: 'EVALUATION.TARGET_CHANGE_NEEDS_REASON',
    statement: 'A change to a target keeps who made it and why.',
    remedy: 'Write the reason for the change (for example the resolution that decided it).',
  },
  'EVALUATION.QUOTA_SET_IN_SOURCING': {
    id: 'EVALUATION.QUOTA_SET_IN_SOURCING',
    statement: 'Mass organisations’ referral quotas are set by the Fatherland Front committee in the sourcing service, not here.',
    remedy: 'Change the quota in the sourcing service; the new value arrives here as its event.',
  },
  // The forecast
  'EVALUATION.AT_RISK_NAMED_BY_Q3': {
    id: 'EVALUATION.AT_RISK_NAMED_BY_Q3',
    statement: 'A unit whose likely admissions fall short of its target is named at risk by the end of the third quarter at the latest.',
    remedy: 'Act on the forecast’s explanation: the referrals to accept, the candidates to train and the dossiers to move.',
  },
  // Year-end quality rating (DOMAIN.md "Year-end quality rating")
  'EVALUATION.RATING_SCORE': {
    id: 'EVALUATION.RATING_SCORE',
    statement: 'A year-end rating scores out of 100: Excellent from 90 (with every task done and enough exceeded), Good from 70, Completed from 50, below that Not completed.',
    remedy: 'Enter a score from 0 to 100; the level follows from it.',
  },
  'EVALUATION.EXCELLENT_NEEDS_TASKS_EXCEEDED': {
    id: 'EVALUATION.EXCELLENT_NEEDS_TASKS_EXCEEDED',
    statement: 'Excellent needs every task done and at least the ward’s share of them exceeded (30% by the 2025 rules), besides the score.',
    remedy: 'Rate the unit or member Good, or record the tasks done and exceeded.',
  },
  'EVALUATION.EXCELLENT_CAP': {
    id: 'EVALUATION.EXCELLENT_CAP',
    statement: 'Within a grassroots organisation, those rated Excellent stay within the ward’s cap (by default 20% of those rated Good).',
    remedy: 'Rate fewer Excellent, or confirm the other ratings first.',
  },
  'EVALUATION.GOOD_OR_BETTER_GOAL': {
    id: 'EVALUATION.GOOD_OR_BETTER_GOAL',
    statement: 'The plan aims for more than 90% of grassroots organisations and of members rated Good or better each year.',
    remedy: 'The share is reported with the ratings; it is a goal, not a reason to change a rating.',
  },
  'EVALUATION.MEMBER_DEVELOPMENT_CRITERION': {
    id: 'EVALUATION.MEMBER_DEVELOPMENT_CRITERION',
    statement:
      'The member-development criterion of a rating is computed from the targets: targets met, probationers recognised on time, no admission annulled, each worth the points the ward sets; a leader’s and a supervising committee member’s count their units’.',
    remedy: 'The criterion is computed, not entered; correct the facts it is computed from.',
  },
  'EVALUATION.RATING_CONFIRMED': {
    id: 'EVALUATION.RATING_CONFIRMED',
    statement: 'A rating confirmed by the standing committee is never edited silently: it is corrected, keeping the old value, who, when and why.',
    remedy: 'Record a correction with its reason.',
  },
  'EVALUATION.RATING_CORRECTION_NEEDS_REASON': {
    id: 'EVALUATION.RATING_CORRECTION_NEEDS_REASON',
    statement: 'A correction of a confirmed rating keeps who made it and why.',
    remedy: 'Write the reason for the correction (for example the standing committee’s conclusion).',
  },
  'EVALUATION.RATING_YEAR': {
    id: 'EVALUATION.RATING_YEAR',
    statement: 'A year-end rating is for a year of the plan’s term that has begun.',
    remedy: 'Choose a year of the term, up to the current one.',
  },
  // Monthly supervision (the plan: each committee member checks their units every month)
  'EVALUATION.SUPERVISION_REVIEW_BY_ASSIGNED_MEMBER': {
    id: 'EVALUATION.SUPERVISION_REVIEW_BY_ASSIGNED_MEMBER',
    statement: 'A monthly supervision review is recorded by the ward committee member assigned to supervise the unit in that month.',
    remedy: 'Record reviews for the units assigned to you; assignments are made in the organisation service.',
  },
  'EVALUATION.SUPERVISION_REVIEW_MONTH': {
    id: 'EVALUATION.SUPERVISION_REVIEW_MONTH',
    statement: 'A monthly supervision review is for a month that has begun.',
    remedy: 'Choose the current month or an earlier one.',
  },
});

export type EvaluationRuleId = keyof typeof EVALUATION_RULES;
