import { createHash } from 'node:crypto';
import { applyPlan, checkMemberRecord, isCellKind, type OrganisationVersion, planRegisterOrganisation, replayMovements } from '@pdv/organisation-domain';
import { validateNationalId } from '@pdv/vn-identity';
import { generateCityReferrals, REFERRAL_CSV_HEADER } from './city-referrals';
import { CITY_DEFAULTS, cityWardLayout, generateCityWards, planCity } from './city-ward';
import { DEMO_WARD_LAYOUT, generateDemoWard } from './demo-ward';

const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

const plan = planCity({ wards: 4, seed: 11, asOf: '2026-06-30' });
const taken = new Set<string>();
const wards = [...generateCityWards(plan, taken)];
const referrals = generateCityReferrals(plan, 600, taken);

describe('planCity', () => {
  it('has ~200 cells per generated ward and ~25,000 cells and 500,000 members for 126 wards', () => {
    const full = planCity();
    expect(full.wards).toHaveLength(CITY_DEFAULTS.wards);
    expect(full.members).toBe(500_000);
    expect(full.cells).toBeGreaterThan(23_000);
    expect(full.cells).toBeLessThan(27_000);
    expect(full.wards.reduce((sum, ward) => sum + ward.memberCount, 0)).toBe(500_000);
  });

  it.each([1, 2, 3, 60, 125])('gives ward %i a layout in range', (index) => {
    const layout = cityWardLayout(CITY_DEFAULTS.seed, index);
    const cells = layout.units.filter((unit) => isCellKind(unit.kind));
    const count = (kind: string) => layout.units.filter((unit) => unit.kind === kind).length;
    expect(cells.length).toBeGreaterThanOrEqual(150);
    expect(cells.length).toBeLessThanOrEqual(250);
    expect(count('WARD_COMMITTEE')).toBe(1);
    expect(count('GRASSROOTS_COMMITTEE')).toBeGreaterThanOrEqual(10);
    expect(count('GRASSROOTS_COMMITTEE')).toBeLessThanOrEqual(14);
    expect(cells.filter((cell) => cell.sector === 'RESIDENTIAL_AREA').length).toBeGreaterThanOrEqual(95);
    expect(layout.units.map((unit) => unit.code).every((code) => code.startsWith(layout.wardCode))).toBe(true);
  });

  it('keeps ward 0 the demo ward: same layout, and with the demo seed and size the same data', () => {
    expect(cityWardLayout(CITY_DEFAULTS.seed, 0)).toBe(DEMO_WARD_LAYOUT);
    const demoSized = planCity({ wards: 1, memberCount: 3_000 });
    const [first] = generateCityWards(demoSized);
    const { index, ...ward } = first;
    expect(index).toBe(0);
    expect(digest(ward)).toBe(digest(generateDemoWard()));
  });

  it.each([
    [{ wards: 0 }, /wards/],
    [{ wards: 2.5 }, /wards/],
    [{ seed: -1 }, /seed/],
    [{ wards: 3, memberCount: 1_000 }, /memberCount/],
  ])('refuses %p', (options, message) => {
    expect(() => planCity(options)).toThrow(message);
  });
});

