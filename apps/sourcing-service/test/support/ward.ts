import type { Identity } from '@pdv/auth';
import { memberRegistered, organisationRegistered } from '@pdv/contracts';
import { demoPerson, type DemoPerson, seededRandom, syntheticNationalId } from '../../src/seed/demo-people';
import { type Harness, newId, waitFor } from './harness';

/**
 * A small ward, announced by the organisation "service" over NATS: the ward committee, a
 * grassroots committee with cells A and B, and cell C directly under the ward; members of
 * every standing a mentor rule cares about.
 */
export interface TestWard {
  wardId: string;
  grassrootsId: string;
  cellA: string;
  cellB: string;
  cellC: string;
  members: {
    officialA1: string;
    officialA2: string;
    officialA3: string;
    officialA4: string;
    probationaryA: string;
    awayA: string;
    exemptA: string;
    officialB: string;
  };
  massOrganisations: { front: string; youth: string; youthBranch: string; women: string; veterans: string };
  who: {
    board: Identity;
    standing: Identity;
    committeeMember: Identity;
    auditor: Identity;
    trainingCentre: Identity;
    secretaryA: Identity;
    secretaryB: Identity;
    secretaryGrassroots: Identity;
    secretaryC: Identity;
    youthStaff: Identity;
    womenStaff: Identity;
    frontStaff: Identity;
    anonymous: null;
  };
  noticeVersion: string;
}

export async function announceWard(h: Harness): Promise<Pick<TestWard, 'wardId' | 'grassrootsId' | 'cellA' | 'cellB' | 'cellC' | 'members'>> {
  const wardId = newId();
  const grassrootsId = newId();
  const cellA = newId();
  const cellB = newId();
  const cellC = newId();
  const org = (organisationId: string, parentId: string | null, kind: 'WARD_COMMITTEE' | 'GRASSROOTS_COMMITTEE' | 'PARTY_CELL' | 'GRASSROOTS_CELL', code: string, name: string) => ({
    aggregateId: organisationId,
    data: { organisationId, parentId, kind, sector: 'RESIDENTIAL_AREA' as const, code, name, validFrom: '2025-07-01' },
  });
  await h.organisation.publish(organisationRegistered, [
    org(wardId, null, 'WARD_COMMITTEE', 'DU-PHUONG', 'Đảng ủy phường Đông Đa'),
    org(grassrootsId, wardId, 'GRASSROOTS_COMMITTEE', 'DBCS-01', 'Đảng bộ cơ sở số 1'),
    org(cellA, grassrootsId, 'PARTY_CELL', 'CB-A', 'Chi bộ khu dân cư A'),
    org(cellB, grassrootsId, 'PARTY_CELL', 'CB-B', 'Chi bộ khu dân cư B'),
    org(cellC, wardId, 'GRASSROOTS_CELL', 'CB-C', 'Chi bộ cơ sở C'),
  ]);
  const members = {
    officialA1: newId(),
    officialA2: newId(),
    officialA3: newId(),
    officialA4: newId(),
    probationaryA: newId(),
    awayA: newId(),
    exemptA: newId(),
    officialB: newId(),
  };
  const member = (memberId: string, organisationId: string, status: 'OFFICIAL' | 'PROBATIONARY', extra: { temporarilyAway?: boolean; activityExempt?: boolean } = {}) => ({
    aggregateId: memberId,
    data: {
      memberId,
      organisationId,
      status,
      active: true,
      temporarilyAway: extra.temporarilyAway ?? false,
      activityExempt: extra.activityExempt ?? false,
      candidateId: null,
      admissionDecisionDate: null,
      officialDate: status === 'OFFICIAL' ? '2015-01-01' : null,
    },
  });
  await h.organisation.publish(memberRegistered, [
    member(members.officialA1, cellA, 'OFFICIAL'),
    member(members.officialA2, cellA, 'OFFICIAL'),
    member(members.officialA3, cellA, 'OFFICIAL'),
    member(members.officialA4, cellA, 'OFFICIAL'),
    member(members.probationaryA, cellA, 'PROBATIONARY'),
    member(members.awayA, cellA, 'OFFICIAL', { temporarilyAway: true }),
    member(members.exemptA, cellA, 'OFFICIAL', { activityExempt: true }),
    member(members.officialB, cellB, 'OFFICIAL'),
  ]);
  await waitFor(
    async () => {
      const [row] = await h.sql<{ orgs: string; members: string }>(
        'select (select count(*) from org_read_model) as orgs, (select count(*) from member_read_model) as members',
      );
      return Number(row.orgs) === 5 && Number(row.members) === 8;
    },
    { what: 'the read model to hold the test ward' },
  );
  return { wardId, grassrootsId, cellA, cellB, cellC, members };
}

const CREATE_MASS_ORGANISATION = `mutation($input: CreateMassOrganisationInput!) { createMassOrganisation(input: $input) { id } }`;

