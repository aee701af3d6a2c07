import type { Identity } from '@pdv/auth';
import { type Harness, startHarness } from './support/harness';
import { freshPerson, referralInput, setUpWard, SUBMIT_REFERRAL, submitReferral, type TestWard } from './support/ward';

type Who = keyof TestWard['who'];
type Outcome = 'ok' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'NOT_FOUND';

const ALL: Who[] = [
  'anonymous', 'board', 'standing', 'committeeMember', 'auditor', 'trainingCentre',
  'secretaryA', 'secretaryGrassroots', 'secretaryC', 'youthStaff', 'womenStaff', 'frontStaff',
];

/** Every role gets `otherwise`, except those listed. */
// A cell secretary acting on another cell's referral or candidate gets NOT_FOUND, the answer
// for an id that does not exist, so ids cannot be probed; another cell as a target stays FORBIDDEN.
function expectations(otherwise: Outcome, exceptions: Partial<Record<Who, Outcome>>): [Who, Outcome][] {
  return ALL.map((who) => [who, exceptions[who] ?? (who === 'anonymous' ? 'UNAUTHENTICATED' : otherwise)]);
}

interface Operation {
  name: string;
  /** Builds the request (fresh data for each attempt, so attempts do not interfere). */
  request(h: Harness, ward: TestWard): Promise<{ query: string; variables?: Record<string, unknown> }>;
  expected: [Who, Outcome][];
  /** Federation's `_entities`: asked of the subgraph as the gateway would, since clients cannot. */
  viaSubgraph?: boolean;
}

async function acceptableReferral(h: Harness, ward: TestWard) {
  return (await submitReferral(h, ward)).referral.id;
}

async function pooledCandidate(h: Harness, ward: TestWard) {
  const { referral, candidate } = await submitReferral(h, ward);
  await h.ok(ward.who.secretaryA, `mutation($id: ID!) { acceptReferral(input: { referralId: $id }) { referral { id } } }`, { id: referral.id });
  return candidate.id;
}

