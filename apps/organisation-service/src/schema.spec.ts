import { type DefinitionNode, Kind, parse } from 'graphql';
import { buildOrganisationSubgraph } from './schema';

/** Every place in the SDL where front-end teams expect a description but find none. */
function undescribed(sdl: string): string[] {
  const missing: string[] = [];
  const check = (where: string, node: { description?: unknown }) => {
    if (!node.description) missing.push(where);
  };
  for (const definition of parse(sdl).definitions as readonly DefinitionNode[]) {
    switch (definition.kind) {
      case Kind.OBJECT_TYPE_DEFINITION:
      case Kind.INPUT_OBJECT_TYPE_DEFINITION: {
        const name = definition.name.value;
        if (name !== 'Query' && name !== 'Mutation') check(name, definition);
        for (const field of definition.fields ?? []) {
          check(`${name}.${field.name.value}`, field);
          if ('arguments' in field) for (const arg of field.arguments ?? []) check(`${name}.${field.name.value}(${arg.name.value})`, arg);
        }
        break;
      }
      case Kind.ENUM_TYPE_DEFINITION:
        check(definition.name.value, definition);
        for (const value of definition.values ?? []) check(`${definition.name.value}.${value.name.value}`, value);
        break;
      case Kind.SCALAR_TYPE_DEFINITION:
        check(definition.name.value, definition);
        break;
      default:
        break;
    }
  }
  return missing;
}

describe('organisation subgraph schema', () => {
  let sdl: string;

  beforeAll(async () => {
    ({ sdl } = await buildOrganisationSubgraph());
  });

  it('describes every type, field, argument and enum value', () => {
    // Connection and edge fields come from @pdv/graphql's ConnectionType, not from this service.
    const fromLibrary = /^\w+(Connection\.(edges|pageInfo)|Edge\.node)$/;
    expect(undescribed(sdl).filter((where) => !fromLibrary.test(where))).toEqual([]);
  });

  it('declares Organisation and PartyMember as federation entities keyed by id', () => {
    expect(sdl).toMatch(/type Organisation @key\(fields: "id"\)/);
    expect(sdl).toMatch(/type PartyMember @key\(fields: "id"\)/);
  });
});
