import {
  classifyDuplicate,
  fuzzyIdentityKey,
  type ExistingCandidateIdentity,
  type PersonIdentity,
  repeatReferralIdentityMismatch,
  sameStatedIdentity,
  type StatedIdentity,
} from './index';

describe('fuzzyIdentityKey', () => {
  it.each([
    ['Nguyễn Văn An', '1990-07-15', 'nguyen van an|1990-07-15'],
    ['  NGUYỄN   văn AN ', '1990-07-15', 'nguyen van an|1990-07-15'],
    ['Nguyen Van An', '1990-07-15', 'nguyen van an|1990-07-15'],
    ['Đặng Thị Hoà', '2001-01-31', 'dang thi hoa|2001-01-31'],
    ['Đặng Thị Hòa', '2001-01-31', 'dang thi hoa|2001-01-31'],
  ])('%s, %s → %s', (name, dob, key) => {
    expect(fuzzyIdentityKey(name, dob)).toBe(key);
  });
});

describe('classifyDuplicate', () => {
  const existing: ExistingCandidateIdentity[] = [
    { candidateId: 'c1', nationalId: '001090012345', fullName: 'Nguyễn Văn An', dateOfBirth: '1990-07-15' },
    { candidateId: 'c2', nationalId: '079301012345', fullName: 'Trần Thị Mai', dateOfBirth: '2001-01-31' },
    { candidateId: 'c3', nationalId: null, fullName: 'Lê Văn Bình', dateOfBirth: '1995-05-05' },
    { candidateId: 'c4', nationalId: '001095000001', fullName: 'Lê Bình', dateOfBirth: '1995-05-05' },
  ];

  it.each<[string, PersonIdentity, ReturnType<typeof classifyDuplicate>]>([
    [
      'same national ID, even with another name spelling',
      { nationalId: '001090012345', fullName: 'Nguyen Van Anh', dateOfBirth: '1990-07-15' },
      { kind: 'SAME_NATIONAL_ID', candidateId: 'c1' },
    ],
    [
      'same national ID wins over a name match elsewhere',
      { nationalId: '079301012345', fullName: 'Lê Văn Bình', dateOfBirth: '1995-05-05' },
      { kind: 'SAME_NATIONAL_ID', candidateId: 'c2' },
    ],
    [
      'same name without diacritics and same date, another national ID',
      { nationalId: '001090099999', fullName: 'NGUYEN VAN AN', dateOfBirth: '1990-07-15' },
      { kind: 'POSSIBLE', candidateIds: ['c1'] },
    ],
    [
      'no national ID, same family and given name, middle name missing',
      { nationalId: null, fullName: 'Nguyễn An', dateOfBirth: '1990-07-15' },
      { kind: 'POSSIBLE', candidateIds: ['c1'] },
    ],
    [
      'several possible matches, in the given order',
      { nationalId: '001095000777', fullName: 'Lê Văn Bình', dateOfBirth: '1995-05-05' },
      { kind: 'POSSIBLE', candidateIds: ['c3', 'c4'] },
    ],
    [
      'same name, another date of birth',
      { nationalId: '001091012345', fullName: 'Nguyễn Văn An', dateOfBirth: '1991-07-15' },
      { kind: 'NONE' },
    ],
    [
      'same date, a name differing only in diacritics (Ân, An)',
      { nationalId: '001090012399', fullName: 'Nguyễn Văn Ân', dateOfBirth: '1990-07-15' },
      { kind: 'POSSIBLE', candidateIds: ['c1'] },
    ],
    ['nobody alike', { nationalId: '001200012345', fullName: 'Phạm Minh Châu', dateOfBirth: '2000-10-10' }, { kind: 'NONE' }],
    ['an empty list', { nationalId: '001090012345', fullName: 'Nguyễn Văn An', dateOfBirth: '1990-07-15' }, { kind: 'NONE' }],
  ])('%s', (caseName, person, expected) => {
    expect(classifyDuplicate(person, caseName === 'an empty list' ? [] : existing)).toEqual(expected);
  });
});

describe('repeatReferralIdentityMismatch', () => {
  const held: StatedIdentity = { fullName: 'Nguyễn Thị Ngọc Ánh', dateOfBirth: '1998-04-02', gender: 'FEMALE' };

  it.each<[string, StatedIdentity, StatedIdentity]>([
    ['the same spelling', { ...held }, held],
    ['no diacritics', { ...held, fullName: 'Nguyen Thi Ngoc Anh' }, held],
    ['other case and spacing', { ...held, fullName: '  NGUYỄN thị  ngọcánh ' }, held],
    ['đ typed as d', { fullName: 'Do Van Dat', dateOfBirth: '1990-01-01', gender: 'MALE' }, { fullName: 'Đỗ Văn Đạt', dateOfBirth: '1990-01-01', gender: 'MALE' }],
  ])('agrees: %s', (_name, submitted, record) => {
    expect(sameStatedIdentity(submitted, record)).toBe(true);
    expect(repeatReferralIdentityMismatch(submitted, [record])).toBeNull();
  });

  it.each<[string, StatedIdentity]>([
    ['another name', { ...held, fullName: 'Trần Văn Bình' }],
    ['a middle name left out', { ...held, fullName: 'Nguyễn Thị Ánh' }],
    ['another date of birth', { ...held, dateOfBirth: '1998-04-03' }],
    ['another gender', { ...held, gender: 'MALE' }],
  ])('refuses: %s, with a rule that names nothing held', (_name, submitted) => {
    const rule = repeatReferralIdentityMismatch(submitted, [held]);
    expect(rule?.id).toBe('SOURCING.REPEAT_REFERRAL_IDENTITY_MISMATCH');
    const words = `${rule?.statement} ${rule?.remedy}`;
    expect(words).not.toMatch(/Ngọc|1998|FEMALE/);
    expect(words).toMatch(/national ID number.*full name.*date of birth/);
  });

  it('must agree with every record involved (the record holding the number and the one it was folded into)', () => {
    expect(repeatReferralIdentityMismatch(held, [held, { ...held, dateOfBirth: '1998-05-02' }])?.id).toBe('SOURCING.REPEAT_REFERRAL_IDENTITY_MISMATCH');
    expect(repeatReferralIdentityMismatch(held, [held, { ...held, fullName: 'Nguyen Thi Ngoc Anh' }])).toBeNull();
  });
});
