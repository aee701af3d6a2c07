import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow, LocalDateScalar, pageSize, toConnection } from '@pdv/graphql';
import { nextReviewDate, type SourcingPolicy } from '@pdv/sourcing-domain';
import type { SourcingContext } from '../context';
import { toMentor } from '../mentor/mentor.mapper';
import { Mentor } from '../mentor/mentor.type';
import { OrganisationStub, organisationStub } from '../organisation/organisation.stub';
import { toReferral } from '../referral/referral.mapper';
import { Referral } from '../referral/referral.type';
import { CANDIDATE_READERS, CELL_ACTORS, CELL_REASSIGNERS } from '../common/access';
import { personalDataOf } from '../common/caller';
import type { CandidateRow } from './candidate.entity';
import { CandidateFilterInput, ReassignCandidateCellInput, RecordCandidateReviewInput, WithdrawCandidateInput } from './candidate.input';
import { toCandidate, toCandidateReview, toStageChange } from './candidate.mapper';
import { parseCandidateFilter, parseReassignCandidateCell, parseRecordCandidateReview, parseWithdrawCandidate } from './candidate.parse';
import {
  Candidate,
  CandidateConnection,
  CandidateReview,
  CandidateStageChange,
  ReassignCandidateCellPayload,
  WithdrawCandidatePayload,
} from './candidate.type';

@ArgsType()
class CandidatesArgs {
  @Field(() => CandidateFilterInput, { nullable: true, description: 'Filters; omit for every candidate you may see.' })
  filter?: CandidateFilterInput | null;

  @Field(() => Int, { nullable: true, description: 'Page size, 1–100 (default 20).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of the previous page.' })
  after?: string | null;
}

@ArgsType()
class DueForReviewArgs {
  @Field(() => ID, { nullable: true, description: 'Only candidates of this organisation and the cells under it.' })
  organisationId?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The day to check against (default: today in Hanoi).' })
  asOf?: string | null;

  @Field(() => Int, { nullable: true, description: 'Page size, 1–100 (default 20).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of the previous page.' })
  after?: string | null;
}

/** The date candidatesDueForReview orders by: the earlier of the review due date and the day the candidate lost their cell. */
function dueDate(row: CandidateRow, policy: SourcingPolicy): string {
  const dates = [row.cellReassignmentNeededSince, nextReviewDate(row, policy)].filter((date): date is string => date !== null).sort();
  return dates[0] ?? '';
}

@Resolver(() => Candidate)
export class CandidateResolver {
  @Query(() => CandidateConnection, {
    description:
      'Candidates you may see, in Vietnamese alphabetical order (given name, then middle and family name). Cell secretaries see their part of the ward, mass-organisation staff the people their organisation referred, ward roles everyone.',
  })
  @Allow(CANDIDATE_READERS)
  async candidates(@Args(() => CandidatesArgs) args: CandidatesArgs, @Ctx() ctx: SourcingContext): Promise<InstanceType<typeof CandidateConnection>> {
    const first = pageSize(args.first);
    const page = await ctx.services.candidates.search(parseCandidateFilter(args.filter), first, args.after);
    return toConnection(page.rows, first, page.totalCount, (row) => [row.nameSortKey, row.id], toCandidate);
  }

  @Query(() => Candidate, { description: 'One candidate, if you may see them (otherwise NOT_FOUND).' })
  @Allow(CANDIDATE_READERS)
  async candidate(@Arg('id', () => ID, { description: 'The candidate’s id.' }) id: string, @Ctx() ctx: SourcingContext): Promise<Candidate> {
    return toCandidate(await ctx.services.candidates.get(id));
  }

  @Query(() => CandidateConnection, {
    description:
      'Candidates needing the cell’s attention, the most overdue first: those being nurtured whose monthly review is due (one month after acceptance or the last review), and those waiting for a new cell since theirs was closed (`needsCellReassignment`, dated by the closure, whatever `asOf`).',
  })
  @Allow([...CELL_ACTORS, 'PARTY_BUILDING_BOARD', 'WARD_STANDING_COMMITTEE', 'COMMITTEE_MEMBER'], { arg: 'organisationId', kind: 'organisation' })
  async candidatesDueForReview(
    @Args(() => DueForReviewArgs) args: DueForReviewArgs,
    @Ctx() ctx: SourcingContext,
  ): Promise<InstanceType<typeof CandidateConnection>> {
    const first = pageSize(args.first);
    const policy = await ctx.services.policy.current();
    const page = await ctx.services.candidates.dueForReview({
      organisationId: args.organisationId ?? null,
      asOf: args.asOf ?? null,
      first,
      after: args.after,
    });
    return toConnection(
      page.rows,
      first,
      page.totalCount,
      (row) => [dueDate(row, policy), row.id],
      toCandidate,
    );
  }

