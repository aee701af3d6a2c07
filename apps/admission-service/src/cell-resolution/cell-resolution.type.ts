import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { ResolutionPurpose } from './cell-resolution.entity';

export const ResolutionPurposeEnum: Record<ResolutionPurpose, ResolutionPurpose> = { ADMISSION: 'ADMISSION', RECOGNITION: 'RECOGNITION' };
registerEnumType(ResolutionPurposeEnum, {
  name: 'CellResolutionPurpose',
  description: 'What the cell voted on.',
  valuesConfig: {
    ADMISSION: { description: 'Admitting the candidate (step 7).' },
    RECOGNITION: { description: 'Recognising the probationary member as official (step 11).' },
  },
});
import { LocalDateScalar } from '@pdv/graphql';

@ObjectType({ description: 'A cell’s vote on one candidate or probationary member (nghị quyết chi bộ): it passes with at least two thirds of the base, not of those present.' })
export class CellResolution {
  @Field(() => ID, { description: 'Resolution id.' })
  id!: string;

  @Field(() => ID, { description: 'The dossier.' })
  dossierId!: string;

  @Field(() => ResolutionPurposeEnum, { description: 'Admission or recognition.' })
  purpose!: ResolutionPurpose;

  @Field(() => LocalDateScalar, { description: 'The date of the meeting.' })
  meetingDate!: string;

  @Field(() => Int, { description: 'Official members of the cell on that date.' })
  officialMembers!: number;

  @Field(() => Int, { description: 'The base of the two thirds: the official members, less those on temporary transfer who did not attend, with the recorded overrides.' })
  base!: number;

  @Field(() => Int, { description: 'Official members present.' })
  present!: number;

  @Field(() => Int, { description: 'Official members in favour.' })
  inFavour!: number;

  @Field(() => Int, { description: 'The fewest in favour that pass: the least whole number ≥ 2/3 of the base.' })
  required!: number;

  @Field(() => Boolean, { description: 'Whether it passed.' })
  passed!: boolean;
}
