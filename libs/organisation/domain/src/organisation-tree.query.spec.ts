import { TODAY, WARD_FORMED, outline, row, wardVersions } from './organisation.fixtures';
import {
  activeVersionsAt,
  applyPlan,
  buildTreeAsOf,
  descendantIdsAsOf,
  isActiveDuring,
  isCellKind,
  isParentKindAllowed,
  openVersionOf,
  versionAt,
  versionsOf,
} from './organisation-tree.query';
import type { OrganisationKind } from './organisation.types';

describe('parent kinds and cells', () => {
  it.each<[OrganisationKind, OrganisationKind | null, boolean]>([
    ['WARD_COMMITTEE', null, true],
    ['WARD_COMMITTEE', 'WARD_COMMITTEE', false],
    ['GRASSROOTS_COMMITTEE', 'WARD_COMMITTEE', true],
    ['GRASSROOTS_COMMITTEE', 'GRASSROOTS_COMMITTEE', false],
    ['GRASSROOTS_COMMITTEE', null, false],
    ['GRASSROOTS_CELL', 'WARD_COMMITTEE', true],
    ['GRASSROOTS_CELL', 'GRASSROOTS_COMMITTEE', false],
    ['PARTY_CELL', 'GRASSROOTS_COMMITTEE', true],
    ['PARTY_CELL', 'WARD_COMMITTEE', true],
    ['PARTY_CELL', 'GRASSROOTS_CELL', false],
    ['PARTY_CELL', 'PARTY_CELL', false],
    ['PARTY_CELL', null, false],
  ])('%s under %s: %p', (kind, parentKind, expected) => {
    expect(isParentKindAllowed(kind, parentKind)).toBe(expected);
  });

  it.each<[OrganisationKind, boolean]>([
    ['WARD_COMMITTEE', false],
    ['GRASSROOTS_COMMITTEE', false],
    ['GRASSROOTS_CELL', true],
    ['PARTY_CELL', true],
  ])('isCellKind(%s) = %p', (kind, expected) => {
    expect(isCellKind(kind)).toBe(expected);
  });
});

describe('versionAt', () => {
  const history = [
    row('x', 'ward', 'PARTY_CELL', 'OTHER', 'A', '2025-07-01', '2025-08-01'),
    row('x', 'ward', 'PARTY_CELL', 'OTHER', 'B', '2025-08-01', '2025-08-01'), // superseded the day it began
    row('x', 'ward', 'PARTY_CELL', 'OTHER', 'C', '2025-08-01', null),
  ];

  it.each([
    ['2025-06-30', undefined],
    ['2025-07-01', 'A'],
    ['2025-07-31', 'A'],
    ['2025-08-01', 'C'],
    ['2030-01-01', 'C'],
  ])('on %s the code is %s', (date, code) => {
    expect(versionAt(history, date)?.code).toBe(code);
  });

  it('picks one organisation out of many when given its id', () => {
    expect(versionAt(wardVersions(), TODAY, 'school')?.code).toBe('DD.THPT');
  });

  it('refuses rows of several organisations without an id', () => {
    expect(() => versionAt(wardVersions(), TODAY)).toThrow(/several organisations/);
  });

  it('lists rows oldest first and finds the open one', () => {
    expect(versionsOf([...history].reverse(), 'x').map((v) => v.code)).toEqual(['A', 'B', 'C']);
    expect(openVersionOf(history, 'x')?.code).toBe('C');
    expect(openVersionOf(wardVersions(), 'old')).toBeUndefined();
  });

  it.each([
    ['old', '2025-01-01', '2025-07-01', false],
    ['old', '2025-07-31', '2025-08-01', true],
    ['old', '2025-08-01', null, false],
    ['ward', '2030-01-01', null, true],
  ])('isActiveDuring(%s, [%s, %s)) = %p', (id, from, to, expected) => {
    expect(isActiveDuring(wardVersions(), id, from, to)).toBe(expected);
  });
});

describe('buildTreeAsOf and descendantIdsAsOf', () => {
  it.each([
    ['2025-06-30', '-'],
    [
      WARD_FORMED,
      'DD(DD.BV(DD.BV.01,DD.BV.02),DD.CQ,DD.CTY,DD.KDC01,DD.KDC02,DD.OLD,DD.THPT(DD.THPT.01))',
    ],
    [TODAY, 'DD(DD.BV(DD.BV.01,DD.BV.02),DD.CQ,DD.CTY,DD.KDC01,DD.KDC02,DD.THPT(DD.THPT.01))'],
  ])('the ward on %s: %s', (date, expected) => {
    expect(outline(buildTreeAsOf(wardVersions(), 'ward', date))).toBe(expected);
  });

  it('builds a subtree from any root', () => {
    expect(outline(buildTreeAsOf(wardVersions(), 'hospital', TODAY))).toBe('DD.BV(DD.BV.01,DD.BV.02)');
  });

  it.each([
    ['hospital', false, ['hospital-1', 'hospital-2']],
    ['hospital', true, ['hospital', 'hospital-1', 'hospital-2']],
    ['res-1', false, []],
    ['old', true, []], // not active on the date
  ])('descendants of %s (includeSelf %p)', (root, includeSelf, expected) => {
    expect(descendantIdsAsOf(wardVersions(), root, TODAY, { includeSelf })).toEqual(expected);
  });

  it('lists the whole ward breadth first', () => {
    const ids = descendantIdsAsOf(wardVersions(), 'ward', TODAY);
    expect(ids.slice(0, 6)).toEqual(['hospital', 'agencies', 'company', 'res-1', 'res-2', 'school']);
    expect(ids).toHaveLength(9);
  });

  it('knows every organisation active on a date', () => {
    expect(activeVersionsAt(wardVersions(), TODAY).size).toBe(10);
    expect(activeVersionsAt(wardVersions(), WARD_FORMED).size).toBe(11);
  });
});

describe('applyPlan', () => {
  it('closes the open row it names and adds the new rows', () => {
    const result = applyPlan(wardVersions(), {
      close: [{ organisationId: 'res-2', validFrom: WARD_FORMED, validTo: TODAY }],
      open: [{ ...row('res-2', 'ward', 'PARTY_CELL', 'RESIDENTIAL_AREA', 'DD.KDC02'), name: 'Chi bộ Khu dân cư số 2', validFrom: TODAY }],
    });
    expect(versionsOf(result, 'res-2').map((v) => [v.validFrom, v.validTo, v.name])).toEqual([
      [WARD_FORMED, TODAY, 'Tổ chức DD.KDC02'],
      [TODAY, null, 'Chi bộ Khu dân cư số 2'],
    ]);
  });
});
