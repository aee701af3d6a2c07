import { Directive, Field, ID, ObjectType } from 'type-graphql';

// Key-only stubs of other services' entities. This subgraph adds fields to them (the
// dashboard's organisation fields, the rating, supervision-review and quota-attainment
// resolvers); every other field comes from the owner through the gateway. Descriptions as the
// owners word them, so the supergraph has one wording.

@ObjectType('Organisation', { description: 'A party organisation as it was on the date asked for (today by default).' })
@Directive('@key(fields: "id")')
export class OrganisationStub {
  @Field(() => ID, { description: 'Stable id; it survives renames and moves.' })
  id!: string;
}

@ObjectType('PartyMember', { description: 'A party member. Personal data is shown only to roles that handle the dossier; see nationalId.' })
@Directive('@key(fields: "id")')
export class PartyMemberStub {
  @Field(() => ID, { description: 'Stable member id.' })
  id!: string;
}

@ObjectType('MassOrganisation', {
  description:
    'A mass organisation of the ward (Fatherland Front committee, Youth Union, Women’s Union, Veterans’ Association, trade union) or one of its branches. Mass organisations refer outstanding people to party cells.',
})
@Directive('@key(fields: "id")')
export class MassOrganisationStub {
  @Field(() => ID, { description: 'Stable id; a staff token’s scope names the ward-level unit’s id.' })
  id!: string;
}

export function organisationStub(id: string): OrganisationStub {
  return Object.assign(new OrganisationStub(), { id });
}

export function partyMemberStub(id: string): PartyMemberStub {
  return Object.assign(new PartyMemberStub(), { id });
}

export function massOrganisationStub(id: string): MassOrganisationStub {
  return Object.assign(new MassOrganisationStub(), { id });
}
