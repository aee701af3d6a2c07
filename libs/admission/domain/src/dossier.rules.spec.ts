import { outcomeOf } from './admission.fixtures';
import { isAppError } from '@pdv/errors';
import { backgroundVerificationOutcome, checkDocumentOrder, type DossierDocumentFact, dossierCompleteOutcome, type VerificationFact } from './dossier.rules';

const TODAY = '2026-07-15';
const paper = (kind: DossierDocumentFact['kind'], date: string): DossierDocumentFact => ({ kind, date });
const UP_TO_INTRODUCTIONS = [paper('APPLICATION_LETTER', '2026-05-04'), paper('PERSONAL_HISTORY', '2026-05-10'), paper('BACKGROUND_VERIFICATION', '2026-06-01'), paper('INTRODUCTIONS', '2026-06-10')];
const COMPLETE = [...UP_TO_INTRODUCTIONS, paper('MASS_ORGANISATION_COMMENTS', '2026-06-20'), paper('RESIDENCE_CELL_COMMENTS', '2026-06-18')];

describe('ADMISSION.DOSSIER_ORDER', () => {
  it.each<[string, DossierDocumentFact[], DossierDocumentFact, string]>([
    ['the application letter first', [], paper('APPLICATION_LETTER', '2026-05-04'), 'OK'],
    ['the personal history before the letter', [], paper('PERSONAL_HISTORY', '2026-05-10'), 'ADMISSION.DOSSIER_ORDER'],
    ['the introductions with every paper before them', UP_TO_INTRODUCTIONS.slice(0, 3), paper('INTRODUCTIONS', '2026-06-10'), 'OK'],
    ['the introductions without the verification', UP_TO_INTRODUCTIONS.slice(0, 2), paper('INTRODUCTIONS', '2026-06-10'), 'ADMISSION.DOSSIER_ORDER'],
    ['the same day as the paper before', UP_TO_INTRODUCTIONS.slice(0, 3), paper('INTRODUCTIONS', '2026-06-01'), 'OK'],
    ['dated before the paper before', UP_TO_INTRODUCTIONS.slice(0, 3), paper('INTRODUCTIONS', '2026-05-31'), 'ADMISSION.DOSSIER_ORDER'],
    ['the residence-area cell’s comments before the mass organisations’', UP_TO_INTRODUCTIONS, paper('RESIDENCE_CELL_COMMENTS', '2026-06-18'), 'OK'],
    ['dated tomorrow', [], paper('APPLICATION_LETTER', '2026-07-16'), 'ADMISSION.DOSSIER_ORDER'],
  ])('%s → %s', (_case, recorded, next, expected) => {
    expect(outcomeOf(() => checkDocumentOrder({ recorded, next, today: TODAY }))).toBe(expected);
  });

  it('names what is missing, in both languages', () => {
    try {
      checkDocumentOrder({ recorded: [], next: paper('PERSONAL_HISTORY', '2026-05-10'), today: TODAY });
      throw new Error('expected a refusal');
    } catch (error) {
      expect(isAppError(error) && error.message).toContain('Still missing before PERSONAL_HISTORY: APPLICATION_LETTER.');
      expect(isAppError(error) && error.details?.messageVi).toContain('Còn thiếu trước PERSONAL_HISTORY: APPLICATION_LETTER.');
    }
  });
});

describe('ADMISSION.DOSSIER_COMPLETE on the meeting date', () => {
  it.each<[string, DossierDocumentFact[], string, string]>([
    ['every paper', COMPLETE, TODAY, 'MET'],
    ['no residence-area comments', COMPLETE.slice(0, 5), TODAY, 'NOT_MET'],
    ['a paper dated after the meeting', COMPLETE, '2026-06-19', 'NOT_MET'],
    ['nothing yet', [], TODAY, 'NOT_MET'],
  ])('%s → %s', (_case, recorded, meetingDate, expected) => {
    expect(dossierCompleteOutcome({ recorded, meetingDate }).status).toBe(expected);
  });
});

describe('ADMISSION.BACKGROUND_VERIFICATION', () => {
  const subject = (values: Partial<VerificationFact>): VerificationFact => ({ verificationId: 'v', subject: 'APPLICANT', exemptAsFullyDeclaredMember: false, result: 'SATISFACTORY', ...values });
  it.each<[string, VerificationFact[] | null, string]>([
    ['the applicant and the parents, satisfactory', [subject({}), subject({ subject: 'FATHER' }), subject({ subject: 'MOTHER' })], 'MET'],
    ['a parent who is a fully declared member, not verified', [subject({}), subject({ subject: 'FATHER', exemptAsFullyDeclaredMember: true, result: null })], 'MET'],
    ['the spouse still open', [subject({}), subject({ subject: 'SPOUSE', result: null })], 'NOT_YET_KNOWN'],
    ['an adult child unsatisfactory', [subject({}), subject({ subject: 'ADULT_CHILD', result: 'UNSATISFACTORY' })], 'NOT_MET'],
    ['the applicant cannot be exempt', [subject({ exemptAsFullyDeclaredMember: true, result: null })], 'NOT_YET_KNOWN'],
    ['no applicant verification', [subject({ subject: 'MOTHER' })], 'NOT_YET_KNOWN'],
    ['no personal history yet', null, 'NOT_YET_KNOWN'],
  ])('%s → %s', (_case, verifications, expected) => {
    expect(backgroundVerificationOutcome({ verifications }).status).toBe(expected);
  });

  it('names the kind of relative, never a result or a person', () => {
    const outcome = backgroundVerificationOutcome({ verifications: [subject({}), subject({ verificationId: 'v-2', subject: 'SPOUSE', result: null })] });
    expect(outcome.finding.en).toBe('Verification still open for: SPOUSE.');
    expect(outcome.facts).toEqual({ subjects: 2, exempt: 0, open: 1, unsatisfactory: 0 });
  });
});
