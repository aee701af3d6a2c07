import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Allow } from '@pdv/graphql';
import { PROGRESS_READERS } from '../common/permissions';
import type { EvaluationContext } from '../context';
import { parsePeriod } from './progress.parse';
import { Progress } from './progress.type';

/** Resolvers parse, authorise (@Allow), call the service and map: nothing more. */
@Resolver(() => Progress)
export class ProgressResolver {
  @Query(() => Progress, { description: 'The funnel of an organisation and everything under it for a period: counts per stage, conversions, median days in stage, the pipeline now.' })
  @Allow(PROGRESS_READERS, { arg: 'organisationId', kind: 'organisation' })
  async progress(
    @Arg('organisationId', () => ID, { description: 'The organisation (a cell secretary: within their own subtree).' }) organisationId: string,
    @Arg('period', () => String, { description: 'A month (2026-M07), quarter (2026-Q3), half-year (2026-H2), year (2026) or the term (T2025-2030).' }) period: string,
    @Ctx() ctx: EvaluationContext,
  ): Promise<Progress> {
    return ctx.services.progress.progress(organisationId, parsePeriod(period));
  }
}
