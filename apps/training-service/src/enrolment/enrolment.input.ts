import { Field, Float, ID, InputType } from 'type-graphql';
import type { AttendanceMark, CourseResult } from '@pdv/training-domain';
import { AttendanceMarkEnum, CourseResultEnum } from '../common/graphql-enums.type';

@InputType({ description: 'A nomination: a candidate to an awareness course, or a probationary member to a new-member course (exactly one of the two).' })
export class NominateInput {
  @Field(() => ID, { description: 'The course (OPEN).' })
  courseId!: string;

  @Field(() => ID, { nullable: true, description: 'The candidate, for an awareness course.' })
  candidateId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The probationary member, for a new-member course.' })
  memberId?: string | null;
}

@InputType({ description: 'One participant’s attendance at the session.' })
export class AttendanceMarkInput {
  @Field(() => ID, { description: 'The enrolment.' })
  enrolmentId!: string;

  @Field(() => AttendanceMarkEnum, { description: 'Present, excused or absent.' })
  mark!: AttendanceMark;
}

@InputType({ description: 'Attendance at one session.' })
export class RecordAttendanceInput {
  @Field(() => ID, { description: 'The session (already held).' })
  sessionId!: string;

  @Field(() => [AttendanceMarkInput], { description: 'One mark per participant, 1–500, each participant once.' })
  marks!: AttendanceMarkInput[];
}

@InputType({ description: 'One result row.' })
export class ResultRowInput {
  @Field(() => ID, { description: 'The enrolment.' })
  enrolmentId!: string;

  @Field(() => CourseResultEnum, { description: 'Passed, failed or absent from the final test.' })
  result!: CourseResult;

  @Field(() => Float, { nullable: true, description: 'The score, 0–10 with at most two decimals; none for ABSENT.' })
  score?: number | null;
}

@InputType({ description: 'Final results, answered row by row.' })
export class RecordResultsInput {
  @Field(() => [ResultRowInput], { description: 'The rows, 1–500.' })
  rows!: ResultRowInput[];
}