describe('generateCityWards', () => {
  it('shares the members among the wards by their cells, each within its plan', () => {
    expect(wards.map((ward) => ward.members.length)).toEqual(plan.wards.map((ward) => ward.memberCount));
    for (const ward of wards.slice(1)) {
      const members = ward.members.length;
      expect(members).toBeGreaterThan(3_000);
      expect(members).toBeLessThan(5_500);
      const probationary = ward.members.filter((m) => m.status === 'PROBATIONARY').length / members;
      expect(probationary).toBeGreaterThan(0.03);
      expect(probationary).toBeLessThan(0.07);
      expect(ward.movements.length).toBeGreaterThanOrEqual(15);
      expect(new Set(ward.movements.map((m) => m.kind))).toEqual(
        new Set(['TEMPORARY_TRANSFER_OUT', 'TEMPORARY_TRANSFER_RETURN', 'ACTIVITY_EXEMPTION_START', 'INTERNAL_TRANSFER', 'TRANSFER_OUT', 'DEATH']),
      );
    }
  });

  it('registers every organisation of the city through the domain (unique codes across wards)', () => {
    let versions: OrganisationVersion[] = [];
    for (const ward of wards) {
      for (const organisation of ward.organisations) versions = applyPlan(versions, planRegisterOrganisation(organisation, { versions, today: plan.asOf }));
    }
    expect(versions).toHaveLength(wards.reduce((sum, ward) => sum + ward.organisations.length, 0));
    expect(wards.map((ward) => ward.organisations.filter((o) => o.parentId === null).map((o) => o.organisationId))).toEqual(wards.map((ward) => [ward.wardCommitteeId]));
  });

  it('passes the member rules for every member and movement', () => {
    for (const ward of wards.slice(1, 2)) {
      expect(ward.members.flatMap((member) => checkMemberRecord(member, plan.asOf))).toEqual([]);
      for (const member of ward.members) expect(() => replayMovements(member, ward.movements, plan.asOf)).not.toThrow();
    }
  });

  it('uses ids and national ID numbers no two wards share', () => {
    const ids = wards.flatMap((w) => [...w.organisations.map((o) => o.organisationId), ...w.members.map((m) => m.memberId), ...w.movements.map((m) => m.movementId), ...w.exemptions.map((e) => e.exemptionId), ...w.supervisionAssignments.map((a) => a.assignmentId)]);
    expect(new Set(ids).size).toBe(ids.length);
    const nationalIds = wards.flatMap((w) => w.members.map((m) => m.nationalId));
    expect(new Set(nationalIds).size).toBe(nationalIds.length);
  });

  it('gives the same city for the same seed, and another for another seed', () => {
    const again = [...generateCityWards(planCity({ wards: 4, seed: 11, asOf: '2026-06-30' }))];
    expect(digest(again)).toBe(digest(wards));
    const other = [...generateCityWards(planCity({ wards: 2, seed: 12, asOf: '2026-06-30' }))];
    expect(other[1].wardCommitteeId).not.toBe(wards[1].wardCommitteeId);
    expect(other[1].members[0].fullName === wards[1].members[0].fullName && other[1].members[1].fullName === wards[1].members[1].fullName).toBe(false);
  });
});

describe('generateCityReferrals', () => {
  const cellCodes = new Set(plan.wards.flatMap((ward) => ward.layout.units.filter((unit) => isCellKind(unit.kind)).map((unit) => unit.code)));
  const rowsOf = (content: string) => content.replace(/^\ufeff/, '').trimEnd().split('\r\n');

  it('writes six files of the template, count/6 rows each, to cells of the plan', () => {
    expect(referrals).toHaveLength(6);
    expect(referrals.map((file) => file.rows)).toEqual([100, 100, 100, 100, 100, 100]);
    expect(new Set(referrals.map((file) => file.massOrganisation.code)).size).toBe(6);
    for (const file of referrals) {
      const lines = rowsOf(file.content);
      expect(lines[0]).toBe(REFERRAL_CSV_HEADER.join(','));
      expect(lines).toHaveLength(file.rows + 1);
      expect(file.cellCodes).toHaveLength(file.rows);
      expect(file.cellCodes.every((code) => cellCodes.has(code))).toBe(true);
      expect(lines.slice(1).every((line, i) => line.includes(`,${file.cellCodes[i]},`))).toBe(true);
    }
    expect(generateCityReferrals(plan, 601, new Set()).map((file) => file.rows)).toEqual([101, 101, 101, 101, 101, 96]);
  });

  it('refers adults with valid national ID numbers that no member holds', () => {
    const memberIds = new Set(wards.flatMap((w) => w.members.map((m) => m.nationalId)));
    for (const file of referrals) {
      for (const line of rowsOf(file.content).slice(1)) {
        const [, dob, gender, nationalId] = line.split(',');
        const [d, m, y] = dob.split('/');
        expect(validateNationalId(nationalId, { dateOfBirth: `${y}-${m}-${d}`, gender: gender === 'Nam' ? 'MALE' : 'FEMALE' })).toEqual({ ok: true });
        expect(memberIds.has(nationalId)).toBe(false);
        expect(Number(plan.asOf.slice(0, 4)) - Number(y)).toBeGreaterThanOrEqual(18);
      }
    }
  });

  it('is deterministic', () => {
    const again = new Set<string>();
    for (const _ of generateCityWards(plan, again));
    expect(digest(generateCityReferrals(plan, 600, again))).toBe(digest(referrals));
  });
});
