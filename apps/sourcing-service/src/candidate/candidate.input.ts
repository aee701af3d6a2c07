import { Field, ID, InputType, Int } from 'type-graphql';
import type { CandidateStatus, SourceCategory, WithdrawalReason } from '@pdv/sourcing-domain';
import { LocalDateScalar } from '@pdv/graphql';
import { CandidateStatusEnum, SourceCategoryEnum, WithdrawalReasonEnum } from '../common/graphql-enums.type';

@InputType({ description: 'Which candidates to list. Every filter is optional; they combine with AND.' })
export class CandidateFilterInput {
  @Field(() => String, {
    nullable: true,
    description:
      'Part of the name, with or without diacritics ("nguyen van an" finds "Nguyễn Văn An"). Roles that handle dossiers may also give a full 12-digit national ID number.',
  })
  search?: string | null;

  @Field(() => [CandidateStatusEnum], { nullable: true, description: 'Only candidates in one of these statuses.' })
  statuses?: CandidateStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Only candidates of this party organisation and the cells under it.' })
  organisationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only candidates referred by this mass organisation or its branches.' })
  massOrganisationId?: string | null;

  @Field(() => SourceCategoryEnum, { nullable: true, description: 'Only candidates of this source category.' })
  sourceCategory?: SourceCategory | null;

  @Field(() => Int, { nullable: true, description: 'Only candidates with a referral submitted in this year.' })
  year?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only candidates waiting for a new cell because theirs was closed (see `Candidate.needsCellReassignment`); false: only the others.',
  })
  needsCellReassignment?: boolean | null;
}

@InputType({ description: 'Withdraw a candidate from the pipeline.' })
export class WithdrawCandidateInput {
  @Field(() => ID, { description: 'The candidate.' })
  candidateId!: string;

  @Field(() => WithdrawalReasonEnum, { description: 'Why.' })
  reason!: WithdrawalReason;

  @Field(() => String, { nullable: true, description: 'A short note; required when the reason is OTHER.' })
  note?: string | null;
}

@InputType({ description: 'Record the cell’s monthly review of a candidate it nurtures.' })
export class RecordCandidateReviewInput {
  @Field(() => ID, { description: 'The candidate.' })
  candidateId!: string;

  @Field(() => LocalDateScalar, { description: 'Day of the cell meeting that reviewed the candidate (not in the future).' })
  reviewedOn!: string;

  @Field(() => String, { description: 'The cell’s assessment, 1 to 2000 characters.' })
  assessment!: string;
}

@InputType({ description: 'Move a candidate to another cell (typically one whose cell was split or dissolved).' })
export class ReassignCandidateCellInput {
  @Field(() => ID, { description: 'The candidate: referred, in the source pool, in training, trained or in admission.' })
  candidateId!: string;

  @Field(() => ID, { description: 'The new cell: an active party cell of the ward (for a cell secretary, within their part of the ward).' })
  cellId!: string;

  @Field(() => String, {
    description: 'Why the candidate moves, 1 to the policy’s maximum reason length; written into the history. Do not write personal data here.',
  })
  reason!: string;
}
