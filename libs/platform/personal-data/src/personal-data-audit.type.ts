import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { ConnectionType, DateTimeScalar } from '@pdv/graphql';

// Every subgraph that holds personal data declares this same type; @shareable lets the
// supergraph merge them (each answers for its own records).
@ObjectType({ description: 'One access to a person’s personal data: who, when, what was done to which field of which record.' })
@Directive('@shareable')
export class PersonalDataAuditEntry {
  @Field(() => ID, { description: 'Id of the entry.' })
  id!: string;

  @Field(() => DateTimeScalar, { description: 'When.' })
  at!: Date;

  @Field(() => String, { description: 'Opaque id of the user.' })
  actorId!: string;

  @Field(() => String, { nullable: true, description: 'The role they acted in (null for an anonymous request).' })
  actorRole!: string | null;

  @Field(() => String, {
    description:
      'READ (the value was shown), COLLECT (it was entered, by referral or import) or REFUSED_MATCH (a referral gave this person’s national ID number with another name, date of birth or gender and was refused: possible probing).',
  })
  action!: string;

  @Field(() => String, { description: 'The kind of record: PartyMember or Candidate.' })
  subjectType!: string;

  @Field(() => ID, { description: 'The record concerned (a party member or a candidate).' })
  subjectId!: string;

  @Field(() => String, { description: 'The field: e.g. nationalId, dateOfBirth, phone, address, or personalData for a collection.' })
  field!: string;

  @Field(() => String, { nullable: true, description: 'The request it happened in, to match with service logs.' })
  requestId!: string | null;
}

export const PersonalDataAuditEntryConnection = ConnectionType(PersonalDataAuditEntry, 'PersonalDataAuditEntry', { shareable: true });
