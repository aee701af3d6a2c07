import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import type { CandidateStatus, EducationLevel, Gender, SourceCategory } from '@pdv/sourcing-domain';
import { ConnectionType, DateTimeScalar, LocalDateScalar } from '@pdv/graphql';
import { CandidateStatusEnum, EducationLevelEnum, GenderEnum, SourceCategoryEnum } from '../common/graphql-enums.type';
import type { CandidateRow } from './candidate.entity';

@ObjectType({
  description:
    'A person referred by a mass organisation (quần chúng ưu tú): one record per person, however many referrals. Personal data is shown according to the caller’s role, and every read of it is recorded.',
})
@Directive('@key(fields: "id")')
export class Candidate {
  @Field(() => ID, { description: 'Stable id; the only identifier of the person used outside this service.' })
  id!: string;

  @Field(() => String, { description: 'Full name as written in Vietnamese (Unicode NFC), e.g. "Nguyễn Thị Lan".' })
  fullName!: string;

  @Field(() => Int, { description: 'Year of birth (shown to every role that sees the candidate).' })
  birthYear!: number;

  @Field(() => GenderEnum, { description: 'Gender as on the citizen ID card.' })
  gender!: Gender;

  @Field(() => String, { nullable: true, description: 'Occupation or job, as referred.' })
  occupation!: string | null;

  @Field(() => EducationLevelEnum, { description: 'Highest education completed.' })
  educationLevel!: EducationLevel;

  @Field(() => SourceCategoryEnum, { description: 'Source category of the first referral.' })
  sourceCategory!: SourceCategory;

  @Field(() => ID, { description: 'The party cell nurturing (or asked to nurture) the person.' })
  cellId!: string;

  @Field(() => CandidateStatusEnum, { description: 'Where the person is in the pipeline.' })
  status!: CandidateStatus;

  @Field(() => LocalDateScalar, { description: 'Day of the first referral.' })
  referredOn!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Day the cell accepted the person into its source pool.' })
  acceptedOn!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Day of the cell’s last monthly review of the person.' })
  lastReviewedOn!: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Set when a person confirmed this record is the same person as another: the id of the record kept.',
  })
  duplicateOfId!: string | null;

  @Field(() => Boolean, {
    description:
      'true when the candidate’s cell was closed (split, dissolved, or merged into something other than a single known cell) and a new cell must be chosen: the party-building board, the standing committee or the secretary above the cells moves them with `reassignCandidateCell`. A cell merged into one known cell takes its candidates along, so they never wait.',
  })
  needsCellReassignment!: boolean;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Effective date of the closure that left the candidate without a cell; null unless `needsCellReassignment`.',
  })
  cellReassignmentNeededSince!: string | null;

  @Field(() => DateTimeScalar, { description: 'When the record was created.' })
  createdAt!: Date;

  /** The stored row: sensitive fields are resolved from it after an access check. */
  row!: CandidateRow;
}

export const CandidateConnection = ConnectionType(Candidate, 'Candidate');

@ObjectType({ description: 'One step in a candidate’s history: who moved them from which status to which, when and why.' })
export class CandidateStageChange {
  @Field(() => ID, { description: 'Id of this history entry.' })
  id!: string;

  @Field(() => CandidateStatusEnum, { nullable: true, description: 'Status before; null for the entry that created the record.' })
  fromStatus!: CandidateStatus | null;

  @Field(() => CandidateStatusEnum, { description: 'Status after.' })
  toStatus!: CandidateStatus;

  @Field(() => String, {
    description:
      'What caused it: REFERRED, ACCEPT, DECLINE, RE_REFER, WITHDRAW, LINKED_AS_DUPLICATE, a milestone from training or admission (NOMINATED_TO_COURSE, COURSE_FAILED, COURSE_PLACE_ENDED (a nomination refused or withdrawn, or its course cancelled), CERTIFICATE_ISSUED, DOSSIER_OPENED, DOSSIER_CLOSED, CEREMONY_HELD), or a change of cell with the status unchanged (CELL_MERGED: the cell was merged and the candidate moved with it; CELL_CLOSED: the cell was closed and a new one must be chosen; CELL_REASSIGNED: moved to another cell by a person).',
  })
  event!: string;

  @Field(() => String, {
    description: 'The decline or withdrawal reason code; for CELL_CLOSED the closure reason (SPLIT, DISSOLVED, MERGED); otherwise the event again.',
  })
  reason!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Free-text note given with an "other" reason; for a change of cell, the cells (by id) and the reason given.',
  })
  note!: string | null;

  @Field(() => String, { description: 'Opaque id of the user (or system process) who caused it.' })
  actorId!: string;

  @Field(() => String, { nullable: true, description: 'The role they acted in.' })
  actorRole!: string | null;

  @Field(() => DateTimeScalar, { description: 'When it happened.' })
  at!: Date;
}

@ObjectType({ description: 'A monthly review of a candidate by the nurturing cell.' })
export class CandidateReview {
  @Field(() => ID, { description: 'Id of the review.' })
  id!: string;

  @Field(() => ID, { description: 'The candidate reviewed.' })
  candidateId!: string;

  @Field(() => LocalDateScalar, { description: 'Day of the cell meeting that reviewed the candidate.' })
  reviewedOn!: string;

  @Field(() => String, { description: 'The cell’s assessment in its own words.' })
  assessment!: string;

  @Field(() => String, { description: 'Opaque id of the user who recorded it.' })
  recordedBy!: string;

  @Field(() => DateTimeScalar, { description: 'When it was recorded.' })
  recordedAt!: Date;
}

@ObjectType({ description: 'The result of withdrawing a candidate.' })
export class WithdrawCandidatePayload {
  @Field(() => Candidate, { description: 'The candidate, now WITHDRAWN.' })
  candidate!: Candidate;

  @Field(() => Int, { description: 'How many mentors were released with the withdrawal.' })
  mentorsReleased!: number;
}

@ObjectType({ description: 'The result of moving a candidate to another cell.' })
export class ReassignCandidateCellPayload {
  @Field(() => Candidate, { description: 'The candidate, now in the new cell (needsCellReassignment false).' })
  candidate!: Candidate;

  @Field(() => ID, { description: 'The cell the candidate was in before.' })
  previousCellId!: string;

  @Field(() => Int, { description: 'How many mentors were released because they are not active members of the new cell.' })
  mentorsReleased!: number;

  @Field(() => Int, {
    description: 'How many mentors the candidate has in the new cell: those who were already its members, and those re-placed because the reorganisation moved them there.',
  })
  mentorsKept!: number;
}
