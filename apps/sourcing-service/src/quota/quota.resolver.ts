import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow, parseYear } from '@pdv/graphql';
import type { SourcingContext } from '../context';
import { toMassOrganisation } from '../mass-organisation/mass-organisation.mapper';
import { MassOrganisation } from '../mass-organisation/mass-organisation.type';
import { MASS_ORGANISATION_READERS, QUOTA_SETTERS } from '../common/access';
import { SetReferralQuotaInput } from './quota.input';
import { toReferralQuota } from './quota.mapper';
import { parseSetReferralQuota } from './quota.parse';
import { ReferralQuota } from './quota.type';

@Resolver(() => ReferralQuota)
export class QuotaResolver {
  @Query(() => [ReferralQuota], {
    description: 'Referral quotas of a year with their attainment. Staff of a mass organisation see their own; the Fatherland Front and ward roles see all.',
  })
  @Allow(MASS_ORGANISATION_READERS)
  async referralQuotas(
    @Arg('year', () => Int, { description: 'The year.' }) year: number,
    @Arg('massOrganisationId', () => ID, { nullable: true, description: 'Only this unit’s quota.' }) massOrganisationId: string | null,
    @Ctx() ctx: SourcingContext,
  ): Promise<ReferralQuota[]> {
    return (await ctx.services.quotas.list({ year: parseYear(year, 'year'), massOrganisationId })).map(toReferralQuota);
  }

  @Mutation(() => ReferralQuota, {
    description: 'Set (or change) a ward-level mass organisation’s referral quota for a year: Fatherland Front staff or the party-building board.',
  })
  @Allow(QUOTA_SETTERS)
  async setReferralQuota(
    @Arg('input', () => SetReferralQuotaInput, { description: 'The unit, the year and the target.' }) input: SetReferralQuotaInput,
    @Ctx() ctx: SourcingContext,
  ): Promise<ReferralQuota> {
    return toReferralQuota(await ctx.services.quotas.set(parseSetReferralQuota(input)));
  }

  @FieldResolver(() => MassOrganisation, { nullable: true, description: 'The unit the quota is for.' })
  @Allow(MASS_ORGANISATION_READERS)
  async massOrganisation(@Root() quota: ReferralQuota, @Ctx() ctx: SourcingContext): Promise<MassOrganisation | null> {
    const row = await ctx.loaders.massOrganisation.load(quota.massOrganisationId);
    return row ? toMassOrganisation(row) : null;
  }
}
