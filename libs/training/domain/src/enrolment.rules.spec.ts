import { certificateValidUntil } from './certificate.rules';
import { checkAttendance, checkNomination, completes, decideEnrolment, type EnrolmentDecision, type NominationFacts, type OtherEnrolment, planResult, type ResultFacts } from './enrolment.rules';
import type { AttendanceMark, CourseResult, CourseStatus, EnrolmentStatus } from './training.enums';
import { DEFAULT_TRAINING_POLICY } from './training.policy';
import { course, other, outcomeOf, session } from './training.fixtures';

const inPool: NominationFacts['nominee'] = { kind: 'CANDIDATE', stage: 'IN_SOURCE_POOL' };
const probationary: NominationFacts['nominee'] = { kind: 'MEMBER', status: 'PROBATIONARY', active: true };
const certificate = (issuedOn: string) => ({ status: 'VALID' as const, issuedOn, validUntil: certificateValidUntil(issuedOn, 60) });

describe('nomination', () => {
  const facts = (overrides: Partial<NominationFacts> = {}): NominationFacts => ({
    course: course(),
    nominee: inPool,
    others: [],
    certificates: [],
    policy: DEFAULT_TRAINING_POLICY,
    ...overrides,
  });

  it.each<[string, Partial<NominationFacts>, string]>([
    ['a pool candidate to an open awareness course', {}, 'OK'],
    ['a candidate in admission (renewing before the vote)', { nominee: { kind: 'CANDIDATE', stage: 'IN_ADMISSION' } }, 'OK'],
    ['a planned course', { course: course({ status: 'PLANNED' }) }, 'TRAINING.COURSE_NOT_OPEN'],
    ['a running course', { course: course({ status: 'RUNNING' }) }, 'TRAINING.COURSE_NOT_OPEN'],
    ['a referred candidate not yet accepted', { nominee: { kind: 'CANDIDATE', stage: 'REFERRED' } }, 'TRAINING.NOMINEE_STAGE'],
    ['a withdrawn candidate', { nominee: { kind: 'CANDIDATE', stage: 'WITHDRAWN' } }, 'TRAINING.NOMINEE_STAGE'],
    ['an admitted candidate', { nominee: { kind: 'CANDIDATE', stage: 'ADMITTED' } }, 'TRAINING.NOMINEE_STAGE'],
    ['a member to an awareness course', { nominee: probationary }, 'TRAINING.NOMINEE_KIND'],
    ['a candidate to a new-member course', { course: course({ kind: 'NEW_MEMBER' }) }, 'TRAINING.NOMINEE_KIND'],
    ['a probationary member to a new-member course', { course: course({ kind: 'NEW_MEMBER' }), nominee: probationary }, 'OK'],
    ['an official member to a new-member course', { course: course({ kind: 'NEW_MEMBER' }), nominee: { kind: 'MEMBER', status: 'OFFICIAL', active: true } }, 'TRAINING.NOMINEE_PROBATIONARY'],
    ['an inactive probationary member', { course: course({ kind: 'NEW_MEMBER' }), nominee: { ...probationary, active: false } as never }, 'TRAINING.NOMINEE_PROBATIONARY'],
    ['someone already nominated to this course', { others: [other('NOMINATED', { id: 'course-1' })] }, 'TRAINING.ALREADY_ENROLLED'],
    ['someone approved in another awareness course on other days', { others: [other('APPROVED')] }, 'OK'],
    ['someone nominated to another awareness course at the same time', { others: [other('NOMINATED', { sessions: [session('2026-09-11', '10:00', '12:00')] })] }, 'TRAINING.OVERLAP'],
    ['someone refused in an awareness course at the same time', { others: [other('REFUSED', { sessions: [session('2026-09-11')] })] }, 'OK'],
    ['someone refused in another awareness course', { others: [other('REFUSED')] }, 'OK'],
    ['someone whose other course was cancelled', { others: [other('NOMINATED', { status: 'CANCELLED' })] }, 'OK'],
    ['someone who finished another awareness course', { others: [other('FINISHED', { status: 'FINISHED' })] }, 'OK'],
    ['someone in a new-member course at the same time', { others: [other('APPROVED', { kind: 'NEW_MEMBER', sessions: [session('2026-09-10', '09:00', '10:00')] })] }, 'TRAINING.OVERLAP'],
    ['someone in a new-member course on other days', { others: [other('APPROVED', { kind: 'NEW_MEMBER', sessions: [session('2026-09-12')] })] }, 'OK'],
    ['a holder of a certificate valid for years', { certificates: [certificate('2024-01-15')] }, 'TRAINING.VALID_CERTIFICATE_HELD'],
    ['a holder renewing on the first day of the window (valid up to 2027-03-09)', { certificates: [certificate('2022-03-10')] }, 'OK'],
    ['a holder one day before the window (valid up to 2027-03-10)', { certificates: [certificate('2022-03-11')] }, 'TRAINING.VALID_CERTIFICATE_HELD'],
    ['a holder whose certificate ends the day before the course', { certificates: [certificate('2021-09-10')] }, 'OK'],
    ['a holder of an expired certificate', { certificates: [certificate('2021-03-10')] }, 'OK'],
    ['a holder of an invalidated certificate', { certificates: [{ ...certificate('2025-01-15'), status: 'INVALIDATED' }] }, 'OK'],
  ])('%s → %s', (_case, overrides, expected) => {
    expect(outcomeOf(() => checkNomination(facts(overrides)))).toBe(expected);
  });
});

