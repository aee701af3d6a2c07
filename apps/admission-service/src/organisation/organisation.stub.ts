import { Directive, Field, ID, ObjectType } from 'type-graphql';

// Key-only stubs of other services' entities. This subgraph adds fields to them
// (deadline.resolver.ts, federation.resolver.ts); every other field comes from the owner
// through the gateway. Descriptions as the owners word them, so the supergraph has one wording.

@ObjectType('Organisation', { description: 'A party organisation as it was on the date asked for (today by default).' })
@Directive('@key(fields: "id")')
export class OrganisationStub {
  @Field(() => ID, { description: 'Stable id; it survives renames and moves.' })
  id!: string;
}

/** The gateway sends representations here to resolve the fields this subgraph adds; the key is all this subgraph keeps. */
export function resolveOrganisationReference(representation: { id: string }): OrganisationStub {
  return Object.assign(new OrganisationStub(), { id: representation.id });
}

@ObjectType('PartyMember', { description: 'A party member. Personal data is shown only to roles that handle the dossier; see nationalId.' })
@Directive('@key(fields: "id")')
export class PartyMemberStub {
  @Field(() => ID, { description: 'Stable member id.' })
  id!: string;
}

export function resolvePartyMemberReference(representation: { id: string }): PartyMemberStub {
  return Object.assign(new PartyMemberStub(), { id: representation.id });
}

/** The sourcing service's `Candidate`, key only: this subgraph adds the dossier and the readiness. */
@ObjectType('Candidate', {
  description:
    'A person referred by a mass organisation (quần chúng ưu tú): one record per person, however many referrals. Personal data is shown according to the caller’s role, and every read of it is recorded.',
})
@Directive('@key(fields: "id")')
export class CandidateStub {
  @Field(() => ID, { description: 'Stable id; the only identifier of the person used outside this service.' })
  id!: string;
}

export function resolveCandidateReference(representation: { id: string }): CandidateStub {
  return Object.assign(new CandidateStub(), { id: representation.id });
}
