import { Problems } from '@pdv/errors';
import { checkOptionalText, checkRequiredText, containsPattern, optionalText } from './text';

describe('text helpers', () => {
  it('escapes LIKE wildcards and the escape character', () => {
    expect(containsPattern('a%b_c\\d')).toBe('%a\\%b\\_c\\\\d%');
  });

  it('checks presence and length', () => {
    const problems = new Problems();
    checkRequiredText(problems, 'a', '  ', 5);
    checkRequiredText(problems, 'b', 'abcdef', 5);
    checkRequiredText(problems, 'c', ' abc ', 3);
    checkOptionalText(problems, 'd', null, 1);
    checkOptionalText(problems, 'e', 'xy', 1);
    expect(problems.all).toEqual([
      { field: 'a', message: 'must not be empty' },
      { field: 'b', message: 'must be at most 5 characters' },
      { field: 'e', message: 'must be at most 1 characters' },
    ]);
  });

  it('turns blank optional text into null', () => {
    expect([optionalText(undefined), optionalText('  '), optionalText(' x ')]).toEqual([null, null, 'x']);
  });
});
