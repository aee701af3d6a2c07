import { TODAY, memberRecord, outcomeOf } from './organisation.fixtures';
import { checkMemberRecord, memberSince, officialDateFor, recogniseOfficial, validateMemberRecord } from './party-member.rules';
import type { PartyMemberRecord } from './party-member.types';

const probationer = (overrides: Partial<PartyMemberRecord> = {}) =>
  memberRecord({
    memberId: 'm-2',
    fullName: 'Trần Thị Bình',
    dateOfBirth: '2001-11-02',
    gender: 'FEMALE',
    nationalId: '001301004567',
    status: 'PROBATIONARY',
    admissionDecisionDate: '2025-03-10',
    ceremonyDate: '2025-03-26',
    officialDate: null,
    candidateId: 'c-2',
    registeredOn: '2025-07-01',
    ...overrides,
  });

describe('officialDateFor', () => {
  it.each([
    ['2024-03-26', '2025-03-26'],
    ['2024-12-31', '2025-12-31'],
    ['2024-02-29', '2025-02-28'], // 12 months end on the last day of a shorter month
  ])('a ceremony on %s → official from %s', (ceremony, official) => {
    expect(officialDateFor(ceremony)).toBe(official);
  });
});

describe('memberSince', () => {
  it.each([
    ['2010-03-19', '2025-07-01', '2010-03-19'],
    [null, '2025-07-01', '2025-07-01'], // an existing member with unknown dates counts from registration
  ])('ceremony %s, registered %s → %s', (ceremonyDate, registeredOn, expected) => {
    expect(memberSince({ ceremonyDate, registeredOn })).toBe(expected);
  });
});

describe('checkMemberRecord', () => {
  it.each<[string, Partial<PartyMemberRecord>]>([
    ['an official member with full data', {}],
    ['a newly admitted member whose personal data is not in yet', { fullName: null, dateOfBirth: null, gender: null, nationalId: null }],
    ['an existing member with unknown dates', { admissionDecisionDate: null, ceremonyDate: null, officialDate: null }],
    ['an official date known, the ceremony not', { ceremonyDate: null, admissionDecisionDate: null, officialDate: '2011-03-19' }],
    ['exactly 18 on the decision date', { dateOfBirth: '1992-03-01', nationalId: '001092012345' }],
    ['a ceremony on the decision day', { ceremonyDate: '2010-03-01', officialDate: '2011-03-01' }],
    ['a name in any case and spacing', { fullName: '  nguyễn   VĂN an ' }],
    ['a national ID with surrounding spaces', { nationalId: ' 001080012345 ' }],
    ['everything on today', { admissionDecisionDate: TODAY, ceremonyDate: TODAY, status: 'PROBATIONARY', officialDate: null, registeredOn: TODAY }],
  ])('accepts %s', (_case, overrides) => {
    expect(checkMemberRecord(memberRecord(overrides), TODAY)).toEqual([]);
  });

  it('accepts a probationary member', () => {
    expect(checkMemberRecord(probationer(), TODAY)).toEqual([]);
  });

  it.each<[string, Partial<PartyMemberRecord>, string, string | null]>([
    ['17 on the decision date', { dateOfBirth: '1992-03-02', nationalId: '001092012345' }, 'dateOfBirth', 'MEMBER.MIN_AGE_AT_ADMISSION'],
    ['a ceremony before the decision', { ceremonyDate: '2010-02-28', officialDate: '2011-02-28' }, 'ceremonyDate', 'MEMBER.ADMISSION_BEFORE_CEREMONY'],
    ['an official date not 12 months after the ceremony', { officialDate: '2011-04-01' }, 'officialDate', 'MEMBER.OFFICIAL_DATE_AFTER_PROBATION'],
    ['an official member with the ceremony known and no official date', { officialDate: null }, 'officialDate', 'MEMBER.OFFICIAL_DATE_AFTER_PROBATION'],
    ['a probationary member with an official date', { status: 'PROBATIONARY' }, 'officialDate', 'MEMBER.OFFICIAL_DATE_AFTER_PROBATION'],
    ['a probationary member without a ceremony date', { status: 'PROBATIONARY', ceremonyDate: null, officialDate: null }, 'ceremonyDate', 'MEMBER.PROBATIONER_DATES_KNOWN'],
    ['a probationary member without a decision date', { status: 'PROBATIONARY', admissionDecisionDate: null, officialDate: null }, 'admissionDecisionDate', 'MEMBER.PROBATIONER_DATES_KNOWN'],
    ['a registration before the ceremony', { registeredOn: '2010-03-18' }, 'registeredOn', 'MEMBER.REGISTERED_AFTER_CEREMONY'],
    ['a registration tomorrow', { registeredOn: '2025-09-16' }, 'registeredOn', 'MEMBER.DATE_NOT_IN_FUTURE'],
    ['a birth date in the future', { dateOfBirth: '2030-01-01', nationalId: null, admissionDecisionDate: null }, 'dateOfBirth', 'MEMBER.DATE_NOT_IN_FUTURE'],
    ['a national ID of the wrong length', { nationalId: '00108001234' }, 'nationalId', 'MEMBER.NATIONAL_ID_VALID'],
    ['a national ID of the other gender', { gender: 'FEMALE' }, 'nationalId', 'MEMBER.NATIONAL_ID_VALID'],
    ['a national ID of another birth year', { dateOfBirth: '1981-05-20' }, 'nationalId', 'MEMBER.NATIONAL_ID_VALID'],
    ['a national ID with an unknown province', { nationalId: '003080012345' }, 'nationalId', 'MEMBER.NATIONAL_ID_VALID'],
    ['a blank name', { fullName: '   ' }, 'fullName', null],
    ['an unknown gender', { gender: 'OTHER' as never }, 'gender', null],
    ['an unknown status', { status: 'CANDIDATE' as never }, 'status', null],
    ['a malformed date', { ceremonyDate: '19/03/2010' }, 'ceremonyDate', null],
    ['no cell', { organisationId: '' }, 'organisationId', null],
  ])('reports %s', (_case, overrides, field, rule) => {
    expect(checkMemberRecord(memberRecord(overrides), TODAY)).toEqual([expect.objectContaining({ field, rule })]);
  });

  it('reports every problem at once', () => {
    const problems = checkMemberRecord(
      memberRecord({ dateOfBirth: '1995-01-01', nationalId: '001080012345', ceremonyDate: '2010-02-01', officialDate: '2011-03-01', registeredOn: '2026-01-01' }),
      TODAY,
    );
    expect(problems.map((p) => p.rule)).toEqual([
      'MEMBER.DATE_NOT_IN_FUTURE',
      'MEMBER.NATIONAL_ID_VALID',
      'MEMBER.MIN_AGE_AT_ADMISSION',
      'MEMBER.ADMISSION_BEFORE_CEREMONY',
      'MEMBER.OFFICIAL_DATE_AFTER_PROBATION',
    ]);
  });

  it('never repeats the name or the national ID in a message', () => {
    const record = memberRecord({ gender: 'FEMALE', fullName: 'Lê Thị Cúc', dateOfBirth: '1981-05-20' });
    const text = JSON.stringify(checkMemberRecord(record, TODAY));
    expect(text).not.toContain('001080012345');
    expect(text).not.toContain('Cúc');
    expect(text).not.toContain('1981');
  });
});

