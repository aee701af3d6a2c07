import {
  DEFAULT_SOURCING_POLICY,
  normaliseVietnameseMobile,
  validateReferralInput,
  type ReferralInput,
} from './index';

// 10:00 in Hanoi on 15 March 2026.
const NOW = new Date('2026-03-15T03:00:00Z');
const CELL = '3f2b8c1e-9a4d-4c5e-8f7a-1b2c3d4e5f60';

/** A fictitious national ID consistent with the date of birth and gender. */
function idFor(dateOfBirth: string, gender: 'MALE' | 'FEMALE'): string {
  const year = Number(dateOfBirth.slice(0, 4));
  const century = (Math.floor(year / 100) - 19) * 2 + (gender === 'FEMALE' ? 1 : 0);
  return `001${century}${dateOfBirth.slice(2, 4)}012345`;
}

const valid: ReferralInput = {
  fullName: '  nguyễn  văn   an ',
  dateOfBirth: '1990-07-15',
  gender: 'MALE',
  nationalId: '001090012345',
  phone: '+84 912 345 678',
  educationLevel: 'UNIVERSITY',
  sourceCategory: 'MASS_ORGANISATION_MEMBER',
  cellId: CELL,
  achievements: 'Đoàn viên xuất sắc năm 2025',
  reason: '',
  consent: { noticeVersion: '2025-01', consentedAt: '2026-03-01T02:00:00Z' },
};

function person(dateOfBirth: string, gender: 'MALE' | 'FEMALE' = 'MALE', extra: Partial<ReferralInput> = {}): ReferralInput {
  return { ...valid, dateOfBirth, gender, nationalId: idFor(dateOfBirth, gender), ...extra };
}

describe('validateReferralInput: a valid referral', () => {
  it('is normalised for storage', () => {
    const result = validateReferralInput(valid, NOW);
    expect(result.ok).toBe(true);
    expect(result.problems.isEmpty).toBe(true);
    expect(result.value).toEqual({
      fullName: 'Nguyễn Văn An',
      nameSearchKey: 'nguyen van an',
      nameSortKey: expect.any(String),
      dateOfBirth: '1990-07-15',
      gender: 'MALE',
      nationalId: '001090012345',
      fuzzyKey: 'nguyen van an|1990-07-15',
      phone: '0912345678',
      address: null,
      occupation: null,
      educationLevel: 'UNIVERSITY',
      sourceCategory: 'MASS_ORGANISATION_MEMBER',
      cellId: CELL,
      achievements: 'Đoàn viên xuất sắc năm 2025',
      reason: null,
      consent: { noticeVersion: '2025-01', consentedAt: new Date('2026-03-01T02:00:00Z') },
    });
    expect(result.warnings).toEqual([]);
  });

  it.each<[string, ReferralInput]>([
    ['exactly 18 today', person('2008-03-15')],
    ['a high-school student who is 18', person('2008-03-15', 'FEMALE', { sourceCategory: 'HIGH_SCHOOL_STUDENT' })],
    ['exactly 60 years and 0 months (no warning)', person('1966-03-15')],
    ['no phone', { ...valid, phone: null }],
    ['an address and an occupation', { ...valid, address: ' Tổ dân phố 5 ', occupation: 'Công nhân' }],
    ['national ID with spaces', { ...valid, nationalId: '001 090 012 345' }],
    ['consent a minute ahead of the server clock', { ...valid, consent: { noticeVersion: 'v1', consentedAt: new Date(NOW.getTime() + 60_000) } }],
    ['consent as a Date', { ...valid, consent: { noticeVersion: 'v1', consentedAt: new Date('2026-01-01T00:00:00Z') } }],
  ])('accepts %s', (_case, input) => {
    const result = validateReferralInput(input, NOW);
    expect(result.problems.all).toEqual([]);
    expect(result.ok).toBe(true);
  });
});

