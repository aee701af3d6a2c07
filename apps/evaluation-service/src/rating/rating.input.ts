import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { RatingSubjectKindEnum } from './rating-enums.type';

@InputType({ description: 'A year-end rating as the board records it; the level follows from the score, the member-development criterion is computed.' })
export class RecordQualityRatingInput {
  @Field(() => RatingSubjectKindEnum, { description: 'An organisation or a member.' })
  subjectKind!: RatingSubjectKindEnum;

  @Field(() => ID, { description: 'The organisation or member rated.' })
  subjectId!: string;

  @Field(() => Int, { description: 'The year rated: a year of the plan’s term, up to the current one.' })
  year!: number;

  @Field(() => Float, { description: 'The score out of 100 (one decimal).' })
  score!: number;

  @Field(() => Boolean, { description: 'Every task done (needed for Excellent).' })
  allTasksDone!: boolean;

  @Field(() => Float, { description: 'Percentage (0–100) of the tasks exceeded.' })
  tasksExceededPercent!: number;

  @Field(() => ID, { nullable: true, description: 'For a member who leads a unit (its secretary or committee): the unit, whose criterion they carry.' })
  leadsOrganisationId?: string | null;
}

@InputType({ description: 'A correction of a rating; after confirmation the old value, who, when and why are kept.' })
export class CorrectQualityRatingInput {
  @Field(() => ID, { description: 'The rating.' })
  ratingId!: string;

  @Field(() => Float, { description: 'The corrected score out of 100.' })
  score!: number;

  @Field(() => Boolean, { description: 'Every task done.' })
  allTasksDone!: boolean;

  @Field(() => Float, { description: 'Percentage (0–100) of the tasks exceeded.' })
  tasksExceededPercent!: number;

  @Field(() => String, { description: 'Why (for example the standing committee’s conclusion), at most 500 characters.' })
  reason!: string;
}
