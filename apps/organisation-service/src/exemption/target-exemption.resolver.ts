import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Allow, parseYear } from '@pdv/graphql';
import { ORGANISATION_READERS, WARD_EDITORS } from '../common/permissions';
import type { OrganisationContext } from '../context';
import {
  parseRevokeTargetExemption,
  parseSetTargetExemption,
  RevokeTargetExemptionInput,
  SetTargetExemptionInput,
} from './target-exemption.input';
import { toTargetExemption } from './target-exemption.mapper';
import { TargetExemption } from './target-exemption.type';

@Resolver(() => TargetExemption)
export class TargetExemptionResolver {
  @Query(() => [TargetExemption], { description: 'Target exemptions of a year, of every organisation or of one.' })
  @Allow(ORGANISATION_READERS)
  async targetExemptions(
    @Arg('year', () => Int, { description: 'The plan year.' }) year: number,
    @Arg('organisationId', () => ID, { nullable: true, description: 'Only this organisation.' }) organisationId: string | null | undefined,
    @Arg('includeRevoked', () => Boolean, { defaultValue: false, description: 'Include revoked exemptions (history).' }) includeRevoked: boolean,
    @Ctx() ctx: OrganisationContext,
  ): Promise<TargetExemption[]> {
    const organisationIds = organisationId ? [organisationId] : null;
    const rows = await ctx.services.exemptions.list({ year: parseYear(year, 'year'), organisationIds, includeRevoked });
    return rows.map(toTargetExemption);
  }

  @Mutation(() => TargetExemption, { description: 'Exempts an organisation from the per-unit admission targets for a year, with the reason.' })
  @Allow(WARD_EDITORS)
  async setTargetExemption(
    @Arg('input', () => SetTargetExemptionInput, { description: 'Organisation, year and reason.' }) input: SetTargetExemptionInput,
    @Ctx() ctx: OrganisationContext,
  ): Promise<TargetExemption> {
    return toTargetExemption(await ctx.services.exemptions.set(parseSetTargetExemption(input)));
  }

  @Mutation(() => TargetExemption, { description: 'Revokes an exemption from today; it stays in the history.' })
  @Allow(WARD_EDITORS)
  async revokeTargetExemption(
    @Arg('input', () => RevokeTargetExemptionInput, { description: 'The exemption and why.' }) input: RevokeTargetExemptionInput,
    @Ctx() ctx: OrganisationContext,
  ): Promise<TargetExemption> {
    const { exemptionId, note } = parseRevokeTargetExemption(input);
    return toTargetExemption(await ctx.services.exemptions.revoke(exemptionId, note));
  }
}
