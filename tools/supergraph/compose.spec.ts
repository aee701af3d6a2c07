import { composeSubgraphs, type PrintedSubgraph } from './compose';

const LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])';

function printed(name: string, port: number, sdl: string): PrintedSubgraph {
  return { service: { name, port }, schemaFile: `apps/${name}-service/schema.graphql`, sdl: `${LINK}\n${sdl}` };
}

describe('composeSubgraphs', () => {
  it('composes an entity owned by one subgraph and extended by another, recording local URLs', () => {
    const outcome = composeSubgraphs([
      printed('organisation', 4001, 'type Organisation @key(fields: "id") { id: ID! name: String! } type Query { organisation(id: ID!): Organisation }'),
      printed('sourcing', 4002, 'type Organisation @key(fields: "id") { id: ID! candidateCount: Int! } type Query { candidates: Int }'),
    ]);
    if (!outcome.ok) throw new Error(outcome.errors.join('\n'));
    expect(outcome.supergraphSdl.startsWith('# Composed by `npm run supergraph`')).toBe(true);
    expect(outcome.supergraphSdl).toContain('@join__graph(name: "organisation", url: "http://127.0.0.1:4001/graphql")');
    expect(outcome.supergraphSdl).toContain('@join__graph(name: "sourcing", url: "http://127.0.0.1:4002/graphql")');
  });

  it('reports every composition error with its code', () => {
    const outcome = composeSubgraphs([
      printed('organisation', 4001, 'type Query { count: Int }'),
      printed('sourcing', 4002, 'type Query { count: String }'),
    ]);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.errors.join('\n')).toMatch(/count/);
  });
});
