import { vietnameseSortKey } from '@pdv/vn-identity';
import { newMemberRow } from './member-record';
import { toMemberCorrection, toPartyMember } from './party-member.mapper';

const record = {
  memberId: 'm-1',
  fullName: 'Nguyễn Thị Hoa',
  dateOfBirth: '1990-01-01',
  gender: 'FEMALE' as const,
  nationalId: '001190000001',
  organisationId: 'cell-1',
  status: 'OFFICIAL' as const,
  admissionDecisionDate: '2015-01-01',
  ceremonyDate: '2015-02-01',
  officialDate: '2016-02-01',
  candidateId: null,
  registeredOn: '2025-07-01',
};

describe('member rows and their API view', () => {
  it('derives the sort and search columns from the name; a pending name sorts first and matches nothing', () => {
    const row = newMemberRow(record, 'EXISTING', { id: 'u-1', role: 'PARTY_BUILDING_BOARD' }, new Date('2026-01-01T00:00:00Z'));
    expect(row).toMatchObject({ searchName: 'nguyen thi hoa', cellId: 'cell-1', active: true, stateAsOf: '2025-07-01', createdBy: 'u-1' });
    expect(row.nameSortKey).toBe(vietnameseSortKey('Nguyễn Thị Hoa'));
    const pending = newMemberRow({ ...record, fullName: null, dateOfBirth: null, gender: null, nationalId: null }, 'ADMITTED', { id: 'system', role: null }, new Date());
    expect(pending).toMatchObject({ nameSortKey: '', searchName: '', fullName: null });
  });

  it('shows the status on the date asked for, and the cell a list placed the member in', () => {
    const row = newMemberRow(record, 'EXISTING', { id: 'u-1', role: null }, new Date());
    expect(toPartyMember(row, '2016-01-31').status).toBe('PROBATIONARY');
    expect(toPartyMember(row, '2026-01-01')).toMatchObject({ status: 'OFFICIAL', organisationId: 'cell-1', recordComplete: true, storedNationalId: '001190000001', homeCellId: 'cell-1' });
    expect(toPartyMember(row, '2026-01-01', 'cell-2')).toMatchObject({ organisationId: 'cell-2', homeCellId: 'cell-1' });
    const pending = newMemberRow({ ...record, fullName: null, dateOfBirth: null, gender: null }, 'ADMITTED', { id: 's', role: null }, new Date());
    expect(toPartyMember(pending, '2026-01-01').recordComplete).toBe(false);
  });

  it('keeps a correction’s stored values out of its public fields (they are resolved with masking)', () => {
    const correction = toMemberCorrection(
      { id: 'c-1', memberId: 'm-1', kind: 'CORRECTION', field: 'NATIONAL_ID', oldValue: 'a', newValue: 'b', reason: 'r', correctedAt: new Date(0), correctedBy: 'u', correctedByRole: null },
      'cell-1',
    );
    expect(correction).toMatchObject({ storedOldValue: 'a', storedNewValue: 'b', homeCellId: 'cell-1', field: 'NATIONAL_ID' });
    expect(Object.keys(correction)).not.toContain('oldValue');
  });
});
