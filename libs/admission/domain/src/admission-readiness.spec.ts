import { isAppError } from '@pdv/errors';
import { type AdmissionFacts, admissionReadiness, readyForVote, recognitionReadiness, votePrerequisites } from './admission-readiness';
import { ADMISSION_RULES } from './admission.rules';
import { DEFAULT_ADMISSION_POLICY } from './admission.policy';
import { refusal, requireAllowed, RULE_STATUSES } from './rule-outcome';
import { countCellVote } from './vote.rules';

const MEETING = '2026-07-15';
const official = (memberId: string) => ({ memberId, status: 'OFFICIAL' as const, onRoll: true, cellId: 'cell-1', temporarilyAway: false });

/** A dossier ready for the vote on 15 July 2026. */
const READY: AdmissionFacts = {
  awarenessCertificates: [{ certificateId: 'c-1', issuedOn: '2026-03-01', validUntil: '2031-02-28' }],
  documents: [
    { kind: 'APPLICATION_LETTER', date: '2026-05-04' },
    { kind: 'PERSONAL_HISTORY', date: '2026-05-10' },
    { kind: 'BACKGROUND_VERIFICATION', date: '2026-06-01' },
    { kind: 'INTRODUCTIONS', date: '2026-06-10' },
    { kind: 'MASS_ORGANISATION_COMMENTS', date: '2026-06-20' },
    { kind: 'RESIDENCE_CELL_COMMENTS', date: '2026-06-22' },
  ],
  verifications: [{ verificationId: 'v-1', subject: 'APPLICANT', exemptAsFullyDeclaredMember: false, result: 'SATISFACTORY' }],
  introductions: [
    { kind: 'MEMBER', introductionId: 'i-1', memberId: 'm-1', standing: official('m-1'), togetherFrom: '2023-09-01', togetherUntil: null, replacementNamedByCell: false },
    { kind: 'MEMBER', introductionId: 'i-2', memberId: 'm-2', standing: official('m-2'), togetherFrom: '2025-07-15', togetherUntil: null, replacementNamedByCell: false },
  ],
  dateOfBirth: '2001-04-02',
  educationLevel: 'UNIVERSITY',
  educationExceptionCode: null,
  formerMembership: { wasMember: false },
  provincialConsent: null,
  cellOfficialMembers: 9,
  vote: null,
};

