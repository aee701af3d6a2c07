import { fullYearsOn } from '@pdv/calendar';
import type { OrganisationVersion, PartyMemberRecord, PlacementPeriod, SupervisionAssignment, TargetExemption } from '@pdv/organisation-domain';
import {
  activeVersionsAt,
  applyPlan,
  assertCellForMembers,
  buildTreeAsOf,
  canCellVote,
  checkMemberRecord,
  countMembersOn,
  isCellKind,
  officialDateFor,
  placementPeriods,
  planRegisterOrganisation,
  planSupervisionAssignment,
  planTargetExemption,
  replayMovements,
} from '@pdv/organisation-domain';
import { normaliseFullName, validateNationalId } from '@pdv/vn-identity';
import { DEMO_WARD_DEFAULTS, DEMO_WARD_FORMED, MIN_DEMO_MEMBERS, demoUuid, generateDemoWard } from './demo-ward';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const ward = generateDemoWard();
const { asOf } = ward;
const byId = new Map(ward.organisations.map((o) => [o.organisationId, o]));
const withPeriods = new Map<string, { member: PartyMemberRecord; periods: PlacementPeriod[] }>(
  ward.members.map((member) => [member.memberId, { member, periods: placementPeriods(member, ward.movements) }]),
);

describe('generateDemoWard: shape and counts', () => {
  it('uses the documented defaults', () => {
    expect(ward.seed).toBe(DEMO_WARD_DEFAULTS.seed);
    expect(asOf).toBe(DEMO_WARD_DEFAULTS.asOf);
    expect(ward.members).toHaveLength(DEMO_WARD_DEFAULTS.memberCount);
  });

  it.each([
    ['organisations', ward.organisations.length, 55, 70],
    ['grassroots committees', ward.organisations.filter((o) => o.kind === 'GRASSROOTS_COMMITTEE').length, 5, 8],
    ['grassroots cells', ward.organisations.filter((o) => o.kind === 'GRASSROOTS_CELL').length, 10, 20],
    ['residential-area cells', ward.organisations.filter((o) => o.sector === 'RESIDENTIAL_AREA').length, 15, 25],
    ['probationary members', ward.members.filter((m) => m.status === 'PROBATIONARY').length, 120, 180],
    ['movements', ward.movements.length, 15, 40],
    ['committee members', ward.committeeMemberIds.length, 9, 9],
    ['supervision assignments', ward.supervisionAssignments.length, 35, 50],
  ])('%s: %i (expected %i–%i)', (_what, count, min, max) => {
    expect(count).toBeGreaterThanOrEqual(min);
    expect(count).toBeLessThanOrEqual(max);
  });

  it('has one ward committee at the root, formed on 1 July 2025, with every sector present', () => {
    const roots = ward.organisations.filter((o) => o.parentId === null);
    expect(roots.map((o) => o.organisationId)).toEqual([ward.wardCommitteeId]);
    expect(new Set(ward.organisations.map((o) => o.validFrom))).toEqual(new Set([DEMO_WARD_FORMED]));
    expect(new Set(ward.organisations.map((o) => o.sector)).size).toBe(8);
  });

  it('gives each grassroots committee 2–5 party cells', () => {
    const tree = buildTreeAsOf(ward.organisations, ward.wardCommitteeId, asOf);
    const committees = tree?.children.filter((child) => child.kind === 'GRASSROOTS_COMMITTEE') ?? [];
    expect(committees.length).toBeGreaterThan(0);
    for (const node of committees) {
      expect(node.children.length).toBeGreaterThanOrEqual(2);
      expect(node.children.length).toBeLessThanOrEqual(5);
      expect(node.children.every((child) => child.kind === 'PARTY_CELL')).toBe(true);
    }
  });

  it('uses realistic Vietnamese names for units', () => {
    const names = ward.organisations.map((o) => o.name);
    expect(names).toContain('Đảng bộ phường Đống Đa');
    expect(names).toContain('Đảng bộ Bệnh viện Đa khoa Đống Đa');
    expect(names).toContain('Chi bộ Khu dân cư số 3');
    expect(names.some((name) => name.startsWith('Chi bộ Trường THCS'))).toBe(true);
  });
});

