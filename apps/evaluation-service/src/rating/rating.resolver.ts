import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow, parseYear } from '@pdv/graphql';
import { RATING_CONFIRMERS, RATING_READERS, RATING_RECORDERS, RATING_SUMMARY_READERS } from '../common/permissions';
import type { EvaluationContext } from '../context';
import { OrganisationStub, PartyMemberStub } from '../organisation/organisation.stub';
import type { QualityRatingRow } from './rating.entity';
import { CorrectQualityRatingInput, RecordQualityRatingInput } from './rating.input';
import { toQualityRating, toQualityRatingSummary } from './rating.mapper';
import { parseCorrectQualityRating, parseRatingIds, parseRecordQualityRating } from './rating.parse';
import { QualityRating, QualityRatingSummary } from './rating.type';

async function mapped(ctx: EvaluationContext, row: QualityRatingRow | null): Promise<QualityRating | null> {
  return row ? toQualityRating(row, await ctx.services.ratings.correctionsOf(row.id)) : null;
}

/** Resolvers parse, authorise (@Allow; rows by the service), call the service and map: nothing more. */
@Resolver(() => QualityRating)
export class QualityRatingResolver {
  @Mutation(() => QualityRating, { description: 'Records a year-end rating (or re-records it before confirmation): the level follows from the score, the member-development criterion is computed from the targets.' })
  @Allow(RATING_RECORDERS)
  async recordQualityRating(@Arg('input', () => RecordQualityRatingInput, { description: 'The rating.' }) input: RecordQualityRatingInput, @Ctx() ctx: EvaluationContext): Promise<QualityRating> {
    return (await mapped(ctx, await ctx.services.ratings.record(parseRecordQualityRating(input)))) as QualityRating;
  }

  @Mutation(() => [QualityRating], { description: 'The standing committee confirms ratings; each grassroots organisation’s confirmed ratings must stay within the Excellent cap. Confirmed ratings are only corrected from then on.' })
  @Allow(RATING_CONFIRMERS)
  async confirmQualityRatings(@Arg('ratingIds', () => [ID], { description: 'The ratings to confirm (at most 500).' }) ratingIds: string[], @Ctx() ctx: EvaluationContext): Promise<QualityRating[]> {
    const rows = await ctx.services.ratings.confirm(parseRatingIds(ratingIds));
    return Promise.all(rows.map(async (row) => (await mapped(ctx, row)) as QualityRating));
  }

  @Mutation(() => QualityRating, { description: 'Corrects a rating: after confirmation the old value, who, when and why are kept.' })
  @Allow(RATING_RECORDERS)
  async correctQualityRating(@Arg('input', () => CorrectQualityRatingInput, { description: 'The correction and its reason.' }) input: CorrectQualityRatingInput, @Ctx() ctx: EvaluationContext): Promise<QualityRating> {
    return (await mapped(ctx, await ctx.services.ratings.correct(parseCorrectQualityRating(input)))) as QualityRating;
  }

  @Query(() => QualityRatingSummary, { description: 'The year’s confirmed ratings against the plan: the share Good or better (goal: more than 90%) and the Excellent cap per grassroots organisation.' })
  @Allow(RATING_SUMMARY_READERS)
  async qualityRatingSummary(@Arg('year', () => Int, { description: 'The year rated.' }) year: number, @Ctx() ctx: EvaluationContext): Promise<QualityRatingSummary> {
    return toQualityRatingSummary(await ctx.services.ratings.summary(parseYear(year, 'year')));
  }
}

/** The rating this subgraph adds to the organisation service's `Organisation` (batched over an `_entities` page). */
@Resolver(() => OrganisationStub)
export class OrganisationRatingResolver {
  @FieldResolver(() => QualityRating, { nullable: true, description: 'The organisation’s year-end quality rating (from the evaluation service); null when none is recorded.' })
  @Allow(RATING_READERS)
  async rating(@Root() organisation: OrganisationStub, @Arg('year', () => Int, { description: 'The year rated.' }) year: number, @Ctx() ctx: EvaluationContext): Promise<QualityRating | null> {
    return mapped(ctx, await ctx.services.ratings.ratingOf('ORGANISATION', organisation.id, parseYear(year, 'year')));
  }
}

/** The rating this subgraph adds to the organisation service's `PartyMember`. */
@Resolver(() => PartyMemberStub)
export class PartyMemberRatingResolver {
  @FieldResolver(() => QualityRating, { nullable: true, description: 'The member’s year-end quality rating (from the evaluation service); null when none is recorded.' })
  @Allow(RATING_READERS)
  async rating(@Root() member: PartyMemberStub, @Arg('year', () => Int, { description: 'The year rated.' }) year: number, @Ctx() ctx: EvaluationContext): Promise<QualityRating | null> {
    return mapped(ctx, await ctx.services.ratings.ratingOf('MEMBER', member.id, parseYear(year, 'year')));
  }
}
