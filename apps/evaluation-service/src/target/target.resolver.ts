import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { Allow } from '@pdv/graphql';
import { TARGET_READERS } from '../common/permissions';
import type { EvaluationContext } from '../context';
import { toTarget } from './target.mapper';
import { Target } from './target.type';

/** Resolvers parse, authorise (@Allow), call the service and map: nothing more. */
@Resolver(() => Target)
export class TargetResolver {
  @Query(() => [Target], { description: 'The targets of the plan in force for a year of the term: the ward’s, the per-unit ones, the term totals (in the first year) and the quotas.' })
  @Allow(TARGET_READERS)
  async targets(@Arg('year', () => Int, { description: 'A year of the plan’s term.' }) year: number, @Ctx() ctx: EvaluationContext): Promise<Target[]> {
    return (await ctx.services.targets.targets(year)).map(toTarget);
  }
}
