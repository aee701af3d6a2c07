import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The organisation service's `Organisation` entity, as this subgraph sees it: the key only.
 * This subgraph adds `candidates` and `referralStats` to it (organisation.resolver.ts); every
 * other field comes from the organisation service through the gateway.
 */
// Descriptions as the owning service words them, so the supergraph has one wording.
@ObjectType('Organisation', { description: 'A party organisation as it was on the date asked for (today by default).' })
@Directive('@key(fields: "id")')
export class OrganisationStub {
  @Field(() => ID, { description: 'Stable id; it survives renames and moves.' })
  id!: string;
}

/**
 * The organisation service's `PartyMember` entity, key only: a mentor is shown as a member
 * reference, and the member's details come from the organisation service (which checks who
 * may see them).
 */
@ObjectType('PartyMember', {
  description: 'A party member. Personal data is shown only to roles that handle the dossier; see nationalId.',
})
@Directive('@key(fields: "id")')
export class PartyMemberStub {
  @Field(() => ID, { description: 'Stable member id.' })
  id!: string;
}

export function organisationStub(id: string): OrganisationStub {
  return Object.assign(new OrganisationStub(), { id });
}

export function partyMemberStub(id: string): PartyMemberStub {
  return Object.assign(new PartyMemberStub(), { id });
}
