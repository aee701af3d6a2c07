import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow, pageSize, toConnection } from '@pdv/graphql';
import { toCandidate } from '../candidate/candidate.mapper';
import { Candidate } from '../candidate/candidate.type';
import type { SourcingContext } from '../context';
import { DUPLICATE_RESOLVERS, WARD_READERS } from '../common/access';
import { PossibleDuplicateStatusEnum } from '../common/graphql-enums.type';
import type { PossibleDuplicateStatus } from './possible-duplicate.entity';
import { DismissPossibleDuplicateInput, LinkPossibleDuplicateInput } from './possible-duplicate.input';
import { toPossibleDuplicate } from './possible-duplicate.mapper';
import { parseDismissPossibleDuplicate, parseLinkPossibleDuplicate } from './possible-duplicate.parse';
import { PossibleDuplicate, PossibleDuplicateConnection } from './possible-duplicate.type';

/** Who may look at flagged pairs (and their fields): the deciders and the ward's readers. */
const DUPLICATE_PAIR_READERS = [...new Set([...DUPLICATE_RESOLVERS, ...WARD_READERS])];

@ArgsType()
class PossibleDuplicatesArgs {
  @Field(() => PossibleDuplicateStatusEnum, { nullable: true, defaultValue: 'OPEN', description: 'Only pairs in this status (default OPEN; null for all).' })
  status?: PossibleDuplicateStatus | null;

  @Field(() => ID, { nullable: true, description: 'Only pairs involving this candidate.' })
  candidateId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Page size, 1–100 (default 20).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of the previous page.' })
  after?: string | null;
}

@Resolver(() => PossibleDuplicate)
export class PossibleDuplicateResolver {
  @Query(() => PossibleDuplicateConnection, { description: 'Flagged pairs of records that may be one person and that you may see both of, newest first.' })
  @Allow(DUPLICATE_PAIR_READERS)
  async possibleDuplicates(
    @Args(() => PossibleDuplicatesArgs) args: PossibleDuplicatesArgs,
    @Ctx() ctx: SourcingContext,
  ): Promise<InstanceType<typeof PossibleDuplicateConnection>> {
    const first = pageSize(args.first);
    const page = await ctx.services.duplicates.list({ status: args.status ?? null, candidateId: args.candidateId }, first, args.after);
    return toConnection(page.rows, first, page.totalCount, (row) => [row.flaggedAt.toISOString(), row.id], toPossibleDuplicate);
  }

  @Mutation(() => PossibleDuplicate, {
    description:
      'Confirm a flagged pair is one person: the kept record receives the other’s referrals; the other (not yet accepted) is withdrawn and points to the kept one. Nothing is deleted.',
  })
  @Allow(DUPLICATE_RESOLVERS)
  async linkPossibleDuplicate(
    @Arg('input', () => LinkPossibleDuplicateInput, { description: 'The pair, the record to keep and how you checked.' }) input: LinkPossibleDuplicateInput,
    @Ctx() ctx: SourcingContext,
  ): Promise<PossibleDuplicate> {
    return toPossibleDuplicate(await ctx.services.duplicates.link(parseLinkPossibleDuplicate(input)));
  }

  @Mutation(() => PossibleDuplicate, { description: 'Confirm a flagged pair is two different people.' })
  @Allow(DUPLICATE_RESOLVERS)
  async dismissPossibleDuplicate(
    @Arg('input', () => DismissPossibleDuplicateInput, { description: 'The pair and an optional note.' }) input: DismissPossibleDuplicateInput,
    @Ctx() ctx: SourcingContext,
  ): Promise<PossibleDuplicate> {
    return toPossibleDuplicate(await ctx.services.duplicates.dismiss(parseDismissPossibleDuplicate(input)));
  }

  @FieldResolver(() => Candidate, { nullable: true, description: 'The record flagged (null if you may not see it).' })
  @Allow(DUPLICATE_PAIR_READERS)
  async candidate(@Root() pair: PossibleDuplicate, @Ctx() ctx: SourcingContext): Promise<Candidate | null> {
    const row = await ctx.loaders.candidate.load(pair.candidateId);
    return row ? toCandidate(row) : null;
  }

  @FieldResolver(() => Candidate, { nullable: true, description: 'The earlier record it resembles (null if you may not see it).' })
  @Allow(DUPLICATE_PAIR_READERS)
  async otherCandidate(@Root() pair: PossibleDuplicate, @Ctx() ctx: SourcingContext): Promise<Candidate | null> {
    const row = await ctx.loaders.candidate.load(pair.otherCandidateId);
    return row ? toCandidate(row) : null;
  }
}
