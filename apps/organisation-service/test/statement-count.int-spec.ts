import { countStatements } from '@pdv/testing';
import { board, nationalIdFor, registerMember, registerOrganisation } from './support/fixtures';
import { type Harness, startHarness } from './support/harness';

const FORMED = '2025-07-01';
const AS_OF = '2026-07-01';

/** A dashboard page with every nested list field the organisation subgraph offers. */
const PAGE = `query($first: Int!) { organisations(first: $first) { totalCount pageInfo { hasNextPage endCursor }
  edges { node { id code name kind parentId
    memberCounts { official probationary total }
    own: memberCounts(asOf: "${AS_OF}", includeSubtree: false) { total }
    parent { id memberCounts { total } }
    children { id memberCounts { total } children { id } }
    exemptions(year: 2026) { id }
    supervisors { id }
    closure { effectiveDate } } } } }`;

/** What another subgraph's entity fetch asks of a batch of organisations and members. */
const ENTITIES = `query($representations: [_Any!]!) { _entities(representations: $representations) {
  ... on Organisation { id memberCounts { total } children { id } parent { id } exemptions(year: 2026) { id } supervisors { id } closure { effectiveDate } }
  ... on PartyMember { id organisation { id } movements { __typename } corrections { __typename } } } }`;

const CARD = `query($id: ID!, $asOf: LocalDate) { organisation(id: $id, asOf: $asOf) { id memberCounts(asOf: $asOf) { official probationary total } } }`;

/**
 * The statements without their bound lists, ids and limits, sorted (loaders of one wave
 * dispatch in no fixed order): what must not change with the page.
 */
const shapesOf = (statements: readonly string[]) =>
  [...statements].map((sql) => sql.replace(/'\{[^']*\}'/g, "'{…}'").replace(/'[0-9a-f-]{36}'/g, "'…'").replace(/\blimit \d+/g, 'limit …')).sort();

interface PlanNode {
  'Relation Name'?: string;
  'Actual Rows': number;
  'Actual Loops': number;
  'Rows Removed by Filter'?: number;
  'Rows Removed by Index Recheck'?: number;
  Plans?: PlanNode[];
}

/** Rows the scans of the member tables (and the counts kept from them) touched in an EXPLAIN (ANALYZE) plan. */
function tuplesRead(node: PlanNode): number {
  const own =
    node['Relation Name'] === 'member_count_step' || node['Relation Name'] === 'member_placement' || node['Relation Name'] === 'party_member'
      ? (node['Actual Rows'] + (node['Rows Removed by Filter'] ?? 0) + (node['Rows Removed by Index Recheck'] ?? 0)) * node['Actual Loops']
      : 0;
  return own + (node.Plans ?? []).reduce((sum, child) => sum + tuplesRead(child), 0);
}

/**
 * The cost of a request must not grow with the page size or the tree's depth: every nested
 * field is answered for the whole batch (loaders, the closure table), so the statement count
 * is the same at 5 and 100 organisations and at depths 2 and 3 (the deepest the Charter's
 * kinds allow; the closure table makes depth irrelevant to the cost in any case). And a single card reads only
 * its own subtree's placements, not the rest of the ward's.
 */
