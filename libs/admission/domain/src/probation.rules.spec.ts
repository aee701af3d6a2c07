import { officialStanding, outcomeOf } from './admission.fixtures';
import { defaultHolidayTable, workingDayCalendar } from '@pdv/calendar';
import { afterProbationOutcome, ceremonyDeadlineOutcome, checkStepDates, type DatedStep, newMemberCourseOutcome, partyAgeYearsOn, planRecognitionDecision, probationMentorOutcome, probationOf, recognitionDocumentsOutcome, recognitionVotePrerequisites } from './probation.rules';
import type { MemberStanding } from './introducer.rules';
import { DEFAULT_ADMISSION_POLICY } from './admission.policy';

const CALENDAR = workingDayCalendar(defaultHolidayTable(2025, 2028));

describe('ADMISSION.STEP_DATES', () => {
  const step = (name: DatedStep['step'], date: string): DatedStep => ({ step: name, date });
  it.each<[string, DatedStep[], string]>([
    ['in order', [step('CELL_RESOLUTION', '2026-01-20'), step('DECISION', '2026-03-02'), step('DECISION_RECEIVED', '2026-03-04'), step('CEREMONY', '2026-03-20')], 'OK'],
    ['the same day', [step('DECISION', '2026-03-02'), step('DECISION_RECEIVED', '2026-03-02')], 'OK'],
    ['a decision before the resolution', [step('CELL_RESOLUTION', '2026-01-20'), step('DECISION', '2026-01-19')], 'ADMISSION.STEP_DATES'],
    ['a ceremony after today', [step('DECISION', '2026-03-02'), step('CEREMONY', '2026-07-16')], 'ADMISSION.STEP_DATES'],
  ])('%s → %s', (_case, steps, expected) => {
    expect(outcomeOf(() => checkStepDates(steps, '2026-07-15'))).toBe(expected);
  });
});

describe('ADMISSION.CEREMONY_DEADLINE: 30 working days of receiving the decision', () => {
  it.each<[string, string, { date: string; reference: string | null } | null, string]>([
    // Received Fri 30 Jan 2026: the window runs across Tết (16–20 Feb) to Fri 20 Mar.
    ['on the last day, across Tết', '2026-03-20', null, 'MET'],
    ['the next working day', '2026-03-23', null, 'NOT_MET'],
    ['late, with the superior committee’s consent', '2026-03-23', { date: '2026-03-18', reference: '12-CV/ĐU' }, 'WAIVED_WITH_CONSENT'],
    ['late, consent dated after the ceremony', '2026-03-23', { date: '2026-03-24', reference: null }, 'NOT_MET'],
  ])('%s → %s', (_case, ceremonyDate, superiorConsent, expected) => {
    expect(ceremonyDeadlineOutcome({ decisionReceivedOn: '2026-01-30', ceremonyDate, superiorConsent, calendar: CALENDAR, policy: DEFAULT_ADMISSION_POLICY }).status).toBe(expected);
  });
});

describe('probation and party age', () => {
  it.each([
    ['2026-03-20', '2027-03-20'],
    ['2026-01-31', '2027-01-31'],
    ['2028-02-29', '2029-02-28'], // as the organisation service's officialDateFor
  ])('a ceremony on %s: official from %s', (ceremonyDate, endsOn) => {
    expect(probationOf(ceremonyDate)).toEqual({ startsOn: ceremonyDate, endsOn });
  });

  it('counts party age from the decision, weeks before the ceremony', () => {
    // Decision 2 March 2026, ceremony 20 March: one year of party age on 2 March 2027, not 20 March.
    expect(partyAgeYearsOn('2026-03-02', '2027-03-01')).toBe(0);
    expect(partyAgeYearsOn('2026-03-02', '2027-03-02')).toBe(1);
    expect(partyAgeYearsOn('2026-03-02', '2026-02-01')).toBe(0);
  });
});

describe('PROBATION.MENTOR', () => {
  it.each<[string, MemberStanding | null, string]>([
    ['an official member of the cell', officialStanding(), 'MET'],
    ['a probationary member', officialStanding({ status: 'PROBATIONARY' }), 'NOT_MET'],
    ['of another cell', officialStanding({ cellId: 'cell-2' }), 'NOT_MET'],
    ['on temporary transfer', officialStanding({ temporarilyAway: true }), 'NOT_MET'],
    ['left', officialStanding({ onRoll: false, cellId: null }), 'NOT_MET'],
    ['none assigned', null, 'NOT_YET_KNOWN'],
  ])('%s → %s', (_case, standing, expected) => {
    expect(probationMentorOutcome({ mentor: standing, cellId: 'cell-1', date: '2026-04-01' }).status).toBe(expected);
  });
});

