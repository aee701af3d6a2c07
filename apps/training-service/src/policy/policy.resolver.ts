import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '@pdv/graphql';
import type { TrainingPolicy } from '@pdv/training-domain';
import { POLICY_EDITORS, POLICY_READERS } from '../common/permissions';
import type { TrainingContext } from '../context';
import { TrainingPolicyValues, UpdateTrainingPolicyInput } from './policy.type';

const toValues = (policy: TrainingPolicy): TrainingPolicyValues => Object.assign(new TrainingPolicyValues(), policy);

@Resolver(() => TrainingPolicyValues)
export class PolicyResolver {
  @Query(() => TrainingPolicyValues, { description: 'The training policy in force.' })
  @Allow(POLICY_READERS)
  async trainingPolicy(@Ctx() ctx: TrainingContext): Promise<TrainingPolicyValues> {
    return toValues(await ctx.services.policy.current());
  }

  @Mutation(() => TrainingPolicyValues, { description: 'Changes training policy values (the party-building board).' })
  @Allow(POLICY_EDITORS)
  async updateTrainingPolicy(
    @Arg('input', () => UpdateTrainingPolicyInput, { description: 'The values to change.' }) input: UpdateTrainingPolicyInput,
    @Ctx() ctx: TrainingContext,
  ): Promise<TrainingPolicyValues> {
    return toValues(await ctx.services.policy.update({ ...input } as Partial<TrainingPolicy>));
  }
}
