import { expectEveryFieldDescribed } from '@pdv/testing';
import { buildAdmissionSubgraph } from './schema';

describe('admission subgraph schema', () => {
  it('describes every type, field, argument, input field and enum value', async () => {
    const subgraph = await buildAdmissionSubgraph();
    expect(subgraph.sdl).toContain('type AdmissionDossier');
    expectEveryFieldDescribed(subgraph);
  });
});
