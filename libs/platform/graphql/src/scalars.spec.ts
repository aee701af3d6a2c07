import { Kind } from 'graphql';
import { DateTimeScalar, isLocalDate, isPlausibleYear, isUuid, parseYear, LocalDateScalar, UuidIdScalar } from './scalars';

describe('LocalDate', () => {
  it.each([
    ['2025-07-01', true],
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['1900-01-01', true],
    ['2200-12-31', true],
    ['2025-02-29', false],
    ['1900-02-29', false],
    ['2026-02-30', false],
    ['2026-04-31', false],
    ['2025-13-01', false],
    ['2025-00-10', false],
    ['2025-01-00', false],
    ['1899-12-31', false],
    ['2201-01-01', false],
    ['0001-01-01', false],
    ['01/07/2025', false],
    ['2025-7-1', false],
    ['banana', false],
    ['2025-07-01T00:00:00Z', false],
    ['', false],
  ])('%s valid=%s', (value, valid) => {
    expect(isLocalDate(value)).toBe(valid);
    if (valid) expect(LocalDateScalar.parseValue(value)).toBe(value);
    else expect(() => LocalDateScalar.parseValue(value)).toThrow(/YYYY-MM-DD/);
  });

  it('refuses literals that are not strings or not dates', () => {
    expect(LocalDateScalar.parseLiteral({ kind: Kind.STRING, value: '2026-07-01' })).toBe('2026-07-01');
    expect(() => LocalDateScalar.parseLiteral({ kind: Kind.STRING, value: '2026-02-30' })).toThrow(/YYYY-MM-DD/);
    expect(() => LocalDateScalar.parseLiteral({ kind: Kind.INT, value: '20260701' })).toThrow(/YYYY-MM-DD/);
    expect(() => LocalDateScalar.parseValue(20260701)).toThrow(/YYYY-MM-DD/);
  });
});

describe('DateTime', () => {
  it.each([
    ['2025-07-01T08:30:00+07:00', '2025-07-01T01:30:00.000Z'],
    ['2025-07-01T08:30:00Z', '2025-07-01T08:30:00.000Z'],
    ['2024-02-29T23:59:59.123-05:30', '2024-03-01T05:29:59.123Z'],
  ])('parses %s as %s', (value, utc) => {
    expect(DateTimeScalar.serialize(DateTimeScalar.parseValue(value))).toBe(utc);
  });

  it.each([
    '2025-07-01T08:30:00',
    '2025-07-01T08:30+07:00',
    'yesterday',
    '2025-07-01',
    '2026-12-01',
    '2026-02-30T10:00:00Z',
    '2026-04-31T10:00:00+07:00',
    '2025-07-01T24:00:00Z',
    '2025-07-01T10:60:00Z',
    '2025-07-01T10:00:60Z',
    '2025-07-01T10:00:00+24:00',
    '2025-07-01T10:00:00+07:60',
    '1899-12-31T23:00:00Z',
    '2201-01-01T00:00:00Z',
    '9999-12-31T23:59:59Z',
    '2025-07-01 08:30:00Z',
  ])('refuses %s', (value) => {
    expect(() => DateTimeScalar.parseValue(value)).toThrow(/RFC 3339/);
  });

  it('refuses literals that are not strings', () => {
    expect(() => DateTimeScalar.parseLiteral({ kind: Kind.INT, value: '1' })).toThrow(/RFC 3339/);
  });
});

describe('ID (strict UUID input)', () => {
  it.each([
    ['0b6d3a52-6c1e-4c4f-9a7e-2f1d5b8c9e01', true],
    ['0B6D3A52-6C1E-4C4F-9A7E-2F1D5B8C9E01', true],
    ['6fa459ea-ee8a-3ca4-894e-db77e160355e', true],
    ['017f22e2-79b0-7cc3-98c4-dc0c0c07398f', true],
    ['00000000-0000-0000-0000-000000000000', false],
    ['ffffffff-ffff-ffff-ffff-ffffffffffff', false],
    ['0b6d3a52-6c1e-0c4f-9a7e-2f1d5b8c9e01', false],
    ['0b6d3a52-6c1e-9c4f-9a7e-2f1d5b8c9e01', false],
    ['0b6d3a52-6c1e-4c4f-7a7e-2f1d5b8c9e01', false],
    ['0b6d3a52-6c1e-4c4f-ca7e-2f1d5b8c9e01', false],
    ['0b6d3a526c1e4c4f9a7e2f1d5b8c9e01', false],
    ['{0b6d3a52-6c1e-4c4f-9a7e-2f1d5b8c9e01}', false],
    ['x', false],
    ['', false],
  ])('%s valid=%s', (value, valid) => {
    expect(isUuid(value)).toBe(valid);
    if (valid) expect(UuidIdScalar.parseValue(value)).toBe(value.toLowerCase());
    else expect(() => UuidIdScalar.parseValue(value)).toThrow(/UUID/);
  });

  it('keeps the built-in name and output, refuses integer ids', () => {
    expect(UuidIdScalar.name).toBe('ID');
    expect(UuidIdScalar.serialize('anything')).toBe('anything');
    expect(() => UuidIdScalar.parseValue(7)).toThrow(/UUID/);
    expect(() => UuidIdScalar.parseLiteral({ kind: Kind.INT, value: '7' })).toThrow(/UUID/);
  });
});

describe('isPlausibleYear', () => {
  it.each([[2026, true], [1900, true], [2200, true], [1899, false], [2201, false], [-1, false], [2026.5, false]])('%s → %s', (year, plausible) => {
    expect(isPlausibleYear(year)).toBe(plausible);
  });
});

describe('parseYear', () => {
  it('passes plausible and absent years, refuses others naming the field', () => {
    expect(parseYear(2026, 'year')).toBe(2026);
    expect(parseYear(null, 'filter.year')).toBeNull();
    expect(parseYear(undefined, 'filter.year')).toBeUndefined();
    expect(() => parseYear(-1, 'filter.year')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', problems: [{ field: 'filter.year', message: 'must be a year between 1900 and 2200' }] }));
  });
});