describe('statements per request', () => {
  let h: Harness;
  let ward: string;
  const cells: string[] = [];
  const members: string[] = [];
  let serial = 0;

  const reg = (parentId: string | null, kind: string, code: string, name: string) =>
    registerOrganisation(h, { parentId, kind, sector: 'RESIDENTIAL_AREA', code, name, validFrom: FORMED });
  const member = async (organisationId: string) => {
    serial += 1;
    const created = await registerMember(h, {
      organisationId,
      fullName: `Nguyễn Văn Thành Viên`,
      dateOfBirth: '1980-01-01',
      gender: 'MALE',
      nationalId: nationalIdFor('1980-01-01', 'MALE', serial),
      status: 'OFFICIAL',
      admissionDecisionDate: '2010-03-01',
      ceremonyDate: '2010-03-20',
      officialDate: '2011-03-20',
    });
    members.push(created.id);
  };

  const statementsOf = async (run: () => Promise<{ errors?: unknown; data?: unknown }>) => {
    const { result, count, statements } = await countStatements(run);
    expect(result.errors).toBeUndefined();
    return { count, statements };
  };
  const page = (first: number) => statementsOf(() => h.gql(board, PAGE, { first }));
  // Organisations without members, so that PartyMember.organisation never finds its cell
  // already loaded by the batch: both sizes then take the same loader waves.
  const entities = (size: number) =>
    statementsOf(() =>
      h.gqlSubgraph(board, ENTITIES, {
        representations: [
          ...cells.slice(10, 10 + size).map((id) => ({ __typename: 'Organisation', id })),
          ...members.slice(0, Math.min(size, members.length)).map((id) => ({ __typename: 'PartyMember', id })),
        ],
      }),
    );

  /**
   * Tuples the card's count reads from the member tables: its statement, as sent, re-run
   * under EXPLAIN (ANALYZE) — rows each scan returned or filtered out, times its loops.
   */
  const cardTuples = async (id: string) => {
    const { result, statements } = await countStatements(() => h.gql<{ organisation: { memberCounts: { total: number } } }>(board, CARD, { id, asOf: AS_OF }));
    expect(result.errors).toBeUndefined();
    const count = statements.find((sql) => sql.includes('member_count_step'));
    if (!count) throw new Error(`no member count among ${JSON.stringify(statements)}`);
    const [row] = await h.sql<{ plan: [{ Plan: PlanNode }] }>(`explain (analyze, buffers, format json) ${count}`);
    return { tuples: tuplesRead(row['QUERY PLAN' as 'plan'][0].Plan), total: (result.data as { organisation: { memberCounts: { total: number } } }).organisation.memberCounts.total };
  };

  beforeAll(async () => {
    h = await startHarness('statements', { today: AS_OF });
    ward = await reg(null, 'WARD_COMMITTEE', 'DU', 'Đảng bộ phường Thử Nghiệm');
    for (let index = 1; index <= 110; index += 1) {
      cells.push(await reg(ward, 'PARTY_CELL', `DU.KDC${String(index).padStart(3, '0')}`, `Chi bộ Khu dân cư số ${index}`));
    }
    for (const cell of cells.slice(0, 6)) await member(cell);
  }, 180_000);

  afterAll(async () => {
    await h?.stop();
  });

  it('are the same for a page of 5 and of 100 organisations, and for trees of depth 2 and 3', async () => {
    const depth2 = { five: await page(5), hundred: await page(100) };
    // Deepen the tree as far as the Charter's kinds allow (ORG.PARENT_KIND: ward → grassroots
    // committee → cell, three levels); nothing of the cost depends on depth any more.
    const committee = await reg(ward, 'GRASSROOTS_COMMITTEE', 'DU.A', 'Đảng bộ A');
    for (let index = 1; index <= 3; index += 1) await member(await reg(committee, 'PARTY_CELL', `DU.A.0${index}`, `Chi bộ A ${index}`));
    const depth3 = { five: await page(5), hundred: await page(100) };

    const runs = [depth2.five, depth2.hundred, depth3.five, depth3.hundred];
    expect(runs[0].count).toBeGreaterThan(0);
    // The same statements, not only as many: on failure the diff shows which field went per key.
    for (const run of runs) expect({ count: run.count, shapes: shapesOf(run.statements) }).toEqual({ count: runs[0].count, shapes: shapesOf(runs[0].statements) });
  });

  it('are the same for an entity fetch of 5 and of 100 organisations (with members)', async () => {
    const five = await entities(5);
    const hundred = await entities(100);
    expect(five.count).toBeGreaterThan(0);
    expect({ count: hundred.count, shapes: shapesOf(hundred.statements) }).toEqual({ count: five.count, shapes: shapesOf(five.statements) });
  });

  it('a single card reads as many member tuples however many members the rest of the ward holds', async () => {
    const cell = cells[0];
    const before = await cardTuples(cell);
    for (const other of cells.slice(-30)) await member(other);
    const after = await cardTuples(cell);
    expect(after.total).toBe(before.total);
    expect(before.tuples).toBeGreaterThan(0);
    expect(after.tuples).toBe(before.tuples);
  }, 120_000);
});