describe('validateReferralInput: problems, with field paths', () => {
  it.each<[string, ReferralInput, string, RegExp, string | null]>([
    ['missing name', { ...valid, fullName: '   ' }, 'input.fullName', /is required/, null],
    ['digits in the name', { ...valid, fullName: 'Nguyễn Văn 2' }, 'input.fullName', /letters only/, null],
    ['name too long', { ...valid, fullName: 'An '.repeat(40) }, 'input.fullName', /longer than 100/, null],
    ['missing date of birth', { ...valid, dateOfBirth: null }, 'input.dateOfBirth', /is required/, null],
    ['unreal date of birth', { ...valid, dateOfBirth: '1990-02-30' }, 'input.dateOfBirth', /not a real date/, null],
    ['date of birth dd/mm/yyyy', { ...valid, dateOfBirth: '15/07/1990' }, 'input.dateOfBirth', /YYYY-MM-DD/, null],
    ['date of birth in the future', person('2027-01-01', 'MALE'), 'input.dateOfBirth', /in the future/, null],
    ['date of birth before 1900', { ...valid, dateOfBirth: '1899-12-31' }, 'input.dateOfBirth', /before 1900/, null],
    ['17 years and 364 days', person('2008-03-16'), 'input.dateOfBirth', /not yet 18 full years old/, 'SOURCING.MIN_AGE'],
    [
      'a high-school student of 17',
      person('2008-09-01', 'FEMALE', { sourceCategory: 'HIGH_SCHOOL_STUDENT' }),
      'input.dateOfBirth',
      /high-school students too/,
      'SOURCING.MIN_AGE',
    ],
    ['unknown gender', { ...valid, gender: 'OTHER' }, 'input.gender', /MALE, FEMALE/, null],
    ['national ID too short', { ...valid, nationalId: '00109001234' }, 'input.nationalId', /exactly 12 digits/, null],
    ['national ID of a woman for a man', { ...valid, nationalId: '001190012345' }, 'input.nationalId', /holder is female/, null],
    ['national ID year differs from the date of birth', { ...valid, nationalId: '001091012345' }, 'input.nationalId', /Digits 5 and 6/, null],
    ['landline phone', { ...valid, phone: '024 3825 1234' }, 'input.phone', /not a Vietnamese mobile number/, null],
    ['unknown education level', { ...valid, educationLevel: 'HIGH' }, 'input.educationLevel', /must be one of/, null],
    ['unknown source category', { ...valid, sourceCategory: 'STUDENT' }, 'input.sourceCategory', /must be one of/, null],
    ['cell id not a uuid', { ...valid, cellId: 'CB05' }, 'input.cellId', /UUID/, null],
    ['achievements too long', { ...valid, achievements: 'x'.repeat(2001) }, 'input.achievements', /longer than 2000/, null],
    ['reason too long', { ...valid, reason: 'x'.repeat(1001) }, 'input.reason', /longer than 1000/, null],
    ['address too long', { ...valid, address: 'x'.repeat(301) }, 'input.address', /longer than 300/, null],
    ['occupation too long', { ...valid, occupation: 'x'.repeat(201) }, 'input.occupation', /longer than 200/, null],
    ['no consent', { ...valid, consent: null }, 'input.consent.noticeVersion', /is required/, 'SOURCING.CONSENT_REQUIRED'],
    [
      'consent time missing',
      { ...valid, consent: { noticeVersion: 'v1' } },
      'input.consent.consentedAt',
      /is required/,
      'SOURCING.CONSENT_REQUIRED',
    ],
    ['consent time not a time', { ...valid, consent: { noticeVersion: 'v1', consentedAt: 'yesterday' } }, 'input.consent.consentedAt', /not a valid date/, null],
    [
      'consent in the future',
      { ...valid, consent: { noticeVersion: 'v1', consentedAt: new Date(NOW.getTime() + 3_600_000) } },
      'input.consent.consentedAt',
      /in the future/,
      'SOURCING.CONSENT_REQUIRED',
    ],
  ])('%s', (_case, input, field, message, rule) => {
    const result = validateReferralInput(input, NOW);
    expect(result.ok).toBe(false);
    expect(result.value).toBeNull();
    expect(result.problems.all).toContainEqual({ field, message: expect.stringMatching(message) });
    if (rule) expect(result.violatedRules).toContain(rule);
  });

  it('reports every problem at once, as BAD_USER_INPUT', () => {
    const result = validateReferralInput({}, NOW);
    expect(result.problems.all.map((p) => p.field)).toEqual([
      'input.fullName',
      'input.dateOfBirth',
      'input.gender',
      'input.nationalId',
      'input.educationLevel',
      'input.sourceCategory',
      'input.cellId',
      'input.consent.noticeVersion',
      'input.consent.consentedAt',
    ]);
    expect(() => result.problems.throwIfAny()).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });

  it('never puts the name or national ID number in a message', () => {
    const result = validateReferralInput({ ...valid, fullName: 'Nguyễn Văn 2', nationalId: '001190012345' }, NOW);
    const text = result.problems.all.map((p) => p.message).join(' ');
    expect(text).not.toContain('Nguyễn');
    expect(text).not.toContain('001190012345');
  });

  it('uses the field prefix it is given', () => {
    const result = validateReferralInput({ ...valid, gender: null }, NOW, { fieldPrefix: 'referrals.3' });
    expect(result.problems.all).toEqual([{ field: 'referrals.3.gender', message: 'is required' }]);
  });
});