const OPERATIONS: Operation[] = [
  {
    name: 'submitReferral for the Youth Union',
    request: async (_h, ward) => ({ query: SUBMIT_REFERRAL, variables: { input: referralInput(ward) } }),
    expected: expectations('FORBIDDEN', { youthStaff: 'ok' }),
  },
  {
    name: 'submitReferral for a Youth Union branch',
    request: async (_h, ward) => ({ query: SUBMIT_REFERRAL, variables: { input: referralInput(ward, { massOrganisationId: ward.massOrganisations.youthBranch }) } }),
    expected: expectations('FORBIDDEN', { youthStaff: 'ok' }),
  },
  {
    name: 'acceptReferral to cell A',
    request: async (h, ward) => ({
      query: `mutation($id: ID!) { acceptReferral(input: { referralId: $id }) { referral { status } } }`,
      variables: { id: await acceptableReferral(h, ward) },
    }),
    expected: expectations('FORBIDDEN', { secretaryA: 'ok', secretaryGrassroots: 'ok', secretaryC: 'NOT_FOUND' }),
  },
  {
    // Per referral, another cell's secretary gets a refusal in the answer, not an error.
    name: 'acceptReferrals to cell A',
    request: async (h, ward) => ({
      query: `mutation($id: ID!) { acceptReferrals(input: { referralIds: [$id] }) { ok code } }`,
      variables: { id: await acceptableReferral(h, ward) },
    }),
    expected: expectations('FORBIDDEN', { secretaryA: 'ok', secretaryGrassroots: 'ok', secretaryC: 'ok' }),
  },
  {
    name: 'declineReferral to cell A',
    request: async (h, ward) => ({
      query: `mutation($id: ID!) { declineReferral(input: { referralId: $id, reason: NOT_READY }) { referral { status } } }`,
      variables: { id: await acceptableReferral(h, ward) },
    }),
    expected: expectations('FORBIDDEN', { secretaryA: 'ok', secretaryGrassroots: 'ok', secretaryC: 'NOT_FOUND' }),
  },
  {
    name: 'candidate referred by the Youth Union to cell A',
    request: async (h, ward) => ({ query: `query($id: ID!) { candidate(id: $id) { id } }`, variables: { id: (await submitReferral(h, ward)).candidate.id } }),
    expected: expectations('ok', { secretaryC: 'NOT_FOUND', womenStaff: 'NOT_FOUND', frontStaff: 'NOT_FOUND', trainingCentre: 'NOT_FOUND' }),
  },
  {
    name: 'candidate accepted into cell A (the training centre may see accepted candidates)',
    request: async (h, ward) => ({ query: `query($id: ID!) { candidate(id: $id) { id } }`, variables: { id: await pooledCandidate(h, ward) } }),
    expected: expectations('ok', { secretaryC: 'NOT_FOUND', womenStaff: 'NOT_FOUND', frontStaff: 'NOT_FOUND' }),
  },
  {
    name: 'assignMentor in cell A',
    request: async (h, ward) => ({
      query: `mutation($c: ID!, $m: ID!) { assignMentor(input: { candidateId: $c, memberId: $m }) { id } }`,
      variables: { c: await pooledCandidate(h, ward), m: ward.members.officialA4 },
    }),
    expected: expectations('FORBIDDEN', { secretaryA: 'ok', secretaryGrassroots: 'ok', secretaryC: 'NOT_FOUND' }),
  },
  {
    name: 'withdrawCandidate in cell A',
    request: async (h, ward) => ({
      query: `mutation($c: ID!) { withdrawCandidate(input: { candidateId: $c, reason: MOVED_AWAY }) { mentorsReleased } }`,
      variables: { c: await pooledCandidate(h, ward) },
    }),
    expected: expectations('FORBIDDEN', { secretaryA: 'ok', secretaryGrassroots: 'ok', secretaryC: 'NOT_FOUND' }),
  },
  {
    name: 'reassignCandidateCell from cell A to cell B',
    request: async (h, ward) => ({
      query: `mutation($c: ID!, $cell: ID!) { reassignCandidateCell(input: { candidateId: $c, cellId: $cell, reason: "Chuyển nơi cư trú" }) { mentorsKept } }`,
      variables: { c: await pooledCandidate(h, ward), cell: ward.cellB },
    }),
    expected: expectations('FORBIDDEN', { board: 'ok', standing: 'ok', secretaryGrassroots: 'ok' }),
  },
  {
    name: 'candidatesDueForReview of cell A',
    request: async (_h, ward) => ({ query: `query($o: ID) { candidatesDueForReview(organisationId: $o) { totalCount } }`, variables: { o: ward.cellA } }),
    expected: expectations('FORBIDDEN', { board: 'ok', standing: 'ok', committeeMember: 'ok', secretaryA: 'ok', secretaryGrassroots: 'ok' }),
  },
  {
    name: 'setReferralQuota',
    request: async (_h, ward) => ({
      query: `mutation($m: ID!) { setReferralQuota(input: { massOrganisationId: $m, year: 2026, target: 30 }) { id } }`,
      variables: { m: ward.massOrganisations.women },
    }),
    expected: expectations('FORBIDDEN', { board: 'ok', frontStaff: 'ok' }),
  },
  {
    name: 'createMassOrganisation',
    request: async () => ({
      query: `mutation($code: String!) { createMassOrganisation(input: { kind: TRADE_UNION, code: $code, name: "Công đoàn cơ sở" }) { id } }`,
      variables: { code: `CD-${Math.random().toString(36).slice(2, 8)}` },
    }),
    expected: expectations('FORBIDDEN', { board: 'ok' }),
  },
  {
    name: 'importReferrals for the Youth Union',
    request: async (_h, ward) => {
      const person = freshPerson();
      const [y, m, d] = person.dateOfBirth.split('-');
      const csv = `Họ và tên,Ngày sinh,Giới tính,Số CCCD,Trình độ học vấn,Nguồn,Chi bộ,Ngày đồng ý\r\n${person.fullName},${d}/${m}/${y},${person.gender === 'MALE' ? 'Nam' : 'Nữ'},${person.nationalId},THPT,Đoàn viên,CB-A,01/03/2026\r\n`;
      return {
        query: `mutation($input: ImportReferralsInput!) { importReferrals(input: $input) { imported } }`,
        variables: {
          input: { massOrganisationId: ward.massOrganisations.youth, fileName: 'a.csv', contentBase64: Buffer.from(csv).toString('base64'), format: 'CSV', mode: 'ALL_OR_NOTHING', consentNoticeVersion: ward.noticeVersion },
        },
      };
    },
    expected: expectations('FORBIDDEN', { youthStaff: 'ok' }),
  },
  {
    name: 'referralImportTemplate',
    request: async () => ({ query: `{ referralImportTemplate(format: CSV) { fileName } }` }),
    expected: expectations('FORBIDDEN', { board: 'ok', youthStaff: 'ok', womenStaff: 'ok', frontStaff: 'ok' }),
  },
  {
    name: 'personalDataAccessLog',
    request: async (h, ward) => ({ query: `query($id: ID) { personalDataAccessLog(candidateId: $id) { totalCount } }`, variables: { id: (await submitReferral(h, ward)).candidate.id } }),
    expected: expectations('FORBIDDEN', { board: 'ok', auditor: 'ok' }),
  },
  {
    name: 'updateSourcingPolicy',
    request: async () => ({ query: `mutation { updateSourcingPolicy(input: { reviewIntervalMonths: 1 }) { reviewIntervalMonths } }` }),
    expected: expectations('FORBIDDEN', { board: 'ok' }),
  },
  {
    name: 'Organisation.candidates of cell A (extending the organisation service’s entity)',
    request: async (_h, ward) => ({
      query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on Organisation { candidates { totalCount } } } }`,
      variables: { r: [{ __typename: 'Organisation', id: ward.cellA }] },
    }),
    viaSubgraph: true,
    expected: expectations('ok', { secretaryC: 'FORBIDDEN' }),
  },
  {
    name: 'Organisation.referralStats of cell A',
    request: async (_h, ward) => ({
      query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on Organisation { referralStats(year: 2026) { referrals } } } }`,
      variables: { r: [{ __typename: 'Organisation', id: ward.cellA }] },
    }),
    viaSubgraph: true,
    expected: expectations('FORBIDDEN', { board: 'ok', standing: 'ok', committeeMember: 'ok', auditor: 'ok', secretaryA: 'ok', secretaryGrassroots: 'ok' }),
  },
];

