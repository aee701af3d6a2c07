import { expectEveryFieldDescribed } from '@pdv/testing';
import { buildEvaluationSubgraph } from './schema';

describe('evaluation subgraph schema', () => {
  it('describes every type, field, argument, input field and enum value', async () => {
    const subgraph = await buildEvaluationSubgraph();
    expect(subgraph.sdl).toContain('type Progress');
    expectEveryFieldDescribed(subgraph);
  });
});