describe('generateDemoWard: every record passes the domain rules', () => {
  it('registers every organisation through the domain (parent kinds, active parents, unique codes)', () => {
    let versions: OrganisationVersion[] = [];
    for (const organisation of ward.organisations) {
      const plan = planRegisterOrganisation(organisation, { versions, today: asOf });
      versions = applyPlan(versions, plan);
    }
    expect(versions).toEqual(ward.organisations);
  });

  it('places every member in a cell', () => {
    for (const member of ward.members) {
      expect(isCellKind(byId.get(member.organisationId)!.kind)).toBe(true);
      expect(() => assertCellForMembers(ward.organisations, member.organisationId, member.registeredOn)).not.toThrow();
    }
  });

  it('passes checkMemberRecord for every member', () => {
    const failures = ward.members.map((member) => checkMemberRecord(member, asOf)).filter((problems) => problems.length > 0);
    expect(failures).toEqual([]);
  });

  it('gives every member a valid national ID agreeing with the date of birth and gender', () => {
    for (const member of ward.members) {
      expect(validateNationalId(member.nationalId!, { dateOfBirth: member.dateOfBirth!, gender: member.gender! })).toEqual({ ok: true });
    }
    const provinces = ward.members.map((m) => m.nationalId!.slice(0, 3));
    const hanoi = provinces.filter((p) => p === '001').length / provinces.length;
    expect(hanoi).toBeGreaterThan(0.7);
    expect(new Set(provinces).size).toBeGreaterThan(5);
  });

  it('writes names in canonical form', () => {
    for (const member of ward.members) expect(normaliseFullName(member.fullName!)).toBe(member.fullName);
  });

  it('makes officials official 12 months after the ceremony and keeps probationers inside their 12 months', () => {
    for (const member of ward.members) {
      if (member.status === 'OFFICIAL') expect(member.officialDate).toBe(officialDateFor(member.ceremonyDate!));
      else expect(officialDateFor(member.ceremonyDate!) > asOf).toBe(true);
    }
  });

  it('replays every member’s movements through the state machine', () => {
    for (const member of ward.members) expect(() => replayMovements(member, ward.movements, asOf)).not.toThrow();
    for (const movement of ward.movements) {
      if (movement.toOrganisationId !== null) expect(isCellKind(byId.get(movement.toOrganisationId)!.kind)).toBe(true);
    }
  });

  it('has movements of the kinds the brief asks for', () => {
    const kinds = new Set(ward.movements.map((m) => m.kind));
    for (const kind of ['TEMPORARY_TRANSFER_OUT', 'ACTIVITY_EXEMPTION_START', 'TRANSFER_OUT', 'DEATH'] as const) expect(kinds).toContain(kind);
  });

  it('leaves every cell able to vote on the asOf date', () => {
    const active = [...activeVersionsAt(ward.organisations, asOf).values()].filter((o) => isCellKind(o.kind));
    for (const cell of active) {
      const counts = countMembersOn([...withPeriods.values()], [cell.organisationId], asOf);
      expect(canCellVote(counts.officialVoteBase)).toBe(true);
    }
    expect(countMembersOn([...withPeriods.values()], active.map((c) => c.organisationId), asOf).total).toBe(
      ward.members.length - ward.movements.filter((m) => m.kind === 'TRANSFER_OUT' || m.kind === 'DEATH').length,
    );
  });

  it('sets target exemptions the domain accepts, for 2025 and 2026', () => {
    let accepted: TargetExemption[] = [];
    for (const exemption of ward.exemptions) accepted = [...accepted, planTargetExemption(exemption, { versions: ward.organisations, exemptions: accepted })];
    expect(accepted).toEqual(ward.exemptions);
    const reasons = (year: number, reason: string) => ward.exemptions.filter((e) => e.year === year && e.reason === reason).length;
    const residentialCells = ward.organisations.filter((o) => o.sector === 'RESIDENTIAL_AREA').length;
    for (const year of [2025, 2026]) {
      expect(reasons(year, 'RESIDENTIAL_AREA_CELL')).toBe(residentialCells);
      expect(reasons(year, 'ALL_STAFF_ARE_MEMBERS')).toBeGreaterThanOrEqual(2);
      expect(reasons(year, 'SOURCE_EXHAUSTED')).toBe(2);
    }
  });

  it('assigns supervisors the domain accepts: official members of the ward-agencies cell', () => {
    const agencies = ward.organisations.find((o) => o.name === 'Chi bộ Các cơ quan Đảng phường')!;
    let accepted: SupervisionAssignment[] = [];
    for (const assignment of ward.supervisionAssignments) {
      const supervisor = withPeriods.get(assignment.committeeMemberId)!;
      expect(supervisor.member.organisationId).toBe(agencies.organisationId);
      accepted = [...accepted, planSupervisionAssignment(assignment, { versions: ward.organisations, assignments: accepted, supervisor })];
    }
    expect(new Set(ward.supervisionAssignments.map((a) => a.committeeMemberId)).size).toBe(9);
    const wardChildren = ward.organisations.filter((o) => o.parentId === ward.wardCommitteeId && o.organisationId !== agencies.organisationId);
    const supervisedOnAsOf = new Set(ward.supervisionAssignments.filter((a) => a.validTo === null).map((a) => a.organisationId));
    expect(supervisedOnAsOf).toEqual(new Set(wardChildren.map((o) => o.organisationId)));
  });
});

