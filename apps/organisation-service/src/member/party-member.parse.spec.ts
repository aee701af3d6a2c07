import { problemsOf } from '@pdv/testing';
import { parseCorrectMemberRecord, parseRecordMemberMovement, parseRegisterMember, parseSearch } from './party-member.parse';

const MEMBER = '9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const CELL = '5a1d3b7e-2c4f-4e8a-b6d9-1f0e2d3c4b5a';


describe('member input parsing', () => {
  it.each([
    ['TRANSFER_IN', null, ['input.toOrganisationId: is required for TRANSFER_IN']],
    ['INTERNAL_TRANSFER', null, ['input.toOrganisationId: is required for INTERNAL_TRANSFER']],
    ['DEATH', CELL, ['input.toOrganisationId: is only given for TRANSFER_IN and INTERNAL_TRANSFER']],
  ] as const)('a %s movement with destination %s is refused', (kind, to, problems) => {
    expect(problemsOf(() => parseRecordMemberMovement({ memberId: MEMBER, kind, effectiveDate: '2026-01-01', toOrganisationId: to, reason: 'r' }))).toEqual(problems);
  });

  it('accepts a movement with what it needs, keeping the reason as its note', () => {
    expect(parseRecordMemberMovement({ memberId: MEMBER, kind: 'INTERNAL_TRANSFER', effectiveDate: '2026-01-01', toOrganisationId: CELL, reason: ' Điều động ' })).toEqual({
      memberId: MEMBER,
      kind: 'INTERNAL_TRANSFER',
      effectiveDate: '2026-01-01',
      toOrganisationId: CELL,
      note: 'Điều động',
    });
  });

  it('needs a reason and at least one value to correct', () => {
    expect(problemsOf(() => parseCorrectMemberRecord({ memberId: MEMBER, reason: '' }))).toEqual(['input.reason: must not be empty', 'input: give at least one value to correct']);
  });

  it('registers an existing member by default and treats a blank national ID as unknown', () => {
    const command = parseRegisterMember({ organisationId: CELL, fullName: 'An', dateOfBirth: '1980-01-01', gender: 'MALE', status: 'OFFICIAL', nationalId: '  ' });
    expect(command).toMatchObject({ registrationKind: 'EXISTING', nationalId: null, registeredOn: null, ceremonyDate: null });
  });

  it('folds a name search', () => {
    expect(parseSearch('Nguyễn  Đức')).toBe('%nguyen duc%');
    expect(parseSearch(null)).toBeNull();
  });
});
