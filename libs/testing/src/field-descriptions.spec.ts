import { undescribedInSchema } from './field-descriptions';

describe('undescribedInSchema', () => {
  it('names every undescribed type, field, argument, input field, enum value and scalar', () => {
    const sdl = `
      scalar LocalDate
      type Query { thing(id: ID!): Thing }
      "A thing." type Thing { "Its id." id: ID! name: String }
      input ThingInput { name: String }
      "Kinds." enum Kind { "The first." A B }
    `;
    expect(undescribedInSchema(sdl)).toEqual(['LocalDate', 'Query.thing', 'Query.thing(id)', 'Thing.name', 'ThingInput', 'ThingInput.name', 'Kind.B']);
  });

  it('accepts a fully described schema', () => {
    expect(undescribedInSchema(`"Root." type Query { "A number." n("How many." first: Int): Int }`)).toEqual([]);
  });
});
