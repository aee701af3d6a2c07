import { analyzeAfterBulkWrite, BULK_ANALYZE_THRESHOLD, chunks, containsPattern, escapeLike, inOrderOf, pgArray, Where } from './sql';

describe('pgArray', () => {
  it.each([
    [[], '{}'],
    [['a', 'b'], '{"a","b"}'],
    [['with "quotes"', 'back\\slash', 'comma, {braces}'], '{"with \\"quotes\\"","back\\\\slash","comma, {braces}"}'],
    [['Nguyễn Văn An', null], '{"Nguyễn Văn An",NULL}'],
    [[1, 2, true], '{1,2,true}'],
  ] as const)('%j → %s', (values, literal) => {
    expect(pgArray(values)).toBe(literal);
  });
});

describe('escapeLike', () => {
  it('makes wildcards literal', () => {
    expect(escapeLike('50%_off\\')).toBe('50\\%\\_off\\\\');
  });
});

describe('containsPattern', () => {
  it('matches the text anywhere, with LIKE wildcards and the escape character taken literally', () => {
    expect(containsPattern('a%b_c\\d')).toBe('%a\\%b\\_c\\\\d%');
  });
});

describe('chunks', () => {
  it('splits in order, the last chunk shorter', () => {
    expect(chunks([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunks([], 3)).toEqual([]);
  });
});

describe('Where', () => {
  it('joins conditions with and, keeping parameters in order', () => {
    const where = new Where().and('a = ?', 1).and('b in (?, ?)', 2, 3);
    expect(where.sql).toBe('where (a = ?) and (b in (?, ?))');
    expect(where.params).toEqual([1, 2, 3]);
    expect(new Where().sql).toBe('');
  });
});

describe('inOrderOf', () => {
  it('orders rows as the ids and drops missing ones', () => {
    expect(inOrderOf(['b', 'x', 'a'], [{ id: 'a' }, { id: 'b' }])).toEqual([{ id: 'b' }, { id: 'a' }]);
  });
});

describe('analyzeAfterBulkWrite', () => {
  const recorder = () => {
    const statements: string[] = [];
    return { statements, em: { execute: async (sql: string) => void statements.push(sql) } };
  };

  it.each([
    [BULK_ANALYZE_THRESHOLD - 1, ['candidate', 'referral'] as const, []],
    [BULK_ANALYZE_THRESHOLD, ['candidate', 'referral'] as const, ['analyze candidate', 'analyze referral']],
    [50_000, 'every table' as const, ['analyze']],
  ])('after %i rows of %p runs %p', async (rows, tables, expected) => {
    const { statements, em } = recorder();
    await analyzeAfterBulkWrite(em, tables, rows);
    expect(statements).toEqual(expected);
  });

  it('refuses what is not a plain table name', async () => {
    const { statements, em } = recorder();
    await expect(analyzeAfterBulkWrite(em, ['referral; drop table x'], 5_000)).rejects.toThrow('not a table name');
    expect(statements).toEqual([]);
  });
});
