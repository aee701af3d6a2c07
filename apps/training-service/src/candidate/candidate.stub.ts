import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The sourcing service's `Candidate`, key only: this subgraph adds enrolments and the awareness certificate (candidate.resolver.ts). */
@ObjectType('Candidate', {
  description:
    'A person referred by a mass organisation (quần chúng ưu tú): one record per person, however many referrals. Personal data is shown according to the caller’s role, and every read of it is recorded.',
})
@Directive('@key(fields: "id")')
export class CandidateStub {
  @Field(() => ID, { description: 'Stable id; the only identifier of the person used outside this service.' })
  id!: string;
}

export function candidateStub(id: string): CandidateStub {
  return Object.assign(new CandidateStub(), { id });
}
