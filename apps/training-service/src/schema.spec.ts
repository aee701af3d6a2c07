import { expectEveryFieldDescribed } from '@pdv/testing';
import { buildTrainingSubgraph } from './schema';

describe('training subgraph schema', () => {
  it('describes every type, field, argument, input field and enum value', async () => {
    const subgraph = await buildTrainingSubgraph();
    expect(subgraph.sdl).toContain('type Course @key(fields: "id")');
    expect(subgraph.sdl).toContain('type Certificate @key(fields: "id")');
    expectEveryFieldDescribed(subgraph);
  });
});
