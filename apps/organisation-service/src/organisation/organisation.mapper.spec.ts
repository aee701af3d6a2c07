import { lastDayOf, toClosure, toOrganisation, toTreeNode } from './organisation.mapper';
import type { OrganisationClosureView, OrganisationVersionView } from './organisation.queries';

const view = (overrides: Partial<OrganisationVersionView> = {}): OrganisationVersionView => ({
  id: 'org-1',
  code: 'DD.KDC01',
  name: 'Chi bộ Khu dân cư số 1',
  kind: 'PARTY_CELL',
  sector: 'RESIDENTIAL_AREA',
  parentId: 'ward',
  validFrom: '2025-07-01',
  validTo: null,
  nameSortKey: 'key',
  ...overrides,
});

describe('organisation mapper', () => {
  it('keeps the date a view describes, for nested fields', () => {
    expect(toOrganisation(view(), '2026-01-01')).toMatchObject({ id: 'org-1', asOf: '2026-01-01', nameSortKey: 'key', parentId: 'ward' });
  });

  it.each([
    [{ validFrom: '2025-07-01', validTo: null }, '2025-07-01'],
    [{ validFrom: '2025-07-01', validTo: '2026-03-01' }, '2026-02-28'],
    [{ validFrom: '2024-02-01', validTo: '2024-03-01' }, '2024-02-29'],
    // Superseded on the day it began: in force on no day, shown as of its first day.
    [{ validFrom: '2026-03-01', validTo: '2026-03-01' }, '2026-03-01'],
  ])('the last day of %j is %s', (period, expected) => {
    expect(lastDayOf(period)).toBe(expected);
  });

  it('shows no closure for an organisation that exists, and a recorded one in full', () => {
    const open: OrganisationClosureView = {
      id: 'org-1',
      closedOn: null,
      closureReason: null,
      successorIds: null,
      closedAt: null,
      closedBy: null,
      closedByRole: null,
      closureNote: null,
      createdAt: '2025-07-01 00:00:00+00',
      createdBy: 'u',
    };
    expect(toClosure(open)).toBeNull();
    expect(
      toClosure({ ...open, closedOn: '2026-03-01', closureReason: 'MERGED', successorIds: ['org-9'], closedAt: '2026-03-02 08:00:00+00', closedBy: 'u-2', closureNote: 'QĐ 21' }),
    ).toMatchObject({ organisationId: 'org-1', effectiveDate: '2026-03-01', reason: 'MERGED', successorIds: ['org-9'], recordedAt: new Date('2026-03-02T08:00:00Z'), note: 'QĐ 21' });
  });

  it('maps a tree recursively, every node as of the tree’s date', () => {
    const node = toTreeNode({ view: view({ id: 'ward', parentId: null }), depth: 0, children: [{ view: view(), depth: 1, children: [] }] }, '2026-01-01');
    expect(node.depth).toBe(0);
    expect(node.children[0]).toMatchObject({ depth: 1, organisation: { id: 'org-1', asOf: '2026-01-01' }, children: [] });
  });
});
