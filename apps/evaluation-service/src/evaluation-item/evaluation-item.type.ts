import { Field, ID, ObjectType } from 'type-graphql';
import { ConnectionType, LocalDateScalar } from '@pdv/graphql';

@ObjectType({ description: 'An item of the evaluation register.' })
export class EvaluationItem {
  @Field(() => ID, { description: 'Item id.' })
  id!: string;

  @Field(() => String, { description: 'Its code, unique in the register (upper-case letters, digits, dots, hyphens).' })
  code!: string;

  @Field(() => String, { description: 'What the item is.' })
  title!: string;

  @Field(() => LocalDateScalar, { description: 'The day it takes effect.' })
  effectiveFrom!: string;

  @Field(() => Date, { description: 'When it was registered.' })
  recordedAt!: Date;

  @Field(() => String, { description: 'Opaque id of who registered it.' })
  recordedBy!: string;

  @Field(() => String, { nullable: true, description: 'The role they acted in.' })
  recordedByRole!: string | null;
}

export const EvaluationItemConnection = ConnectionType(EvaluationItem, 'EvaluationItem');
