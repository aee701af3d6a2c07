import { problemsOf } from '@pdv/testing';
import { parseRegisterInstitution } from './institution.parse';

const valid = { code: 'TTCT-Q1', name: 'Trung tâm Chính trị' };


describe('parseRegisterInstitution', () => {
  it('passes a valid input on as the command', () => {
    expect(parseRegisterInstitution(valid)).toEqual(valid);
  });

  it.each<[string, Partial<typeof valid>, string[]]>([
    ['an empty code', { code: '  ' }, ['input.code: must not be empty']],
    ['a code over 40 characters', { code: 'A'.repeat(41) }, ['input.code: must be at most 40 characters']],
    ['an empty name', { name: '' }, ['input.name: must not be empty']],
    ['a name over 200 characters', { name: 'x'.repeat(201) }, ['input.name: must be at most 200 characters']],
    ['both empty', { code: '', name: '' }, ['input.code: must not be empty', 'input.name: must not be empty']],
  ])('refuses %s, naming the field', (_case, values, problems) => {
    expect(problemsOf(() => parseRegisterInstitution({ ...valid, ...values }))).toEqual(problems);
  });
});