describe('recognition (step 11)', () => {
  it.each<[string, string, string]>([
    ['on the day the 12 months end', '2027-03-20', 'MET'],
    ['the day before', '2027-03-19', 'NOT_MET'],
  ])('RECOGNITION.AFTER_PROBATION %s → %s', (_case, meetingDate, expected) => {
    expect(afterProbationOutcome({ ceremonyDate: '2026-03-20', meetingDate }).status).toBe(expected);
  });

  it.each<[string, { certificateId: string; issuedOn: string; validUntil: string }[], string]>([
    ['issued before the meeting', [{ certificateId: 'n-1', issuedOn: '2026-09-10', validUntil: '2031-09-09' }], 'MET'],
    ['issued on the meeting day', [{ certificateId: 'n-1', issuedOn: '2027-03-25', validUntil: '2032-03-24' }], 'MET'],
    ['issued after the meeting', [{ certificateId: 'n-1', issuedOn: '2027-03-26', validUntil: '2032-03-25' }], 'NOT_MET'],
    ['none', [], 'NOT_MET'],
  ])('RECOGNITION.NEW_MEMBER_COURSE %s → %s', (_case, certificates, expected) => {
    expect(newMemberCourseOutcome({ certificates, meetingDate: '2027-03-25' }).status).toBe(expected);
  });

  it.each<[string, Partial<Parameters<typeof recognitionDocumentsOutcome>[0]>, string]>([
    ['all three', {}, 'MET'],
    ['no mentor’s comments', { mentorCommentsOn: null }, 'NOT_MET'],
    ['a self-review dated after the meeting', { selfReviewOn: '2027-03-26' }, 'NOT_MET'],
  ])('RECOGNITION.DOCUMENTS %s → %s', (_case, values, expected) => {
    expect(recognitionDocumentsOutcome({ selfReviewOn: '2027-03-10', mentorCommentsOn: '2027-03-12', organisationCommentsOn: '2027-03-15', meetingDate: '2027-03-25', ...values }).status).toBe(expected);
  });

  it('makes the member official from the end of the 12 months, however late the decision', () => {
    expect(planRecognitionDecision({ ceremonyDate: '2026-03-20', cellResolutionPassed: true, recognised: true, decidedOn: '2027-06-30' })).toEqual({
      kind: 'RECOGNISED',
      officialFrom: '2027-03-20',
      decidedOn: '2027-06-30',
    });
  });

  it('removes the name when not recognised, and refuses a recognition the cell did not pass', () => {
    expect(planRecognitionDecision({ ceremonyDate: '2026-03-20', cellResolutionPassed: false, recognised: false, decidedOn: '2027-05-04' })).toEqual({
      kind: 'NAME_REMOVED',
      effectiveDate: '2027-05-04',
      decidedOn: '2027-05-04',
    });
    expect(outcomeOf(() => planRecognitionDecision({ ceremonyDate: '2026-03-20', cellResolutionPassed: false, recognised: true, decidedOn: '2027-05-04' }))).toBe('RECOGNITION.NAME_REMOVAL');
  });
});

describe('the recognition vote’s prerequisites on the meeting date', () => {
  const papers = { selfReviewOn: '2027-03-10', mentorCommentsOn: '2027-03-12', organisationCommentsOn: '2027-03-15' };
  const certificate = { certificateId: 'c-1', issuedOn: '2026-10-08', validUntil: '2031-10-07' };
  const statuses = (values: Partial<Parameters<typeof recognitionVotePrerequisites>[0]>) =>
    recognitionVotePrerequisites({ ceremonyDate: '2026-03-20', meetingDate: '2027-03-20', papers, newMemberCertificates: [certificate], officialMembers: 3, ...values }).map(
      (outcome) => `${outcome.rule} ${outcome.status}`,
    );

  it('lists the rules in the order a secretary works through them, all met on the last day of the 12 months', () => {
    expect(statuses({})).toEqual(['RECOGNITION.AFTER_PROBATION MET', 'RECOGNITION.DOCUMENTS MET', 'RECOGNITION.NEW_MEMBER_COURSE MET', 'ADMISSION.CELL_MINIMUM MET']);
  });

  it.each<[string, Partial<Parameters<typeof recognitionVotePrerequisites>[0]>, string]>([
    ['a meeting one day before the 12 months end', { meetingDate: '2027-03-19', papers: { ...papers, organisationCommentsOn: '2027-03-15' } }, 'RECOGNITION.AFTER_PROBATION NOT_MET'],
    ['no new-member course certificate', { newMemberCertificates: [] }, 'RECOGNITION.NEW_MEMBER_COURSE NOT_MET'],
    ['a certificate issued the day after the meeting', { newMemberCertificates: [{ ...certificate, issuedOn: '2027-03-21' }] }, 'RECOGNITION.NEW_MEMBER_COURSE NOT_MET'],
    ['a certificate issued on the meeting day', { newMemberCertificates: [{ ...certificate, issuedOn: '2027-03-20' }] }, 'RECOGNITION.NEW_MEMBER_COURSE MET'],
    ['a cell of two official members', { officialMembers: 2 }, 'ADMISSION.CELL_MINIMUM NOT_MET'],
    ['no self-review', { papers: { ...papers, selfReviewOn: null } }, 'RECOGNITION.DOCUMENTS NOT_MET'],
  ])('%s → %s', (_case, values, expected) => {
    const rule = expected.split(' ')[0];
    expect(statuses(values).find((status) => status.startsWith(`${rule} `))).toBe(expected);
  });
});
