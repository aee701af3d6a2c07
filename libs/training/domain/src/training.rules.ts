import { defineRules } from '@pdv/errors';

/**
 * Every rule the training service enforces, by stable id (clients may switch on it).
 * Statements are generic; the numbers and dates of a case go into the violation's
 * specifics, and no message ever names a person.
 */
export const TRAINING_RULES = defineRules({
  // Courses
  'TRAINING.COURSE_TRANSITION': {
    id: 'TRAINING.COURSE_TRANSITION',
    statement: 'A course goes PLANNED → OPEN → RUNNING → FINISHED, or is CANCELLED (with a reason) before it finishes.',
    remedy: 'Check the course’s status and take the step that comes next.',
  },
  'TRAINING.COURSE_SCHEDULE': {
    id: 'TRAINING.COURSE_SCHEDULE',
    statement: 'A course has at least one session, every session lies within its term and ends after it starts, and no two sessions overlap.',
    remedy: 'Correct the term or the sessions’ dates and times.',
  },
  'TRAINING.COURSE_START_DATE': {
    id: 'TRAINING.COURSE_START_DATE',
    statement: 'A course starts running on or after its first day, and finishes on or after its last day.',
    remedy: 'Wait until the day, or correct the term while the course is still planned.',
  },
  // Nominations
  'TRAINING.COURSE_NOT_OPEN': {
    id: 'TRAINING.COURSE_NOT_OPEN',
    statement: 'Nominations are made and decided while the course is OPEN.',
    remedy: 'Ask the training centre to open the course, or choose an open course.',
  },
  'TRAINING.NOMINEE_STAGE': {
    id: 'TRAINING.NOMINEE_STAGE',
    statement: 'An awareness course takes candidates a cell has accepted into its source pool or later, not yet admitted or withdrawn.',
    remedy: 'Accept the candidate into the source pool first.',
  },
  'TRAINING.NOMINEE_PROBATIONARY': {
    id: 'TRAINING.NOMINEE_PROBATIONARY',
    statement: 'A new-member course takes probationary members who are active in their cell.',
    remedy: 'Nominate probationary members; official members have already taken the course.',
  },
  'TRAINING.NOMINEE_KIND': {
    id: 'TRAINING.NOMINEE_KIND',
    statement: 'An awareness course is for candidates, a new-member course for party members.',
    remedy: 'Nominate a candidate to an awareness course, a probationary member to a new-member course.',
  },
  'TRAINING.ALREADY_ENROLLED': {
    id: 'TRAINING.ALREADY_ENROLLED',
    statement: 'A person has one open nomination or place in a course.',
    remedy: 'The person is already nominated to this course; wait for the board’s decision.',
  },
  'TRAINING.OVERLAP': {
    id: 'TRAINING.OVERLAP',
    statement: 'Nobody sits two courses whose sessions overlap in time.',
    remedy: 'Choose a course whose sessions do not clash with the person’s other course.',
  },
  'TRAINING.VALID_CERTIFICATE_HELD': {
    id: 'TRAINING.VALID_CERTIFICATE_HELD',
    statement: 'A person holding a valid awareness certificate takes a new awareness course only to renew it, within the renewal window before it expires.',
    remedy: 'Nominate the person to a course that starts within the renewal window.',
  },
  'TRAINING.CAPACITY': {
    id: 'TRAINING.CAPACITY',
    statement: 'A course approves no more participants than its capacity.',
    remedy: 'Refuse or withdraw another nomination, or nominate to another course.',
  },
  'TRAINING.ENROLMENT_TRANSITION': {
    id: 'TRAINING.ENROLMENT_TRANSITION',
    statement: 'A nomination is approved or refused once; a place is withdrawn only while nominated or approved.',
    remedy: 'Check the enrolment’s status.',
  },
  'TRAINING.WITHDRAWAL_BEFORE_START': {
    id: 'TRAINING.WITHDRAWAL_BEFORE_START',
    statement: 'A participant withdraws before the course starts; after that the course records their attendance and result.',
    remedy: 'Record the participant as absent instead.',
  },
  // Attendance and results
  'TRAINING.ATTENDANCE_WHILE_RUNNING': {
    id: 'TRAINING.ATTENDANCE_WHILE_RUNNING',
    statement: 'Attendance is recorded for approved participants of a running course, for sessions already held.',
    remedy: 'Start the course first, and record a session on or after its day.',
  },
  'TRAINING.RESULT_TIMING': {
    id: 'TRAINING.RESULT_TIMING',
    statement: 'A result is recorded once per participant, on or after the last session, while the course is running or finished, with attendance recorded for every session.',
    remedy: 'Record the missing attendance first; a recorded result is corrected through the certificate, not rewritten.',
  },
  'TRAINING.SCORE_RANGE': {
    id: 'TRAINING.SCORE_RANGE',
    statement: 'A score lies between 0 and 10, with at most two decimals; an ABSENT result has no score.',
    remedy: 'Enter the score from the results sheet.',
  },
  'TRAINING.COMPLETION': {
    id: 'TRAINING.COMPLETION',
    statement: 'A participant completes a course by attending the required share of its sessions and passing.',
    remedy: 'A participant who did not complete can be nominated to a later course.',
  },
  // Certificates
  'TRAINING.CERTIFICATE_VALIDITY': {
    id: 'TRAINING.CERTIFICATE_VALIDITY',
    statement: 'A certificate is valid from its issue date for the policy’s number of months; its last valid day is the day before the same date that many months later.',
    remedy: 'Renew an expired certificate by passing a new course.',
  },
  'TRAINING.CERTIFICATE_INVALIDATED': {
    id: 'TRAINING.CERTIFICATE_INVALIDATED',
    statement: 'An invalidated certificate stays invalidated: it is neither invalidated again nor corrected.',
    remedy: 'Issue a new certificate through a new course.',
  },
  'TRAINING.ISSUE_DATE': {
    id: 'TRAINING.ISSUE_DATE',
    statement: 'A certificate is issued on or after its course’s last session and not later than today.',
    remedy: 'Enter the date printed on the certificate.',
  },
  // Policy
  'TRAINING.POLICY_RANGE': {
    id: 'TRAINING.POLICY_RANGE',
    statement: 'Policy values stay within their bounds: the renewal window is shorter than the validity.',
    remedy: 'Choose values within the bounds shown.',
  },
});

export type TrainingRuleId = keyof typeof TRAINING_RULES;
