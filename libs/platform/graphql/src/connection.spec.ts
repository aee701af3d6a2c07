import { decodeCursor, encodeCursor, pageSize, toConnection } from './connection';

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
