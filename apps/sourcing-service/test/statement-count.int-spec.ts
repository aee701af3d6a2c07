import type { Identity } from '@pdv/auth';
import { organisationRegistered } from '@pdv/contracts';
import { countStatements } from '@pdv/testing';
import { type Harness, newId, startHarness, waitFor } from './support/harness';
import { setUpWard, submitReferral, type TestWard } from './support/ward';

/**
 * Every field a list can ask for per item is answered for the whole list in a bounded number
 * of statements: the same count at 5 and at 100 organisations, in a tree of depth 2 and of
 * depth 5. A field that reads per item (or walks the tree per key) makes the counts differ.
 */

// The shape the gateway sends for the ward dashboard's page of organisations.
const DASHBOARD = `query($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Organisation {
      referralStats(year: 2026) { referrals people submitted accepted declined nurturedNow admitted }
      candidates(first: 5) { totalCount edges { node { id } } }
    }
  }
}`;

// The candidates of each organisation with every list field a candidate has.
const CANDIDATE_FIELDS = `query($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Organisation {
      candidates(first: 5) {
        totalCount
        edges { node { id nextReviewDue referrals { id massOrganisation { code } } mentors(includeReleased: true) { memberId } stageHistory { toStatus } reviews { reviewedOn } } }
      }
    }
  }
}`;

interface Tree {
  rootId: string;
  /** Organisations of the tree, root first, then committees, then cells. */
  organisations: string[];
  cells: string[];
}

/**
 * A tree of `depth` levels: a chain of committees from the root down to depth − 1, and the
 * cells at the bottom, 100 organisations at least.
 */
async function announceTree(h: Harness, depth: number, code: string): Promise<Tree> {
  const chain = Array.from({ length: depth - 1 }, () => newId());
  const cells = Array.from({ length: 100 }, () => newId());
  const org = (organisationId: string, parentId: string | null, kind: 'WARD_COMMITTEE' | 'GRASSROOTS_COMMITTEE' | 'PARTY_CELL', name: string) => ({
    aggregateId: organisationId,
    data: { organisationId, parentId, kind, sector: 'RESIDENTIAL_AREA' as const, code: name, name, validFrom: '2025-07-01' },
  });
  await h.organisation.publish(organisationRegistered, [
    ...chain.map((id, level) => org(id, level === 0 ? null : chain[level - 1], level === 0 ? 'WARD_COMMITTEE' : 'GRASSROOTS_COMMITTEE', `${code}-${level}`)),
    ...cells.map((id, index) => org(id, chain[chain.length - 1], 'PARTY_CELL', `${code}-CB-${index}`)),
  ]);
  await waitFor(
    async () => {
      const [row] = await h.sql<{ known: string }>('select count(*) as known from org_read_model_closure where ancestor_id = ?::uuid', [chain[0]]);
      return Number(row.known) === chain.length + cells.length;
    },
    { what: `the read model to hold the tree of depth ${depth}` },
  );
  return { rootId: chain[0], organisations: [...chain, ...cells], cells };
}

