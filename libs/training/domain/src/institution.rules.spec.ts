import { isAppError } from '@pdv/errors';
import { planInstitution } from './institution.rules';
import { outcomeOf } from './training.fixtures';

const institution = (code: string) => ({ institutionId: 'i-1', code, name: ' Trung tâm Chính trị ' });

describe('planInstitution', () => {
  it('keeps the code upper-case and the name trimmed', () => {
    expect(planInstitution(institution(' ttct-q1 '))).toEqual({ institutionId: 'i-1', code: 'TTCT-Q1', name: 'Trung tâm Chính trị' });
  });

  it.each([
    ['TTCT-Q1', 'OK'],
    ['TCT.HCM', 'OK'],
    ['2026', 'OK'],
    ['TT CT', 'BAD_USER_INPUT'],
    ['-TT', 'BAD_USER_INPUT'],
    ['TRƯỜNG', 'BAD_USER_INPUT'],
    ['TT/Q1', 'BAD_USER_INPUT'],
  ])('%s → %s', (code, expected) => {
    expect(outcomeOf(() => planInstitution(institution(code)))).toBe(expected);
  });

  it('names the field of a malformed code', () => {
    try {
      planInstitution(institution('A 01'));
      throw new Error('expected BAD_USER_INPUT');
    } catch (error) {
      expect(isAppError(error) && error.problems?.map((problem) => problem.field)).toEqual(['input.code']);
    }
  });
});
