import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '@pdv/graphql';
import type { RatingLevel } from '@pdv/evaluation-domain';
import { CriterionBasisEnum, CriterionPartKindEnum, RatingLevelEnum, RatingSubjectKindEnum } from './rating-enums.type';

@ObjectType({ description: 'One part of the member-development criterion: met or not, and the points it earns.' })
export class MemberDevelopmentCriterionPart {
  @Field(() => CriterionPartKindEnum, { description: 'Which part.' })
  part!: CriterionPartKindEnum;

  @Field(() => Boolean, { description: 'Whether the unit met it.' })
  met!: boolean;

  @Field(() => Float, { description: 'Points earned (all or nothing).' })
  points!: number;

  @Field(() => Float, { description: 'Points the part is worth (the ward’s setting).' })
  of!: number;
}

@ObjectType({ description: 'A unit a committee member supervised in the year, with its criterion.' })
export class SupervisedUnitCriterion {
  @Field(() => ID, { description: 'The organisation supervised.' })
  organisationId!: string;

  @Field(() => Float, { description: 'Points of its member-development criterion.' })
  points!: number;

  @Field(() => Float, { description: 'Points the criterion is worth.' })
  of!: number;
}

@ObjectType({ description: 'The member-development criterion of a rating, computed from the targets when the rating was recorded (never entered).' })
export class MemberDevelopmentCriterion {
  @Field(() => CriterionBasisEnum, { description: 'Whose results it is computed from.' })
  basis!: CriterionBasisEnum;

  @Field(() => ID, { nullable: true, description: 'The unit whose results it is (the organisation, or the one the member leads); null otherwise.' })
  organisationId!: string | null;

  @Field(() => Float, { nullable: true, description: 'Points earned; null without a criterion.' })
  points!: number | null;

  @Field(() => Float, { nullable: true, description: 'Points it is worth; null without a criterion.' })
  of!: number | null;

  @Field(() => [MemberDevelopmentCriterionPart], { description: 'The parts, for a unit or its leader.' })
  parts!: MemberDevelopmentCriterionPart[];

  @Field(() => [SupervisedUnitCriterion], { description: 'For a supervising committee member: each unit supervised in the year.' })
  units!: SupervisedUnitCriterion[];

  @Field(() => Int, { nullable: true, description: 'For a supervising committee member: the monthly reviews missing in the year (months ended when it was recorded).' })
  missingReviews!: number | null;
}

@ObjectType({ description: 'A correction of a confirmed rating: the value it replaced, who made it, when and why.' })
export class QualityRatingCorrection {
  @Field(() => Float, { description: 'The score before.' })
  fromScore!: number;

  @Field(() => RatingLevelEnum, { description: 'The level before.' })
  fromLevel!: RatingLevel;

  @Field(() => Float, { description: 'The score after.' })
  toScore!: number;

  @Field(() => RatingLevelEnum, { description: 'The level after.' })
  toLevel!: RatingLevel;

  @Field(() => String, { description: 'Opaque id of the user who corrected it.' })
  correctedBy!: string;

  @Field(() => DateTimeScalar, { description: 'When.' })
  correctedAt!: Date;

  @Field(() => String, { description: 'Why (for example the standing committee’s conclusion).' })
  reason!: string;
}

@ObjectType({ description: 'A year-end quality rating (xếp loại chất lượng) of an organisation or a member.' })
export class QualityRating {
  @Field(() => ID, { description: 'Id of the rating.' })
  id!: string;

  @Field(() => RatingSubjectKindEnum, { description: 'What is rated.' })
  subjectKind!: RatingSubjectKindEnum;

  @Field(() => ID, { description: 'The organisation or member rated.' })
  subjectId!: string;

  @Field(() => Int, { description: 'The year rated.' })
  year!: number;

  @Field(() => Float, { description: 'The score out of 100.' })
  score!: number;

  @Field(() => RatingLevelEnum, { description: 'The level the score gives.' })
  level!: RatingLevel;

  @Field(() => Boolean, { description: 'Every task done (needed for Excellent).' })
  allTasksDone!: boolean;

  @Field(() => Float, { description: 'Percentage of the tasks exceeded (Excellent needs the ward’s share, 30% by default).' })
  tasksExceededPercent!: number;

  @Field(() => MemberDevelopmentCriterion, { description: 'The member-development criterion, computed from the targets.' })
  memberDevelopment!: MemberDevelopmentCriterion;

  @Field(() => Boolean, { description: 'Confirmed by the standing committee: from then on only corrected, each correction kept.' })
  confirmed!: boolean;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the standing committee confirmed it.' })
  confirmedAt!: Date | null;

  @Field(() => DateTimeScalar, { description: 'When it was last recorded (before confirmation).' })
  recordedAt!: Date;

  @Field(() => [QualityRatingCorrection], { description: 'Corrections after confirmation, oldest first.' })
  corrections!: QualityRatingCorrection[];
}

@ObjectType({ description: 'The share of confirmed ratings that are Good or better, against the plan’s goal (more than 90%).' })
export class GoodOrBetterShare {
  @Field(() => Int, { description: 'Confirmed ratings.' })
  rated!: number;

  @Field(() => Int, { description: 'Of them, Good or Excellent.' })
  goodOrBetter!: number;

  @Field(() => Float, { nullable: true, description: 'The share in percent, one decimal; null with none rated.' })
  percent!: number | null;

  @Field(() => Int, { description: 'The goal: more than this percentage (EVALUATION.GOOD_OR_BETTER_GOAL).' })
  goalPercent!: number;

  @Field(() => Boolean, { description: 'Whether the share is above the goal.' })
  meetsGoal!: boolean;
}

@ObjectType({ description: 'The Excellent cap within one grassroots organisation (EVALUATION.EXCELLENT_CAP), over its confirmed ratings.' })
export class ExcellentCapCheck {
  @Field(() => RatingSubjectKindEnum, { description: 'Organisations (rated under this parent) or members (of this organisation).' })
  subjectKind!: RatingSubjectKindEnum;

  @Field(() => ID, { description: 'The organisation the cap counts in.' })
  organisationId!: string;

  @Field(() => Int, { description: 'Rated Excellent.' })
  excellent!: number;

  @Field(() => Int, { description: 'Excellent allowed by the cap.' })
  allowed!: number;

  @Field(() => Int, { description: 'The ratings the cap is a share of (Good, by default).' })
  base!: number;

  @Field(() => Boolean, { description: 'Whether Excellent stays within the cap.' })
  withinCap!: boolean;
}

@ObjectType({ description: 'The year’s confirmed ratings against the plan: the share Good or better, and the Excellent cap per grassroots organisation.' })
export class QualityRatingSummary {
  @Field(() => Int, { description: 'The year.' })
  year!: number;

  @Field(() => GoodOrBetterShare, { description: 'Grassroots organisations and cells.' })
  organisations!: GoodOrBetterShare;

  @Field(() => GoodOrBetterShare, { description: 'Party members.' })
  members!: GoodOrBetterShare;

  @Field(() => [ExcellentCapCheck], { description: 'Each grassroots organisation with confirmed ratings, by kind then organisation.' })
  excellentCap!: ExcellentCapCheck[];
}
