import { Field, ID, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '@pdv/graphql';

@ObjectType({ description: 'A ward committee member assigned to supervise an organisation over a period [validFrom, validTo).' })
export class SupervisionAssignment {
  @Field(() => ID, { description: 'Assignment id.' })
  id!: string;

  @Field(() => ID, { description: 'The committee member (a party member id).' })
  committeeMemberId!: string;

  @Field(() => ID, { description: 'The supervised organisation.' })
  organisationId!: string;

  @Field(() => LocalDateScalar, { description: 'First day of the assignment.' })
  validFrom!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Day after the last day; null while open-ended.' })
  validTo!: string | null;

  @Field(() => String, { nullable: true, description: 'Remarks (e.g. the assignment decision).' })
  note!: string | null;

  @Field(() => Date, { description: 'When it was recorded.' })
  assignedAt!: Date;

  @Field(() => String, { description: 'Opaque id of who recorded it.' })
  assignedBy!: string;

  @Field(() => String, { nullable: true, description: 'The role they acted in.' })
  assignedByRole!: string | null;

  @Field(() => Date, { nullable: true, description: 'When its end was recorded.' })
  endedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Opaque id of who ended it.' })
  endedBy!: string | null;

  @Field(() => String, { nullable: true, description: 'The role they acted in.' })
  endedByRole!: string | null;
}
