import { Field, ID, ObjectType } from 'type-graphql';
import { ConnectionType } from '@pdv/graphql';

@ObjectType({ description: 'An institution that runs courses and issues certificates.' })
export class Institution {
  @Field(() => ID, { description: 'Institution id.' })
  id!: string;

  @Field(() => String, { description: 'Its code, printed in certificate numbers.' })
  code!: string;

  @Field(() => String, { description: 'Its name.' })
  name!: string;

  @Field(() => Date, { description: 'When it was registered.' })
  recordedAt!: Date;
}

export const InstitutionConnection = ConnectionType(Institution, 'Institution');