describe('validateMemberRecord', () => {
  it('returns the record normalised', () => {
    expect(validateMemberRecord(memberRecord({ fullName: ' nguyễn  văn AN', nationalId: ' 001080012345' }), TODAY)).toEqual(memberRecord());
  });

  it('throws BAD_USER_INPUT listing every problem by field', () => {
    expect(() => validateMemberRecord(memberRecord({ gender: 'FEMALE', registeredOn: '2026-01-01' }), TODAY)).toThrow(
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        problems: [
          { field: 'registeredOn', message: expect.stringContaining('(rule MEMBER.DATE_NOT_IN_FUTURE)') },
          { field: 'nationalId', message: expect.stringContaining('(rule MEMBER.NATIONAL_ID_VALID)') },
        ],
      }),
    );
  });
});

describe('recogniseOfficial', () => {
  it('makes the member official from the end of the 12 months, however late the decision (worked example)', () => {
    expect(recogniseOfficial(probationer(), '2026-04-20')).toEqual(probationer({ status: 'OFFICIAL', officialDate: '2026-03-26' }));
  });

  it.each<[string, PartyMemberRecord, string, string]>([
    ['on the last day of probation', probationer(), '2026-03-25', 'MEMBER.RECOGNITION_AFTER_PROBATION'],
    ['on the first day after probation', probationer(), '2026-03-26', 'OK'],
    ['six months in', probationer(), '2025-09-26', 'MEMBER.RECOGNITION_AFTER_PROBATION'],
    ['an official member', memberRecord(), '2026-03-26', 'MEMBER.RECOGNITION_ONLY_PROBATIONARY'],
    ['a probationer with no ceremony date', probationer({ ceremonyDate: null }), '2026-03-26', 'MEMBER.PROBATIONER_DATES_KNOWN'],
  ])('%s → %s', (_case, member, decidedOn, expected) => {
    expect(outcomeOf(() => recogniseOfficial(member, decidedOn))).toBe(expected);
  });

  it('yields a record that passes validation once the official date has come', () => {
    expect(checkMemberRecord(recogniseOfficial(probationer(), '2026-03-30'), '2026-03-30')).toEqual([]);
  });
});