describe('statements per request do not grow with the page size or the tree’s depth', () => {
  let h: Harness;
  let ward: TestWard;
  const trees: Record<number, Tree> = {};

  beforeAll(async () => {
    h = await startHarness('sourcing_statement_count');
    ward = await setUpWard(h);
    for (const depth of [2, 5]) {
      const tree = await announceTree(h, depth, `D${depth}`);
      trees[depth] = tree;
      // Candidates in a few cells, one accepted by its cell: every list field but mentors has rows.
      for (const cellId of tree.cells.slice(0, 6)) await submitReferral(h, ward, { cellId });
      const accepted = await submitReferral(h, ward, { cellId: tree.cells[1] });
      const secretary: Identity = { userId: `secretary-d${depth}`, role: 'CELL_SECRETARY', scopeId: tree.cells[1] };
      await h.ok(secretary, `mutation($id: ID!) { acceptReferral(input: { referralId: $id }) { referral { id } } }`, { id: accepted.referral.id });
    }
  }, 120_000);

  afterAll(async () => {
    await h?.close();
  });

  /** Statements the subgraph runs for one `_entities` fetch of the first `size` organisations of the tree. */
  async function statementsFor(who: Identity, query: string, depth: number, size: number) {
    const representations = trees[depth].organisations.slice(0, size).map((id) => ({ __typename: 'Organisation', id }));
    const { result, count, statements } = await countStatements(() => h.gqlSubgraph(who, query, { representations }));
    expect(result.errors).toBeUndefined();
    expect((result.data as { _entities: unknown[] })._entities).toHaveLength(size);
    return { count, statements };
  }

  it.each([
    ['the ward dashboard (referralStats and candidates)', DASHBOARD],
    ['candidates with their referrals, mentors, stage history and reviews', CANDIDATE_FIELDS],
  ])('%s: the same count at 5 and 100 organisations, depth 2 and 5', async (_what, query) => {
    const counts: Record<string, number> = {};
    const texts: Record<string, string[]> = {};
    for (const depth of [2, 5]) {
      for (const size of [5, 100]) {
        const { count, statements } = await statementsFor(ward.who.board, query, depth, size);
        counts[`depth ${depth}, ${size} organisations`] = count;
        texts[`depth ${depth}, ${size} organisations`] = statements;
      }
    }
    const distinct = new Set(Object.values(counts));
    if (distinct.size !== 1) throw new Error(`statement counts differ: ${JSON.stringify(counts)}\n${JSON.stringify(texts, null, 2)}`);
    expect(distinct.size).toBe(1);
  });

  it('answers the dashboard with candidates and figures of each subtree', async () => {
    const { rootId, cells } = trees[5];
    const result = await h.okSubgraph<{ _entities: { referralStats: { referrals: number; nurturedNow: number }; candidates: { totalCount: number; edges: unknown[] } }[] }>(
      ward.who.board,
      DASHBOARD,
      { representations: [rootId, cells[1], cells[50]].map((id) => ({ __typename: 'Organisation', id })) },
    );
    expect(result._entities.map((entity) => [entity.referralStats.referrals, entity.referralStats.nurturedNow, entity.candidates.totalCount, entity.candidates.edges.length])).toEqual([
      [7, 1, 7, 5],
      [2, 1, 2, 2],
      [0, 0, 0, 0],
    ]);
  });

  it('answers a dashboard that asks only totalCount with the same counts and without loading candidates', async () => {
    const { rootId, cells } = trees[5];
    const COUNTS = `query($representations: [_Any!]!) {
      _entities(representations: $representations) { ... on Organisation { candidates(first: 5) { totalCount } } }
    }`;
    const representations = [rootId, cells[1], cells[50]].map((id) => ({ __typename: 'Organisation', id }));
    const counted = await countStatements(() => h.gqlSubgraph(ward.who.board, COUNTS, { representations }));
    expect(counted.result.errors).toBeUndefined();
    expect((counted.result.data as { _entities: { candidates: { totalCount: number } }[] })._entities.map((entity) => entity.candidates.totalCount)).toEqual([7, 2, 0]);
    expect(counted.statements.some((statement) => /from "candidate"/.test(statement))).toBe(false);
  });

  it('counts the same for a cell secretary, whose scope is checked per organisation', async () => {
    const { rootId } = trees[2];
    const secretary: Identity = { userId: 'secretary-d2', role: 'CELL_SECRETARY', scopeId: rootId };
    const small = await statementsFor(secretary, DASHBOARD, 2, 5);
    const large = await statementsFor(secretary, DASHBOARD, 2, 100);
    expect(large.count).toBe(small.count);
  });

  it('lists mass organisations with their parent, branches and quota in the same count for 5 and for 10 units', async () => {
    const LIST = `{ massOrganisations { id parent { code } branches { code } quota(year: 2026) { target attainment { counted } } } }`;
    await h.ok(ward.who.frontStaff, `mutation($input: SetReferralQuotaInput!) { setReferralQuota(input: $input) { id } }`, {
      input: { massOrganisationId: ward.massOrganisations.youth, year: 2026, target: 10 },
    });
    const before = await countStatements(() => h.gql(ward.who.board, LIST));
    expect(before.result.errors).toBeUndefined();
    const create = `mutation($input: CreateMassOrganisationInput!) { createMassOrganisation(input: $input) { id } }`;
    for (let index = 0; index < 5; index += 1) {
      await h.ok(ward.who.board, create, { input: { kind: 'YOUTH_UNION', code: `DTN-CD-X${index}`, name: `Chi đoàn ${index}`, parentId: ward.massOrganisations.youth } });
    }
    const after = await countStatements(() => h.gql(ward.who.board, LIST));
    expect(after.result.errors).toBeUndefined();
    expect((after.result.data as { massOrganisations: unknown[] }).massOrganisations.length).toBeGreaterThan((before.result.data as { massOrganisations: unknown[] }).massOrganisations.length);
    expect(after.count).toBe(before.count);
  });
});
