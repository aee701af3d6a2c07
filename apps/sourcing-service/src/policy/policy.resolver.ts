import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { SourcingPolicy as SourcingPolicyValues } from '@pdv/sourcing-domain';
import { Allow } from '@pdv/graphql';
import type { SourcingContext } from '../context';
import { MASS_ORGANISATION_READERS, SOURCING_ADMINS } from '../common/access';
import type { PrivacyNoticeRow } from './policy.entity';
import { PrivacyNotice, PublishPrivacyNoticeInput, SourcingPolicy, UpdateSourcingPolicyInput } from './policy.type';

const toPolicy = (values: SourcingPolicyValues): SourcingPolicy => Object.assign(new SourcingPolicy(), values);
const toNotice = (row: PrivacyNoticeRow): PrivacyNotice =>
  Object.assign(new PrivacyNotice(), { version: row.version, publishedAt: row.publishedAt, summary: row.summary });

@Resolver(() => SourcingPolicy)
export class PolicyResolver {
  @Query(() => SourcingPolicy, { description: 'The sourcing policy in force.' })
  @Allow(MASS_ORGANISATION_READERS)
  async sourcingPolicy(@Ctx() ctx: SourcingContext): Promise<SourcingPolicy> {
    return toPolicy(await ctx.services.policy.current());
  }

  @Mutation(() => SourcingPolicy, { description: 'Change policy values (party-building board).' })
  @Allow(SOURCING_ADMINS)
  async updateSourcingPolicy(
    @Arg('input', () => UpdateSourcingPolicyInput, { description: 'The values to change.' }) input: UpdateSourcingPolicyInput,
    @Ctx() ctx: SourcingContext,
  ): Promise<SourcingPolicy> {
    const changes = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null && value !== undefined));
    return toPolicy(await ctx.services.policy.update(changes));
  }

  @Query(() => [PrivacyNotice], { description: 'Published privacy notices, newest first: referrals name the version the person agreed to.' })
  @Allow(MASS_ORGANISATION_READERS)
  async privacyNotices(@Ctx() ctx: SourcingContext): Promise<PrivacyNotice[]> {
    return (await ctx.services.policy.notices()).map(toNotice);
  }

  @Mutation(() => PrivacyNotice, { description: 'Record a newly published privacy notice (party-building board).' })
  @Allow(SOURCING_ADMINS)
  async publishPrivacyNotice(
    @Arg('input', () => PublishPrivacyNoticeInput, { description: 'Version, publication time and summary.' }) input: PublishPrivacyNoticeInput,
    @Ctx() ctx: SourcingContext,
  ): Promise<PrivacyNotice> {
    return toNotice(await ctx.services.policy.publishNotice(input));
  }
}
