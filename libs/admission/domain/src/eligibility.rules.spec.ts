import { ageOutcome, certificateOutcome, educationOutcome, readmissionOutcome } from './eligibility.rules';
import { DEFAULT_ADMISSION_POLICY } from './admission.policy';

const MEETING = '2026-07-15';

describe('ADMISSION.AGE on the meeting date', () => {
  it.each<[string, string | null, { date: string; reference: string | null } | null, string]>([
    ['18 years on the meeting day exactly', '2008-07-15', null, 'MET'],
    ['one day short of 18', '2008-07-16', null, 'NOT_MET'],
    ['born 29 February, 18 only from 1 March', '2008-02-29', null, 'MET'],
    ['60 years exactly', '1966-07-15', null, 'MET'],
    ['60 years and one month less a day: still 720 months', '1966-06-16', null, 'MET'],
    ['60 years and one month', '1966-06-15', null, 'NOT_MET'],
    ['60 years and one month, consent before the meeting', '1966-06-15', { date: '2026-06-30', reference: '123-CV/TU' }, 'WAIVED_WITH_CONSENT'],
    ['60 years and one month, consent on the meeting day', '1966-06-15', { date: MEETING, reference: null }, 'WAIVED_WITH_CONSENT'],
    ['60 years and one month, consent dated after the meeting', '1966-06-15', { date: '2026-07-16', reference: null }, 'NOT_MET'],
    ['no date of birth recorded', null, null, 'NOT_YET_KNOWN'],
  ])('%s → %s', (_case, dateOfBirth, provincialConsent, expected) => {
    expect(ageOutcome({ dateOfBirth, meetingDate: MEETING, provincialConsent }).status).toBe(expected);
  });

  it('says the age, never the date of birth', () => {
    const outcome = ageOutcome({ dateOfBirth: '2008-07-16', meetingDate: MEETING, provincialConsent: null });
    expect(outcome.facts).toEqual({ meetingDate: MEETING, ageYears: 17, ageMonths: 215 });
    expect(JSON.stringify(outcome)).not.toContain('2008');
    expect(outcome.finding.vi).toBe('Vào ngày 2026-07-15, người vào Đảng mới 17 tuổi.');
    expect(outcome.nextStep?.en).toMatch(/18 full years/);
  });
});

describe('ADMISSION.EDUCATION', () => {
  const withException = { ...DEFAULT_ADMISSION_POLICY, educationExceptions: [{ code: 'REMOTE_AREA', minimumLevel: 'PRIMARY' as const, basis: 'board decision' }] };
  it.each<[string, Parameters<typeof educationOutcome>[0], string]>([
    ['lower secondary, the default minimum', { educationLevel: 'LOWER_SECONDARY', exceptionCode: null, policy: DEFAULT_ADMISSION_POLICY }, 'MET'],
    ['university', { educationLevel: 'UNIVERSITY', exceptionCode: null, policy: DEFAULT_ADMISSION_POLICY }, 'MET'],
    ['primary, no exception', { educationLevel: 'PRIMARY', exceptionCode: null, policy: DEFAULT_ADMISSION_POLICY }, 'NOT_MET'],
    ['primary, an exception the default policy does not have', { educationLevel: 'PRIMARY', exceptionCode: 'REMOTE_AREA', policy: DEFAULT_ADMISSION_POLICY }, 'NOT_MET'],
    ['primary, under the board’s exception', { educationLevel: 'PRIMARY', exceptionCode: 'REMOTE_AREA', policy: withException }, 'MET'],
    ['lower secondary, a minimum the board raised', { educationLevel: 'LOWER_SECONDARY', exceptionCode: null, policy: { ...DEFAULT_ADMISSION_POLICY, minimumEducationLevel: 'UPPER_SECONDARY' } }, 'NOT_MET'],
    ['not recorded', { educationLevel: null, exceptionCode: null, policy: DEFAULT_ADMISSION_POLICY }, 'NOT_YET_KNOWN'],
  ])('%s', (_case, args, expected) => {
    expect(educationOutcome(args).status).toBe(expected);
  });
});

