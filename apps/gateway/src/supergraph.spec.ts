import { healthUrlOf, subgraphEndpoints } from './supergraph';

// The part of a composed supergraph that names the subgraphs (as composeServices prints it).
const supergraph = `
schema @link(url: "https://specs.apollo.dev/link/v1.0") @link(url: "https://specs.apollo.dev/join/v0.5", for: EXECUTION) { query: Query }
directive @join__graph(name: String!, url: String!) on ENUM_VALUE
enum join__Graph {
  ORGANISATION @join__graph(name: "organisation", url: "http://127.0.0.1:4001/graphql")
  SOURCING @join__graph(name: "sourcing", url: "http://127.0.0.1:4002/graphql")
}
type Query { ping: String }
`;

describe('supergraph', () => {
  it('lists the subgraphs with the URLs recorded at composition', () => {
    expect(subgraphEndpoints(supergraph)).toEqual([
      { name: 'organisation', url: 'http://127.0.0.1:4001/graphql' },
      { name: 'sourcing', url: 'http://127.0.0.1:4002/graphql' },
    ]);
  });

  it('lets the environment override a subgraph URL', () => {
    expect(subgraphEndpoints(supergraph, { sourcing: 'http://sourcing-service:4002/graphql' })[1]).toEqual({
      name: 'sourcing',
      url: 'http://sourcing-service:4002/graphql',
    });
  });

  it.each([
    ['http://127.0.0.1:4001/graphql', 'http://127.0.0.1:4001/healthz'],
    ['http://sourcing-service:4002/graphql/', 'http://sourcing-service:4002/healthz'],
    ['https://api.internal/org/graphql?x=1', 'https://api.internal/org/healthz'],
    ['http://127.0.0.1:4003/', 'http://127.0.0.1:4003/healthz'],
  ])('derives the health URL of %s', (url, health) => {
    expect(healthUrlOf(url)).toBe(health);
  });
});
