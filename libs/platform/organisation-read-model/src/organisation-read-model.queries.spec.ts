import type { OrgReadModelRow } from './organisation-read-model.entity';
import { isActiveCell } from './organisation-read-model.queries';

const org = (kind: OrgReadModelRow['kind'], active: boolean): OrgReadModelRow => ({
  id: 'o', parentId: null, kind, sector: 'ADMINISTRATIVE', code: 'C', name: 'N', validFrom: '2025-01-01',
  closedOn: active ? null : '2026-01-01', active, lastEventAt: new Date(0), updatedAt: new Date(0),
});

describe('isActiveCell', () => {
  it.each([
    [org('PARTY_CELL', true), true],
    [org('GRASSROOTS_CELL', true), true],
    [org('PARTY_CELL', false), false],
    [org('GRASSROOTS_COMMITTEE', true), false],
    [org('WARD_COMMITTEE', true), false],
    [null, false],
  ] as const)('%j → %s', (row, expected) => {
    expect(isActiveCell(row)).toBe(expected);
  });
});
