import { outcomeOf, row, wardVersions } from './organisation.fixtures';
import { DEFAULT_ORGANISATION_POLICY } from './organisation.policy';
import type { TargetExemption, TargetExemptionInput } from './target-exemption.rules';
import { TARGET_EXEMPTION_REASONS, exemptionReasonFor, planTargetExemption, revokeTargetExemption } from './target-exemption.rules';

const versions = [
  ...wardVersions(),
  // A cell re-classified from 2026: residential in 2025, other from 2026.
  row('moved-sector', 'ward', 'PARTY_CELL', 'RESIDENTIAL_AREA', 'DD.KDC09', '2025-07-01', '2026-01-01'),
  row('moved-sector', 'ward', 'PARTY_CELL', 'OTHER', 'DD.KDC09', '2026-01-01', null),
  row('public', 'ward', 'GRASSROOTS_CELL', 'PUBLIC_SERVICE', 'DD.TTVH'),
];
const existing: TargetExemption[] = [
  { exemptionId: 'e-1', organisationId: 'res-2', year: 2025, reason: 'RESIDENTIAL_AREA_CELL', revokedOn: null },
  { exemptionId: 'e-2', organisationId: 'company', year: 2025, reason: 'SOURCE_EXHAUSTED', revokedOn: '2025-09-01' },
];
const exempt = (input: Partial<TargetExemptionInput>, policy = DEFAULT_ORGANISATION_POLICY) =>
  planTargetExemption({ exemptionId: 'e-new', organisationId: 'res-1', year: 2025, reason: 'RESIDENTIAL_AREA_CELL', ...input }, { versions, exemptions: existing, policy });

describe('planTargetExemption', () => {
  it('returns the exemption in force (worked example: a residential-area cell for 2025)', () => {
    expect(exempt({})).toEqual({ exemptionId: 'e-new', organisationId: 'res-1', year: 2025, reason: 'RESIDENTIAL_AREA_CELL', revokedOn: null });
  });

  it.each<[string, Partial<TargetExemptionInput>, string]>([
    ['a residential-area cell, 2030', { year: 2030 }, 'OK'],
    ['ward agencies whose staff are all members', { organisationId: 'agencies', reason: 'ALL_STAFF_ARE_MEMBERS' }, 'OK'],
    ['a public-service unit whose staff are all members', { organisationId: 'public', reason: 'ALL_STAFF_ARE_MEMBERS' }, 'OK'],
    ['a company whose source is exhausted', { organisationId: 'company', reason: 'SOURCE_EXHAUSTED' }, 'OK'], // e-2 was revoked
    ['a committee whose source is exhausted', { organisationId: 'school', reason: 'SOURCE_EXHAUSTED' }, 'OK'],
    ['an organisation closed during the year', { organisationId: 'old', reason: 'SOURCE_EXHAUSTED' }, 'OK'],
    ['residential in 2025 by its sector that year', { organisationId: 'moved-sector', year: 2025 }, 'OK'],
    ['residential in 2026 after re-classification', { organisationId: 'moved-sector', year: 2026 }, 'ORG.EXEMPTION_RESIDENTIAL_AREA_SECTOR'],
    ['the residential reason for a company', { organisationId: 'company' }, 'ORG.EXEMPTION_RESIDENTIAL_AREA_SECTOR'],
    ['all staff members in a company', { organisationId: 'company', reason: 'ALL_STAFF_ARE_MEMBERS' }, 'ORG.EXEMPTION_ALL_STAFF_SECTOR'],
    ['all staff members in a school', { organisationId: 'school', reason: 'ALL_STAFF_ARE_MEMBERS' }, 'ORG.EXEMPTION_ALL_STAFF_SECTOR'],
    ['a year before the term', { year: 2024 }, 'ORG.EXEMPTION_YEAR_IN_TERM'],
    ['a year after the term', { year: 2031 }, 'ORG.EXEMPTION_YEAR_IN_TERM'],
    ['a closed organisation the year after', { organisationId: 'old', year: 2026, reason: 'SOURCE_EXHAUSTED' }, 'ORG.EXEMPTION_ACTIVE_IN_YEAR'],
    ['a second exemption for the year', { organisationId: 'res-2' }, 'CONFLICT'],
    ['an unknown organisation', { organisationId: 'nowhere' }, 'NOT_FOUND'],
    ['an unknown reason', { reason: 'TOO_SMALL' as never }, 'BAD_USER_INPUT'],
    ['a fractional year', { year: 2025.5 }, 'BAD_USER_INPUT'],
  ])('%s → %s', (_case, input, expected) => {
    expect(outcomeOf(() => exempt(input))).toBe(expected);
  });

  it('reads the term from the policy', () => {
    expect(outcomeOf(() => exempt({ year: 2031 }, { ...DEFAULT_ORGANISATION_POLICY, planTerm: { firstYear: 2030, lastYear: 2035 } }))).toBe('OK');
  });

  it('lists the contract’s reasons', () => {
    expect([...TARGET_EXEMPTION_REASONS].sort()).toEqual(['ALL_STAFF_ARE_MEMBERS', 'RESIDENTIAL_AREA_CELL', 'SOURCE_EXHAUSTED']);
  });
});

describe('revoking and reading exemptions', () => {
  it('keeps the row, marked revoked', () => {
    expect(revokeTargetExemption(existing[0], '2025-10-01')).toEqual({ ...existing[0], revokedOn: '2025-10-01' });
  });

  it.each<[string, TargetExemption, string, string]>([
    ['an exemption in force', existing[0], '2025-10-01', 'OK'],
    ['a revoked exemption', existing[1], '2025-10-01', 'ORG.EXEMPTION_ALREADY_REVOKED'],
    ['a malformed date', existing[0], '1/10/2025', 'BAD_USER_INPUT'],
  ])('revoking %s → %s', (_case, exemption, date, expected) => {
    expect(outcomeOf(() => revokeTargetExemption(exemption, date))).toBe(expected);
  });

  it.each([
    ['res-2', 2025, 'RESIDENTIAL_AREA_CELL'],
    ['res-2', 2026, null],
    ['company', 2025, null], // revoked
  ])('%s in %i is exempt for %s', (organisationId, year, expected) => {
    expect(exemptionReasonFor(existing, organisationId, year)).toBe(expected);
  });
});
