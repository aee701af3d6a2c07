import { Field, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'The ward’s configurable values for organisations and members (DOMAIN.md: configurable values are data).' })
export class OrganisationPolicySettings {
  @Field(() => Int, { description: 'How many days after today a change to the tree may take effect (0: changes are entered once in force).' })
  maxFutureDays!: number;

  @Field(() => Int, { description: 'First year of the plan’s term (target exemptions exist for the term’s years only).' })
  planFirstYear!: number;

  @Field(() => Int, { description: 'Last year of the plan’s term.' })
  planLastYear!: number;

  @Field(() => Int, { description: 'Official members a cell needs before it can hold a vote (Charter: 3).' })
  minOfficialMembersToVote!: number;

  @Field(() => Date, { description: 'When the values were last changed.' })
  updatedAt!: Date;

  @Field(() => String, { description: 'Opaque id of who last changed them.' })
  updatedBy!: string;

  @Field(() => String, { nullable: true, description: 'The role they acted in.' })
  updatedByRole!: string | null;
}

@InputType({ description: 'New values for the ward’s policy (all of them).' })
export class UpdateOrganisationPolicyInput {
  @Field(() => Int, { description: '0–366.' })
  maxFutureDays!: number;

  @Field(() => Int, { description: 'A year from 2000 to 2100.' })
  planFirstYear!: number;

  @Field(() => Int, { description: 'A year from planFirstYear to 2100.' })
  planLastYear!: number;

  @Field(() => Int, { description: '1–50.' })
  minOfficialMembersToVote!: number;
}