describe('ADMISSION.CERTIFICATE_VALID on the meeting date', () => {
  const certificate = (issuedOn: string, validUntil: string, certificateId = 'c-1') => ({ certificateId, issuedOn, validUntil });
  it.each<[string, ReturnType<typeof certificate>[], string, string]>([
    ['on its last valid day', [certificate('2021-07-16', '2026-07-15')], MEETING, 'MET'],
    ['the day after its last valid day', [certificate('2021-07-16', '2026-07-15')], '2026-07-16', 'NOT_MET'],
    ['issued on the meeting day', [certificate(MEETING, '2031-07-14')], MEETING, 'MET'],
    ['issued the day after the meeting', [certificate('2026-07-16', '2031-07-15')], MEETING, 'NOT_MET'],
    ['an expired one and a renewed one', [certificate('2020-01-10', '2025-01-09', 'old'), certificate('2026-03-01', '2031-02-28', 'new')], MEETING, 'MET'],
    ['none', [], MEETING, 'NOT_MET'],
  ])('%s → %s', (_case, certificates, meetingDate, expected) => {
    expect(certificateOutcome({ certificates, meetingDate }).status).toBe(expected);
  });

  it('uses the renewed certificate and says to retake the course when only an expired one is held', () => {
    expect(certificateOutcome({ certificates: [certificate('2020-01-10', '2025-01-09', 'old'), certificate('2026-03-01', '2031-02-28', 'new')], meetingDate: MEETING }).facts.certificateId).toBe('new');
    const expired = certificateOutcome({ certificates: [certificate('2020-01-10', '2025-01-09')], meetingDate: MEETING });
    expect(expired.nextStep?.en).toBe('Send the candidate to an awareness course again.');
    expect(expired.facts.validUntil).toBe('2025-01-09');
  });
});

describe('ADMISSION.READMISSION', () => {
  const consent = { date: '2026-07-01', reference: '45-CV/TU' };
  it.each<[string, Parameters<typeof readmissionOutcome>[0], string]>([
    ['never a member', { formerMembership: { wasMember: false }, provincialConsent: null, meetingDate: MEETING }, 'MET'],
    ['history not recorded', { formerMembership: null, provincialConsent: null, meetingDate: MEETING }, 'NOT_YET_KNOWN'],
    ['36 months out exactly, with consent', { formerMembership: { wasMember: true, leftOn: '2023-07-15', timesReadmitted: 0 }, provincialConsent: consent, meetingDate: MEETING }, 'WAIVED_WITH_CONSENT'],
    ['one day short of 36 months', { formerMembership: { wasMember: true, leftOn: '2023-07-16', timesReadmitted: 0 }, provincialConsent: consent, meetingDate: MEETING }, 'NOT_MET'],
    ['36 months out, no consent', { formerMembership: { wasMember: true, leftOn: '2023-07-15', timesReadmitted: 0 }, provincialConsent: null, meetingDate: MEETING }, 'NOT_MET'],
    ['36 months out, consent dated after the meeting', { formerMembership: { wasMember: true, leftOn: '2023-07-15', timesReadmitted: 0 }, provincialConsent: { date: '2026-07-20', reference: null }, meetingDate: MEETING }, 'NOT_MET'],
    ['re-admitted once already', { formerMembership: { wasMember: true, leftOn: '2015-01-01', timesReadmitted: 1 }, provincialConsent: consent, meetingDate: MEETING }, 'NOT_MET'],
  ])('%s', (_case, args, expected) => {
    expect(readmissionOutcome(args).status).toBe(expected);
  });

  it('names the first day the 36 months are complete, at a month end', () => {
    const outcome = readmissionOutcome({ formerMembership: { wasMember: true, leftOn: '2024-02-29', timesReadmitted: 0 }, provincialConsent: null, meetingDate: '2027-02-28' });
    expect(outcome.facts).toMatchObject({ monthsOut: 35, eligibleFrom: '2027-03-01' });
  });
});
