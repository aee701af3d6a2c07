import type { Identity } from '@pdv/auth';
import { postGraphQL } from '@pdv/testing';
import type { RunningGateway } from '../src/server';
import { type FakeSubgraph, type Observed, startFakeSubgraphs, startTestGateway, tokenFor } from './fake-subgraphs';

const secretaryOfCell1: Identity = { userId: 'u-secretary-1', role: 'CELL_SECRETARY', scopeId: 'cell-1' };
const secretaryOfCell2: Identity = { userId: 'u-secretary-2', role: 'CELL_SECRETARY', scopeId: 'cell-2' };
const SLOW_ME = 'query SlowMe($ms: Int!) { slowMe(ms: $ms) { userId role scopeId } }';
// Long enough that every request below reaches the subgraph before the first answer leaves it.
const OVERLAP_MS = 300;

describe('in-flight de-duplication of subgraph fetches', () => {
  const observed: Observed = { requests: [] };
  let subgraphs: FakeSubgraph[];
  let gateway: RunningGateway;

  const ask = (text: string, token: string, variables: Record<string, unknown> = { ms: OVERLAP_MS }) =>
    postGraphQL<Record<string, unknown>>(gateway.url, text, variables, { 'content-type': 'application/json', authorization: `Bearer ${token}` });
  const organisationFetches = () => observed.requests.filter((request) => request.subgraph === 'organisation');

  beforeAll(async () => {
    subgraphs = await startFakeSubgraphs(observed);
    gateway = await startTestGateway(subgraphs);
  });

  afterAll(async () => {
    await gateway?.stop();
    await Promise.all((subgraphs ?? []).map((subgraph) => subgraph.server.stop()));
  });

  beforeEach(() => {
    observed.requests.length = 0;
  });

  it('sends N identical concurrent reads of one identity to the subgraph once, and answers each', async () => {
    const token = await tokenFor(secretaryOfCell1);
    const responses = await Promise.all(Array.from({ length: 8 }, () => ask(SLOW_ME, token)));
    for (const response of responses) {
      expect(response.errors).toBeUndefined();
      expect(response.data).toEqual({ slowMe: secretaryOfCell1 });
    }
    expect(organisationFetches()).toHaveLength(1);
  });

  it('never shares a fetch between two users of different scopes asking the same query at once', async () => {
    const [first, second] = await Promise.all([tokenFor(secretaryOfCell1), tokenFor(secretaryOfCell2)]);
    const responses = await Promise.all([ask(SLOW_ME, first), ask(SLOW_ME, second), ask(SLOW_ME, first), ask(SLOW_ME, second)]);
    expect(responses.map((response) => response.data)).toEqual([
      { slowMe: secretaryOfCell1 },
      { slowMe: secretaryOfCell2 },
      { slowMe: secretaryOfCell1 },
      { slowMe: secretaryOfCell2 },
    ]);
    // One fetch per identity, each carrying its own identity.
    expect(organisationFetches().map((request) => request.identity?.scopeId).sort()).toEqual(['cell-1', 'cell-2']);
  });

  it('never shares a fetch between two roles of one user', async () => {
    const staff: Identity = { userId: secretaryOfCell1.userId, role: 'MASS_ORG_STAFF', scopeId: 'cell-1' };
    const [asSecretary, asStaff] = await Promise.all([tokenFor(secretaryOfCell1), tokenFor(staff)]);
    const responses = await Promise.all([ask(SLOW_ME, asSecretary), ask(SLOW_ME, asStaff)]);
    expect(responses.map((response) => response.data)).toEqual([{ slowMe: secretaryOfCell1 }, { slowMe: staff }]);
    expect(organisationFetches()).toHaveLength(2);
  });

  it('does not share reads whose variables differ', async () => {
    const token = await tokenFor(secretaryOfCell1);
    await Promise.all([ask(SLOW_ME, token, { ms: OVERLAP_MS }), ask(SLOW_ME, token, { ms: OVERLAP_MS + 1 })]);
    expect(organisationFetches()).toHaveLength(2);
  });

  it('never de-duplicates a mutation', async () => {
    const token = await tokenFor(secretaryOfCell1);
    const responses = await Promise.all(Array.from({ length: 3 }, () => ask('mutation Touch($ms: Int!) { slowTouch(ms: $ms) }', token)));
    for (const response of responses) expect(response.data).toEqual({ slowTouch: true });
    expect(organisationFetches()).toHaveLength(3);
  });

  it('sends a read again once the first answer has come back (sharing is only while in flight)', async () => {
    const token = await tokenFor(secretaryOfCell1);
    await ask(SLOW_ME, token, { ms: 1 });
    await ask(SLOW_ME, token, { ms: 1 });
    expect(organisationFetches()).toHaveLength(2);
  });
});
