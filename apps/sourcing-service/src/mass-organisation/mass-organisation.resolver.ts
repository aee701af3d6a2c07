import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { MassOrganisationKind } from '@pdv/sourcing-domain';
import { Allow } from '@pdv/graphql';
import type { SourcingContext } from '../context';
import { toReferralQuota } from '../quota/quota.mapper';
import { ReferralQuota } from '../quota/quota.type';
import { MASS_ORGANISATION_READERS, SOURCING_ADMINS } from '../common/access';
import { MassOrganisationKindEnum } from '../common/graphql-enums.type';
import { CreateMassOrganisationInput, UpdateMassOrganisationInput } from './mass-organisation.input';
import { toMassOrganisation } from './mass-organisation.mapper';
import { parseCreateMassOrganisation, parseUpdateMassOrganisation } from './mass-organisation.parse';
import { MassOrganisation } from './mass-organisation.type';

@ArgsType()
class MassOrganisationsArgs {
  @Field(() => MassOrganisationKindEnum, { nullable: true, description: 'Only units of this kind.' })
  kind?: MassOrganisationKind | null;

  @Field(() => Boolean, { defaultValue: false, description: 'Only ward-level units (no branches).' })
  wardLevelOnly!: boolean;

  @Field(() => Boolean, { defaultValue: false, description: 'Also list units that no longer refer people.' })
  includeInactive!: boolean;
}

@Resolver(() => MassOrganisation)
export class MassOrganisationResolver {
  @Query(() => [MassOrganisation], { description: 'The ward’s mass organisations and branches, in Vietnamese alphabetical order.' })
  @Allow(MASS_ORGANISATION_READERS)
  async massOrganisations(@Args(() => MassOrganisationsArgs) args: MassOrganisationsArgs, @Ctx() ctx: SourcingContext): Promise<MassOrganisation[]> {
    const rows = await ctx.services.massOrganisations.list({ kind: args.kind, wardLevelOnly: args.wardLevelOnly, includeInactive: args.includeInactive });
    return rows.map(toMassOrganisation);
  }

  @Query(() => MassOrganisation, { description: 'One mass organisation unit or branch.' })
  @Allow(MASS_ORGANISATION_READERS)
  async massOrganisation(@Arg('id', () => ID, { description: 'Its id.' }) id: string, @Ctx() ctx: SourcingContext): Promise<MassOrganisation> {
    return toMassOrganisation(await ctx.services.massOrganisations.get(id));
  }

  @Mutation(() => MassOrganisation, { description: 'Set up a mass organisation unit, or a branch under a ward-level unit of the same kind.' })
  @Allow(SOURCING_ADMINS)
  async createMassOrganisation(
    @Arg('input', () => CreateMassOrganisationInput, { description: 'Kind, code, name and (for a branch) its unit.' }) input: CreateMassOrganisationInput,
    @Ctx() ctx: SourcingContext,
  ): Promise<MassOrganisation> {
    return toMassOrganisation(await ctx.services.massOrganisations.create(parseCreateMassOrganisation(input)));
  }

  @Mutation(() => MassOrganisation, { description: 'Rename, recode, deactivate or reactivate a mass organisation.' })
  @Allow(SOURCING_ADMINS)
  async updateMassOrganisation(
    @Arg('input', () => UpdateMassOrganisationInput, { description: 'The changes.' }) input: UpdateMassOrganisationInput,
    @Ctx() ctx: SourcingContext,
  ): Promise<MassOrganisation> {
    return toMassOrganisation(await ctx.services.massOrganisations.update(parseUpdateMassOrganisation(input)));
  }

  @FieldResolver(() => MassOrganisation, { nullable: true, description: 'The ward-level unit of a branch; null for a unit.' })
  @Allow(MASS_ORGANISATION_READERS)
  async parent(@Root() organisation: MassOrganisation, @Ctx() ctx: SourcingContext): Promise<MassOrganisation | null> {
    if (!organisation.parentId) return null;
    const row = await ctx.loaders.massOrganisation.load(organisation.parentId);
    return row ? toMassOrganisation(row) : null;
  }

  @FieldResolver(() => [MassOrganisation], { description: 'The unit’s active branches.' })
  @Allow(MASS_ORGANISATION_READERS)
  async branches(@Root() organisation: MassOrganisation, @Ctx() ctx: SourcingContext): Promise<MassOrganisation[]> {
    return (await ctx.loaders.branchesOfMassOrganisation.load(organisation.id)).map(toMassOrganisation);
  }

  @FieldResolver(() => ReferralQuota, { nullable: true, description: 'The unit’s referral quota for a year, with attainment; null if none was set.' })
  @Allow(MASS_ORGANISATION_READERS)
  async quota(
    @Root() organisation: MassOrganisation,
    @Arg('year', () => Int, { description: 'The year.' }) year: number,
    @Ctx() ctx: SourcingContext,
  ): Promise<ReferralQuota | null> {
    // The year's quotas the caller may see, read once for the whole list (loaders.ts).
    const found = (await ctx.loaders.quotasOfYear.load(year)).find((item) => item.quota.massOrganisationId === organisation.id);
    return found ? toReferralQuota(found) : null;
  }
}
