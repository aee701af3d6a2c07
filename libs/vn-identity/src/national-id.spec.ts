import {
  decodeNationalId,
  maskNationalId,
  PROVINCE_CODES,
  provinceOfNationalId,
  validateNationalId,
  type NationalIdPerson,
  type NationalIdProblem,
} from './index';

// Fictitious numbers built to the rules: province + century/gender + year + 6 digits.
const MALE_1990_HANOI = '001090012345';
const FEMALE_2001_HCMC = '079301012345';
const FEMALE_1975_CAMAU = '096175000001';

describe('validateNationalId', () => {
  it.each<[string, string, NationalIdPerson | undefined]>([
    ['Hà Nội, male, 1990, no person data', MALE_1990_HANOI, undefined],
    ['Hà Nội, male, 1990, consistent person', MALE_1990_HANOI, { dateOfBirth: '1990-07-15', gender: 'MALE' }],
    ['TP HCM, female, 2001', FEMALE_2001_HCMC, { dateOfBirth: '2001-01-31', gender: 'FEMALE' }],
    ['Cà Mau, female, 1975, only the date', FEMALE_1975_CAMAU, { dateOfBirth: '1975-12-31' }],
    ['only the gender', FEMALE_1975_CAMAU, { gender: 'FEMALE' }],
    ['male born 2000 (year digits 00)', '001200000000', { dateOfBirth: '2000-02-29', gender: 'MALE' }],
  ])('accepts %s', (_case, id, person) => {
    expect(validateNationalId(id, person)).toEqual({ ok: true });
  });

  it.each<[string, string, NationalIdPerson | undefined, NationalIdProblem, RegExp]>([
    ['11 digits', '00109001234', undefined, 'WRONG_LENGTH', /exactly 12 digits; this one has 11/],
    ['13 digits', '0010900123456', undefined, 'WRONG_LENGTH', /this one has 13/],
    ['empty', '', undefined, 'NOT_DIGITS', /digits only/],
    ['a letter', '00109001234A', undefined, 'NOT_DIGITS', /digits only/],
    ['spaces inside', '001 090 012 345', undefined, 'NOT_DIGITS', /digits only/],
    ['old 9-digit CMND with letters', 'B12345678', undefined, 'NOT_DIGITS', /digits only/],
    ['province 000', '000090012345', undefined, 'UNKNOWN_PROVINCE', /not a province code/],
    ['province 099', '099090012345', undefined, 'UNKNOWN_PROVINCE', /not a province code/],
    ['province 003 (gap in the list)', '003090012345', undefined, 'UNKNOWN_PROVINCE', /not a province code/],
    ['century digit 2000s, born 1990', '001290012345', { dateOfBirth: '1990-07-15' }, 'CENTURY_MISMATCH', /born in the 2000s, but the date of birth is in the 1900s/],
    ['century digit 1900s, born 2001', '079101012345', { dateOfBirth: '2001-01-31' }, 'CENTURY_MISMATCH', /1900s.*2000s/],
    ['gender digit female, person male', '001190012345', { dateOfBirth: '1990-07-15', gender: 'MALE' }, 'GENDER_MISMATCH', /holder is female, but the gender given is male/],
    ['gender digit male, person female', MALE_1990_HANOI, { gender: 'FEMALE' }, 'GENDER_MISMATCH', /holder is male/],
    ['year digits 91, born 1990', '001091012345', { dateOfBirth: '1990-07-15' }, 'YEAR_MISMATCH', /Digits 5 and 6/],
    ['date of birth not real', MALE_1990_HANOI, { dateOfBirth: '1990-02-30' }, 'BAD_DATE_OF_BIRTH', /not a real date/],
    ['date of birth in another format', MALE_1990_HANOI, { dateOfBirth: '15/07/1990' }, 'BAD_DATE_OF_BIRTH', /YYYY-MM-DD/],
  ])('rejects %s', (_case, id, person, problem, reason) => {
    const result = validateNationalId(id, person);
    expect(result).toEqual({ ok: false, problem, reason: expect.stringMatching(reason) });
  });

  it.each([MALE_1990_HANOI, '00109001234A', '099090012345', '001291012345'])(
    'never repeats the number or its parts in the reason (%s)',
    (id) => {
      const result = validateNationalId(id, { dateOfBirth: '1990-07-15', gender: 'FEMALE' });
      if (result.ok) throw new Error('expected a failure');
      expect(result.reason).not.toContain(id);
      expect(result.reason).not.toContain(id.slice(0, 3));
      expect(result.reason).not.toContain(id.slice(-6));
    },
  );
});

describe('province codes', () => {
  it('holds the 63 codes in use, not a range', () => {
    const codes = Object.keys(PROVINCE_CODES);
    expect(codes).toHaveLength(63);
    expect(codes).not.toContain('003');
    expect(codes).not.toContain('099');
    expect(codes.every((code) => /^0\d\d$/.test(code) && code >= '001' && code <= '096')).toBe(true);
  });

  it.each([
    ['001', 'Hà Nội'],
    ['002', 'Hà Giang'],
    ['004', 'Cao Bằng'],
    ['031', 'Hải Phòng'],
    ['048', 'Đà Nẵng'],
    ['079', 'Hồ Chí Minh'],
    ['092', 'Cần Thơ'],
    ['096', 'Cà Mau'],
  ])('%s is %s', (code, name) => {
    expect(PROVINCE_CODES[code]).toBe(name);
    expect(provinceOfNationalId(`${code}090012345`)).toBe(name);
  });
});

describe('provinceOfNationalId', () => {
  it.each([
    ['unknown province', '099090012345'],
    ['too short', '00109001234'],
    ['letters', 'ABC090012345'],
  ])('is null for %s', (_case, id) => {
    expect(provinceOfNationalId(id)).toBeNull();
  });
});

describe('decodeNationalId', () => {
  it.each([
    [MALE_1990_HANOI, { provinceCode: '001', provinceName: 'Hà Nội', gender: 'MALE', birthYear: 1990 }],
    [FEMALE_2001_HCMC, { provinceCode: '079', provinceName: 'Hồ Chí Minh', gender: 'FEMALE', birthYear: 2001 }],
    ['001499012345', { provinceCode: '001', provinceName: 'Hà Nội', gender: 'MALE', birthYear: 2199 }],
    ['001700012345', { provinceCode: '001', provinceName: 'Hà Nội', gender: 'FEMALE', birthYear: 2200 }],
    ['001805012345', { provinceCode: '001', provinceName: 'Hà Nội', gender: 'MALE', birthYear: 2305 }],
  ])('decodes %s', (id, decoded) => {
    expect(decodeNationalId(id)).toEqual(decoded);
  });

  it('is null for an invalid number', () => {
    expect(decodeNationalId('000090012345')).toBeNull();
  });
});

describe('maskNationalId', () => {
  it.each([
    [MALE_1990_HANOI, '*********345'],
    [' 079301012345 ', '*********345'],
    ['123456789', '******789'],
    ['123', '***'],
    ['12', '**'],
    ['', ''],
  ])('masks %j as %s', (id, masked) => {
    expect(maskNationalId(id)).toBe(masked);
  });
});
