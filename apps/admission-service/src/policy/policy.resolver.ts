import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { AdmissionPolicy } from '@pdv/admission-domain';
import { Allow } from '@pdv/graphql';
import { DOSSIER_HANDLERS, POLICY_EDITORS } from '../common/permissions';
import type { AdmissionContext } from '../context';
import type { AdmissionPolicyChangeRow } from './policy.entity';
import { AdmissionPolicyChange, AdmissionPolicyValues, UpdateAdmissionPolicyInput } from './policy.type';

const toValues = (policy: AdmissionPolicy): AdmissionPolicyValues =>
  Object.assign(new AdmissionPolicyValues(), policy, { educationExceptions: policy.educationExceptions.map((item) => ({ ...item })) });
const toChange = (row: AdmissionPolicyChangeRow): AdmissionPolicyChange =>
  Object.assign(new AdmissionPolicyChange(), row, { previousValue: JSON.stringify(row.previousValue), value: JSON.stringify(row.value) });

/** Resolvers parse, authorise (@Allow), call the service and map: nothing more. */
@Resolver(() => AdmissionPolicyValues)
export class AdmissionPolicyResolver {
  @Query(() => AdmissionPolicyValues, { description: 'The admission policy in force: what readiness and every write apply.' })
  @Allow(DOSSIER_HANDLERS)
  async admissionPolicy(@Ctx() ctx: AdmissionContext): Promise<AdmissionPolicyValues> {
    return toValues(await ctx.services.policy.current());
  }

  @Query(() => [AdmissionPolicyChange], { description: 'Every change of the admission policy, oldest first, with the value before, who and why.' })
  @Allow(DOSSIER_HANDLERS)
  async admissionPolicyChanges(@Ctx() ctx: AdmissionContext): Promise<AdmissionPolicyChange[]> {
    return (await ctx.services.policy.changes()).map(toChange);
  }

  @Mutation(() => AdmissionPolicyValues, {
    description: 'Changes admission policy values, with why (the party-building board); open deadlines are recounted on the new values at once.',
  })
  @Allow(POLICY_EDITORS)
  async updateAdmissionPolicy(
    @Arg('input', () => UpdateAdmissionPolicyInput, { description: 'The values to change and why.' }) input: UpdateAdmissionPolicyInput,
    @Ctx() ctx: AdmissionContext,
  ): Promise<AdmissionPolicyValues> {
    const { reason, ...changes } = input;
    return toValues(await ctx.services.policy.update({ ...changes } as Partial<AdmissionPolicy>, reason));
  }
}
