import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDateScalar } from '@pdv/graphql';

@InputType({ description: 'A recorded correction of the vote base: a member counted, or not, against the default, and why.' })
export class BaseOverrideInput {
  @Field(() => ID, { description: 'An official member of the cell.' })
  memberId!: string;

  @Field(() => Boolean, { description: 'Counted in the base (true) or left out of it (false).' })
  counted!: boolean;

  @Field(() => String, { description: 'Why (at most 500 characters).' })
  reason!: string;
}

@InputType({ description: 'The cell’s vote on one candidate at one meeting (each person is voted on individually).' })
export class RecordCellResolutionInput {
  @Field(() => ID, { description: 'The candidate’s dossier.' })
  dossierId!: string;

  @Field(() => LocalDateScalar, { description: 'The date of the meeting: every rule is judged on it; not after today.' })
  meetingDate!: string;

  @Field(() => [ID], { description: 'The official members of the cell who attended.' })
  presentMemberIds!: string[];

  @Field(() => [BaseOverrideInput], { nullable: true, description: 'Corrections of the base (members on temporary transfer are left out unless they attend).' })
  baseOverrides?: BaseOverrideInput[] | null;

  @Field(() => Int, { description: 'Official members in favour.' })
  inFavour!: number;
}

@InputType({ description: 'The cell’s vote on recognising a probationary member as official, on the papers it was taken on (counted as for admission).' })
export class RecordRecognitionResolutionInput extends RecordCellResolutionInput {
  @Field(() => LocalDateScalar, { nullable: true, description: 'The date of the member’s self-review (bản tự kiểm điểm), if written.' })
  selfReviewOn?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The date of the mentor’s comments (nhận xét của đảng viên giúp đỡ), if written.' })
  mentorCommentsOn?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The date of the mass organisations’ comments (nhận xét của đoàn thể), if written.' })
  organisationCommentsOn?: string | null;
}
