import { expectEveryFieldDescribed } from '@pdv/testing';
import { buildOrganisationSubgraph } from './schema';

describe('organisation subgraph schema', () => {
  let sdl: string;

  beforeAll(async () => {
    ({ sdl } = await buildOrganisationSubgraph());
  });

  it('describes every type, field, argument, input field and enum value', () => {
    expectEveryFieldDescribed({ sdl });
  });

  it('declares Organisation and PartyMember as federation entities keyed by id', () => {
    expect(sdl).toMatch(/type Organisation @key\(fields: "id"\)/);
    expect(sdl).toMatch(/type PartyMember @key\(fields: "id"\)/);
  });
});
