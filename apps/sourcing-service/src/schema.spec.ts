import { expectEveryFieldDescribed } from '@pdv/testing';
import { buildSourcingSubgraph } from './schema';

describe('sourcing subgraph schema', () => {
  it('describes every type, field, argument, input field and enum value', async () => {
    expectEveryFieldDescribed(await buildSourcingSubgraph());
  });
});
