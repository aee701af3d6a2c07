import { buildSchema } from 'graphql';
import { badInputCases, badValuesFor } from './bad-input-suite';

const schema = buildSchema(`
  scalar LocalDate
  scalar DateTime
  enum Kind { CELL COMMITTEE }
  input Consent { noticeVersion: String! consentedAt: DateTime! }
  input Submit { organisationId: ID! note: String consent: Consent! kinds: [Kind!] }
  type Thing { id: ID! }
  type Query {
    thing(id: ID!): Thing
    things(year: Int!, asOf: LocalDate, first: Int): [Thing!]!
    _entities(representations: [String!]!): [Thing]
  }
  type Mutation { submit(input: Submit!): Thing! }
`);

const ID_CASES = badValuesFor(schema.getType('ID')!, true).length;

describe('badInputCases', () => {
  const cases = badInputCases(schema, { 'submit.input.organisationId': 'real-organisation' });

  it('tries every leaf of every argument and input field, and leaves federation fields out', () => {
    const paths = [...new Set(cases.map((testCase) => testCase.path))].sort();
    expect(paths).toEqual([
      'submit.input.consent.consentedAt',
      'submit.input.consent.noticeVersion',
      'submit.input.kinds',
      'submit.input.note',
      'submit.input.organisationId',
      'thing.id',
      'things.asOf',
      'things.first',
      'things.year',
    ]);
    expect(cases.filter((testCase) => testCase.path === 'thing.id')).toHaveLength(ID_CASES);
  });

  it('fills the other required values (overrides first), leaves optional ones out, and puts the bad value in place', () => {
    const nul = cases.find((testCase) => testCase.path === 'submit.input.note' && testCase.bad.label === 'NUL');
    expect(nul?.variables).toEqual({
      input: {
        organisationId: 'real-organisation',
        note: 'Hoa\u0000',
        consent: { noticeVersion: 'Kiểm thử', consentedAt: '2026-01-15T10:00:00+07:00' },
      },
    });
    expect(nul?.query).toBe('mutation BadInput($input: Submit!) { submit(input: $input) { __typename } }');
    expect(nul?.unknownId).toBe(false);
    const kinds = cases.find((testCase) => testCase.path === 'submit.input.kinds');
    expect((kinds?.variables.input as { kinds: unknown }).kinds).toEqual(['NOT_A_VALUE']);
  });

  it('asks for an empty string only where a value is required, and marks requests with a made-up id', () => {
    const labels = (path: string) => cases.filter((testCase) => testCase.path === path).map((testCase) => testCase.bad.label);
    expect(labels('submit.input.consent.noticeVersion')).toContain('an empty string');
    expect(labels('submit.input.note')).not.toContain('an empty string');
    const year = cases.find((testCase) => testCase.path === 'things.year' && testCase.bad.label === 'a negative number');
    expect(year).toMatchObject({ query: 'query BadInput($year: Int!) { things(year: $year) { __typename } }', variables: { year: -1 }, unknownId: false });
    const date = cases.find((testCase) => testCase.path === 'things.asOf');
    expect(date?.variables).toEqual({ year: 2026, asOf: '2026-02-30' });
    const withMadeUpId = badInputCases(schema).find((testCase) => testCase.path === 'submit.input.note');
    expect(withMadeUpId?.unknownId).toBe(true);
  });

  it('skips the paths it is told to skip', () => {
    expect(badInputCases(schema, {}, ['submit.input.consent']).some((testCase) => testCase.path.startsWith('submit.input.consent'))).toBe(false);
  });
});