describe('approval, refusal and withdrawal', () => {
  const approve: EnrolmentDecision = { kind: 'APPROVE' };
  const refuse: EnrolmentDecision = { kind: 'REFUSE', reason: 'Chưa đủ điều kiện' };
  const withdraw: EnrolmentDecision = { kind: 'WITHDRAW', reason: 'Bận công tác' };
  const facts = { course: course({ capacity: 2 }), approvedCount: 1, others: [] as OtherEnrolment[], today: '2026-09-01' };

  it.each<[string, EnrolmentStatus, EnrolmentDecision, Partial<typeof facts>, string]>([
    ['approving the second of two places', 'NOMINATED', approve, {}, 'APPROVED'],
    ['approving beyond capacity', 'NOMINATED', approve, { approvedCount: 2 }, 'TRAINING.CAPACITY'],
    ['refusing when the course is full', 'NOMINATED', refuse, { approvedCount: 2 }, 'REFUSED'],
    ['approving twice', 'APPROVED', approve, {}, 'TRAINING.ENROLMENT_TRANSITION'],
    ['refusing a withdrawn nomination', 'WITHDRAWN', refuse, {}, 'TRAINING.ENROLMENT_TRANSITION'],
    ['approving in a running course', 'NOMINATED', approve, { course: course({ status: 'RUNNING' }) }, 'TRAINING.COURSE_NOT_OPEN'],
    ['approving over an overlapping place', 'NOMINATED', approve, { others: [other('APPROVED', { kind: 'NEW_MEMBER', sessions: [session('2026-09-11')] })] }, 'TRAINING.OVERLAP'],
    ['withdrawing a place before the start', 'APPROVED', withdraw, {}, 'WITHDRAWN'],
    ['withdrawing a nomination the day before', 'NOMINATED', withdraw, { today: '2026-09-09' }, 'WITHDRAWN'],
    ['withdrawing on the first day', 'APPROVED', withdraw, { today: '2026-09-10' }, 'TRAINING.WITHDRAWAL_BEFORE_START'],
    ['withdrawing from a running course', 'APPROVED', withdraw, { course: course({ status: 'RUNNING' }) }, 'TRAINING.WITHDRAWAL_BEFORE_START'],
    ['withdrawing a refused nomination', 'REFUSED', withdraw, {}, 'TRAINING.ENROLMENT_TRANSITION'],
  ])('%s → %s', (_case, status, decision, overrides, expected) => {
    let to = '';
    const outcome = outcomeOf(() => {
      to = decideEnrolment(status, decision, { ...facts, ...overrides });
    });
    expect(outcome === 'OK' ? to : outcome).toBe(expected);
  });
});

describe('attendance', () => {
  const facts = { enrolmentStatus: 'APPROVED' as EnrolmentStatus, courseStatus: 'RUNNING' as CourseStatus, sessionDate: '2026-09-10', today: '2026-09-10' };
  it.each<[string, Partial<typeof facts>, string]>([
    ['an approved participant, a session held today', {}, 'OK'],
    ['a session not yet held', { sessionDate: '2026-09-11' }, 'TRAINING.ATTENDANCE_WHILE_RUNNING'],
    ['a course not started', { courseStatus: 'OPEN' }, 'TRAINING.ATTENDANCE_WHILE_RUNNING'],
    ['a withdrawn participant', { enrolmentStatus: 'WITHDRAWN' }, 'TRAINING.ATTENDANCE_WHILE_RUNNING'],
  ])('%s → %s', (_case, overrides, expected) => {
    expect(outcomeOf(() => checkAttendance({ ...facts, ...overrides }))).toBe(expected);
  });
});

