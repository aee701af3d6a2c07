import { Kind, type OperationDefinitionNode, parse } from 'graphql';
import { analyseOperation, enforceQueryLimits } from './query-limits';

function analyse(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  return analyseOperation(document, operation, variables);
}

describe('analyseOperation', () => {
  it.each([
    ['{ a }', { depth: 1, aliases: 0, cost: 1 }],
    ['{ a { b { c } } }', { depth: 3, aliases: 0, cost: 3 }],
    ['{ x: a y: a z: a }', { depth: 1, aliases: 3, cost: 3 }],
    ['{ list(first: 10) { edges { node { id name } } } }', { depth: 4, aliases: 0, cost: 1 + 10 * 4 }],
    ['{ list(first: 100) { edges { node { members(first: 100) { edges { node { id } } } } } } }', { depth: 7, aliases: 0, cost: 1 + 100 * (3 + 100 * 3) }],
    ['query { ...F } fragment F on Query { a { b } }', { depth: 2, aliases: 0, cost: 2 }],
    ['{ __schema { types { name } } a }', { depth: 1, aliases: 0, cost: 1 }],
  ])('%s', (query, expected) => {
    expect(analyse(query)).toEqual(expected);
  });

  it('reads page sizes from variables', () => {
    expect(analyse('query($n: Int) { list(first: $n) { id } }', { n: 50 }).cost).toBe(51);
  });

  it('survives a fragment cycle', () => {
    expect(() => analyse('query { ...A } fragment A on Q { a { ...B } } fragment B on Q { b { ...A } }')).not.toThrow();
  });
});

describe('enforceQueryLimits', () => {
  const limits = { maxDepth: 3, maxAliases: 2, maxCost: 100 };
  it('passes within limits', () => {
    expect(() => enforceQueryLimits({ depth: 3, aliases: 2, cost: 100 }, limits)).not.toThrow();
  });
  it('names every exceeded limit', () => {
    expect(() => enforceQueryLimits({ depth: 4, aliases: 3, cost: 101 }, limits)).toThrow(/4 levels.*3 aliases.*101 objects/);
  });
});
