import { Problems } from './result';
import { checkOptionalText, checkRequiredText, cleanText } from './text-input';

const DECOMPOSED = 'Nguye\u0302\u0303n'; // "Nguyễn" typed as e + circumflex + tilde

describe('cleanText', () => {
  it.each([
    { value: undefined, options: {}, expected: '' },
    { value: null, options: {}, expected: '' },
    { value: '  Hoa  ', options: {}, expected: 'Hoa' },
    { value: DECOMPOSED, options: {}, expected: 'Nguyễn' },
    { value: ' a \n\n b ', options: {}, expected: 'a \n\n b' },
    { value: ' a \n\n b ', options: { singleLine: true }, expected: 'a b' },
  ])('$value ($options) → $expected', ({ value, options, expected }) => {
    expect(cleanText(value, options)).toBe(expected);
  });
});

describe('checkRequiredText / checkOptionalText', () => {
  it('reports emptiness and length, and returns the cleaned text', () => {
    const problems = new Problems();
    expect(checkRequiredText(problems, 'a', '  ', 5)).toBe('');
    expect(checkRequiredText(problems, 'b', 'abcdef', 5)).toBe('abcdef');
    expect(checkRequiredText(problems, 'c', ' abc ', 3)).toBe('abc');
    expect(checkRequiredText(problems, 'd', DECOMPOSED, 6)).toBe('Nguyễn');
    expect(checkOptionalText(problems, 'e', null, 1)).toBeNull();
    expect(checkOptionalText(problems, 'f', '   ', 1)).toBeNull();
    expect(checkOptionalText(problems, 'g', 'xy', 1)).toBe('xy');
    expect(checkOptionalText(problems, 'h', ' x \t y ', 3, { singleLine: true })).toBe('x y');
    expect(problems.all).toEqual([
      { field: 'a', message: 'must not be empty' },
      { field: 'b', message: 'must be at most 5 characters' },
      { field: 'g', message: 'must be at most 1 characters' },
    ]);
  });
});
