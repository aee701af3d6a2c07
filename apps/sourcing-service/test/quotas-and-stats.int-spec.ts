import { planTermSet } from '@pdv/contracts';
import { type Harness, startHarness, waitFor } from './support/harness';
import { setUpWard, submitReferral, type TestWard } from './support/ward';

const SET_QUOTA = `mutation($input: SetReferralQuotaInput!) { setReferralQuota(input: $input) { id year target attainment { counted referred accepted percent status } } }`;
const QUOTAS = `query($year: Int!) { referralQuotas(year: $year) { massOrganisationId target massOrganisation { code } attainment { counted referred accepted ratio percent expectedByToday status asOf } } }`;

interface Quota {
  massOrganisationId: string;
  target: number;
  massOrganisation: { code: string };
  attainment: { counted: number; referred: number; accepted: number; ratio: number | null; percent: number | null; expectedByToday: number; status: string; asOf: string };
}

describe('quotas, attainment and the fields added to other services’ entities', () => {
  let h: Harness;
  let ward: TestWard;

  beforeAll(async () => {
    h = await startHarness('sourcing_quotas');
    ward = await setUpWard(h);
  });

  afterAll(async () => {
    await h?.close();
  });

  const accept = (referralId: string) => h.ok(ward.who.secretaryA, `mutation($id: ID!) { acceptReferral(input: { referralId: $id }) { referral { id } } }`, { id: referralId });

  it('lets the Fatherland Front set quotas and the board see attainment', async () => {
    await h.ok(ward.who.frontStaff, SET_QUOTA, { input: { massOrganisationId: ward.massOrganisations.youth, year: 2026, target: 10 } });
    await h.ok(ward.who.board, SET_QUOTA, { input: { massOrganisationId: ward.massOrganisations.women, year: 2026, target: 8 } });

    // Youth Union: 3 people referred (one by its branch), 2 accepted; a person referred twice counts once.
    const first = await submitReferral(h, ward);
    const second = await submitReferral(h, ward, { massOrganisationId: ward.massOrganisations.youthBranch });
    await submitReferral(h, ward);
    await accept(first.referral.id);
    await accept(second.referral.id);

    const quotas = (await h.ok<{ referralQuotas: Quota[] }>(ward.who.board, QUOTAS, { year: 2026 })).referralQuotas;
    const youth = quotas.find((q) => q.massOrganisationId === ward.massOrganisations.youth)!;
    // 16 March is day 75 of 365: 10 × 75 / 365 = 2.05 → 2 people expected by now.
    expect(youth).toEqual({
      massOrganisationId: ward.massOrganisations.youth,
      target: 10,
      massOrganisation: { code: 'DTN' },
      attainment: { counted: 2, referred: 3, accepted: 2, ratio: 0.2, percent: 20, expectedByToday: 2, status: 'ON_TRACK', asOf: '2026-03-16' },
    });
    const women = quotas.find((q) => q.massOrganisationId === ward.massOrganisations.women)!;
    expect(women.attainment).toMatchObject({ counted: 0, status: 'BEHIND' });

    // Each staffer sees their own quota; the Front sees all.
    const own = (await h.ok<{ referralQuotas: Quota[] }>(ward.who.youthStaff, QUOTAS, { year: 2026 })).referralQuotas;
    expect(own.map((q) => q.massOrganisationId)).toEqual([ward.massOrganisations.youth]);
    const front = (await h.ok<{ referralQuotas: Quota[] }>(ward.who.frontStaff, QUOTAS, { year: 2026 })).referralQuotas;
    expect(front).toHaveLength(2);

    // The same quota on the mass organisation itself.
    const viaUnit = await h.ok<{ massOrganisation: { quota: { target: number; attainment: { counted: number } } | null; branches: { code: string }[] } }>(
      ward.who.youthStaff,
      `query($id: ID!) { massOrganisation(id: $id) { quota(year: 2026) { target attainment { counted } } branches { code } } }`,
      { id: ward.massOrganisations.youth },
    );
    expect(viaUnit.massOrganisation).toEqual({ quota: { target: 10, attainment: { counted: 2 } }, branches: [{ code: 'DTN-CD-A' }] });
  });

  it('refuses quotas outside the plan, for branches, and from staff who are not the Front’s', async () => {
    const outside = await h.gql(ward.who.frontStaff, SET_QUOTA, { input: { massOrganisationId: ward.massOrganisations.youth, year: 2031, target: 10 } });
    expect(outside.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'SOURCING.QUOTA_TARGET' });
    const negative = await h.gql(ward.who.frontStaff, SET_QUOTA, { input: { massOrganisationId: ward.massOrganisations.youth, year: 2026, target: -1 } });
    expect(negative.errors?.[0].extensions?.rule).toBe('SOURCING.QUOTA_TARGET');
    const branch = await h.gql(ward.who.frontStaff, SET_QUOTA, { input: { massOrganisationId: ward.massOrganisations.youthBranch, year: 2026, target: 5 } });
    expect(branch.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const youth = await h.gql(ward.who.youthStaff, SET_QUOTA, { input: { massOrganisationId: ward.massOrganisations.youth, year: 2026, target: 99 } });
    expect(youth.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('publishes quota.set only when the target changes', async () => {
    await h.ok(ward.who.frontStaff, SET_QUOTA, { input: { massOrganisationId: ward.massOrganisations.veterans, year: 2027, target: 4 } });
    await h.ok(ward.who.frontStaff, SET_QUOTA, { input: { massOrganisationId: ward.massOrganisations.veterans, year: 2027, target: 4 } });
    await h.ok(ward.who.frontStaff, SET_QUOTA, { input: { massOrganisationId: ward.massOrganisations.veterans, year: 2027, target: 6 } });
    const events = (await h.sourcingEvents()).filter(
      (e) => e.type === 'sourcing.quota.set' && (e.data as { massOrganisationId: string; year: number }).massOrganisationId === ward.massOrganisations.veterans,
    );
    expect(events.map((e) => (e.data as { target: number }).target)).toEqual([4, 6]);
  });

  it('adds candidates and referralStats to the organisation service’s Organisation, over a subtree', async () => {
    const inB = await submitReferral(h, ward, { cellId: ward.cellB });
    await h.ok(ward.who.secretaryB, `mutation($id: ID!) { declineReferral(input: { referralId: $id, reason: NOT_ELIGIBLE }) { referral { id } } }`, { id: inB.referral.id });
    const result = await h.okSubgraph<{
      _entities: { id: string; referralStats: { referrals: number; people: number; submitted: number; accepted: number; declined: number; nurturedNow: number }; candidates: { totalCount: number } }[];
    }>(
      ward.who.board,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Organisation { id referralStats(year: 2026) { referrals people submitted accepted declined nurturedNow } candidates(first: 5) { totalCount } } } }`,
      { r: [{ __typename: 'Organisation', id: ward.grassrootsId }, { __typename: 'Organisation', id: ward.cellC }] },
    );
    const [grassroots, cellC] = result._entities;
    expect(grassroots.referralStats).toEqual({ referrals: 4, people: 4, submitted: 1, accepted: 2, declined: 1, nurturedNow: 2 });
    expect(grassroots.candidates.totalCount).toBe(4);
    expect(cellC.referralStats.referrals).toBe(0);

    const statusFiltered = await h.okSubgraph<{ _entities: { candidates: { totalCount: number } }[] }>(
      ward.who.secretaryGrassroots,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Organisation { candidates(status: IN_SOURCE_POOL) { totalCount } } } }`,
      { r: [{ __typename: 'Organisation', id: ward.grassrootsId }] },
    );
    expect(statusFiltered._entities[0].candidates.totalCount).toBe(2);
  });

  it('resolves MassOrganisation references for other subgraphs', async () => {
    const result = await h.okSubgraph<{ _entities: { id: string; code: string; kind: string; parent: { code: string } | null }[] }>(
      ward.who.committeeMember,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on MassOrganisation { id code kind parent { code } } } }`,
      { r: [{ __typename: 'MassOrganisation', id: ward.massOrganisations.youthBranch }, { __typename: 'MassOrganisation', id: ward.massOrganisations.front }] },
    );
    expect(result._entities).toEqual([
      { id: ward.massOrganisations.youthBranch, code: 'DTN-CD-A', kind: 'YOUTH_UNION', parent: { code: 'DTN' } },
      { id: ward.massOrganisations.front, code: 'MTTQ', kind: 'FATHERLAND_FRONT', parent: null },
    ]);
  });

  it('takes the plan term from the organisation service: a longer plan opens its last year to quotas', async () => {
    expect((await h.ok<{ sourcingPolicy: { planFirstYear: number; planLastYear: number } }>(ward.who.board, '{ sourcingPolicy { planFirstYear planLastYear } }')).sourcingPolicy).toEqual({ planFirstYear: 2025, planLastYear: 2030 });
    await h.organisation.publish(planTermSet, [{ aggregateId: 'plan-term', data: { firstYear: 2025, lastYear: 2031 } }]);
    await waitFor(async () => (await h.ok<{ sourcingPolicy: { planLastYear: number } }>(ward.who.board, '{ sourcingPolicy { planLastYear } }')).sourcingPolicy.planLastYear === 2031, { what: 'the announced plan term' });
    const set = await h.gql(ward.who.frontStaff, SET_QUOTA, { input: { massOrganisationId: ward.massOrganisations.youth, year: 2031, target: 10 } });
    expect(set.errors).toBeUndefined();
  });
});
