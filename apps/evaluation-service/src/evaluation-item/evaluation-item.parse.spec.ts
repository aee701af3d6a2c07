import type { AppError } from '@pdv/errors';
import { parseRegisterEvaluationItem } from './evaluation-item.parse';

const valid = { code: 'A-01', title: 'Sổ theo dõi', effectiveFrom: '2026-07-01' };

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    return ((error as AppError).problems ?? []).map((problem) => `${problem.field}: ${problem.message}`);
  }
  throw new Error('expected BAD_USER_INPUT');
}

describe('parseRegisterEvaluationItem', () => {
  it('passes a valid input on as the command', () => {
    expect(parseRegisterEvaluationItem(valid)).toEqual(valid);
  });

  it.each<[string, Partial<typeof valid>, string[]]>([
    ['an empty code', { code: '  ' }, ['input.code: must not be empty']],
    ['a code over 40 characters', { code: 'A'.repeat(41) }, ['input.code: must be at most 40 characters']],
    ['an empty title', { title: '' }, ['input.title: must not be empty']],
    ['a title over 200 characters', { title: 'x'.repeat(201) }, ['input.title: must be at most 200 characters']],
    ['both empty', { code: '', title: '' }, ['input.code: must not be empty', 'input.title: must not be empty']],
  ])('refuses %s, naming the field', (_case, values, problems) => {
    expect(problemsOf(() => parseRegisterEvaluationItem({ ...valid, ...values }))).toEqual(problems);
  });
});
