import { isAppError } from '@pdv/errors';
import { parseRecordBackgroundVerification, parseRecordDossierDocument, parseRecordIntroduction, parseRecordPersonalHistory } from './dossier.parse';
import type { RecordIntroductionInput, RecordPersonalHistoryInput } from './dossier.input';

const input = { dossierId: '00000000-0000-4000-8000-000000000001', kind: 'APPLICATION_LETTER' as const, date: '2026-07-01' };

describe('parseRecordDossierDocument', () => {
  it.each<[string, string | null | undefined, string | null | 'BAD_USER_INPUT']>([
    ['no file reference', undefined, null],
    ['a blank one', '   ', null],
    ['a reference, trimmed', '  HS/2026/014.pdf ', 'HS/2026/014.pdf'],
    ['200 characters', 'x'.repeat(200), 'x'.repeat(200)],
    ['201 characters', 'x'.repeat(201), 'BAD_USER_INPUT'],
  ])('%s', (_case, fileReference, expected) => {
    try {
      expect(parseRecordDossierDocument({ ...input, fileReference }).fileReference).toBe(expected);
    } catch (error) {
      expect(isAppError(error) && error.problems?.map((problem) => problem.field)).toEqual(['input.fileReference']);
      expect(expected).toBe('BAD_USER_INPUT');
    }
  });
});

describe('parseRecordIntroduction', () => {
  const member = '00000000-0000-4000-8000-000000000002';
  const problems = (values: Partial<RecordIntroductionInput>): string[] => {
    try {
      parseRecordIntroduction({ dossierId: input.dossierId, kind: 'MEMBER', ...values });
      return [];
    } catch (error) {
      if (!isAppError(error)) throw error;
      return (error.problems ?? []).map((problem) => problem.field);
    }
  };
  it.each<[string, Partial<RecordIntroductionInput>, string[]]>([
    ['a member with the period together', { memberId: member, togetherFrom: '2024-01-01' }, []],
    ['a replacement named by the cell, no period', { memberId: member, replacementNamedByCell: true }, []],
    ['a member without the period', { memberId: member }, ['input.togetherFrom']],
    ['no member', { togetherFrom: '2024-01-01' }, ['input.memberId']],
    ['a period ending before it starts', { memberId: member, togetherFrom: '2024-01-01', togetherUntil: '2023-12-31' }, ['input.togetherUntil']],
    ['a member with a resolution date', { memberId: member, togetherFrom: '2024-01-01', resolutionDate: '2026-07-01' }, ['input.resolutionDate']],
    ['a resolution', { kind: 'YOUTH_UNION_RESOLUTION', resolutionDate: '2026-07-01' }, []],
    ['a resolution without its date', { kind: 'TRADE_UNION_RESOLUTION' }, ['input.resolutionDate']],
    ['a resolution naming a member', { kind: 'TRADE_UNION_RESOLUTION', resolutionDate: '2026-07-01', memberId: member }, ['input.memberId']],
  ])('%s', (_case, values, fields) => {
    expect(problems(values)).toEqual(fields);
  });
});

describe('parseRecordPersonalHistory', () => {
  const history: RecordPersonalHistoryInput = { dossierId: input.dossierId, dateOfBirth: '1990-04-02', educationLevel: 'UNIVERSITY', formerMember: false };
  const problems = (values: Partial<RecordPersonalHistoryInput>): string[] => {
    try {
      parseRecordPersonalHistory({ ...history, ...values });
      return [];
    } catch (error) {
      if (!isAppError(error)) throw error;
      return (error.problems ?? []).map((problem) => problem.field);
    }
  };
  it.each<[string, Partial<RecordPersonalHistoryInput>, string[]]>([
    ['a first applicant', {}, []],
    ['a former member with the day they left', { formerMember: true, leftOn: '2020-03-01', timesReadmitted: 0 }, []],
    ['a former member without it', { formerMember: true }, ['input.leftOn']],
    ['a first applicant with a leaving date', { leftOn: '2020-03-01' }, ['input.leftOn']],
    ['a first applicant re-admitted before', { timesReadmitted: 1 }, ['input.timesReadmitted']],
    ['a negative count', { formerMember: true, leftOn: '2020-03-01', timesReadmitted: -1 }, ['input.timesReadmitted']],
    ['left before being born', { formerMember: true, leftOn: '1989-01-01' }, ['input.leftOn']],
    ['a consent reference without its date', { provincialConsentReference: '12-CV/TU' }, ['input.provincialConsentDate']],
    ['an exception code of 41 characters', { educationExceptionCode: 'X'.repeat(41) }, ['input.educationExceptionCode']],
  ])('%s', (_case, values, fields) => {
    expect(problems(values)).toEqual(fields);
  });

  it('keeps the exception code upper-case and the consent with its reference', () => {
    expect(parseRecordPersonalHistory({ ...history, educationExceptionCode: ' remote_area ', provincialConsentDate: '2026-07-01', provincialConsentReference: ' 12-CV/TU ' })).toMatchObject({
      educationExceptionCode: 'REMOTE_AREA',
      provincialConsent: { date: '2026-07-01', reference: '12-CV/TU' },
      formerMembership: { wasMember: false },
    });
  });
});

describe('parseRecordBackgroundVerification', () => {
  const base = { dossierId: input.dossierId, subject: 'SPOUSE' as const };
  it.each<[string, Parameters<typeof parseRecordBackgroundVerification>[0], string[] | object]>([
    ['open', base, { exemptAsFullyDeclaredMember: false, conclusion: null }],
    ['exempt', { ...base, exemptAsFullyDeclaredMember: true }, { exemptAsFullyDeclaredMember: true, conclusion: null }],
    ['concluded', { ...base, result: 'SATISFACTORY', concludedOn: '2026-06-20' }, { conclusion: { result: 'SATISFACTORY', concludedOn: '2026-06-20' } }],
    ['a result without its day', { ...base, result: 'UNSATISFACTORY' }, ['input.concludedOn']],
    ['a day without its result', { ...base, concludedOn: '2026-06-20' }, ['input.result']],
  ])('%s', (_case, values, expected) => {
    try {
      expect(parseRecordBackgroundVerification(values)).toMatchObject(expected);
    } catch (error) {
      if (!isAppError(error)) throw error;
      expect((error.problems ?? []).map((problem) => problem.field)).toEqual(expected);
    }
  });
});