describe('admissionReadiness', () => {
  it('lists every rule of steps 3–7 in the Charter’s order, the vote last and not yet known', () => {
    const outcomes = admissionReadiness(READY, MEETING, DEFAULT_ADMISSION_POLICY);
    expect(outcomes.map((outcome) => `${outcome.rule} ${outcome.status}`)).toEqual([
      'ADMISSION.CERTIFICATE_VALID MET',
      'ADMISSION.DOSSIER_COMPLETE MET',
      'ADMISSION.BACKGROUND_VERIFICATION MET',
      'ADMISSION.INTRODUCERS MET',
      'ADMISSION.INTRODUCER_STANDING MET',
      'ADMISSION.INTRODUCER_ACQUAINTANCE MET',
      'ADMISSION.INTRODUCER_STANDING MET',
      'ADMISSION.INTRODUCER_ACQUAINTANCE MET',
      'ADMISSION.AGE MET',
      'ADMISSION.EDUCATION MET',
      'ADMISSION.READMISSION MET',
      'ADMISSION.CELL_MINIMUM MET',
      'ADMISSION.VOTE_TWO_THIRDS NOT_YET_KNOWN',
    ]);
    expect(readyForVote(outcomes)).toBe(true);
  });

  it('a day earlier the second introducer has known the candidate only 11 months', () => {
    const outcomes = admissionReadiness(READY, '2026-07-14', DEFAULT_ADMISSION_POLICY);
    expect(outcomes.filter((outcome) => outcome.status !== 'MET').map((outcome) => outcome.rule)).toEqual(['ADMISSION.INTRODUCER_ACQUAINTANCE', 'ADMISSION.VOTE_TWO_THIRDS']);
    expect(readyForVote(outcomes)).toBe(false);
  });

  it('shows the count once the vote is recorded', () => {
    const roll = Array.from({ length: 9 }, (_, i) => ({ memberId: `m-${i + 1}`, temporarilyAway: false, attended: i < 7 }));
    const vote = countCellVote({ meetingDate: MEETING, roll, overrides: [], inFavour: 6 });
    expect(admissionReadiness({ ...READY, vote }, MEETING, DEFAULT_ADMISSION_POLICY).at(-1)).toMatchObject({ rule: 'ADMISSION.VOTE_TWO_THIRDS', status: 'MET', facts: { base: 9, inFavour: 6 } });
  });

  it('the refusal of a write is the readiness answer, word for word', () => {
    const facts = { ...READY, awarenessCertificates: [{ certificateId: 'c-0', issuedOn: '2021-01-05', validUntil: '2026-01-04' }] };
    const [first] = votePrerequisites(facts, MEETING, DEFAULT_ADMISSION_POLICY);
    expect(first.status).toBe('NOT_MET');
    try {
      requireAllowed(votePrerequisites(facts, MEETING, DEFAULT_ADMISSION_POLICY));
      throw new Error('expected a refusal');
    } catch (error) {
      if (!isAppError(error)) throw error;
      expect(error).toMatchObject({ code: 'RULE_VIOLATION', rule: 'ADMISSION.CERTIFICATE_VALID' });
      expect(error.message).toBe(
        `${ADMISSION_RULES['ADMISSION.CERTIFICATE_VALID'].statement} ${first.finding.en} ${first.nextStep?.en} ${ADMISSION_RULES['ADMISSION.CERTIFICATE_VALID'].remedy}`,
      );
      expect(error.details).toMatchObject({ ...first.facts, messageVi: `${ADMISSION_RULES['ADMISSION.CERTIFICATE_VALID'].vi.statement} ${first.finding.vi} ${first.nextStep?.vi}` });
    }
  });

  it('lets a consent through: an applicant over 60 with the provincial consent', () => {
    const outcomes = admissionReadiness({ ...READY, dateOfBirth: '1965-01-10', provincialConsent: { date: '2026-07-01', reference: '88-CV/TU' } }, MEETING, DEFAULT_ADMISSION_POLICY);
    expect(outcomes.find((outcome) => outcome.rule === 'ADMISSION.AGE')?.status).toBe('WAIVED_WITH_CONSENT');
    expect(readyForVote(outcomes)).toBe(true);
  });

  it('a fresh dossier says what to record next for each rule', () => {
    const fresh: AdmissionFacts = { ...READY, documents: [], verifications: null, introductions: [], dateOfBirth: null, educationLevel: null, formerMembership: null, awarenessCertificates: [] };
    const outcomes = admissionReadiness(fresh, MEETING, DEFAULT_ADMISSION_POLICY);
    for (const outcome of outcomes.filter((item) => item.status !== 'MET')) {
      expect(outcome.nextStep?.en).toBeTruthy();
      expect(outcome.nextStep?.vi).toBeTruthy();
      expect(RULE_STATUSES).toContain(outcome.status);
      expect(refusal(outcome).rule).toBe(outcome.rule);
    }
    expect(outcomes.filter((outcome) => outcome.status === 'MET').map((outcome) => outcome.rule)).toEqual(['ADMISSION.CELL_MINIMUM']);
  });
});

describe('recognitionReadiness', () => {
  const facts = {
    ceremonyDate: '2026-03-20',
    newMemberCertificates: [{ certificateId: 'n-1', issuedOn: '2026-09-10', validUntil: '2031-09-09' }],
    selfReviewOn: '2027-03-10',
    mentorCommentsOn: '2027-03-12',
    organisationCommentsOn: '2027-03-15',
    cellOfficialMembers: 9,
    vote: null,
  };
  it.each<[string, string, Partial<typeof facts>, string[]]>([
    ['ready on the day the 12 months end', '2027-03-20', {}, []],
    ['the day before the end', '2027-03-19', {}, ['RECOGNITION.AFTER_PROBATION']],
    ['without the new-member course', '2027-03-25', { newMemberCertificates: [] }, ['RECOGNITION.NEW_MEMBER_COURSE']],
  ])('%s', (_case, meetingDate, values, blocking) => {
    const outcomes = recognitionReadiness({ ...facts, ...values }, meetingDate);
    expect(outcomes.filter((outcome) => outcome.status !== 'MET' && outcome.rule !== 'RECOGNITION.VOTE_TWO_THIRDS').map((outcome) => outcome.rule)).toEqual(blocking);
    expect(readyForVote(outcomes)).toBe(blocking.length === 0);
    expect(outcomes.at(-1)).toMatchObject({ rule: 'RECOGNITION.VOTE_TWO_THIRDS', status: 'NOT_YET_KNOWN' });
  });
});

describe('the rule catalogue', () => {
  it.each(Object.values(ADMISSION_RULES).map((rule) => [rule.id, rule] as const))('%s reads in both languages', (_id, rule) => {
    expect(rule.statement.length).toBeGreaterThan(20);
    expect(rule.remedy.length).toBeGreaterThan(10);
    expect(rule.vi.statement).toMatch(/[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/);
    expect(rule.vi.remedy.length).toBeGreaterThan(10);
  });
});
