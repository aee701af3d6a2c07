import { isAppError } from '@pdv/errors';
import { outcomeOf } from './evaluation.fixtures';
import { type EvaluationItem, planNewEvaluationItem } from './evaluation-item.rules';

const TODAY = '2026-07-15';
const item = (values: Partial<EvaluationItem>): EvaluationItem => ({ itemId: 'item-1', code: 'A-01', title: 'Sổ theo dõi', effectiveFrom: TODAY, ...values });

describe('planNewEvaluationItem', () => {
  it('keeps the code upper-case and the title trimmed', () => {
    expect(planNewEvaluationItem(item({ code: ' a-01.b ', title: '  Sổ theo dõi ' }), { today: TODAY })).toEqual({
      itemId: 'item-1',
      code: 'A-01.B',
      title: 'Sổ theo dõi',
      effectiveFrom: TODAY,
    });
  });

  it.each<[string, string, Partial<EvaluationItem>]>([
    ['effective today', 'OK', {}],
    ['effective in the past', 'OK', { effectiveFrom: '2025-07-01' }],
    ['effective tomorrow', 'EVALUATION.ITEM_NOT_IN_FUTURE', { effectiveFrom: '2026-07-16' }],
    ['effective next year', 'EVALUATION.ITEM_NOT_IN_FUTURE', { effectiveFrom: '2027-01-01' }],
    ['a code of digits', 'OK', { code: '2026' }],
    ['a code with a space', 'BAD_USER_INPUT', { code: 'A 01' }],
    ['a code starting with a hyphen', 'BAD_USER_INPUT', { code: '-A' }],
    ['a code with a diacritic', 'BAD_USER_INPUT', { code: 'Đ-01' }],
  ])('%s → %s', (_case, expected, values) => {
    expect(outcomeOf(() => planNewEvaluationItem(item(values), { today: TODAY }))).toBe(expected);
  });

  it('names the field of a malformed code', () => {
    try {
      planNewEvaluationItem(item({ code: 'A 01' }), { today: TODAY });
      throw new Error('expected BAD_USER_INPUT');
    } catch (error) {
      expect(isAppError(error) && error.problems?.map((problem) => problem.field)).toEqual(['input.code']);
    }
  });
});
