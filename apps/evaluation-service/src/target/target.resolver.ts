import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '@pdv/graphql';
import { TARGET_EDITORS, TARGET_READERS } from '../common/permissions';
import type { EvaluationContext } from '../context';
import { SetTargetInput } from './target.input';
import { toTarget } from './target.mapper';
import { parseSetTarget } from './target.parse';
import { Target } from './target.type';

/** Resolvers parse, authorise (@Allow), call the service and map: nothing more. */
@Resolver(() => Target)
export class TargetResolver {
  @Query(() => [Target], { description: 'The targets of the plan in force for a year of the term: the ward’s, the per-unit ones, the term totals (in the first year) and the quotas.' })
  @Allow(TARGET_READERS)
  async targets(@Arg('year', () => Int, { description: 'A year of the plan’s term.' }) year: number, @Ctx() ctx: EvaluationContext): Promise<Target[]> {
    return (await ctx.services.targets.targets(year)).map(toTarget);
  }

  @Mutation(() => Target, { description: 'Sets a target of the plan for a year; the change is kept with the old value, who, when and why.' })
  @Allow(TARGET_EDITORS)
  async setTarget(@Arg('input', () => SetTargetInput, { description: 'The target, its value and the reason.' }) input: SetTargetInput, @Ctx() ctx: EvaluationContext): Promise<Target> {
    return toTarget(await ctx.services.targets.setTarget(parseSetTarget(input)));
  }
}
