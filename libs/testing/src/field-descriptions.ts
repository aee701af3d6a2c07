import { type DefinitionNode, Kind, parse } from 'graphql';

/**
 * Every place in a subgraph's SDL where a front-end team expects a description and finds
 * none: types, fields, arguments, input fields, enum values and scalars (Query and Mutation
 * themselves excepted: their fields carry the meaning).
 */
export function undescribedInSchema(sdl: string): string[] {
  const missing: string[] = [];
  const check = (where: string, node: { description?: unknown }) => {
    if (!node.description) missing.push(where);
  };
  for (const definition of parse(sdl).definitions as readonly DefinitionNode[]) {
    switch (definition.kind) {
      case Kind.OBJECT_TYPE_DEFINITION:
      case Kind.INTERFACE_TYPE_DEFINITION:
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
      case Kind.UNION_TYPE_DEFINITION:
      case Kind.SCALAR_TYPE_DEFINITION:
        check(definition.name.value, definition);
        break;
      default:
        break;
    }
  }
  return missing;
}

/** Fails, listing each place, unless everything in the subgraph's SDL is described. */
export function expectEveryFieldDescribed(subgraph: { sdl: string }): void {
  expect(undescribedInSchema(subgraph.sdl)).toEqual([]);
}
