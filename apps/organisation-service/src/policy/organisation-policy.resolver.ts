import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '@pdv/graphql';
import { ROLE_GROUPS } from '@pdv/auth';
import { POLICY_EDITORS } from '../common/permissions';
import type { OrganisationContext } from '../context';
import type { PolicyView } from './organisation-policy.service';
import { OrganisationPolicySettings, UpdateOrganisationPolicyInput } from './organisation-policy.type';

function toSettings(view: PolicyView): OrganisationPolicySettings {
  return Object.assign(new OrganisationPolicySettings(), {
    maxFutureDays: view.maxFutureDays,
    planFirstYear: view.planTerm.firstYear,
    planLastYear: view.planTerm.lastYear,
    minOfficialMembersToVote: view.minOfficialMembersToVote,
    updatedAt: view.updatedAt,
    updatedBy: view.updatedBy,
    updatedByRole: view.updatedByRole,
  });
}

@Resolver(() => OrganisationPolicySettings)
export class OrganisationPolicyResolver {
  @Query(() => OrganisationPolicySettings, { description: 'The ward’s configurable values for organisations and members.' })
  @Allow(ROLE_GROUPS.wardReaders)
  async organisationPolicy(@Ctx() ctx: OrganisationContext): Promise<OrganisationPolicySettings> {
    return toSettings(await ctx.services.policy.get());
  }

  @Mutation(() => OrganisationPolicySettings, { description: 'Changes the ward’s configurable values (the standing committee only).' })
  @Allow(POLICY_EDITORS)
  async updateOrganisationPolicy(
    @Arg('input', () => UpdateOrganisationPolicyInput, { description: 'The new values.' }) input: UpdateOrganisationPolicyInput,
    @Ctx() ctx: OrganisationContext,
  ): Promise<OrganisationPolicySettings> {
    return toSettings(
      await ctx.services.policy.update({
        maxFutureDays: input.maxFutureDays,
        planTerm: { firstYear: input.planFirstYear, lastYear: input.planLastYear },
        minOfficialMembersToVote: input.minOfficialMembersToVote,
      }),
    );
  }
}
