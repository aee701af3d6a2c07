import { isAppError } from '@pdv/errors';
import type { SetTargetInput } from './target.input';
import { parseSetTarget } from './target.parse';

const input = (values: Partial<SetTargetInput>): SetTargetInput => ({
  kind: 'UNIT_ADMISSIONS',
  year: 2026,
  minimum: 4,
  upper: 6,
  appliesTo: ['GRASSROOTS_CELL'],
  reason: 'Nghị quyết 05-NQ/ĐU',
  ...values,
});

function fieldsOf(call: () => unknown): string {
  try {
    call();
    return 'OK';
  } catch (error) {
    if (isAppError(error)) return (error.problems ?? []).map((p) => p.field).join(',');
    throw error;
  }
}

describe('parseSetTarget', () => {
  it('gives the domain its change, an absent band and kind list as null and empty', () => {
    expect(parseSetTarget(input({ upper: undefined, appliesTo: undefined, reason: ' NQ 05 ' }))).toEqual({
      kind: 'UNIT_ADMISSIONS',
      year: 2026,
      minimum: 4,
      upper: null,
      appliesTo: [],
      reason: 'NQ 05',
    });
  });

  it.each<[string, Partial<SetTargetInput>, string]>([
    ['as given', {}, 'OK'],
    ['the ward committee as a unit kind', { appliesTo: ['WARD_COMMITTEE'] }, 'input.appliesTo'],
    ['an unknown unit kind', { appliesTo: ['CELL'] }, 'input.appliesTo'],
    ['a blank reason', { reason: '   ' }, 'input.reason'],
    ['a reason too long', { reason: 'x'.repeat(501) }, 'input.reason'],
    ['both at once', { reason: '', appliesTo: ['CELL'] }, 'input.reason,input.appliesTo'],
  ])('%s → %s', (_case, values, expected) => {
    expect(fieldsOf(() => parseSetTarget(input(values)))).toBe(expected);
  });
});
