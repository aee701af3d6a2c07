import { Field, ID, ObjectType } from 'type-graphql';
import { ConnectionType, DateTimeScalar } from '@pdv/graphql';

@ObjectType({ description: 'One access to a candidate’s personal data: who, when, which field.' })
export class PersonalDataAccess {
  @Field(() => ID, { description: 'Id of the entry.' })
  id!: string;

  @Field(() => DateTimeScalar, { description: 'When.' })
  at!: Date;

  @Field(() => String, { description: 'Opaque id of the user.' })
  actorId!: string;

  @Field(() => String, { description: 'The role they acted in.' })
  actorRole!: string;

  @Field(() => String, { description: 'READ (the value was shown), COLLECT (it was entered, by referral or import) or REFUSED_MATCH (a referral gave this person’s national ID number with another name, date of birth or gender and was refused: possible probing).' })
  action!: string;

  @Field(() => ID, { description: 'The candidate concerned.' })
  candidateId!: string;

  @Field(() => String, { description: 'The field: nationalId, dateOfBirth, phone, address, or personalData for a collection.' })
  field!: string;

  @Field(() => String, { nullable: true, description: 'The request it happened in, to match with service logs.' })
  requestId!: string | null;
}

export const PersonalDataAccessConnection = ConnectionType(PersonalDataAccess, 'PersonalDataAccess');
