import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { assertMassOrganisationInScope, requireIdentity } from '@pdv/auth';
import { Allow, parseYear } from '@pdv/graphql';
import { QUOTA_ATTAINMENT_READERS } from '../common/permissions';
import type { EvaluationContext } from '../context';
import { MassOrganisationStub } from '../organisation/organisation.stub';
import { QuotaTargetAttainment } from './quota-attainment.type';

/** The attainment this subgraph adds to the sourcing service's `MassOrganisation`. */
@Resolver(() => MassOrganisationStub)
export class MassOrganisationQuotaResolver {
  @FieldResolver(() => QuotaTargetAttainment, { nullable: true, description: 'The year’s referral quota against the referrals accepted into the pool (from the evaluation service); null without a quota. Mass-organisation staff: their own.' })
  @Allow(QUOTA_ATTAINMENT_READERS)
  async quotaAttainment(@Root() massOrganisation: MassOrganisationStub, @Arg('year', () => Int, { description: 'The year.' }) year: number, @Ctx() ctx: EvaluationContext): Promise<QuotaTargetAttainment | null> {
    await assertMassOrganisationInScope(requireIdentity(ctx.identity), massOrganisation.id, ctx.scopes);
    const attainment = await ctx.services.quotas.attainment(massOrganisation.id, parseYear(year, 'year'));
    if (!attainment) return null;
    return Object.assign(new QuotaTargetAttainment(), {
      massOrganisationId: massOrganisation.id,
      year,
      required: attainment.required,
      actual: attainment.actual,
      shortfall: attainment.shortfall,
      met: attainment.status === 'MET',
      rule: attainment.rule,
    });
  }
}