describe('generateDemoWard: realism', () => {
  const shareOf = (family: string) => ward.members.filter((m) => m.fullName!.startsWith(`${family} `)).length / ward.members.length;
  const meanAge = (sector: string) => {
    const ages = ward.members.filter((m) => byId.get(m.organisationId)!.sector === sector).map((m) => fullYearsOn(m.dateOfBirth!, asOf));
    return ages.reduce((a, b) => a + b, 0) / ages.length;
  };

  it.each([
    ['Nguyễn', 0.32, 0.44],
    ['Trần', 0.07, 0.15],
    ['Lê', 0.06, 0.13],
    ['Phạm', 0.04, 0.1],
  ])('family name %s has a realistic share', (family, min, max) => {
    expect(shareOf(family)).toBeGreaterThan(min);
    expect(shareOf(family)).toBeLessThan(max);
  });

  it('makes residential cells large and old, enterprise cells young', () => {
    expect(meanAge('RESIDENTIAL_AREA')).toBeGreaterThan(58);
    expect(meanAge('NON_STATE_ENTERPRISE')).toBeLessThan(40);
    const residential = ward.members.filter((m) => byId.get(m.organisationId)!.sector === 'RESIDENTIAL_AREA').length;
    expect(residential / ward.members.length).toBeGreaterThan(0.5);
  });

  it('uses Văn and Thị by gender only', () => {
    for (const member of ward.members) {
      const middle = member.fullName!.split(' ')[1];
      if (middle === 'Văn') expect(member.gender).toBe('MALE');
      if (middle === 'Thị') expect(member.gender).toBe('FEMALE');
    }
  });
});

describe('generateDemoWard: ids and determinism', () => {
  const allIds = (w: ReturnType<typeof generateDemoWard>) => [
    ...w.organisations.map((o) => o.organisationId),
    ...w.members.map((m) => m.memberId),
    ...w.movements.map((m) => m.movementId),
    ...w.exemptions.map((e) => e.exemptionId),
    ...w.supervisionAssignments.map((a) => a.assignmentId),
  ];

  it('uses unique v4-shaped UUIDs', () => {
    const ids = allIds(ward);
    expect(ids.every((id) => UUID_V4.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has no duplicate national IDs or codes', () => {
    const nationalIds = ward.members.map((m) => m.nationalId);
    expect(new Set(nationalIds).size).toBe(nationalIds.length);
    const codes = ward.organisations.map((o) => o.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('gives the same output for the same options', () => {
    expect(generateDemoWard({ seed: 7, memberCount: 600, asOf: '2025-12-31' })).toEqual(generateDemoWard({ seed: 7, memberCount: 600, asOf: '2025-12-31' }));
    expect(generateDemoWard()).toEqual(ward);
  });

  it('gives different data and ids for another seed', () => {
    const other = generateDemoWard({ seed: 8, memberCount: 600, asOf: '2025-12-31' });
    const same = generateDemoWard({ seed: 7, memberCount: 600, asOf: '2025-12-31' });
    expect(other.wardCommitteeId).not.toBe(same.wardCommitteeId);
    expect(other.members[0].fullName === same.members[0].fullName && other.members[1].fullName === same.members[1].fullName).toBe(false);
  });

  it('derives ids from the seed and a label only', () => {
    expect(demoUuid(1, 'organisation:DD')).toBe(demoUuid(1, 'organisation:DD'));
    expect(demoUuid(1, 'organisation:DD')).not.toBe(demoUuid(2, 'organisation:DD'));
    expect(ward.wardCommitteeId).toBe(demoUuid(ward.seed, 'organisation:DD'));
  });

  it.each([
    [{ memberCount: MIN_DEMO_MEMBERS - 1 }, /memberCount/],
    [{ memberCount: 1000.5 }, /memberCount/],
    [{ asOf: '2025-06-30' }, /asOf/],
    [{ asOf: '30/06/2026' }, /asOf/],
  ])('refuses %p', (options, message) => {
    expect(() => generateDemoWard(options)).toThrow(message);
  });

  it.each([
    ['the smallest ward on its first day', { memberCount: MIN_DEMO_MEMBERS, asOf: DEMO_WARD_FORMED }],
    ['a small ward at the end of 2025', { seed: 3, memberCount: 500, asOf: '2025-12-31' }],
    ['a large ward in 2027', { seed: 4, memberCount: 4000, asOf: '2027-03-15' }],
  ])('stays valid for %s', (_case, options) => {
    const other = generateDemoWard(options);
    expect(other.members.flatMap((member) => checkMemberRecord(member, other.asOf))).toEqual([]);
    for (const member of other.members) expect(() => replayMovements(member, other.movements, other.asOf)).not.toThrow();
  });
});