  @Mutation(() => WithdrawCandidatePayload, {
    description: 'Withdraw a candidate from the pipeline (with a reason). Their mentors are released and open referrals closed.',
  })
  @Allow(CELL_ACTORS)
  async withdrawCandidate(
    @Arg('input', () => WithdrawCandidateInput, { description: 'The candidate and the reason.' }) input: WithdrawCandidateInput,
    @Ctx() ctx: SourcingContext,
  ): Promise<WithdrawCandidatePayload> {
    const result = await ctx.services.candidates.withdraw(parseWithdrawCandidate(input, await ctx.services.policy.current()));
    return Object.assign(new WithdrawCandidatePayload(), { candidate: toCandidate(result.candidate), mentorsReleased: result.mentorsReleased });
  }

  @Mutation(() => ReassignCandidateCellPayload, {
    description:
      'Move a candidate still in the pipeline to another active cell (typically one whose cell was split or dissolved). The history records the move with the reason; referrals still waiting for the old cell go to the new one; mentors who are not active members of the new cell are released. Party-building board and standing committee; a cell secretary for a candidate and a new cell both within their part of the ward.',
  })
  @Allow(CELL_REASSIGNERS, { arg: 'input.cellId', kind: 'organisation' })
  async reassignCandidateCell(
    @Arg('input', () => ReassignCandidateCellInput, { description: 'The candidate, the new cell and the reason.' }) input: ReassignCandidateCellInput,
    @Ctx() ctx: SourcingContext,
  ): Promise<ReassignCandidateCellPayload> {
    const result = await ctx.services.candidates.reassignCell(parseReassignCandidateCell(input, await ctx.services.policy.current()));
    return Object.assign(new ReassignCandidateCellPayload(), {
      candidate: toCandidate(result.candidate),
      previousCellId: result.previousCellId,
      mentorsReleased: result.mentorsReleased,
      mentorsKept: result.mentorsKept,
    });
  }

  @Mutation(() => CandidateReview, { description: 'Record the cell’s monthly review of a candidate it nurtures.' })
  @Allow(CELL_ACTORS)
  async recordCandidateReview(
    @Arg('input', () => RecordCandidateReviewInput, { description: 'The candidate, the meeting date and the assessment.' }) input: RecordCandidateReviewInput,
    @Ctx() ctx: SourcingContext,
  ): Promise<CandidateReview> {
    return toCandidateReview(await ctx.services.candidates.recordReview(parseRecordCandidateReview(input)));
  }

  @FieldResolver(() => String, {
    description:
      'The 12-digit national ID number. Shown in full only to the roles that handle the dossier (cell secretary, party-building board, standing committee), and each such read is recorded; others see it masked (*********123).',
  })
  @Allow(CANDIDATE_READERS)
  async nationalId(@Root() candidate: Candidate, @Ctx() ctx: SourcingContext): Promise<string> {
    return personalDataOf(ctx).nationalId({ type: 'Candidate', id: candidate.id }, candidate.row.nationalId);
  }

  @FieldResolver(() => Boolean, { description: 'true when `nationalId` is masked for you.' })
  @Allow(CANDIDATE_READERS)
  nationalIdMasked(@Ctx() ctx: SourcingContext): boolean {
    return personalDataOf(ctx).access('Candidate', 'nationalId') !== 'SHOWN';
  }

