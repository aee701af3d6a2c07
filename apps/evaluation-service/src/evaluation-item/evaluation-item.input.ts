import { Field, InputType } from 'type-graphql';
import { LocalDateScalar } from '@pdv/graphql';

@InputType({ description: 'A new item of the evaluation register.' })
export class RegisterEvaluationItemInput {
  @Field(() => String, { description: 'Its code, unique in the register (letters, digits, dots, hyphens; kept upper-case).' })
  code!: string;

  @Field(() => String, { description: 'What the item is (at most 200 characters).' })
  title!: string;

  @Field(() => LocalDateScalar, { description: 'The day it takes effect (today or earlier).' })
  effectiveFrom!: string;
}
