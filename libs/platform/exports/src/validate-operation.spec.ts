import { buildSchema } from 'graphql';
import type { ExportDefinition } from './export-definition';
import { callerVariables } from './export-definition';
import { definitionProblems } from './validate-operation';

const schema = buildSchema(`
  type Query { people(first: Int, after: String, year: Int): PersonConnection! }
  type PersonConnection { edges: [PersonEdge!]! pageInfo: PageInfo! totalCount: Int! }
  type PersonEdge { node: Person! }
  type Person { id: ID! fullName: String! }
  type PageInfo { hasNextPage: Boolean! endCursor: String }
`);

const sound: ExportDefinition = {
  name: 'people-list',
  operation: 'query PeopleList($first: Int, $after: String, $year: Int) { people(first: $first, after: $after, year: $year) { edges { node { fullName } } pageInfo { hasNextPage endCursor } } }',
  rows: { path: 'people', connection: { afterVariable: 'after', pageSizeVariable: 'first', pageSize: 100 } },
  roles: ['PARTY_BUILDING_BOARD'],
  formats: ['xlsx', 'pdf'],
  title: 'Danh sách',
  fileName: 'danh-sach',
  columns: [{ header: 'Họ và tên', value: { path: 'fullName' } }],
};

describe('definitionProblems', () => {
  it('finds none in a sound definition; the caller gives only the variables the exporter does not set', () => {
    expect(definitionProblems(sound, schema)).toEqual([]);
    expect(callerVariables(sound)).toEqual(['year']);
    expect(definitionProblems({ ...sound, formats: ['pdf'], columns: [], pdf: { document: { lines: [{ text: 'Giấy chứng nhận' }] } } }, schema)).toEqual([]);
  });

  it.each<[string, Partial<ExportDefinition>, RegExp]>([
    ['an unknown field', { operation: 'query PeopleList($first: Int, $after: String) { people(first: $first, after: $after) { edges { node { age } } } }' }, /Cannot query field "age"/],
    ['an anonymous operation', { operation: '{ people { totalCount } }' }, /exactly one named query/],
    ['a mutation', { operation: 'mutation M { people { totalCount } }' }, /exactly one named query/],
    ['no paging variables', { operation: 'query PeopleList { people { totalCount } }' }, /must declare \$after/],
    ['a bad name', { name: 'People List' }, /lower-case words/],
    ['a file name with diacritics', { fileName: 'danh-sách' }, /ASCII/],
    ['no columns', { columns: [] }, /at least one column/],
    ['no roles', { roles: [] }, /at least one role/],
    ['a document line with both a text and a value', { pdf: { document: { lines: [{ text: 'a', value: 'index' }] } } }, /either a text or a value/],
    ['an xlsx without columns beside a document pdf', { columns: [], pdf: { document: { lines: [{ text: 'a' }] } } }, /column for its xlsx/],
  ])('reports %s', (_label, change, problem) => {
    expect(definitionProblems({ ...sound, ...change }, schema).join('\n')).toMatch(problem);
  });
});
