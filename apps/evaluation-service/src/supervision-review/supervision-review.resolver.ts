import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow, parseYear } from '@pdv/graphql';
import { SUPERVISION_REVIEW_READERS, SUPERVISION_REVIEW_RECORDERS } from '../common/permissions';
import type { EvaluationContext } from '../context';
import { OrganisationStub } from '../organisation/organisation.stub';
import type { SupervisionReviewRow } from './supervision-review.entity';
import { RecordSupervisionReviewInput } from './supervision-review.input';
import { parseMonthArg, parseRecordSupervisionReview } from './supervision-review.parse';
import { MissingSupervisionReview, SupervisionReview } from './supervision-review.type';

const toReview = (row: SupervisionReviewRow): SupervisionReview => Object.assign(new SupervisionReview(), row);

/** Resolvers parse, authorise (@Allow; rows by the service), call the service and map: nothing more. */
@Resolver(() => SupervisionReview)
export class SupervisionReviewResolver {
  @Mutation(() => SupervisionReview, { description: 'Records your monthly review of a unit you are assigned to supervise (a committee member’s token names the member in its scope).' })
  @Allow(SUPERVISION_REVIEW_RECORDERS)
  async recordSupervisionReview(
    @Arg('input', () => RecordSupervisionReviewInput, { description: 'The review.' }) input: RecordSupervisionReviewInput,
    @Ctx() ctx: EvaluationContext,
  ): Promise<SupervisionReview> {
    return toReview(await ctx.services.supervisionReviews.record(parseRecordSupervisionReview(input)));
  }

  @Query(() => [MissingSupervisionReview], { description: 'The units whose monthly supervision review is missing for a month (last month by default), with the committee member who owes it.' })
  @Allow(SUPERVISION_REVIEW_READERS)
  async missingSupervisionReviews(
    @Arg('month', () => String, { nullable: true, description: 'The month (2026-M06); last month when omitted.' }) month: string | null,
    @Ctx() ctx: EvaluationContext,
  ): Promise<MissingSupervisionReview[]> {
    return (await ctx.services.supervisionReviews.missing(parseMonthArg(month))).map((row) => Object.assign(new MissingSupervisionReview(), row));
  }
}

/** The reviews this subgraph adds to the organisation service's `Organisation`. */
@Resolver(() => OrganisationStub)
export class OrganisationSupervisionReviewResolver {
  @FieldResolver(() => [SupervisionReview], { description: 'The monthly supervision reviews of this unit in a year, by month (from the evaluation service).' })
  @Allow(SUPERVISION_REVIEW_READERS)
  async supervisionReviews(@Root() organisation: OrganisationStub, @Arg('year', () => Int, { description: 'The year.' }) year: number, @Ctx() ctx: EvaluationContext): Promise<SupervisionReview[]> {
    return (await ctx.services.supervisionReviews.reviewsOf(organisation.id, parseYear(year, 'year'))).map(toReview);
  }
}
