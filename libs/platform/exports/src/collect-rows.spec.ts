import { collectRows, ExportOperationFailed, type RunOperation, TooManyExportRows } from './collect-rows';
import type { ExportDefinition } from './export-definition';

const connectionExport: ExportDefinition = {
  name: 'people',
  operation: 'query People($first: Int, $after: String, $year: Int) { people(first: $first, after: $after, year: $year) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }',
  rows: { path: 'people', connection: { afterVariable: 'after', pageSizeVariable: 'first', pageSize: 2 } },
  roles: ['PARTY_BUILDING_BOARD'],
  formats: ['xlsx'],
  title: 'Người',
  fileName: 'nguoi',
  columns: [{ header: 'Mã', value: { path: 'id' } }],
};

/** A connection of `total` people served `first` at a time, recording the variables of each run. */
function pagedPeople(total: number, options: { totalCount?: boolean } = {}) {
  const calls: Record<string, unknown>[] = [];
  const run: RunOperation = async (variables) => {
    calls.push(variables);
    const start = variables.after ? Number(variables.after) : 0;
    const first = Number(variables.first);
    const ids = Array.from({ length: Math.max(0, Math.min(first, total - start)) }, (_, i) => `p${start + i}`);
    const end = start + ids.length;
    return {
      data: {
        people: {
          totalCount: options.totalCount === false ? null : total,
          edges: ids.map((id) => ({ node: { id } })),
          pageInfo: { hasNextPage: end < total, endCursor: String(end) },
        },
      },
    };
  };
  return { run, calls };
}

describe('collectRows', () => {
  it('pages through a connection with its own page size and cursor, keeping the caller’s variables', async () => {
    const { run, calls } = pagedPeople(5);
    const rows = await collectRows(connectionExport, { year: 2026 }, run, 100);
    expect(rows).toEqual(['p0', 'p1', 'p2', 'p3', 'p4'].map((id) => ({ id })));
    expect(calls).toEqual([
      { year: 2026, first: 2, after: null },
      { year: 2026, first: 2, after: '2' },
      { year: 2026, first: 2, after: '4' },
    ]);
  });

  it.each([
    ['the total says so on the first page', {}, 1],
    ['counted page by page when there is no total', { totalCount: false }, 3],
  ])('refuses more rows than the limit: %s', async (_label, options, expectedRuns) => {
    const { run, calls } = pagedPeople(6, options);
    await expect(collectRows(connectionExport, {}, run, 5)).rejects.toThrow(TooManyExportRows);
    expect(calls).toHaveLength(expectedRuns);
  });

  it('takes the smaller of the gateway’s limit and the definition’s own', async () => {
    await expect(collectRows({ ...connectionExport, maxRows: 3 }, {}, pagedPeople(4).run, 100)).rejects.toThrow('more than 3 rows');
  });

  it('refuses the whole export on any error, with the API’s errors', async () => {
    const error = { message: 'Not allowed', extensions: { code: 'FORBIDDEN' } };
    const failure = collectRows(connectionExport, {}, async () => ({ data: { people: null }, errors: [error] }), 100);
    await expect(failure).rejects.toThrow(ExportOperationFailed);
    await expect(failure).rejects.toMatchObject({ errors: [error] });
  });

  it('reads a plain list as it is', async () => {
    const list: ExportDefinition = { ...connectionExport, operation: 'query L { course { people { id } } }', rows: { path: 'course.people' } };
    expect(await collectRows(list, {}, async () => ({ data: { course: { people: [{ id: 'a' }] } } }), 10)).toEqual([{ id: 'a' }]);
    await expect(collectRows(list, {}, async () => ({ data: { course: { people: [{ id: 'a' }, { id: 'b' }] } } }), 1)).rejects.toThrow(TooManyExportRows);
  });

  it('makes one object one row, and null none', async () => {
    const one: ExportDefinition = { ...connectionExport, operation: 'query One { certificate { id } }', rows: { path: 'certificate' } };
    expect(await collectRows(one, {}, async () => ({ data: { certificate: { id: 'c' } } }), 10)).toEqual([{ id: 'c' }]);
    expect(await collectRows(one, {}, async () => ({ data: { certificate: null } }), 10)).toEqual([]);
  });
});