describe('completion: present at ≥ 80% of sessions and passed', () => {
  const marks = (present: number, other: number, kind: AttendanceMark = 'ABSENT'): AttendanceMark[] => [
    ...Array<AttendanceMark>(present).fill('PRESENT'),
    ...Array<AttendanceMark>(other).fill(kind),
  ];
  it.each<[string, AttendanceMark[], CourseResult, boolean]>([
    ['4 of 5 present (exactly 80%), passed', marks(4, 1), 'PASSED', true],
    ['5 of 5 present, passed', marks(5, 0), 'PASSED', true],
    ['3 of 4 present (75%), passed', marks(3, 1), 'PASSED', false],
    ['7 of 9 present (77.8%), passed', marks(7, 2), 'PASSED', false],
    ['8 of 10 present, one excused (excused is not present)', marks(7, 3, 'EXCUSED'), 'PASSED', false],
    ['5 of 5 present, failed', marks(5, 0), 'FAILED', false],
    ['absent from the test', marks(5, 0), 'ABSENT', false],
  ])('%s → %s', (_case, list, result, expected) => {
    expect(completes(list, list.length, result, DEFAULT_TRAINING_POLICY)).toBe(expected);
  });

  it('follows the policy: 75% and no pass needed', () => {
    expect(completes(marks(3, 1), 4, 'FAILED', { completionAttendancePercent: 75, completionRequiresPass: false })).toBe(true);
  });
});

describe('recording a result', () => {
  const facts = (overrides: Partial<ResultFacts> = {}): ResultFacts => ({
    enrolmentStatus: 'APPROVED',
    courseStatus: 'RUNNING',
    lastSessionOn: '2026-09-11',
    today: '2026-09-11',
    sessionCount: 5,
    marks: ['PRESENT', 'PRESENT', 'PRESENT', 'PRESENT', 'ABSENT'],
    policy: DEFAULT_TRAINING_POLICY,
    ...overrides,
  });

  it.each<[string, CourseResult, number | null, Partial<ResultFacts>, string]>([
    ['passed with 8.5', 'PASSED', 8.5, {}, 'completed'],
    ['failed with 4', 'FAILED', 4, {}, 'not completed'],
    ['absent without a score', 'ABSENT', null, {}, 'not completed'],
    ['passed in a finished course', 'PASSED', 10, { courseStatus: 'FINISHED' }, 'completed'],
    ['passed, present at 3 of 5', 'PASSED', 9, { marks: ['PRESENT', 'PRESENT', 'PRESENT', 'EXCUSED', 'ABSENT'] }, 'not completed'],
    ['before the last session', 'PASSED', 8, { today: '2026-09-10' }, 'TRAINING.RESULT_TIMING'],
    ['with a session unrecorded', 'PASSED', 8, { marks: ['PRESENT', 'PRESENT', 'PRESENT', 'PRESENT'] }, 'TRAINING.RESULT_TIMING'],
    ['a second time', 'PASSED', 8, { enrolmentStatus: 'FINISHED' }, 'TRAINING.RESULT_TIMING'],
    ['in an open course', 'PASSED', 8, { courseStatus: 'OPEN' }, 'TRAINING.RESULT_TIMING'],
    ['a score over 10', 'PASSED', 10.5, {}, 'TRAINING.SCORE_RANGE'],
    ['a negative score', 'FAILED', -1, {}, 'TRAINING.SCORE_RANGE'],
    ['a score of three decimals', 'PASSED', 8.125, {}, 'TRAINING.SCORE_RANGE'],
    ['a pass without a score', 'PASSED', null, {}, 'TRAINING.SCORE_RANGE'],
    ['absent with a score', 'ABSENT', 0, {}, 'TRAINING.SCORE_RANGE'],
  ])('%s → %s', (_case, result, score, overrides, expected) => {
    let completed = false;
    const outcome = outcomeOf(() => {
      completed = planResult(result, score, facts(overrides)).completed;
    });
    expect(outcome === 'OK' ? (completed ? 'completed' : 'not completed') : outcome).toBe(expected);
  });
});
