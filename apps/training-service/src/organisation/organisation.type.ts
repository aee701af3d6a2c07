import { Field, Int, ObjectType } from 'type-graphql';
import type { CourseKind } from '@pdv/training-domain';
import { CourseKindEnum } from '../common/graphql-enums.type';

@ObjectType({ description: 'Training figures of one kind of course.' })
export class TrainingKindStats {
  @Field(() => CourseKindEnum, { description: 'The kind of course.' })
  kind!: CourseKind;

  @Field(() => Int, { description: 'Nominations to courses starting in the year (whatever became of them).' })
  nominated!: number;

  @Field(() => Int, { description: 'Of those, approved (given a place).' })
  approved!: number;

  @Field(() => Int, { description: 'Certificates issued in the year and not invalidated: people trained.' })
  trained!: number;
}

@ObjectType({ description: 'Training figures of an organisation and the cells under it for a year.' })
export class TrainingStats {
  @Field(() => Int, { description: 'The year.' })
  year!: number;

  @Field(() => [TrainingKindStats], { description: 'Per kind of course: awareness, then new-member.' })
  kinds!: TrainingKindStats[];
}
