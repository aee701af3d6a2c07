import { Field, Float, ID, ObjectType } from 'type-graphql';
import type { AttendanceMark, CourseKind, CourseResult, EnrolmentStatus } from '@pdv/training-domain';
import { AttendanceMarkEnum, CourseKindEnum, CourseResultEnum, EnrolmentStatusEnum } from '../common/graphql-enums.type';

@ObjectType({ description: 'Attendance of one participant at one session.' })
export class Attendance {
  @Field(() => ID, { description: 'The session.' })
  sessionId!: string;

  @Field(() => AttendanceMarkEnum, { description: 'Present, excused or absent.' })
  mark!: AttendanceMark;
}

@ObjectType({ description: 'A person’s place in a course, from nomination to result. The person is shown through federation (candidate or member).' })
export class Enrolment {
  @Field(() => ID, { description: 'Enrolment id (the results sheet is matched by it).' })
  id!: string;

  courseId!: string;
  candidateId!: string | null;
  memberId!: string | null;

  @Field(() => CourseKindEnum, { description: 'The course’s kind.' })
  courseKind!: CourseKind;

  @Field(() => ID, { description: 'The nominee’s cell when nominated.' })
  organisationId!: string;

  @Field(() => EnrolmentStatusEnum, { description: 'Where the nomination stands.' })
  status!: EnrolmentStatus;

  @Field(() => Date, { description: 'When the cell nominated.' })
  nominatedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the board decided, or the place was withdrawn or released.' })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the board refused, or why the place was withdrawn or released.' })
  decisionReason!: string | null;

  @Field(() => CourseResultEnum, { nullable: true, description: 'The final result, once recorded.' })
  result!: CourseResult | null;

  @Field(() => Float, { nullable: true, description: 'The score, 0–10; null for ABSENT or before the result.' })
  score!: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the participant completed the course (attendance and result, per the policy).' })
  completed!: boolean | null;
}
