import { Arg, Args, ArgsType, Ctx, Field, ID, Int, Query, Resolver } from 'type-graphql';
import { todayInVietnam } from '@pdv/calendar';
import { Allow, LocalDateScalar, pageSize, toConnection } from '@pdv/graphql';
import type { PartyMemberStatus } from '@pdv/organisation-domain';
import { MEMBER_READERS } from '../common/permissions';
import type { OrganisationContext } from '../context';
import { toMemberCounts, toPartyMember } from './party-member.mapper';
import { parseSearch } from './party-member.parse';
import { MemberCounts, PartyMember, PartyMemberConnection, PartyMemberStatusEnum } from './party-member.type';

@ArgsType()
class MembersArgs {
  @Field(() => ID, { nullable: true, description: 'Members of this organisation; the whole ward (cell secretaries: their subtree) when omitted.' })
  organisationId?: string | null;

  @Field(() => Boolean, { defaultValue: true, description: 'Include the organisations under it (default true: a committee’s members are in its cells).' })
  includeSubtree!: boolean;

  @Field(() => PartyMemberStatusEnum, { nullable: true, description: 'Only members with this status on asOf.' })
  status?: PartyMemberStatus | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Members as placed on this date (default: today in Hanoi).' })
  asOf?: string | null;

  @Field(() => String, { nullable: true, description: 'Text in the full name, ignoring case and diacritics ("nguyen van" finds "Nguyễn Văn").' })
  search?: string | null;

  @Field(() => Int, { nullable: true, description: 'Page size, 1–100 (default 20).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string | null;
}

/** Reads of members: the ward's readers, and cell secretaries inside their subtree. */
@Resolver(() => PartyMember)
export class PartyMemberResolver {
  @Query(() => PartyMember, { nullable: true, description: 'One member, with their current cell; null if there is none.' })
  @Allow(MEMBER_READERS)
  async member(@Arg('id', () => ID, { description: 'The member.' }) id: string, @Ctx() ctx: OrganisationContext): Promise<PartyMember | null> {
    const row = await ctx.services.memberReads.get(id);
    return row ? toPartyMember(row, todayInVietnam(ctx.clock)) : null;
  }

  @Query(() => PartyMemberConnection, {
    description: 'Members placed in an organisation (or the ward) on a date, in Vietnamese name order (given name first), then id.',
  })
  @Allow(MEMBER_READERS, { arg: 'organisationId', kind: 'organisation' })
  async members(@Args(() => MembersArgs) args: MembersArgs, @Ctx() ctx: OrganisationContext): Promise<InstanceType<typeof PartyMemberConnection>> {
    const asOf = args.asOf ?? todayInVietnam(ctx.clock);
    const query = {
      organisationId: args.organisationId ?? null,
      includeSubtree: args.includeSubtree,
      status: args.status ?? null,
      asOf,
      searchPattern: parseSearch(args.search),
    };
    const first = pageSize(args.first);
    const page = await ctx.services.memberReads.list(query, first, args.after ?? null);
    return toConnection(page.rows, first, page.totalCount, (row) => [row.nameSortKey, row.id], (row) => toPartyMember(row, asOf, row.placedIn));
  }

  @Query(() => MemberCounts, { description: 'Official, probationary and total members of an organisation (or its subtree) on a date.' })
  @Allow(MEMBER_READERS, { arg: 'organisationId', kind: 'organisation' })
  async memberCounts(
    @Arg('organisationId', () => ID, { description: 'The organisation.' }) organisationId: string,
    @Arg('asOf', () => LocalDateScalar, { nullable: true, description: 'The date (default: today in Hanoi).' }) asOf: string | null | undefined,
    @Arg('includeSubtree', () => Boolean, {
      defaultValue: true,
      description: 'Count the organisations under it too (default true: a committee’s members are in its cells).',
    })
    includeSubtree: boolean,
    @Ctx() ctx: OrganisationContext,
  ): Promise<MemberCounts> {
    const date = asOf ?? todayInVietnam(ctx.clock);
    return toMemberCounts(await ctx.services.memberReads.counts(organisationId, date, includeSubtree), organisationId, date, includeSubtree);
  }
}
