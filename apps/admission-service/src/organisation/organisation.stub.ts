import { Directive, Field, ID, ObjectType } from 'type-graphql';

// Key-only stub of the organisation service's entity. This subgraph adds fields to it
// (deadline.resolver.ts); every other field comes from the owner through the gateway.
// Description as the owner words it, so the supergraph has one wording.

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