/** The ward, its mass organisations (created by the board through the API) and a privacy notice. */
export async function setUpWard(h: Harness): Promise<TestWard> {
  const ward = await announceWard(h);
  const board: Identity = { userId: 'board-1', role: 'PARTY_BUILDING_BOARD', scopeId: null };
  const create = async (input: Record<string, unknown>) =>
    (await h.ok<{ createMassOrganisation: { id: string } }>(board, CREATE_MASS_ORGANISATION, { input })).createMassOrganisation.id;
  const front = await create({ kind: 'FATHERLAND_FRONT', code: 'MTTQ', name: 'Ủy ban MTTQ phường Đông Đa' });
  const youth = await create({ kind: 'YOUTH_UNION', code: 'DTN', name: 'Đoàn Thanh niên phường Đông Đa' });
  const youthBranch = await create({ kind: 'YOUTH_UNION', code: 'DTN-CD-A', name: 'Chi đoàn khu dân cư A', parentId: youth });
  const women = await create({ kind: 'WOMEN_UNION', code: 'HPN', name: 'Hội Liên hiệp Phụ nữ phường Đông Đa' });
  const veterans = await create({ kind: 'VETERANS_ASSOCIATION', code: 'HCCB', name: 'Hội Cựu chiến binh phường Đông Đa' });
  const noticeVersion = 'ND13-2025-01';
  await h.ok(board, `mutation($input: PublishPrivacyNoticeInput!) { publishPrivacyNotice(input: $input) { version } }`, {
    input: { version: noticeVersion, publishedAt: '2025-01-01T00:00:00Z', summary: 'Xử lý dữ liệu cá nhân của quần chúng được giới thiệu.' },
  });
  return {
    ...ward,
    massOrganisations: { front, youth, youthBranch, women, veterans },
    noticeVersion,
    who: {
      board,
      standing: { userId: 'standing-1', role: 'WARD_STANDING_COMMITTEE', scopeId: null },
      committeeMember: { userId: 'committee-1', role: 'COMMITTEE_MEMBER', scopeId: null },
      auditor: { userId: 'auditor-1', role: 'AUDITOR', scopeId: null },
      trainingCentre: { userId: 'centre-1', role: 'TRAINING_CENTRE', scopeId: null },
      secretaryA: { userId: 'secretary-a', role: 'CELL_SECRETARY', scopeId: ward.cellA },
      secretaryB: { userId: 'secretary-b', role: 'CELL_SECRETARY', scopeId: ward.cellB },
      secretaryGrassroots: { userId: 'secretary-g', role: 'CELL_SECRETARY', scopeId: ward.grassrootsId },
      secretaryC: { userId: 'secretary-c', role: 'CELL_SECRETARY', scopeId: ward.cellC },
      youthStaff: { userId: 'youth-staff-1', role: 'MASS_ORG_STAFF', scopeId: youth },
      womenStaff: { userId: 'women-staff-1', role: 'MASS_ORG_STAFF', scopeId: women },
      frontStaff: { userId: 'front-staff-1', role: 'MASS_ORG_STAFF', scopeId: front },
      anonymous: null,
    },
  };
}

let serial = 1;
const random = seededRandom(20260316);

/** A person no other test uses (unique national ID), valid for every rule. */
export function freshPerson(overrides: Partial<DemoPerson> = {}): DemoPerson {
  serial += 1;
  const person = { ...demoPerson(random, 500_000 + serial, '2026-03-16'), ...overrides };
  // A changed date of birth or gender needs a national ID that agrees with it.
  return overrides.nationalId ? person : { ...person, nationalId: syntheticNationalId(person.dateOfBirth, person.gender, 500_000 + serial) };
}

export function referralInput(ward: TestWard, options: { person?: DemoPerson; cellId?: string; massOrganisationId?: string } = {}) {
  const person = options.person ?? freshPerson();
  return {
    massOrganisationId: options.massOrganisationId ?? ward.massOrganisations.youth,
    person: {
      fullName: person.fullName,
      dateOfBirth: person.dateOfBirth,
      gender: person.gender,
      nationalId: person.nationalId,
      phone: person.phone,
      address: person.address,
      occupation: person.occupation,
      educationLevel: person.educationLevel,
    },
    sourceCategory: person.sourceCategory,
    cellId: options.cellId ?? ward.cellA,
    referrerName: 'Bí thư Chi đoàn khu dân cư A',
    achievements: person.achievements,
    reason: 'Tích cực trong phong trào thanh niên',
    consent: { noticeVersion: ward.noticeVersion, consentedAt: '2026-03-01T02:00:00Z' },
  };
}

export const SUBMIT_REFERRAL = `mutation($input: SubmitReferralInput!) {
  submitReferral(input: $input) {
    isRepeatReferral message possibleDuplicateCount
    warnings { field message rule }
    referral { id status isRepeatReferral cellId massOrganisationId submittedOn }
    candidate { id status fullName nationalId nationalIdMasked cellId }
  }
}`;

export interface SubmitResult {
  submitReferral: {
    isRepeatReferral: boolean;
    message: string;
    possibleDuplicateCount: number;
    warnings: { field: string; message: string; rule: string | null }[];
    referral: { id: string; status: string; isRepeatReferral: boolean; cellId: string; massOrganisationId: string; submittedOn: string };
    candidate: { id: string; status: string; fullName: string; nationalId: string; nationalIdMasked: boolean; cellId: string };
  };
}

export async function submitReferral(h: Harness, ward: TestWard, options: Parameters<typeof referralInput>[1] & { as?: Identity } = {}) {
  return (await h.ok<SubmitResult>(options.as ?? ward.who.youthStaff, SUBMIT_REFERRAL, { input: referralInput(ward, options) })).submitReferral;
}
