import { readFile, writeFile } from 'node:fs/promises';
import { isDeepStrictEqual } from 'node:util';
import { type Example, exampleNames, expectedOf, expectedOfDownload, fillReferences, type GraphQLResponse, readExamples, type ReferenceContext, todayInVietnam } from './examples';
import { type GuideStack, startGuideStack } from './guide-stack';
import { WORKSPACE_ROOT } from './api-guide';

// Runs the API guide's example collection (docs/api/examples/, see examples.ts) against the
// started stack with the seeded demo ward, through the gateway, each with a token of the
// role that would send it: every example answers without errors (or, marked so, with the
// refusal it shows) and the same as its committed expected file. UPDATE_API_EXAMPLES=1
// rewrites the expected files instead (then read the diff before committing it).

const UPDATE = process.env.UPDATE_API_EXAMPLES === '1';
const EVENTUAL_MS = 60_000;
jest.setTimeout(600_000);

let stack: GuideStack;
let examples: Example[];
const responses = new Map<string, unknown>();
let references: Omit<ReferenceContext, 'responses' | 'now' | 'today'>;
/** One token per role and scope, minted at once (each minting is a child process). */
const tokens = new Map<string, string>();
const tokenKey = (example: Example) => `${example.role} ${example.scope ?? ''}`;

async function post(token: string | null, query: string, variables: unknown): Promise<GraphQLResponse> {
  const response = await fetch(stack.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse;
}

async function wardReferences(boardToken: string): Promise<typeof references> {
  const organisations = new Map<string, string>();
  let after: string | null = null;
  for (;;) {
    const page = await post(boardToken, 'query($after: String) { organisations(first: 100, after: $after) { edges { node { id code } } pageInfo { hasNextPage endCursor } } }', { after });
    const connection = (page.data as { organisations: { edges: { node: { id: string; code: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }).organisations;
    for (const { node } of connection.edges) organisations.set(node.code, node.id);
    if (!connection.pageInfo.hasNextPage) break;
    after = connection.pageInfo.endCursor;
  }
  const mass = await post(boardToken, '{ massOrganisations(wardLevelOnly: false, includeInactive: true) { id code } }', {});
  const massOrganisations = new Map((mass.data as { massOrganisations: { id: string; code: string }[] }).massOrganisations.map((unit) => [unit.code, unit.id]));
  return { organisations, massOrganisations };
}

beforeAll(async () => {
  examples = await readExamples(WORKSPACE_ROOT);
  stack = await startGuideStack((line) => process.stderr.write(`api-guide: ${line}\n`));
  const [board] = await stack.tokens([{ userId: 'api-guide-board', role: 'PARTY_BUILDING_BOARD', scopeId: null }]);
  references = await wardReferences(board);
  // Scopes name the seeded ward's codes (not earlier examples), so every token is known now.
  const now = new Date();
  const context: ReferenceContext = { ...references, responses, now, today: todayInVietnam(now) };
  const wanted = [...new Map(examples.map((example) => [tokenKey(example), example])).values()];
  const minted = await stack.tokens(
    wanted.map((example) => ({ userId: `api-guide-${example.role.toLowerCase()}`, role: example.role, scopeId: example.scope ? String(fillReferences(example.scope, context)) : null })),
  );
  wanted.forEach((example, index) => tokens.set(tokenKey(example), minted[index]));
});

afterAll(async () => {
  await stack?.stop();
});

describe('docs/api/examples', () => {
  it('has examples, each naming who sends it', () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  // Sequential on purpose: a journey's later steps use the ids its earlier steps created.
  it.each(exampleNames(WORKSPACE_ROOT))('%s', async (name) => {
    const example = examples.find((candidate) => candidate.name === name)!;
    const now = new Date();
    const context: ReferenceContext = { ...references, responses, now, today: todayInVietnam(now) };
    const token = tokens.get(tokenKey(example))!;
    const variables = fillReferences(example.variables, context);
    if (example.exportPath) {
      const download = await fetch(`${stack.url.replace(/\/graphql$/, '')}${example.exportPath}?variables=${encodeURIComponent(JSON.stringify(variables))}`, { headers: { authorization: `Bearer ${token}` } });
      const actual = expectedOfDownload(download, (await download.arrayBuffer()).byteLength);
      if (UPDATE) await writeFile(example.expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
      else expect(actual).toEqual(JSON.parse(await readFile(example.expectedFile, 'utf8')));
      return;
    }
    const operation = example.operation!;
    const expected = UPDATE ? undefined : (JSON.parse(await readFile(example.expectedFile, 'utf8').catch(() => 'null')) as unknown);
    const isMutation = /^\s*mutation\b/m.test(operation);
    const answered = (response: GraphQLResponse) => (example.expectErrors ? Boolean(response.errors?.length) : !response.errors);
    // A read model catches up within seconds; a mutation is repeated only while refused (it changed nothing).
    const shown = (response: GraphQLResponse) => expectedOf(response, { unordered: example.unordered });
    // Updating, a read model has settled when two answers a few seconds apart agree.
    let previous: unknown;
    const settled = (response: GraphQLResponse) => {
      if (!answered(response)) return false;
      if (isMutation) return true;
      if (!UPDATE) return isDeepStrictEqual(shown(response), expected);
      const stable = previous !== undefined && isDeepStrictEqual(shown(response), previous);
      previous = shown(response);
      return stable;
    };
    let response = await post(token, operation, variables);
    for (const deadline = Date.now() + EVENTUAL_MS; example.eventually && !settled(response) && Date.now() < deadline; ) {
      await new Promise((resolve) => setTimeout(resolve, UPDATE ? 3_000 : 1_000));
      response = await post(token, operation, variables);
    }
    expect(response.errors?.length ?? 0)[example.expectErrors ? 'toBeGreaterThan' : 'toBe'](0);
    responses.set(example.name, response.data);
    const actual = shown(response);
    if (UPDATE) await writeFile(example.expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
    else expect(actual).toEqual(expected);
  });
});
