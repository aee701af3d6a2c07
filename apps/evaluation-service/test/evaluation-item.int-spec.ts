import { evaluationItemRegistered } from '@pdv/contracts';
import { type GraphQLResponse, identityOf, waitFor } from '@pdv/testing';
import { type Harness, startHarness } from './support/harness';

const board = identityOf('PARTY_BUILDING_BOARD');
const auditor = identityOf('AUDITOR');
const trainingCentre = identityOf('TRAINING_CENTRE');

const ITEM_FIELDS = 'id code title effectiveFrom recordedBy recordedByRole';
const REGISTER = `mutation($input: RegisterEvaluationItemInput!) { registerEvaluationItem(input: $input) { ${ITEM_FIELDS} } }`;

interface ItemNode {
  id: string;
  code: string;
  title: string;
  effectiveFrom: string;
  recordedBy: string;
  recordedByRole: string | null;
}

function errorOf(response: GraphQLResponse<unknown>) {
  const [error] = response.errors ?? [];
  return { code: error?.extensions?.code, rule: error?.extensions?.rule, problems: error?.extensions?.problems };
}

describe('the evaluation service through the gateway', () => {
  let h: Harness;

  // Through the harness's real gateway, as a front end calls it.
  const call: Harness['gql'] = (identity, query, variables, headers) => h.gql(identity, query, variables, headers);
  const countRows = async () => Number((await h.sql<{ count: string }>('select count(*) as count from evaluation_item'))[0].count);

  beforeAll(async () => {
    h = await startHarness('gateway', { today: '2026-07-15' });
  }, 60_000);

  afterAll(async () => {
    await h?.stop();
  });

  it('registers an item, reads it back and publishes the fact (ids, code and date only)', async () => {
    const registered = await call<{ registerEvaluationItem: ItemNode }>(board, REGISTER, { input: { code: ' a-01 ', title: ' Sổ theo dõi ', effectiveFrom: '2026-07-01' } });
    expect(registered.errors).toBeUndefined();
    const item = registered.data!.registerEvaluationItem;
    expect(item).toMatchObject({ code: 'A-01', title: 'Sổ theo dõi', effectiveFrom: '2026-07-01', recordedBy: board.userId, recordedByRole: 'PARTY_BUILDING_BOARD' });

    const read = await call<{ evaluationItem: ItemNode; evaluationItems: { totalCount: number; edges: { node: { code: string } }[] } }>(
      auditor,
      `query($id: ID!) { evaluationItem(id: $id) { code } evaluationItems(first: 10) { totalCount edges { node { code } } } }`,
      { id: item.id },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data).toEqual({ evaluationItem: { code: 'A-01' }, evaluationItems: { totalCount: 1, edges: [{ node: { code: 'A-01' } }] } });

    const event = await waitFor(async () => (await h.streamEvents(evaluationItemRegistered.stream)).find((envelope) => envelope.aggregateId === item.id), {
      what: 'the evaluation.item.registered event',
    });
    expect(event).toMatchObject({ type: 'evaluation.item.registered', version: 1, source: 'evaluation-service', actor: { id: board.userId } });
    expect(event.data).toEqual({ itemId: item.id, code: 'A-01', effectiveFrom: '2026-07-01' });
  });

  it('pages through the items in code order', async () => {
    for (const code of ['B-02', 'B-01']) {
      expect((await call(board, REGISTER, { input: { code, title: `Mục ${code}`, effectiveFrom: '2026-07-15' } })).errors).toBeUndefined();
    }
    const page = `query($after: String) { evaluationItems(first: 2, after: $after) { edges { node { code } } pageInfo { hasNextPage endCursor } } }`;
    type Page = { evaluationItems: { edges: { node: { code: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
    const first = await call<Page>(board, page);
    expect(first.data!.evaluationItems.edges.map((edge) => edge.node.code)).toEqual(['A-01', 'B-01']);
    expect(first.data!.evaluationItems.pageInfo.hasNextPage).toBe(true);
    const second = await call<Page>(board, page, { after: first.data!.evaluationItems.pageInfo.endCursor });
    expect(second.data!.evaluationItems.edges.map((edge) => edge.node.code)).toEqual(['B-02']);
    expect(second.data!.evaluationItems.pageInfo.hasNextPage).toBe(false);
  });

  it.each<[string, Record<string, unknown>, string, string | undefined, string | undefined]>([
    ['an empty title', { code: 'C-01', title: ' ', effectiveFrom: '2026-07-01' }, 'BAD_USER_INPUT', undefined, 'input.title'],
    ['a NUL in the title', { code: 'C-01', title: 'Sổ\u0000', effectiveFrom: '2026-07-01' }, 'BAD_USER_INPUT', undefined, 'input.title'],
    ['a malformed code', { code: 'C 01', title: 'Sổ', effectiveFrom: '2026-07-01' }, 'BAD_USER_INPUT', undefined, 'input.code'],
    ['a date after today', { code: 'C-01', title: 'Sổ', effectiveFrom: '2026-07-16' }, 'RULE_VIOLATION', 'EVALUATION.ITEM_NOT_IN_FUTURE', undefined],
    ['a code already registered (in other case)', { code: 'a-01', title: 'Sổ', effectiveFrom: '2026-07-01' }, 'CONFLICT', undefined, undefined],
  ])('refuses %s with %s and changes nothing', async (_case, input, code, rule, field) => {
    const before = await countRows();
    const error = errorOf(await call(board, REGISTER, { input }));
    expect(error.code).toBe(code);
    expect(error.rule).toBe(rule);
    if (field) expect(error.problems).toEqual([expect.objectContaining({ field })]);
    expect(await countRows()).toBe(before);
  });

  it('answers BAD_USER_INPUT for a malformed id and null for an unknown one', async () => {
    expect(errorOf(await call(board, `{ evaluationItem(id: "x") { id } }`)).code).toBe('BAD_USER_INPUT');
    const unknown = await call(board, `{ evaluationItem(id: "6f1c2a52-5d0e-4c8e-9f3e-1b2a3c4d5e6f") { id } }`);
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data).toEqual({ evaluationItem: null });
  });

  it('refuses anonymous callers and roles without the permission', async () => {
    expect(errorOf(await call(null, `{ evaluationItems { totalCount } }`)).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await call(trainingCentre, `{ evaluationItems { totalCount } }`)).code).toBe('FORBIDDEN');
    expect(errorOf(await call(auditor, REGISTER, { input: { code: 'D-01', title: 'Sổ', effectiveFrom: '2026-07-01' } })).code).toBe('FORBIDDEN');
  });
});
