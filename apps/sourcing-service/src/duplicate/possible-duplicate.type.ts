import { Field, ID, ObjectType } from 'type-graphql';
import { ConnectionType, DateTimeScalar } from '@pdv/graphql';
import { PossibleDuplicateStatusEnum } from '../common/graphql-enums.type';
import type { PossibleDuplicateStatus } from './possible-duplicate.entity';

@ObjectType({
  description:
    'Two candidate records that may be one person: the same name (ignoring diacritics) and date of birth, but different national ID numbers. Never merged automatically: a person links or dismisses the pair.',
})
export class PossibleDuplicate {
  @Field(() => ID, { description: 'Id of the flagged pair.' })
  id!: string;

  @Field(() => ID, { description: 'The record that arrived later and was flagged.' })
  candidateId!: string;

  @Field(() => ID, { description: 'The earlier record it resembles.' })
  otherCandidateId!: string;

  @Field(() => PossibleDuplicateStatusEnum, { description: 'Open, linked or dismissed.' })
  status!: PossibleDuplicateStatus;

  @Field(() => DateTimeScalar, { description: 'When the pair was flagged.' })
  flaggedAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When a person decided.' })
  resolvedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Opaque id of the person who decided.' })
  resolvedBy!: string | null;

  @Field(() => ID, { nullable: true, description: 'For a linked pair: the record kept (the other now points to it).' })
  keptCandidateId!: string | null;

  @Field(() => String, { nullable: true, description: 'The note given with the decision.' })
  note!: string | null;
}

export const PossibleDuplicateConnection = ConnectionType(PossibleDuplicate, 'PossibleDuplicate');