  @FieldResolver(() => LocalDateScalar, {
    nullable: true,
    description:
      'Date of birth; null for oversight roles (they see `birthYear`). Mass-organisation staff see it for people their organisation referred (a repeat referral is attached only when it states the same date of birth). Each read is recorded.',
  })
  @Allow(CANDIDATE_READERS)
  async dateOfBirth(@Root() candidate: Candidate, @Ctx() ctx: SourcingContext): Promise<string | null> {
    return this.personal(candidate, ctx, 'dateOfBirth', candidate.row.dateOfBirth);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Mobile number; null if none or if your role may not see it. Null for mass-organisation staff when another organisation supplied it (only the organisation whose referral created the record sees it; a repeat referral never changes it). Each read is recorded.',
  })
  @Allow(CANDIDATE_READERS)
  async phone(@Root() candidate: Candidate, @Ctx() ctx: SourcingContext): Promise<string | null> {
    return this.personal(candidate, ctx, 'phone', candidate.row.phone);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Address; null if none or if your role may not see it. Null for mass-organisation staff when another organisation supplied it (only the organisation whose referral created the record sees it; a repeat referral never changes it). Each read is recorded.',
  })
  @Allow(CANDIDATE_READERS)
  async address(@Root() candidate: Candidate, @Ctx() ctx: SourcingContext): Promise<string | null> {
    return this.personal(candidate, ctx, 'address', candidate.row.address);
  }

  @FieldResolver(() => OrganisationStub, { description: 'The nurturing cell (its details come from the organisation service).' })
  @Allow(CANDIDATE_READERS)
  cell(@Root() candidate: Candidate): OrganisationStub {
    return organisationStub(candidate.cellId);
  }

  @FieldResolver(() => LocalDateScalar, {
    nullable: true,
    description: 'When the next monthly review is due; null unless the cell is nurturing the candidate.',
  })
  @Allow(CANDIDATE_READERS)
  async nextReviewDue(@Root() candidate: Candidate, @Ctx() ctx: SourcingContext): Promise<string | null> {
    return nextReviewDate(candidate.row, await ctx.services.policy.current());
  }

  @FieldResolver(() => [Referral], { description: 'The referrals of this person that you may see (staff: their own organisation’s), oldest first.' })
  @Allow(CANDIDATE_READERS)
  async referrals(@Root() candidate: Candidate, @Ctx() ctx: SourcingContext): Promise<Referral[]> {
    return (await ctx.loaders.referralsOfCandidate.load(candidate.id)).map(toReferral);
  }

  @FieldResolver(() => [Mentor], { description: 'Members mentoring the candidate.' })
  @Allow(CANDIDATE_READERS)
  async mentors(
    @Root() candidate: Candidate,
    @Arg('includeReleased', () => Boolean, { defaultValue: false, description: 'Also list mentors whose assignment has ended.' }) includeReleased: boolean,
    @Ctx() ctx: SourcingContext,
  ): Promise<Mentor[]> {
    const rows = await ctx.loaders.mentorsOfCandidate.load(candidate.id);
    return rows.filter((row) => includeReleased || row.releasedOn === null).map(toMentor);
  }

  @FieldResolver(() => [CandidateStageChange], { description: 'The candidate’s history, oldest first: who moved them, when and why.' })
  @Allow(CANDIDATE_READERS)
  async stageHistory(@Root() candidate: Candidate, @Ctx() ctx: SourcingContext): Promise<CandidateStageChange[]> {
    return (await ctx.loaders.stagesOfCandidate.load(candidate.id)).map(toStageChange);
  }

  @FieldResolver(() => [CandidateReview], { description: 'The cell’s monthly reviews, newest first.' })
  @Allow(CANDIDATE_READERS)
  async reviews(@Root() candidate: Candidate, @Ctx() ctx: SourcingContext): Promise<CandidateReview[]> {
    return (await ctx.loaders.reviewsOfCandidate.load(candidate.id)).map(toCandidateReview);
  }

  private async personal(
    candidate: Candidate,
    ctx: SourcingContext,
    field: 'dateOfBirth' | 'phone' | 'address',
    value: CandidateRow['dateOfBirth'] | CandidateRow['phone'],
  ): Promise<string | null> {
    // Staff see contact details only as their own organisation collected them: the record's
    // phone and address come from the referral that created it.
    const ownCollection = async () => Boolean(await ctx.loaders.createdByOwnOrganisation.load(candidate.id));
    return personalDataOf(ctx).field({ type: 'Candidate', id: candidate.id, ownCollection }, field, value);
  }
}
