import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDateScalar } from '@pdv/graphql';
import type { CourseKind } from '@pdv/training-domain';
import { CourseKindEnum } from '../common/graphql-enums.type';

@InputType({ description: 'One session of a new course.' })
export class CourseSessionInput {
  @Field(() => LocalDateScalar, { description: 'The day, within the term.' })
  date!: string;

  @Field(() => String, { description: 'When it starts, HH:MM (24 hours, Vietnam time).' })
  startsAt!: string;

  @Field(() => String, { description: 'When it ends, HH:MM, after the start.' })
  endsAt!: string;

  @Field(() => String, { description: 'What it covers (at most 200 characters).' })
  topic!: string;
}

@InputType({ description: 'A new course.' })
export class ScheduleCourseInput {
  @Field(() => CourseKindEnum, { description: 'Awareness (candidates) or new-member (probationary members).' })
  kind!: CourseKind;

  @Field(() => ID, { description: 'The institution that runs it.' })
  institutionId!: string;

  @Field(() => String, { description: 'Its title (at most 200 characters).' })
  title!: string;

  @Field(() => LocalDateScalar, { description: 'First day of the term.' })
  startsOn!: string;

  @Field(() => LocalDateScalar, { description: 'Last day of the term (on or after the first).' })
  endsOn!: string;

  @Field(() => Int, { description: 'How many participants may be approved, 1–500.' })
  capacity!: number;

  @Field(() => String, { description: 'Where it is held (at most 200 characters).' })
  location!: string;

  @Field(() => [CourseSessionInput], { description: 'Its sessions, 1–60, within the term, not overlapping.' })
  sessions!: CourseSessionInput[];
}
