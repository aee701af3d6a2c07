import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The organisation service's `Organisation` entity, as this subgraph sees it: the key only.
 * This subgraph adds `candidates` and `referralStats` to it (organisation.resolver.ts); every
 * other field comes from the organisation service through the gateway.
 */
@ObjectType('Organisation', { description: 'A party organisation (owned by the organisation service).' })
@Directive('@key(fields: "id")')
export class OrganisationStub {
  @Field(() => ID, { description: 'The organisation’s id.' })
  id!: string;
}

/**
 * The organisation service's `PartyMember` entity, key only: a mentor is shown as a member
 * reference, and the member's details come from the organisation service (which checks who
 * may see them).
 */
@ObjectType('PartyMember', { description: 'A party member (owned by the organisation service).' })
@Directive('@key(fields: "id")')
export class PartyMemberStub {
  @Field(() => ID, { description: 'The member’s id.' })
  id!: string;
}

export function organisationStub(id: string): OrganisationStub {
  return Object.assign(new OrganisationStub(), { id });
}

export function partyMemberStub(id: string): PartyMemberStub {
  return Object.assign(new PartyMemberStub(), { id });
}
