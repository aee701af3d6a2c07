import { type CandidateStub, candidateStub } from './candidate.stub';

/** The gateway sends `Candidate` representations here to resolve the fields this subgraph adds; the key is all this subgraph keeps. */
export function resolveCandidateReference(representation: { id: string }): CandidateStub {
  return candidateStub(representation.id);
}
