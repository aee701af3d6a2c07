import type { AppError } from '@pdv/errors';
import { assertValidMemberRecord } from './member-record.validation';

const TODAY = '2026-07-15';
const valid = {
  memberId: 'm-1',
  fullName: '  trần văn  bảo ',
  dateOfBirth: '1990-05-05',
  gender: 'MALE' as const,
  nationalId: ' 001090000123 ',
  organisationId: 'cell-1',
  status: 'OFFICIAL' as const,
  admissionDecisionDate: '2015-01-01',
  ceremonyDate: '2015-02-01',
  officialDate: '2016-02-01',
  candidateId: null,
  registeredOn: '2025-07-01',
};

function failure(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    return error as AppError;
  }
  throw new Error('expected a refusal');
}

describe('assertValidMemberRecord', () => {
  it('returns the record normalised', () => {
    expect(assertValidMemberRecord(valid, TODAY)).toMatchObject({ fullName: 'Trần Văn Bảo', nationalId: '001090000123' });
  });

  it('reports malformed values as BAD_USER_INPUT, every one of them', () => {
    const error = failure(() => assertValidMemberRecord({ ...valid, fullName: ' ', dateOfBirth: '1990-02-30' }, TODAY));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.problems?.map((p) => p.field)).toEqual(['input.fullName', 'input.dateOfBirth']);
  });

  it('reports broken rules as RULE_VIOLATION naming the first rule and listing all', () => {
    const error = failure(() => assertValidMemberRecord({ ...valid, officialDate: '2016-01-01', registeredOn: '2026-08-01' }, TODAY));
    expect(error.code).toBe('RULE_VIOLATION');
    expect(error.rule).toBe('MEMBER.DATE_NOT_IN_FUTURE');
    expect(String(error.details?.rules).split(',').sort()).toEqual(['MEMBER.DATE_NOT_IN_FUTURE', 'MEMBER.OFFICIAL_DATE_AFTER_PROBATION']);
    expect(error.message).not.toMatch(/Bảo|001090000123/);
  });
});
