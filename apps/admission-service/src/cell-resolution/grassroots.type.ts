import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '@pdv/graphql';

@ObjectType({ description: 'The grassroots committee’s resolution on a dossier (nghị quyết đảng ủy cơ sở): it passes with at least two thirds of the committee’s members.' })
export class CommitteeResolution {
  @Field(() => ID, { description: 'Resolution id.' })
  id!: string;

  @Field(() => ID, { description: 'The dossier.' })
  dossierId!: string;

  @Field(() => LocalDateScalar, { description: 'The date of the committee’s meeting.' })
  meetingDate!: string;

  @Field(() => Int, { description: 'The committee’s members: the base of the two thirds.' })
  committeeMembers!: number;

  @Field(() => Int, { description: 'Members in favour.' })
  inFavour!: number;

  @Field(() => Int, { description: 'The fewest in favour that pass.' })
  required!: number;

  @Field(() => Boolean, { description: 'Whether it passed (the dossier then goes to the competent committee’s decision).' })
  passed!: boolean;
}

@InputType({ description: 'The grassroots committee’s vote on a dossier its cell resolved.' })
export class RecordGrassrootsResolutionInput {
  @Field(() => ID, { description: 'The dossier, after the cell’s passed resolution.' })
  dossierId!: string;

  @Field(() => LocalDateScalar, { description: 'The date of the committee’s meeting: not before the cell’s resolution, not after today.' })
  meetingDate!: string;

  @Field(() => Int, { description: 'The committee’s members (all of them, not those present).' })
  committeeMembers!: number;

  @Field(() => Int, { description: 'Members in favour.' })
  inFavour!: number;
}
