import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType, LocalDateScalar } from '@pdv/graphql';
import type { CourseKind, CourseStatus } from '@pdv/training-domain';
import { CourseKindEnum, CourseStatusEnum } from '../common/graphql-enums.type';

@ObjectType({ description: 'One session of a course.' })
export class CourseSession {
  @Field(() => ID, { description: 'Session id.' })
  id!: string;

  @Field(() => Int, { description: '1 for the first session in time order.' })
  position!: number;

  @Field(() => LocalDateScalar, { description: 'The day.' })
  date!: string;

  @Field(() => String, { description: 'When it starts, HH:MM (Vietnam time).' })
  startsAt!: string;

  @Field(() => String, { description: 'When it ends, HH:MM (Vietnam time).' })
  endsAt!: string;

  @Field(() => String, { description: 'What it covers.' })
  topic!: string;
}

@ObjectType({ description: 'A course run by an institution: party awareness (candidates) or new member (probationary members).' })
@Directive('@key(fields: "id")')
export class Course {
  @Field(() => ID, { description: 'Course id.' })
  id!: string;

  @Field(() => CourseKindEnum, { description: 'Awareness or new-member course.' })
  kind!: CourseKind;

  institutionId!: string;

  @Field(() => String, { description: 'Its title.' })
  title!: string;

  @Field(() => LocalDateScalar, { description: 'First day of the term.' })
  startsOn!: string;

  @Field(() => LocalDateScalar, { description: 'Last day of the term.' })
  endsOn!: string;

  @Field(() => Int, { description: 'How many participants the board may approve.' })
  capacity!: number;

  @Field(() => String, { description: 'Where it is held.' })
  location!: string;

  @Field(() => CourseStatusEnum, { description: 'PLANNED → OPEN → RUNNING → FINISHED, or CANCELLED.' })
  status!: CourseStatus;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled; null unless CANCELLED.' })
  cancelReason!: string | null;
}

export const CourseConnection = ConnectionType(Course, 'Course');
