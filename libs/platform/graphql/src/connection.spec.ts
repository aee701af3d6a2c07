import { type FieldNode, type FragmentDefinitionNode, Kind, type OperationDefinitionNode, parse } from 'graphql';
import { asksForItems, decodeCursor, encodeCursor, pageSize, toConnection } from './connection';

describe('page size', () => {
  it.each([
    [undefined, 20],
    [null, 20],
    [1, 1],
    [100, 100],
  ])('first=%s → %s', (first, size) => expect(pageSize(first)).toBe(size));

  it.each([0, -1, 101, 2.5])('refuses first=%s with BAD_USER_INPUT', (first) => {
    expect(() => pageSize(first)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});

describe('cursors', () => {
  it('round-trip', () => {
    expect(decodeCursor(encodeCursor(['Nguyễn', 3, null]), 3)).toEqual(['Nguyễn', 3, null]);
  });
  it.each(['garbage', encodeCursor(['a']), Buffer.from('{"a":1}').toString('base64url')])('refuses %s', (cursor) => {
    expect(() => decodeCursor(cursor, 2)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
  it('null cursor means from the start', () => expect(decodeCursor(null, 2)).toBeNull());
});

describe('toConnection', () => {
  const rows = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
  it('uses the extra row only to say a next page exists', () => {
    const connection = toConnection(rows, 2, 10, (r) => [r.id], (r) => r.id);
    expect(connection.edges.map((e) => e.node)).toEqual(['a', 'b']);
    expect(connection.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor(['b']) });
    expect(connection.totalCount).toBe(10);
  });
  it('last page', () => {
    const connection = toConnection(rows, 5, 3, (r) => [r.id], (r) => r.id);
    expect(connection.pageInfo.hasNextPage).toBe(false);
  });
});

describe('asksForItems', () => {
  /** The info a resolver of the document's first field of the first operation would get. */
  function infoOf(document: string) {
    const parsed = parse(document);
    const operation = parsed.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)!;
    const fragments = Object.fromEntries(
      parsed.definitions
        .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
        .map((fragment) => [fragment.name.value, fragment]),
    );
    return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments };
  }

  it.each([
    ['{ candidates(first: 5) { totalCount } }', false],
    ['{ candidates(first: 5) { totalCount __typename } }', false],
    ['{ candidates(first: 5) { ... on CandidateConnection { totalCount } } }', false],
    ['{ candidates(first: 5) { ...Count } } fragment Count on CandidateConnection { totalCount }', false],
    ['{ candidates(first: 5) { totalCount edges { node { id } } } }', true],
    ['{ candidates(first: 5) { pageInfo { hasNextPage } } }', true],
    ['{ candidates(first: 5) { ...Page } } fragment Page on CandidateConnection { edges { cursor } }', true],
    ['{ candidates(first: 5) { totalCount @include(if: true) } }', true],
    ['{ candidates(first: 5) { ...Missing } }', true],
  ])('%s → %s', (document, expected) => expect(asksForItems(infoOf(document))).toBe(expected));
});