describe('validateReferralInput: 18 full years, counted on the referral day in Hanoi', () => {
  it.each<[string, string, string, boolean]>([
    ['born 29 Feb 2008, on 28 Feb 2026: not yet 18', '2008-02-29', '2026-02-28T03:00:00Z', false],
    ['born 29 Feb 2008, on 1 Mar 2026 (common year): 18', '2008-02-29', '2026-03-01T03:00:00Z', true],
    ['born 16 Mar 2008, at 23:00 UTC on 15 Mar (06:00 on 16 Mar in Hanoi): 18', '2008-03-16', '2026-03-15T23:00:00Z', true],
    ['born 16 Mar 2008, at 16:00 UTC on 15 Mar (23:00 on 15 Mar in Hanoi): not yet 18', '2008-03-16', '2026-03-15T16:00:00Z', false],
  ])('%s', (_case, dateOfBirth, now, ok) => {
    const consent = { noticeVersion: '2025-01', consentedAt: '2026-01-05T02:00:00Z' };
    const result = validateReferralInput(person(dateOfBirth, 'MALE', { consent }), new Date(now));
    expect(result.ok).toBe(ok);
    expect(result.violatedRules).toEqual(ok ? [] : ['SOURCING.MIN_AGE']);
  });
});

describe('validateReferralInput: published notices', () => {
  const notices = [
    { version: '2025-01', publishedAt: new Date('2025-01-10T00:00:00Z') },
    { version: '2026-02', publishedAt: new Date('2026-02-20T00:00:00Z') },
  ];

  it.each<[string, string, string, string | null]>([
    ['after publication', '2025-01', '2026-03-01T02:00:00Z', null],
    ['the later notice, after it was published', '2026-02', '2026-03-01T02:00:00Z', null],
    ['before the notice was published', '2026-02', '2026-02-19T02:00:00Z', 'is before the privacy notice it refers to was published'],
    ['a version never published', '2024-09', '2026-03-01T02:00:00Z', 'is not a published privacy notice version'],
  ])('%s', (_case, noticeVersion, consentedAt, message) => {
    const result = validateReferralInput({ ...valid, consent: { noticeVersion, consentedAt } }, NOW, { notices });
    if (message === null) expect(result.problems.all).toEqual([]);
    else expect(result.problems.all.map((p) => p.message)).toEqual([message]);
  });
});

describe('validateReferralInput: warnings (admission checks eligibility later)', () => {
  it.each<[string, ReferralInput, { field: string; rule: string } | null]>([
    ['over 60 (60 years and 1 month)', person('1966-02-14'), { field: 'input.dateOfBirth', rule: 'SOURCING.AGE_OVER_60' }],
    ['over 60, acknowledged', person('1960-01-01', 'FEMALE', { acknowledgeOverSixty: true }), null],
    ['primary education', { ...valid, educationLevel: 'PRIMARY' }, { field: 'input.educationLevel', rule: 'SOURCING.EDUCATION_BELOW_MINIMUM' }],
    ['lower secondary education', { ...valid, educationLevel: 'LOWER_SECONDARY' }, null],
  ])('%s', (_case, input, warning) => {
    const result = validateReferralInput(input, NOW);
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual(warning ? [expect.objectContaining(warning)] : []);
  });

  it('follows the policy for the minimum education level', () => {
    const policy = { ...DEFAULT_SOURCING_POLICY, minimumEducationLevel: 'PRIMARY' as const };
    expect(validateReferralInput({ ...valid, educationLevel: 'PRIMARY' }, NOW, { policy }).warnings).toEqual([]);
  });
});

describe('normaliseVietnameseMobile', () => {
  it.each([
    ['0912345678', '0912345678'],
    ['091 234 5678', '0912345678'],
    ['091.234.5678', '0912345678'],
    ['(091) 234-5678', '0912345678'],
    ['+84912345678', '0912345678'],
    ['+84 32 123 4567', '0321234567'],
    ['84912345678', '0912345678'],
    ['0561234567', '0561234567'],
    ['0701234567', '0701234567'],
    ['0861234567', '0861234567'],
    ['0212345678', null],
    ['0112345678', null],
    ['091234567', null],
    ['09123456789', null],
    ['+840912345678', null],
    ['+1 912 345 678', null],
    ['abc', null],
  ])('%s → %s', (input, expected) => {
    expect(normaliseVietnameseMobile(input)).toBe(expected);
  });
});
