import { pgArray } from './sql';

describe('pgArray', () => {
  it.each([
    [[], '{}'],
    [['a', 'b'], '{"a","b"}'],
    [['say "hi"', 'back\\slash', 'comma,brace}'], '{"say \\"hi\\"","back\\\\slash","comma,brace}"}'],
    [[null, 'x'], '{NULL,"x"}'],
    [[1, true, false], '{1,true,false}'],
  ])('%j → %s', (values, literal) => {
    expect(pgArray(values)).toBe(literal);
  });
});
