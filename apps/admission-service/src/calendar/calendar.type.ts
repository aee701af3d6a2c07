import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { CALENDAR_DAY_KINDS, type CalendarDayKind } from '@pdv/admission-domain';
import { LocalDateScalar } from '@pdv/graphql';

export const CalendarDayKindEnum = Object.fromEntries(CALENDAR_DAY_KINDS.map((kind) => [kind, kind])) as Record<CalendarDayKind, CalendarDayKind>;
registerEnumType(CalendarDayKindEnum, {
  name: 'CalendarDayKind',
  description: 'What the board sets a day of the working-day calendar to.',
  valuesConfig: {
    HOLIDAY: { description: 'A day off (ngày nghỉ lễ, nghỉ bù).' },
    SWAPPED_WORKING_DAY: { description: 'A Saturday or Sunday worked in place of a holiday (ngày làm bù).' },
    ORDINARY_DAY: { description: 'Neither: undoes a holiday or swap the default table has and the government did not announce.' },
  },
});

@ObjectType({ description: 'One correction of the working-day calendar by the board, with who and why; open deadlines are recounted on the corrected calendar.' })
export class WorkingDayCalendarCorrection {
  @Field(() => ID, { description: 'Correction id.' })
  id!: string;

  @Field(() => LocalDateScalar, { description: 'The day corrected.' })
  date!: string;

  @Field(() => CalendarDayKindEnum, { description: 'What it is now.' })
  kind!: CalendarDayKind;

  @Field(() => String, { nullable: true, description: 'The holiday’s name.' })
  name!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The holiday a swapped working day makes up for.' })
  inPlaceOf!: string | null;

  @Field(() => String, { description: 'Why: the announcement or decision it follows.' })
  reason!: string;

  @Field(() => Date, { description: 'When it was made.' })
  recordedAt!: Date;

  @Field(() => String, { description: 'Opaque id of who made it.' })
  recordedBy!: string;

  @Field(() => String, { nullable: true, description: 'The role they acted in.' })
  recordedByRole!: string | null;
}

@InputType({ description: 'A correction of one day of the working-day calendar.' })
export class CorrectWorkingDayCalendarInput {
  @Field(() => LocalDateScalar, { description: 'The day, within 2025–2031.' })
  date!: string;

  @Field(() => CalendarDayKindEnum, { description: 'What the day is.' })
  kind!: CalendarDayKind;

  @Field(() => String, { nullable: true, description: 'The holiday’s name (required for a holiday; at most 200 characters).' })
  name?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'For a swapped working day: the holiday it makes up for.' })
  inPlaceOf?: string | null;

  @Field(() => String, { description: 'Why: the announcement or decision it follows (at most 500 characters).' })
  reason!: string;
}
