import 'reflect-metadata';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { graphql, parse } from 'graphql';
import { AppError } from '@pdv/errors';
import { Arg, Field, ID, InputType, Query, Resolver } from 'type-graphql';
import { buildSubgraph } from './subgraph';
import { LongText, STRING_INPUT_MAX_LENGTH, withStrictInputs } from './strict-inputs';

const ID_1 = '0b6d3a52-6c1e-4c4f-9a7e-2f1d5b8c9e01';

/** The AppError a resolver-phase refusal carries (the service's error formatter maps it to extensions). */
function appErrorOf(result: Awaited<ReturnType<typeof graphql>>): AppError | undefined {
  const original = result.errors?.[0]?.originalError;
  return original instanceof AppError ? original : undefined;
}

@InputType({ description: 'A note.' })
class NoteInput {
  @Field(() => ID, { description: 'Whose.' })
  ownerId!: string;

  @Field(() => [String], { description: 'Lines.' })
  lines!: string[];

  @LongText(50_000)
  @Field(() => String, { nullable: true, description: 'An attached file.' })
  fileBase64?: string | null;
}

@Resolver()
class NoteResolver {
  @Query(() => String, { description: 'Echoes the id.' })
  note(@Arg('id', () => ID, { description: 'The id.' }) id: string): string {
    return id;
  }

  @Query(() => Number, { description: 'Counts lines.' })
  save(@Arg('input', () => NoteInput, { description: 'The note.' }) input: NoteInput): number {
    return input.lines.length;
  }

  @Query(() => String, { description: 'Echoes a search.' })
  search(@Arg('text', () => String, { nullable: true, description: 'The text.' }) text: string | null): string {
    return text ?? '';
  }
}

describe('the strict subgraph inputs', () => {
  let run: (source: string, variables?: Record<string, unknown>) => ReturnType<typeof graphql>;

  beforeAll(async () => {
    const { schema } = await buildSubgraph({ resolvers: [NoteResolver] });
    run = (source, variableValues = {}) => graphql({ schema, source, variableValues, contextValue: {} });
  });

  it('refuses a malformed id while coercing variables, naming the variable and the field', async () => {
    const direct = await run('query($id: ID!) { note(id: $id) }', { id: 'x' });
    expect(direct.errors?.[0].message).toMatch(/"\$id".*UUID/);
    const nested = await run('query($input: NoteInput!) { save(input: $input) }', { input: { ownerId: '00000000-0000-0000-0000-000000000000', lines: [] } });
    expect(nested.errors?.[0].message).toMatch(/"\$input".*at "input.ownerId".*UUID/);
    const literal = await run('{ note(id: "not-a-uuid") }');
    expect(literal.errors?.[0].message).toMatch(/UUID/);
    expect((await run('query($id: ID!) { note(id: $id) }', { id: ID_1.toUpperCase() })).data).toEqual({ note: ID_1 });
  });

  it('refuses control characters in any String argument or input field, naming it, before the resolver', async () => {
    const search = await run('query($text: String) { search(text: $text) }', { text: 'Hoa\u0000' });
    expect(appErrorOf(search)).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ field: 'text' }] });
    const lines = await run('query($input: NoteInput!) { save(input: $input) }', { input: { ownerId: ID_1, lines: ['ok', 'bell\u0007'] } });
    expect(lines.errors?.[0].message).toMatch(/^input\.lines\[1\] must not contain control characters/);
    expect((await run('query($text: String) { search(text: $text) }', { text: 'line one\n\tline two\r\n' })).data).toEqual({ search: 'line one\n\tline two\r\n' });
    for (const character of ['\u001f', '\u007f', '\u0085', '\u000b']) {
      expect(appErrorOf(await run('query($text: String) { search(text: $text) }', { text: `a${character}b` }))?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('refuses text over the schema-wide limit, except where a field allows more', async () => {
    const long = 'a'.repeat(STRING_INPUT_MAX_LENGTH + 1);
    expect((await run('query($text: String) { search(text: $text) }', { text: long })).errors?.[0].message).toBe(`text must be at most ${STRING_INPUT_MAX_LENGTH} characters.`);
    expect((await run('query($text: String) { search(text: $text) }', { text: long.slice(1) })).data).toEqual({ search: long.slice(1) });
    const file = await run('query($input: NoteInput!) { save(input: $input) }', { input: { ownerId: ID_1, lines: [], fileBase64: long } });
    expect(file.data).toEqual({ save: 0 });
    const tooBig = await run('query($input: NoteInput!) { save(input: $input) }', { input: { ownerId: ID_1, lines: [], fileBase64: 'a'.repeat(50_001) } });
    expect(appErrorOf(tooBig)?.problems).toEqual([{ field: 'input.fileBase64', message: 'must be at most 50000 characters' }]);
  });

  it('keeps federation working: entities resolve through their reference resolvers', async () => {
    const schema = withStrictInputs(
      buildSubgraphSchema({
        typeDefs: parse(`extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
          type Thing @key(fields: "id") { id: ID! name: String }
          type Query { thing(id: ID!): Thing }`),
        resolvers: { Thing: { __resolveReference: (reference: { id: string }) => ({ id: reference.id, name: 'by reference' }) } } as never,
      }),
    );
    const result = await graphql({
      schema,
      source: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Thing { id name } } }',
      variableValues: { r: [{ __typename: 'Thing', id: ID_1 }] },
    });
    expect(result).toEqual({ data: { _entities: [{ id: ID_1, name: 'by reference' }] } });
  });
});
