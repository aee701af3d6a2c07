import { DateTimeScalar, isLocalDate, LocalDateScalar } from './scalars';

describe('LocalDate', () => {
  it.each([
    ['2025-07-01', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-13-01', false],
    ['01/07/2025', false],
    ['2025-7-1', false],
  ])('%s valid=%s', (value, valid) => {
    expect(isLocalDate(value)).toBe(valid);
    if (valid) expect(LocalDateScalar.parseValue(value)).toBe(value);
    else expect(() => LocalDateScalar.parseValue(value)).toThrow(/YYYY-MM-DD/);
  });
});

describe('DateTime', () => {
  it('parses instants with a zone and serialises in UTC', () => {
    const date = DateTimeScalar.parseValue('2025-07-01T08:30:00+07:00');
    expect(DateTimeScalar.serialize(date)).toBe('2025-07-01T01:30:00.000Z');
  });
  it.each(['2025-07-01T08:30:00', 'yesterday', '2025-07-01'])('refuses %s', (value) => {
    expect(() => DateTimeScalar.parseValue(value)).toThrow(/ISO 8601/);
  });
});