describe('authorization: each role allowed and refused', () => {
  let h: Harness;
  let ward: TestWard;

  beforeAll(async () => {
    h = await startHarness('sourcing_authorization');
    ward = await setUpWard(h);
  });

  afterAll(async () => {
    await h?.close();
  });

  const cases = OPERATIONS.flatMap((operation) => operation.expected.map(([who, outcome]) => [operation.name, who, outcome, operation] as const));

  it.each(cases)('%s as %s → %s', async (_name, who, outcome, operation) => {
    const { query, variables } = await operation.request(h, ward);
    const result = await (operation.viaSubgraph ? h.gqlSubgraph : h.gql)(ward.who[who] as Identity | null, query, variables);
    if (outcome === 'ok') {
      expect(result.errors).toBeUndefined();
    } else {
      expect(result.errors?.[0]?.extensions?.code).toBe(outcome);
    }
  });

  it('refuses a request that did not come through the gateway', async () => {
    const response = await fetch(h.service.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ massOrganisations { id } }' }),
    });
    expect(response.status).toBe(401);
  });

  it('lists referrals row by row: staff see their own organisation’s, secretaries those to their cells', async () => {
    await submitReferral(h, ward);
    await submitReferral(h, ward, { massOrganisationId: ward.massOrganisations.women, as: ward.who.womenStaff, cellId: ward.cellC });
    const list = async (who: Identity) =>
      (
        await h.ok<{ referrals: { edges: { node: { massOrganisationId: string; cellId: string } }[] } }>(who, `{ referrals(first: 100) { edges { node { massOrganisationId cellId } } } }`)
      ).referrals.edges.map((e) => e.node);
    const youth = await list(ward.who.youthStaff);
    expect(youth.length).toBeGreaterThan(0);
    expect(youth.every((r) => [ward.massOrganisations.youth, ward.massOrganisations.youthBranch].includes(r.massOrganisationId))).toBe(true);
    const women = await list(ward.who.womenStaff);
    expect(women.length).toBeGreaterThan(0);
    expect(women.every((r) => r.massOrganisationId === ward.massOrganisations.women)).toBe(true);
    const secretaryC = await list(ward.who.secretaryC);
    expect(secretaryC.length).toBeGreaterThan(0);
    expect(secretaryC.every((r) => r.cellId === ward.cellC)).toBe(true);
    expect((await h.gql(ward.who.trainingCentre, `{ referrals { totalCount } }`)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('shows a mass-organisation staffer only their own organisation’s referrals of a person referred by several', async () => {
    const person = freshPerson();
    const { candidate } = await submitReferral(h, ward, { person });
    await submitReferral(h, ward, { person, massOrganisationId: ward.massOrganisations.women, as: ward.who.womenStaff });
    const referralsSeenBy = async (who: Identity) =>
      (await h.ok<{ candidate: { referrals: { massOrganisationId: string }[] } }>(who, `query($id: ID!) { candidate(id: $id) { referrals { massOrganisationId } } }`, { id: candidate.id }))
        .candidate.referrals.map((r) => r.massOrganisationId);
    expect(await referralsSeenBy(ward.who.youthStaff)).toEqual([ward.massOrganisations.youth]);
    expect(await referralsSeenBy(ward.who.womenStaff)).toEqual([ward.massOrganisations.women]);
    expect((await referralsSeenBy(ward.who.board)).sort()).toEqual([ward.massOrganisations.youth, ward.massOrganisations.women].sort());
  });

  it('does not let a staffer learn, through the candidate filters, that a person they referred was referred by another organisation', async () => {
    const person = freshPerson();
    const { candidate } = await submitReferral(h, ward, { person });
    await submitReferral(h, ward, { person, massOrganisationId: ward.massOrganisations.women, as: ward.who.womenStaff });
    const found = async (who: Identity, filter: Record<string, unknown>) =>
      (
        await h.ok<{ candidates: { edges: { node: { id: string } }[] } }>(
          who,
          `query($filter: CandidateFilterInput) { candidates(filter: $filter, first: 100) { edges { node { id } } } }`,
          { filter },
        )
      ).candidates.edges.map((edge) => edge.node.id);
    expect(await found(ward.who.youthStaff, { massOrganisationId: ward.massOrganisations.youth })).toContain(candidate.id);
    expect(await found(ward.who.youthStaff, { massOrganisationId: ward.massOrganisations.women })).not.toContain(candidate.id);
    expect(await found(ward.who.board, { massOrganisationId: ward.massOrganisations.women })).toContain(candidate.id);
  });

  it('resolves a Candidate reference for another subgraph only when the caller may see it', async () => {
    const { candidate } = await submitReferral(h, ward);
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Candidate { id status } } }`;
    const variables = { r: [{ __typename: 'Candidate', id: candidate.id }] };
    expect((await h.okSubgraph<{ _entities: unknown[] }>(ward.who.secretaryA, query, variables))._entities).toEqual([{ id: candidate.id, status: 'REFERRED' }]);
    expect((await h.okSubgraph<{ _entities: unknown[] }>(ward.who.secretaryC, query, variables))._entities).toEqual([null]);
  });
});
